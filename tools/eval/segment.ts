/** Token, word and sentence F1 of the segmenter on UD dev files (CoNLL 2018 definitions, spans in the running text). */
import { segment } from "../../src/stages/segment/segment.js";
import { readConllu } from "../corpora/conllu.js";
import { dataPath } from "../data.js";
import type { EvalRow, EvalSuite } from "./suite.js";
import { f1, goldSegmentation } from "./ud-text.js";

export const segmentCorpora = [
  { lang: "fr", corpus: "sequoia-dev", file: "UD_French-Sequoia/fr_sequoia-ud-dev.conllu.gz" },
  { lang: "fr", corpus: "gsd-dev", file: "UD_French-GSD/fr_gsd-ud-dev.conllu.gz" },
  { lang: "en", corpus: "ewt-dev", file: "UD_English-EWT/en_ewt-ud-dev.conllu.gz" },
];

export function scoreSegmentation(lang: string, file: string) {
  const gold = goldSegmentation(readConllu(dataPath("ud", file)));
  const predicted = segment(gold.text.replace(/\n$/, ""), lang);
  const key = (a: number, b: number) => `${a}:${b}`;
  const goldTokens = new Set(gold.tokens.map(([a, b]) => key(a, b)));
  const goldWords = new Set(gold.words.map((w) => `${w.start}:${w.end}:${w.part}:${w.form.toLowerCase()}`));
  const goldSentences = new Set(gold.sentences.map(([a, b]) => key(a, b)));
  const tokens = new Set<string>();
  const words = new Set<string>();
  for (const sentence of predicted.tokens) {
    for (const t of sentence) {
      tokens.add(key(t.start, t.end));
      words.add(`${t.start}:${t.end}:${t.part ?? 0}:${(t.form ?? t.text).toLowerCase()}`);
    }
  }
  const sentences = new Set(predicted.sentences.map((s) => key(s.start, s.end)));
  return {
    gold,
    predicted,
    tokens: f1(goldTokens, tokens),
    words: f1(goldWords, words),
    sentences: f1(goldSentences, sentences),
  };
}

export const segmentSuite: EvalSuite = {
  name: "segment",
  title: "UD dev: token, word and sentence F1 (CoNLL 2018)",
  async run() {
    const rows: EvalRow[] = [];
    for (const { lang, corpus, file } of segmentCorpora) {
      const s = scoreSegmentation(lang, file);
      rows.push(
        { lang, corpus, metric: "token_f1", value: s.tokens.f1, n: s.gold.tokens.length },
        { lang, corpus, metric: "word_f1", value: s.words.f1, n: s.gold.words.length },
        { lang, corpus, metric: "sentence_f1", value: s.sentences.f1, n: s.gold.sentences.length },
      );
    }
    return rows;
  },
};
