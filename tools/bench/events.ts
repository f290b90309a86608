/**
 * Event-coding throughput (tokens/s, one core): the events stage alone on documents already analysed,
 * and the whole default pipeline (language → events) on the same news, which the 20,000 tokens/s
 * target is about.
 */
import { createDoc, type Doc } from "../../src/pipeline/doc.js";
import { defaultPipeline } from "../../src/pipeline/default.js";
import { runPipeline } from "../../src/pipeline/pipeline.js";
import { eventsStage } from "../../src/stages/events/events.js";
import { benchLanguages, newsArticles, newsCorpus } from "./news.js";
import type { BenchRow, BenchSuite } from "./suite.js";

export const eventsBench: BenchSuite = {
  name: "events",
  async run() {
    const rows: BenchRow[] = [];
    for (const lang of benchLanguages) {
      const publishedAt = newsArticles(lang)[0]?.publishedAt?.slice(0, 10) ?? "2012-01-01";
      const texts = newsCorpus(lang, 300_000);
      const docs: Doc[] = [];
      const started = performance.now();
      for (const text of texts) {
        const doc = createDoc(text, { lang, publishedAt });
        await runPipeline(defaultPipeline(), doc, { publishedAt });
        docs.push(doc);
      }
      const whole = (performance.now() - started) / 1000;
      const tokens = docs.reduce((n, d) => n + (d.layers.tokens ?? []).reduce((m, s) => m + s.length, 0), 0);
      const events = docs.reduce((n, d) => n + (d.layers.events?.length ?? 0), 0);
      rows.push({ stage: "pipeline", lang, metric: "tokens/s", value: tokens / whole, detail: `${tokens} tokens, ${events} events, ${whole.toFixed(2)} s (first documents include model loading)` });
      const t0 = performance.now();
      for (const doc of docs) eventsStage.run(doc, { publishedAt });
      const alone = (performance.now() - t0) / 1000;
      rows.push({ stage: "events", lang, metric: "tokens/s", value: tokens / alone, detail: `${tokens} tokens, ${alone.toFixed(2)} s` });
    }
    return rows;
  },
};
