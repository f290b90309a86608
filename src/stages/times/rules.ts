/**
 * Loads and compiles a language's time resources (resources/<lang>/times/), HeidelTime-style:
 *   - every `*.tsv` other than patterns.tsv and tense-cues.tsv is a word class (`word`, `value`),
 *     named after its file in camelCase (parts-of-day.tsv → partsOfDay);
 *   - patterns.tsv holds the rules: a regular expression that may name classes, a TIMEX3 type, and a
 *     value (and optional mod) written in the call language of value-expression.ts;
 *   - tense-cues.tsv holds patterns that say whether a clause is past or future.
 * In a pattern, `%months` captures a class as group `months`, `%months:until` captures it as group
 * `until`, `%%months` matches it without capturing; a space stands for any run of whitespace (" ?" for
 * optional whitespace) and `'`
 * for either apostrophe; `\b` is a word boundary that knows accented letters. Everything compiles once
 * per language and is cached.
 */
import { readdirSync } from "node:fs";
import { dirname } from "node:path";
import { gazetteError } from "../../errors.js";
import { loadTable, resourcePath, type Row } from "../../resources/table.js";
import { functions } from "./normalise.js";
import { parseCall, parseTemplate, templateGroups, type Call, type Template } from "./value-expression.js";
import type { TimeType } from "../../model/record.js";
import { requiredText } from "./required-text.js";

export const STAGE_DIR = "times";
export const PATTERNS_FILE = "patterns.tsv";
export const TENSE_FILE = "tense-cues.tsv";

export interface WordClass {
  readonly name: string;
  readonly file: string;
  /** Normalised word → value. */
  readonly values: ReadonlyMap<string, string>;
  /** The class as a regex alternation, longest words first. */
  readonly source: string;
  readonly rows: readonly Row[];
}

export interface Rule {
  readonly id: string;
  readonly index: number;
  readonly type: TimeType;
  readonly regex: RegExp;
  readonly value: Call;
  readonly mod?: Template;
  /** Capture group → the word class that normalises it. */
  readonly groupClass: ReadonlyMap<string, WordClass>;
  /** "end": the rule only reads the ends of a range ("mars" alone is too ambiguous in running text). */
  readonly scope?: "end";
  /** Strings one of which every match holds (required-text.ts), or null: a text with none is skipped. */
  readonly requires: ReadonlySet<string> | null;
  readonly examples: string;
  readonly line: number;
}

export type Tense = "past" | "future" | "present";

export interface TenseCue {
  readonly tense: Tense;
  readonly regex: RegExp;
  readonly examples: string;
  readonly line: number;
}

export interface RuleSet {
  readonly lang: string;
  readonly classes: ReadonlyMap<string, WordClass>;
  readonly rules: readonly Rule[];
  readonly tenseCues: readonly TenseCue[];
}

const TYPES: readonly TimeType[] = ["DATE", "TIME", "DURATION", "SET"];
const TENSES: readonly Tense[] = ["past", "future", "present"];

/** How words are compared: case, apostrophes, hyphens and spaces do not matter. */
export function wordKey(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/[’ʼ‘]/g, "'").replace(/[\s\-‐‑–]+/g, "");
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\\/]/g, "\\$&");

/** A literal word as a regex: flexible about whitespace, apostrophes and hyphens. */
function wordSource(word: string): string {
  return escapeRegex(word.normalize("NFC"))
    .replace(/['’]/g, "['’]")
    .replace(/\\?-/g, "(?:[-‐‑]|\\s+)?")
    .replace(/\s+/g, "\\s+");
}

const camel = (stem: string) => stem.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

function loadClass(lang: string, file: string): WordClass {
  const table = loadTable(lang, STAGE_DIR, file, ["word", "value"])!;
  const values = new Map<string, string>();
  for (const row of table.rows) {
    const key = wordKey(row.word);
    if (values.has(key) && values.get(key) !== row.value) {
      throw gazetteError("E131", { file: table.file, line: row.line, reason: `'${row.word}' has two values` });
    }
    values.set(key, row.value);
  }
  const words = [...new Set(table.rows.map((r) => r.word))].sort((a, b) => b.length - a.length);
  return { name: camel(file.replace(/\.tsv$/, "")), file: table.file, values, source: words.map(wordSource).join("|"), rows: table.rows };
}

/** `\b` as it should be: JavaScript's counts "é" as a non-word character. */
const wordBoundary = "(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))";

const classRef = /%(?<bare>%?)(?<name>[A-Za-z]+)(?::(?<alias>[A-Za-z][A-Za-z0-9]*))?/g;

/**
 * Expands class references, spaces and apostrophes outside character classes. Returns the regex source
 * and which group each class reference captures into.
 */
function expandPattern(pattern: string, classes: ReadonlyMap<string, WordClass>, where: { file: string; line: number }) {
  const groupClass = new Map<string, WordClass>();
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\" && pattern[i + 1] === "b" && !inClass) {
      out += wordBoundary;
      i++;
    } else if (c === "\\") {
      out += c + (pattern[i + 1] ?? "");
      i++;
    } else if (inClass) {
      if (c === "]") inClass = false;
      out += c;
    } else if (c === "[") {
      inClass = true;
      out += c;
    } else if (c === " ") {
      while (pattern[i + 1] === " ") i++;
      // " ?" is optional whitespace, not a lazy "\s+?".
      if (pattern[i + 1] === "?") {
        out += "\\s*";
        i++;
      } else out += "\\s+";
    } else if (c === "'" || c === "’") {
      out += "['’]";
    } else if (c === "%") {
      classRef.lastIndex = i;
      const ref = classRef.exec(pattern);
      if (!ref || ref.index !== i) throw gazetteError("E131", { ...where, reason: `stray '%' at ${i}` });
      const cls = classes.get(ref.groups!.name);
      if (!cls) throw gazetteError("E131", { ...where, reason: `unknown word class '%${ref.groups!.name}'` });
      if (ref.groups!.bare) {
        out += `(?:${cls.source})`;
      } else {
        const group = ref.groups!.alias ?? cls.name;
        groupClass.set(group, cls);
        out += `(?<${group}>${cls.source})`;
      }
      i += ref[0].length - 1;
    } else {
      out += c;
    }
  }
  return { source: out, groupClass };
}

/** Names of the capture groups a regex source defines. */
const definedGroups = (source: string) => new Set([...source.matchAll(/\(\?<([A-Za-z][A-Za-z0-9]*)>/g)].map((m) => m[1]));

/** The index just past the parenthesised group that opens at `open`. */
function closeOf(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * `(?<=cue )word` runs the lookbehind at every position of the text, which is slow. Rewritten as
 * `word(?<=cue word)`, the regex starts on the word itself and V8 skips ahead to its first letters.
 */
function lookbehindLast(source: string): string {
  if (!source.startsWith("(?<=")) return source;
  const close = closeOf(source, 0);
  const rest = source.slice(close);
  if (close < 0 || !rest) return source;
  const cue = source.slice(4, close - 1);
  const unnamed = rest.replace(/\(\?<([A-Za-z][A-Za-z0-9]*)>/g, "(?:");
  return `(?:${rest})(?<=(?:${cue})(?:${unnamed}))`;
}

/**
 * A match must not end inside a word; that it does not start inside one is checked by `nextMatch`,
 * because a leading lookbehind would run at every position of the text.
 */
const bounded = (source: string) => `(?:${lookbehindLast(source)})(?![\\p{L}\\p{N}])`;

const wordChar = /[\p{L}\p{N}]/u;

/** The next match of a compiled rule or cue that starts on a word boundary (or on a non-word character). */
export function nextMatch(regex: RegExp, text: string): RegExpExecArray | null {
  for (;;) {
    const match = regex.exec(text);
    if (match === null) return null;
    const at = match.index;
    if (match[0].length === 0) regex.lastIndex = at + 1;
    else if (at > 0 && wordChar.test(text[at]) && wordChar.test(text[at - 1])) regex.lastIndex = at + 1;
    // "Jean-Noël", "Marie-Noëlle": a capital after a hyphen inside a word goes on a name, no time.
    else if (at > 1 && /[-‐]/.test(text[at - 1]) && wordChar.test(text[at - 2]) && /\p{Lu}/u.test(text[at])) regex.lastIndex = at + 1;
    else return match;
  }
}

function compile(source: string, flags: string, where: { file: string; line: number }): RegExp {
  try {
    return new RegExp(bounded(source), flags);
  } catch (error) {
    throw gazetteError("E131", { ...where, reason: (error as Error).message });
  }
}

function loadRules(lang: string, classes: ReadonlyMap<string, WordClass>): Rule[] {
  const table = loadTable(lang, STAGE_DIR, PATTERNS_FILE, ["id", "type", "pattern", "value", "examples"]);
  if (!table) throw gazetteError("E132", { file: resourcePath(lang, STAGE_DIR, PATTERNS_FILE) });
  const seen = new Set<string>();
  return table.rows.map((row, index) => {
    const where = { file: table.file, line: row.line };
    if (seen.has(row.id)) throw gazetteError("E131", { ...where, reason: `duplicate rule id '${row.id}'` });
    seen.add(row.id);
    if (!TYPES.includes(row.type as TimeType)) throw gazetteError("E131", { ...where, reason: `type '${row.type}' is not one of ${TYPES.join(", ")}` });
    const { source, groupClass } = expandPattern(row.pattern, classes, where);
    let value: Call;
    try {
      value = parseCall(row.value);
    } catch (error) {
      throw gazetteError("E131", { ...where, reason: (error as Error).message });
    }
    if (!functions.has(value.fn)) throw gazetteError("E131", { ...where, reason: `unknown value function '${value.fn}'` });
    const mod = row.mod ? parseTemplate(row.mod) : undefined;
    if (row.scope && row.scope !== "end") throw gazetteError("E131", { ...where, reason: `scope '${row.scope}' is not 'end'` });
    const groups = definedGroups(source);
    const used = [...value.args.values(), ...(mod ? [mod] : [])].flatMap(templateGroups);
    const missing = used.filter((g) => !groups.has(g));
    if (missing.length) throw gazetteError("E131", { ...where, reason: `value reads group(s) the pattern lacks: ${missing.join(", ")}` });
    // Ranges resolve their two ends separately, so they need the ends' offsets (the `d` flag).
    const flags = value.fn === "range" ? "gdiu" : "giu";
    return {
      id: row.id,
      index,
      type: row.type as TimeType,
      regex: compile(source, flags, where),
      requires: requiredText(source),
      value,
      mod,
      groupClass,
      scope: row.scope ? "end" : undefined,
      examples: row.examples,
      line: row.line,
    };
  });
}

function loadTenseCues(lang: string, classes: ReadonlyMap<string, WordClass>): TenseCue[] {
  const table = loadTable(lang, STAGE_DIR, TENSE_FILE, ["tense", "pattern"]);
  if (!table) return [];
  return table.rows.map((row) => {
    const where = { file: table.file, line: row.line };
    if (!TENSES.includes(row.tense as Tense)) throw gazetteError("E131", { ...where, reason: `tense '${row.tense}' is not one of ${TENSES.join(", ")}` });
    const { source } = expandPattern(row.pattern, classes, where);
    return { tense: row.tense as Tense, regex: compile(source, "giu", where), examples: row.examples ?? "", line: row.line };
  });
}

const cache = new Map<string, RuleSet | undefined>();

/** The compiled rules of a language, or undefined when it has no time resources. */
export function ruleSet(lang: string): RuleSet | undefined {
  if (cache.has(lang)) return cache.get(lang);
  let set: RuleSet | undefined;
  const dir = dirname(resourcePath(lang, STAGE_DIR, PATTERNS_FILE));
  let files: string[] = [];
  try {
    files = readdirSync(dir);
  } catch {
    files = [];
  }
  if (files.includes(PATTERNS_FILE)) {
    const classes = new Map<string, WordClass>();
    for (const file of files.filter((f) => f.endsWith(".tsv") && f !== PATTERNS_FILE && f !== TENSE_FILE).sort()) {
      const cls = loadClass(lang, file);
      classes.set(cls.name, cls);
    }
    set = { lang, classes, rules: loadRules(lang, classes), tenseCues: loadTenseCues(lang, classes) };
  }
  cache.set(lang, set);
  return set;
}
