/** Checks for the example column of each segmentation data file (run by src/resources/examples.test.ts). */
import type { Row } from "../../resources/table.js";
import type { ExampleCheckers } from "../../resources/examples.js";
import { findDateline } from "./dateline.js";
import { segment } from "./segment.js";
import { segmentRules } from "./rules.js";
import { GAP_NONE, ruleGaps } from "./sentences.js";
import { tokenize } from "./tokenize.js";

const words = (text: string, lang: string) => segment(text, lang).tokens.flat();
const forms = (text: string, lang: string) => words(text, lang).map((t) => t.form ?? t.text);
const surfaces = (text: string, lang: string) => [...new Set(words(text, lang).map((t) => `${t.start}:${t.text}`))].map((k) => k.slice(k.indexOf(":") + 1));

const expectToken = (token: string) => (row: Row, lang: string) =>
  surfaces(row.example, lang).includes(token) ? undefined : `"${token}" is not one token in: ${surfaces(row.example, lang).join(" | ")}`;

export const checkers: ExampleCheckers = {
  "abbreviations.tsv": (row, lang) => expectToken(row.abbreviation)(row, lang),
  "protected.tsv": (row, lang) => expectToken(row.word)(row, lang),
  "hyphen-prefixes.tsv": (row, lang) => expectToken(row.example)(row, lang),
  "elisions.tsv": (row, lang) => {
    const first = surfaces(row.example, lang)[0];
    return first?.replace("’", "'").toLowerCase() === row.prefix ? undefined : `first token is "${first}"`;
  },
  "clitics.tsv": (row, lang) => {
    const last = surfaces(row.example, lang).at(-1);
    return last?.toLowerCase() === row.suffix ? undefined : `last token is "${last}"`;
  },
  "multiword.tsv": (row, lang) => {
    const got = forms(row.example, lang).join(" ").toLowerCase();
    return got.includes(row.words.toLowerCase()) ? undefined : `"${row.token}" not expanded to "${row.words}": ${got}`;
  },
  "multiword-exceptions.tsv": (row, lang) =>
    forms(row.example, lang).map((f) => f.toLowerCase()).includes(row.token) ? undefined : `"${row.token}" was expanded in: ${row.example}`,
  "suffixes.tsv": (row, lang) => {
    const got = forms(row.example, lang);
    return got.length === 2 && got[1].replace("’", "'").toLowerCase() === row.suffix ? undefined : `got ${got.join(" | ")}`;
  },
  // Starters feed the rules' verdict, which the trained boundary model weighs with everything else.
  "starters.tsv": (row, lang) => {
    const rules = segmentRules(lang);
    const tokens = tokenize(row.example, rules);
    const gaps = ruleGaps(row.example, tokens, rules);
    const cut = tokens.starts.findIndex((s) => row.example.startsWith(row.word, s) && s > 0);
    return cut > 0 && gaps[cut - 1] !== GAP_NONE ? undefined : `the rules do not end a sentence before "${row.word}" in: ${row.example}`;
  },
  "splits.tsv": (row, lang) => (surfaces(row.example, lang).length >= 2 ? undefined : `"${row.example}" was not split`),
  "datelines.tsv": (row, lang) => {
    const found = findDateline(row.example, 0, segmentRules(lang));
    return found?.producedBy.endsWith(`/${row.id}`) ? undefined : `matched ${found?.producedBy ?? "nothing"}`;
  },
};

