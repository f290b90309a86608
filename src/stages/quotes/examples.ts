/** Checks for the example column of each quote data file (run by src/resources/examples.test.ts). */
import type { Quote } from "../../model/record.js";
import type { ExampleCheckers } from "../../resources/examples.js";
import { loadTable, type Row } from "../../resources/table.js";
import { segment } from "../segment/segment.js";
import { analyseSentence } from "../entities/examples.js";
import { findQuotes } from "./find-quotes.js";
import { norm } from "./norm.js";
import { phraseForms, quoteRules, readInflections, verbFormsOf } from "./rules.js";

/** The quotes of a text with only the segmenter before: the rules must work without tags or entities. */
export function quotesOf(text: string, lang: string): Quote[] {
  const rules = quoteRules(lang);
  if (!rules) return [];
  const { sentences, tokens } = segment(text, lang);
  return findQuotes({ text, sentences, tokens }, rules);
}

const show = (quotes: Quote[]) => (quotes.length ? quotes.map((q) => `[${q.producedBy}] "${q.text}" by "${q.speakerText ?? "-"}" cue "${q.cue?.text ?? "-"}"`).join("; ") : "no quote");

const containsPhrase = (haystack: string, phrase: string, lang: string) => {
  const words = phraseForms(haystack, lang);
  const needle = phraseForms(phrase, lang);
  return words.some((_, i) => needle.every((w, k) => words[i + k] === w));
};

const expectQuote = (row: Row, lang: string, ok: (q: Quote) => boolean) => {
  const quotes = quotesOf(row.example, lang);
  return quotes.some(ok) ? undefined : show(quotes);
};

/** The quotes of a text once the entities are known (recognised and linked without a tagger). */
function quotesWithEntities(text: string, lang: string): Quote[] {
  const rules = quoteRules(lang);
  if (!rules) return [];
  const { sentences, tokens } = segment(text, lang);
  const { entities } = analyseSentence(text, lang);
  return findQuotes({ text, sentences, tokens, entities }, rules);
}

const byRole: Record<string, (row: Row, lang: string) => string | undefined> = {
  personal: (row, lang) => {
    const quotes = quotesWithEntities(row.example, lang);
    const { entities } = analyseSentence(row.example, lang);
    const speakers = entities.filter((e) => e.type !== "LOC" && e.mentions.every((m) => m.kind !== "pronoun"));
    return quotes.some((q) => speakers.some((e) => e.id === q.speaker)) ? undefined : `"${row.word}" stands for no entity named before: ${show(quotes)}`;
  },
  clitic: (row, lang) => expectQuote(row, lang, (q) => q.cue !== undefined && containsPhrase(q.cue.text, row.word, lang)),
  reflexive: (row, lang) => expectQuote(row, lang, (q) => q.cue !== undefined && containsPhrase(q.cue.text, row.word, lang)),
  "reflexive-auxiliary": (row, lang) => expectQuote(row, lang, (q) => q.cue !== undefined && containsPhrase(q.cue.text, row.word, lang)),
  auxiliary: (row, lang) => expectQuote(row, lang, (q) => q.cue !== undefined && containsPhrase(q.cue.text, row.word, lang)),
  filler: (row, lang) => expectQuote(row, lang, (q) => q.cue !== undefined && containsPhrase(q.cue.text, row.word, lang)),
  pronoun: (row, lang) => expectQuote(row, lang, (q) => q.speakerText === row.norm),
  relative: (row, lang) => expectQuote(row, lang, (q) => q.speakerText !== undefined && !containsPhrase(q.speakerText, row.word, lang)),
  boundary: (row, lang) => expectQuote(row, lang, (q) => q.speakerText !== undefined && !containsPhrase(q.speakerText, row.word, lang)),
  stop: (row, lang) => expectQuote(row, lang, (q) => q.speakerText !== undefined && !containsPhrase(q.speakerText, row.word, lang)),
  "first-person": (row, lang) => expectQuote(row, lang, (q) => q.kind === "direct"),
  "passive-auxiliary": (row, lang) => {
    const quotes = quotesOf(row.example, lang);
    return quotes.length ? `expected no quote: ${show(quotes)}` : undefined;
  },
  negation: (row, lang) => {
    const quotes = quotesOf(row.example, lang);
    return quotes.length ? `expected no quote: ${show(quotes)}` : undefined;
  },
  topic: (row, lang) => byRole.negation(row, lang),
  "infinitive-marker": (row, lang) => {
    const quotes = quotesOf(row.example, lang);
    return quotes.length ? `expected no quote: ${show(quotes)}` : undefined;
  },
};

export const checkers: ExampleCheckers = {
  "marks.tsv": (row, lang) => expectQuote(row, lang, (q) => q.kind === "direct" && q.text === row.content),
  "dashes.tsv": (row, lang) => expectQuote(row, lang, (q) => q.text === row.content && q.speakerText === row.speaker),
  "cues.tsv": (row, lang) =>
    expectQuote(row, lang, (q) => q.producedBy === `${lang}/quotes/${row.id}` && q.text === row.content && q.speakerText === row.speaker),
  "verbs.tsv": (row, lang) => {
    const rules = quoteRules(lang)!;
    const lemma = norm(row.lemma);
    return expectQuote(row, lang, (q) => q.cue !== undefined && phraseForms(q.cue.text, lang).some((w) => rules.verbForms.get(w) === lemma));
  },
  "inflections.tsv": (row, lang) => {
    const inflections = readInflections(loadTable(lang, "quotes", "inflections.tsv", ["ending", "endings"])!.rows);
    const [lemma, form] = row.example.split(/\s+/);
    return verbFormsOf(lemma, "", inflections).includes(form) ? undefined : `${lemma} does not yield ${form}`;
  },
  "words.tsv": (row, lang) => {
    const check = byRole[row.role];
    return check ? check(row, lang) : `no check for role '${row.role}'`;
  },
};
