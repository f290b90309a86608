/** The segmentation rules of one language: its data files under resources/<lang>/segment/, plus the shared ones. */
import { loadJson, loadTable } from "../../resources/table.js";

export interface Contraction {
  words: string[];
  /** Lower-case previous words (or "<start>") after which the token stays one word. */
  keepAfter: Set<string>;
}

export interface SegmentRules {
  lang: string;
  /** Abbreviation (with its final period) → kind. */
  abbreviations: Map<string, "title" | "common">;
  /** Lower-case abbreviations of kind "common", for capitalised variants ("Etc."). */
  abbreviationsLower: Set<string>;
  /** Elided prefixes with a plain apostrophe, longest first. */
  elisions: string[];
  protectedWords: Set<string>;
  /** Hyphenated clitic suffixes, longest first. */
  clitics: string[];
  /** Lower-case token → its syntactic words. */
  contractions: Map<string, Contraction>;
  /** Length of the longest contraction, so longer words skip the lookup. */
  longestContraction: number;
  /** Clitic suffixes written onto a word (plain apostrophe), longest first. */
  suffixes: string[];
  starters: Set<string>;
  datelines: Array<{ id: string; pattern: RegExp }>;
  /** Words cut by pattern into their named groups ("14h30" → 14 h 30). */
  splits: RegExp[];
  spaceGroupsDigits: boolean;
  /** Whether hyphens inside words are tokens of their own ("15-year" → 15 - year), as in UD English. */
  splitHyphens: boolean;
  /** Lower-case prefixes that keep their hyphen when hyphens are split ("e-mail"). */
  hyphenPrefixes: Set<string>;
}

const cache = new Map<string, SegmentRules>();

/** Apostrophes folded to ' so one rule serves both typographies. */
export const foldApostrophes = (s: string) => (s.includes("’") || s.includes("ʼ") ? s.replace(/[’ʼ]/g, "'") : s);

export function segmentRules(lang: string): SegmentRules {
  let rules = cache.get(lang);
  if (rules) return rules;
  const table = (file: string, columns: string[]) => loadTable(lang, "segment", file, columns)?.rows ?? [];
  const byLengthDesc = (a: string, b: string) => b.length - a.length;

  const abbreviations = new Map<string, "title" | "common">();
  const abbreviationsLower = new Set<string>();
  for (const row of table("abbreviations.tsv", ["abbreviation", "kind"])) {
    const kind = row.kind === "title" ? "title" : "common";
    abbreviations.set(row.abbreviation, kind);
    if (kind === "common") abbreviationsLower.add(row.abbreviation.toLowerCase());
  }
  const contractions = new Map<string, Contraction>();
  for (const row of table("multiword.tsv", ["token", "words"])) {
    contractions.set(foldApostrophes(row.token.toLowerCase()), { words: row.words.split(" "), keepAfter: new Set() });
  }
  for (const row of table("multiword-exceptions.tsv", ["token", "previous"])) {
    contractions.get(row.token.toLowerCase())?.keepAfter.add(row.previous.toLowerCase());
  }
  const config = loadJson<{ spaceGroupsDigits?: boolean; splitHyphens?: boolean }>(lang, "segment", "config.json") ?? {};
  const datelineRows = (from: string) =>
    (loadTable(from, "segment", "datelines.tsv", ["id", "pattern"])?.rows ?? []).map((r) => ({
      id: `${from}/segment/dateline/${r.id}`,
      pattern: new RegExp(r.pattern, "u"),
    }));

  rules = {
    lang,
    abbreviations,
    abbreviationsLower,
    elisions: table("elisions.tsv", ["prefix"]).map((r) => foldApostrophes(r.prefix.toLowerCase())).sort(byLengthDesc),
    protectedWords: new Set(table("protected.tsv", ["word"]).map((r) => foldApostrophes(r.word.toLowerCase()))),
    clitics: table("clitics.tsv", ["suffix"]).map((r) => r.suffix.toLowerCase()).sort(byLengthDesc),
    contractions,
    longestContraction: Math.max(0, ...[...contractions.keys()].map((k) => k.length)),
    suffixes: table("suffixes.tsv", ["suffix"]).map((r) => foldApostrophes(r.suffix.toLowerCase())).sort(byLengthDesc),
    starters: new Set(table("starters.tsv", ["word"]).map((r) => foldApostrophes(r.word))),
    datelines: [...(lang === "und" ? [] : datelineRows(lang)), ...datelineRows("und")],
    splits: table("splits.tsv", ["id", "pattern"]).map((r) => new RegExp(r.pattern, "du")),
    spaceGroupsDigits: config.spaceGroupsDigits ?? false,
    splitHyphens: config.splitHyphens ?? false,
    hyphenPrefixes: new Set(table("hyphen-prefixes.tsv", ["prefix"]).map((r) => r.prefix.toLowerCase())),
  };
  cache.set(lang, rules);
  return rules;
}
