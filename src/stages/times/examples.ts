/**
 * The examples that the time resources carry, parsed. Syntax (one cell, examples separated by " | "):
 *   [@YYYY-MM-DD] phrase with [the expression] => VALUE [(MOD)]      or      phrase => -
 * The date is the publication date (default DEFAULT_PUBLISHED); without brackets the expression is the
 * whole phrase; "-" means no time expression at all (or none over the bracketed span).
 */
import type { ExampleCheckers } from "../../resources/examples.js";
import { timesInText } from "./text.js";

export const DEFAULT_PUBLISHED = "2024-12-07";

export interface Example {
  source: string;
  publishedAt: string;
  text: string;
  start: number;
  end: number;
  /** undefined: nothing is a time there. */
  value?: string;
  mod?: string;
  /** The phrase marked a span with brackets. */
  bracketed: boolean;
}

const shape = /^(?:@(?<date>\d{4}-\d{2}-\d{2}) )?(?<phrase>.+?) => (?<expect>\S+)(?: \((?<mod>[A-Z_]+)\))?$/;

export function parseExamples(cell: string | undefined): Example[] {
  if (!cell?.trim()) return [];
  return cell.split(" | ").map((source) => {
    const match = shape.exec(source.trim());
    if (!match?.groups) throw new Error(`example '${source}' is not "phrase => VALUE"`);
    const { date, phrase, expect, mod } = match.groups;
    const open = phrase.indexOf("[");
    const close = phrase.indexOf("]");
    const bracketed = open >= 0 && close > open;
    const text = bracketed ? phrase.slice(0, open) + phrase.slice(open + 1, close) + phrase.slice(close + 1) : phrase;
    return {
      source,
      publishedAt: date ?? DEFAULT_PUBLISHED,
      text,
      start: bracketed ? open : 0,
      end: bracketed ? close - 1 : text.length,
      value: expect === "-" ? undefined : expect,
      mod,
      bracketed,
    };
  });
}

/**
 * The checks the generic example test (src/resources/examples.test.ts) runs on every row of the time
 * resources: pattern rows must produce each example's value through their own rule; word-class and
 * tense-cue rows must produce it at all.
 */
export function checkTimeExample(lang: string, example: Example, rule?: string): string | undefined {
  const found = timesInText(lang, example.text, { publishedAt: example.publishedAt });
  const shown = found.map((t) => `${example.text.slice(t.start, t.end)}=${t.value}${t.mod ? ` (${t.mod})` : ""} ${t.producedBy}`).join("; ");
  if (example.value === undefined) {
    const over = found.filter((t) => !example.bracketed || (t.start < example.end && t.end > example.start));
    return over.length === 0 ? undefined : `'${example.source}' should have no time, got: ${shown}`;
  }
  const hit = found.find((t) => t.start === example.start && t.end === example.end);
  const span = example.text.slice(example.start, example.end);
  if (!hit) return `'${example.source}': no time spans '${span}'; got: ${shown || "nothing"}`;
  if (hit.value !== example.value) return `'${example.source}': value ${hit.value}, expected ${example.value}`;
  if (hit.mod !== example.mod) return `'${example.source}': mod ${hit.mod}, expected ${example.mod}`;
  if (rule && hit.producedBy !== `${lang}/times/${rule}`) return `'${example.source}': produced by ${hit.producedBy}, not ${rule}`;
  return undefined;
}

const checkAll = (lang: string, cell: string | undefined, rule?: (e: Example) => string | undefined): string | undefined => {
  const examples = parseExamples(cell ?? "");
  if (examples.length === 0) return "no example";
  for (const example of examples) {
    const problem = checkTimeExample(lang, example, rule?.(example));
    if (problem) return problem;
  }
  return undefined;
};

export const checkers: ExampleCheckers = {
  "patterns.tsv": (row, lang) => {
    // Rules for range ends and rules that rule things out show their effect through other rules.
    const own = !row.scope && !/^\s*ignore\(/.test(row.value) ? row.id : undefined;
    return checkAll(lang, row.examples, (example) => (example.value === undefined ? undefined : own));
  },
  "*": (row, lang) => (row.examples ? checkAll(lang, row.examples) : undefined),
};
