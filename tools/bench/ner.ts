/**
 * NER throughput (tokens/s, one core): the labeller alone over pre-segmented news text, a document at a
 * time, as the stage runs it (both passes: each sentence alone, then with the document's memory).
 */
import { nerModel } from "../../src/stages/ner/model.js";
import { nerInput } from "../../src/stages/ner/ner.js";
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
      const documents = newsCorpus(lang, 1_000_000).map((text) => segment(text, lang).tokens.map((tokens) => nerInput(text, tokens)));
      const tokens = documents.flat().reduce((n, s) => n + s.starts.length, 0);
      const { total: spans, seconds } = timePass(documents, (d) => model.documentSpans(d).reduce((n, s) => n + s.length, 0), 100);
      rows.push({ stage: "ner", lang, metric: "tokens/s", value: tokens / seconds, detail: `${tokens} tokens, ${spans} spans, ${seconds.toFixed(2)} s` });
    }
    return rows;
  },
};
