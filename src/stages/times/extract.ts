/**
 * Finds and normalises time expressions sentence by sentence. Every rule runs over the sentence; where
 * matches overlap the longest wins (then the rule listed first), as in HeidelTime. Matches are then
 * resolved in text order so that a clock time can hang on the last day mentioned.
 */
import type { TimeType, Token } from "../../model/record.js";
import type { WordTags } from "../../pipeline/doc.js";
import type { Ymd } from "./calendar.js";
import { functions, type Args, type ResolveContext, type Resolved } from "./normalise.js";
import { nextMatch, wordKey, type Rule, type RuleSet, type Tense } from "./rules.js";
import { cueMarks, mergeMarks, nearestTense, tagMarks, type TenseMark } from "./tense.js";
import type { Template } from "./value-expression.js";
import { mayMatch } from "./required-text.js";

export interface FoundPart {
  start: number;
  end: number;
  type: TimeType;
  value: string;
}

export interface FoundTime {
  start: number;
  end: number;
  sentence: number;
  type: TimeType;
  value: string;
  mod?: string;
  anchor?: string;
  /** `<lang>/times/<rule id>` */
  producedBy: string;
  /** The two ends of a range, each with its own span and value (TimeML annotates them separately). */
  parts?: [FoundPart, FoundPart];
}

export interface ExtractOptions {
  anchor?: Ymd;
  anchorName?: string;
  /** Per sentence, its tokens and tags, when the tagger has run. */
  tokens?: readonly (readonly Token[])[];
  tags?: readonly (readonly WordTags[])[];
}

interface Candidate {
  rule: Rule;
  match: RegExpExecArray;
  start: number;
  end: number;
}

const leadingNumber = /^\d+(?:[.,]\d+)?/;

function groupValue(set: RuleSet, rule: Rule, match: RegExpExecArray, name: string): string | undefined {
  const raw = match.groups?.[name];
  if (raw === undefined) return undefined;
  // A group named after a class, with an optional digit suffix (numbers2), is normalised by that class.
  const cls = rule.groupClass.get(name) ?? set.classes.get(name) ?? set.classes.get(name.replace(/\d+$/, ""));
  if (!cls) return raw;
  const value = cls.values.get(wordKey(raw));
  if (value !== undefined) return value;
  return leadingNumber.exec(raw)?.[0] ?? raw;
}

function fill(template: Template, set: RuleSet, rule: Rule, match: RegExpExecArray): string | undefined {
  let out = "";
  for (const part of template.parts) {
    if ("literal" in part) out += part.literal;
    else {
      let value: string | undefined;
      for (const group of part.groups) {
        value = groupValue(set, rule, match, group);
        if (value !== undefined) break;
      }
      value ??= part.fallback;
      if (value === undefined) return undefined;
      out += value;
    }
  }
  return out;
}

function argsOf(set: RuleSet, rule: Rule, match: RegExpExecArray): Args {
  return (key) => {
    const template = rule.value.args.get(key);
    return template ? fill(template, set, rule, match) : undefined;
  };
}

/**
 * All rule matches in a text, longest first, then by rule order. `ends`: matching the end of a range,
 * where ranges cannot nest and the rules scoped to range ends apply.
 */
const DIGITS = /\d/;

function candidates(set: RuleSet, text: string, ends: boolean): Candidate[] {
  const found: Candidate[] = [];
  const lower = text.toLowerCase();
  const hasDigit = DIGITS.test(text);
  for (const rule of set.rules) {
    if (ends ? rule.value.fn === "range" : rule.scope === "end") continue;
    if (!mayMatch(rule.requires, lower, hasDigit)) continue;
    const regex = rule.regex;
    regex.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = nextMatch(regex, text)) !== null) {
      found.push({ rule, match, start: match.index, end: match.index + match[0].length });
    }
  }
  return found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.rule.index - b.rule.index || a.start - b.start);
}

function select(sorted: readonly Candidate[], rejected: ReadonlySet<Candidate>): Candidate[] {
  const chosen: Candidate[] = [];
  for (const c of sorted) {
    if (rejected.has(c)) continue;
    if (chosen.every((o) => c.end <= o.start || c.start >= o.end)) chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

interface State {
  focus?: Ymd;
}

type ResolvedMatch = Resolved & { type: TimeType; mod?: string; parts?: [FoundPart, FoundPart] };

/** Resolves one candidate (not a range); undefined when its value makes no sense (31 February). */
function resolveOne(set: RuleSet, c: Candidate, context: ResolveContext): ResolvedMatch | undefined {
  const fn = functions.get(c.rule.value.fn)!;
  const resolved = fn(argsOf(set, c.rule, c.match), context);
  if (!resolved) return undefined;
  const mod = c.rule.mod ? fill(c.rule.mod, set, c.rule, c.match) : undefined;
  return { ...resolved, type: resolved.type ?? c.rule.type, mod: mod || undefined };
}

/** The rule match that covers all of `text`, if any (for the ends of a range). */
function wholeMatch(set: RuleSet, text: string): Candidate | undefined {
  return candidates(set, text, true).find((c) => c.start === 0 && c.end === text.length);
}

const lastNumber = /\d+(?=\D*$)/;
const calendarPrefix = /^(?<y>\d{4})(?:-(?<m>\d{2}))?(?:-(?<d>\d{2}))?/;

/** The first day a calendar value covers (2024-06 → 2024-06-01), to read the start of a range against. */
function startOf(value: string): Ymd | undefined {
  const g = calendarPrefix.exec(value)?.groups;
  return g ? { y: Number(g.y), m: g.m ? Number(g.m) : 1, d: g.d ? Number(g.d) : 1 } : undefined;
}

/** The value of `template` with its last number replaced by the leading number of `text` ("3" + 2024-03-05 → 2024-03-03). */
function substituteNumber(text: string, template: { value: string; type: TimeType }) {
  const last = lastNumber.exec(template.value);
  if (!last || !leadingNumber.test(text.trim())) return undefined;
  // Calendar fields keep their width (2024-03-03); amounts do not (P8M).
  const digits = String(parseInt(text.trim(), 10));
  const n = template.value.startsWith("P") ? digits : digits.padStart(last[0].length, "0");
  return { value: template.value.slice(0, last.index) + n + template.value.slice(last.index + last[0].length), type: template.type };
}

/**
 * A range resolves its ends as expressions of their own. The bare end borrows from the other one:
 * "du 3 au 5 mars" and "June 16 and 17" are read as two days of the same month, and the first end is
 * read against the second ("du 3 mars au 5 avril 2025": March 2025).
 */
function resolveRange(set: RuleSet, c: Candidate, context: ResolveContext, base: number): ResolvedMatch | undefined {
  const indices = c.match.indices?.groups;
  const fromText = c.match.groups?.from;
  const toText = c.match.groups?.to;
  if (!indices?.from || !indices.to || fromText === undefined || toText === undefined) return undefined;
  const resolveEnd = (text: string, endContext: ResolveContext) => {
    const match = wholeMatch(set, text);
    return match && match.rule.value.fn !== "ignore" ? resolveOne(set, match, endContext) : undefined;
  };
  let from: { value: string; type: TimeType } | undefined;
  let to: ResolvedMatch | { value: string; type: TimeType; anchor?: string; mod?: string } | undefined = resolveEnd(toText, context);
  if (to) {
    const anchor = startOf(to.value) ?? context.anchor;
    from = resolveEnd(fromText, { ...context, anchor, tense: () => "past" }) ?? substituteNumber(fromText, to);
  } else {
    from = resolveEnd(fromText, context);
    to = from && substituteNumber(toText, from);
  }
  if (!from || !to) return undefined;
  const parts: [FoundPart, FoundPart] = [
    { start: base + indices.from[0], end: base + indices.from[1], type: from.type, value: from.value },
    { start: base + indices.to[0], end: base + indices.to[1], type: to.type, value: to.value },
  ];
  return { value: `${from.value}/${to.value}`, type: to.type, anchor: "anchor" in to ? to.anchor : undefined, mod: "mod" in to ? to.mod : undefined, parts };
}

/**
 * Time expressions of a text split into sentences (offsets into `text`).
 * `state` carries the day in focus from one sentence to the next.
 */
export function findTimes(
  set: RuleSet,
  text: string,
  sentences: readonly { start: number; end: number }[],
  options: ExtractOptions = {},
): FoundTime[] {
  const out: FoundTime[] = [];
  const state: State = {};
  sentences.forEach((sentence, index) => {
    const slice = text.slice(sentence.start, sentence.end);
    const sorted = candidates(set, slice, false);
    if (!sorted.length) return;
    let marks: TenseMark[] | undefined;
    const tenseAt = (start: number, end: number): Tense | undefined => {
      if (!marks) {
        const tokens = options.tokens?.[index];
        const tags = options.tags?.[index];
        marks = mergeMarks(cueMarks(set.tenseCues, slice), tokens && tags ? tagMarks(tokens, tags, sentence.start) : []);
      }
      return nearestTense(marks, start, end);
    };
    const rejected = new Set<Candidate>();
    for (;;) {
      const chosen = select(sorted, rejected);
      const results: FoundTime[] = [];
      let focus = state.focus;
      let failed: Candidate | undefined;
      for (const c of chosen) {
        const context: ResolveContext = {
          anchor: options.anchor,
          anchorName: options.anchorName,
          focus,
          tense: () => tenseAt(c.start, c.end),
        };
        // A rule that recognises what is not a time ("une fillette de 6 ans") only keeps others off the span.
        if (c.rule.value.fn === "ignore") continue;
        const resolved = c.rule.value.fn === "range" ? resolveRange(set, c, context, sentence.start) : resolveOne(set, c, context);
        if (!resolved) {
          failed = c;
          break;
        }
        if (resolved.day) focus = resolved.day;
        results.push({
          start: sentence.start + c.start,
          end: sentence.start + c.end,
          sentence: index,
          type: resolved.type,
          value: resolved.value,
          mod: resolved.mod,
          anchor: resolved.anchor,
          producedBy: `${set.lang}/times/${c.rule.id}`,
          parts: resolved.parts,
        });
      }
      if (failed) {
        rejected.add(failed);
        continue;
      }
      state.focus = focus;
      out.push(...results);
      return;
    }
  });
  return out;
}
