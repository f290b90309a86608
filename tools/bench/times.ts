/** Time-expression throughput (tokens/s, one core): the times stage alone, on news already segmented. */
import { segment } from "../../src/stages/segment/segment.js";
import { findAnchor } from "../../src/stages/times/anchor.js";
import { findTimes } from "../../src/stages/times/extract.js";
import { ruleSet } from "../../src/stages/times/rules.js";
import { benchLanguages, newsArticles, newsCorpus } from "./news.js";
import type { BenchRow, BenchSuite } from "./suite.js";
import { timePass } from "./timing.js";

export const timesBench: BenchSuite = {
  name: "times",
  async run() {
    const rows: BenchRow[] = [];
    for (const lang of benchLanguages) {
      const set = ruleSet(lang);
      if (!set) continue;
      const publishedAt = newsArticles(lang)[0]?.publishedAt;
      const docs = newsCorpus(lang, 2_000_000).map((text) => ({ text, ...segment(text, lang) }));
      const tokens = docs.reduce((n, d) => n + d.tokens.reduce((m, s) => m + s.length, 0), 0);
      const run = (d: (typeof docs)[number]) => {
        const anchor = findAnchor(set, publishedAt, undefined, d.text, d.sentences);
        return findTimes(set, d.text, d.sentences, { anchor: anchor.day, anchorName: anchor.name }).length;
      };
      const { total: found, seconds } = timePass(docs, run);
      const mb = docs.reduce((n, d) => n + d.text.length, 0) / 1e6;
      rows.push({ stage: "times", lang, metric: "tokens/s", value: tokens / seconds, detail: `${mb.toFixed(1)} MB, ${tokens} tokens, ${found} times, ${seconds.toFixed(2)} s` });
    }
    return rows;
  },
};
