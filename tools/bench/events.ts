/**
 * Event-coding throughput (tokens/s, one core): the whole default pipeline (language → events) on news,
 * which the 20,000 tokens/s target is about, and the events stage alone on the documents it
 * analysed. Rates are steady-state over this process's CPU time; loading the models and lexicons, once
 * per process, is reported apart.
 */
import { createDoc, type Doc } from "../../src/pipeline/doc.js";
import { defaultPipeline } from "../../src/pipeline/default.js";
import { runPipeline } from "../../src/pipeline/pipeline.js";
import { eventsStage } from "../../src/stages/events/events.js";
import { benchLanguages, newsArticles, newsCorpus } from "./news.js";
import type { BenchRow, BenchSuite } from "./suite.js";
import { timePass } from "./timing.js";

export const eventsBench: BenchSuite = {
  name: "events",
  async run() {
    const rows: BenchRow[] = [];
    for (const lang of benchLanguages) {
      const publishedAt = newsArticles(lang)[0]?.publishedAt?.slice(0, 10) ?? "2012-01-01";
      const texts = newsCorpus(lang, 300_000);
      const pipeline = defaultPipeline();
      const analyse = async (text: string) => runPipeline(pipeline, createDoc(text, { lang, publishedAt }), { publishedAt });
      const loadStarted = performance.now();
      await analyse(texts[0]);
      rows.push({ stage: "pipeline", lang, metric: "first document ms", value: performance.now() - loadStarted, detail: "loads every model and lexicon, once per process" });
      // The pipeline is asynchronous in form only (no stage awaits I/O), so each pass is timed as a whole.
      for (const text of texts.slice(0, 20)) await analyse(text);
      const cpuStarted = process.cpuUsage();
      const started = performance.now();
      const docs: Doc[] = [];
      for (const text of texts) docs.push(await analyse(text));
      const wall = (performance.now() - started) / 1000;
      const cpu = process.cpuUsage(cpuStarted);
      const cpuSeconds = (cpu.user + cpu.system) / 1e6;
      const tokens = docs.reduce((n, d) => n + (d.layers.tokens ?? []).reduce((m, s) => m + s.length, 0), 0);
      const events = docs.reduce((n, d) => n + (d.layers.events?.length ?? 0), 0);
      rows.push({ stage: "pipeline", lang, metric: "tokens/s", value: tokens / cpuSeconds, detail: `${tokens} tokens, ${events} events, ${cpuSeconds.toFixed(2)} s CPU (${wall.toFixed(2)} s wall), 1 core` });
      const { cpuSeconds: alone } = timePass(docs, (doc) => (eventsStage.run(doc, { publishedAt }), 1), 20);
      rows.push({ stage: "events", lang, metric: "tokens/s", value: tokens / alone, detail: `${tokens} tokens, ${alone.toFixed(2)} s CPU` });
    }
    return rows;
  },
};
