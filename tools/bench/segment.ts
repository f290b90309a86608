/** Segmentation throughput (tokens/s, one core) on news text repeated to a few MB. */
import { segment } from "../../src/stages/segment/segment.js";
import { benchLanguages, newsCorpus } from "./news.js";
import type { BenchRow, BenchSuite } from "./suite.js";
import { timePass } from "./timing.js";

export const segmentBench: BenchSuite = {
  name: "segment",
  async run() {
    const rows: BenchRow[] = [];
    for (const lang of benchLanguages) {
      const texts = newsCorpus(lang, 4_000_000);
      const { total: tokens, seconds } = timePass(texts, (t) => segment(t, lang).tokens.reduce((n, s) => n + s.length, 0));
      const mb = texts.reduce((n, t) => n + t.length, 0) / 1e6;
      rows.push({ stage: "segment", lang, metric: "tokens/s", value: tokens / seconds, detail: `${mb.toFixed(1)} MB, ${tokens} tokens, ${seconds.toFixed(2)} s` });
    }
    return rows;
  },
};
