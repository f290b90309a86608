/**
 * NER throughput (tokens/s, one core): the labeller alone over pre-segmented news text, a document at a
 * time, as the stage runs it (both passes: each sentence alone, then with the document's memory).
 */
import { nerModel } from "../../src/stages/ner/model.js";
import { segment } from "../../src/stages/segment/segment.js";
import { benchLanguages, newsCorpus } from "./news.js";
import type { BenchRow, BenchSuite } from "./suite.js";
import { timePass } from "./timing.js";

export const nerBench: BenchSuite = {
  name: "ner",
  async run() {
    const rows: BenchRow[] = [];
    for (const lang of benchLanguages) {
      const model = nerModel(lang);
      if (!model) continue;
      // Segmentation is not timed: flat surface-token offsets per sentence, prepared beforehand.
      const documents: Array<Array<{ text: string; starts: number[]; ends: number[] }>> = [];
      for (const text of newsCorpus(lang, 1_000_000)) {
        const sentences: (typeof documents)[number] = [];
        documents.push(sentences);
        for (const tokens of segment(text, lang).tokens) {
          const starts: number[] = [];
          const ends: number[] = [];
          for (const t of tokens) {
            if (starts.length && starts[starts.length - 1] === t.start) continue;
            starts.push(t.start);
            ends.push(t.end);
          }
          sentences.push({ text, starts, ends });
        }
      }
      const tokens = documents.flat().reduce((n, s) => n + s.starts.length, 0);
      const { total: spans, seconds } = timePass(documents, (d) => model.documentSpans(d).reduce((n, s) => n + s.length, 0), 100);
      rows.push({ stage: "ner", lang, metric: "tokens/s", value: tokens / seconds, detail: `${tokens} tokens, ${spans} spans, ${seconds.toFixed(2)} s` });
    }
    return rows;
  },
};
