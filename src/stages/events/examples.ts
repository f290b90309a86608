/**
 * Checks for the example column of each events data file (run by src/resources/examples.test.ts).
 * They need no tagger or parser: a lexicon row's example must contain a form of its lemma, a cue row's
 * example its cue, so that the examples stay true to the rows they illustrate.
 */
import type { Row } from "../../resources/table.js";
import type { ExampleCheckers } from "../../resources/examples.js";
import { fold } from "../../kb/fold.js";
import { loadTable } from "../../resources/table.js";
import { eventLexicon } from "./lexicon.js";

const wordsOf = (text: string) => fold(text).split(/[^\p{L}\p{N}'-]+/u).flatMap((w) => [w, ...w.split("'")]).filter(Boolean);

/** The example holds the lemma in some form: a known inflection, or a word with the lemma's stem. */
function holdsLemma(lemma: string, example: string, lang: string): boolean {
  const words = wordsOf(example);
  const first = fold(lemma).split(" ")[0];
  const forms = eventLexicon(lang)?.forms;
  if (words.some((w) => forms?.get(w)?.some((f) => fold(f.lemma) === first))) return true;
  const irregular = loadTable(lang, "events", "irregular.tsv", ["form", "lemma"])?.rows ?? [];
  if (irregular.some((r) => fold(r.lemma) === first && words.includes(fold(r.form)))) return true;
  const stem = first.slice(0, Math.max(3, Math.min(4, first.length - 3)));
  return words.some((w) => w.startsWith(stem));
}

const lemmaCheck = (row: Row, lang: string) =>
  holdsLemma(row.lemma, row.example, lang) ? undefined : `"${row.lemma}" does not appear in: ${row.example}`;

export const checkers: ExampleCheckers = {
  "verbs.tsv": lemmaCheck,
  "nouns.tsv": lemmaCheck,
  "light-verbs.tsv": lemmaCheck,
  "modality.tsv": (row, lang) =>
    row.cue.includes("=") || holdsLemma(row.cue, row.example, lang)
      ? undefined
      : `cue "${row.cue}" not in: ${row.example}`,
  "function-words.tsv": (row) => (` ${wordsOf(row.example).join(" ")} `.includes(` ${wordsOf(row.word).join(" ")} `) ? undefined : `"${row.word}" not in: ${row.example}`),
  "intents.tsv": (row) => (row.example.endsWith(`→ ${row.code}`) ? undefined : `expected "sentence → ${row.code}" in: ${row.example}`),
  "inflections.tsv": (row) => (row.example.includes("→") ? undefined : `expected "lemma → forms" in: ${row.example}`),
  "irregular.tsv": (row) => (wordsOf(row.example).includes(fold(row.form)) ? undefined : `"${row.form}" not in: ${row.example}`),
};
