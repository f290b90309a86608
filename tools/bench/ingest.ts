/**
 * Corpus benchmarks: ingest throughput (articles/s: the bare pipeline on one core, then `ingest` with
 * 1 and 2 worker threads) on the news of ../shared/data/news repeated with variations, and the latency
 * of a filtered page of events in a database of 10,000 articles.
 * GAZETTE_BENCH_ARTICLES sets the ingest size (default 400, ~1 min here; the full run: 10000).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { analyze } from "../../src/analyze.js";
import { ingest } from "../../src/ingest/ingest.js";
import { openStore } from "../../src/store/open-store.js";
import type { EventQuery, Store } from "../../src/store/store.js";
import { makeRecord, type EntitySpec } from "../../src/store/test-records.js";
import { benchLanguages, newsArticles, type NewsArticle } from "./news.js";
import type { BenchRow, BenchSuite } from "./suite.js";

const INGEST_ARTICLES = Number(process.env.GAZETTE_BENCH_ARTICLES ?? 400);
const QUERY_ARTICLES = 10_000;

/**
 * Copy `k` of an article: its paragraphs rotated, a dateline and a date of its own, so copies are not
 * exact duplicates (most are near-duplicates, as wire copies are).
 */
function variant(article: NewsArticle, k: number): NewsArticle & { url: string; source: string } {
  const paragraphs = article.text.split(/\n\s*\n/);
  const shift = k % Math.max(1, paragraphs.length);
  const rotated = [...paragraphs.slice(shift), ...paragraphs.slice(0, shift)];
  const day = 1 + (k % 28);
  return {
    ...article,
    text: `Agence ${k % 13}, ${day} — ${rotated.join("\n\n")}\n\nCopie ${k}.`,
    publishedAt: `2012-${String(1 + (k % 12)).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
    url: `https://bench.example/${article.lang}/${article.id}/${k}`,
    source: `source-${k % 17}`,
  };
}

function corpus(count: number): Array<ReturnType<typeof variant>> {
  const articles = benchLanguages.flatMap((lang) => newsArticles(lang));
  return Array.from({ length: count }, (_, k) => variant(articles[k % articles.length], Math.floor(k / articles.length) * articles.length + k));
}

/**
 * Ingest rate over the whole run, and in steady state: from the 10 % mark on, so that starting the
 * worker threads and loading their models (seconds, once per run) does not hide what they sustain.
 */
async function timeIngest(file: string, dir: string, workers: number, count: number): Promise<{ rate: number; steady: number; detail: string }> {
  const store = await openStore(join(dir, `ingest-${workers}.db`));
  let mark: { read: number; ms: number } | undefined;
  let last = { read: 0, ms: 0 };
  const loop = performance.eventLoopUtilization();
  const summary = await ingest(store, [file], {
    workers,
    onProgress: (p) => {
      if (!mark && p.read >= count / 10) mark = { read: p.read, ms: p.elapsedMs };
      last = { read: p.read, ms: p.elapsedMs };
    },
  });
  const busy = performance.eventLoopUtilization(loop).utilization;
  await store.close();
  const steady = mark && last.ms > mark.ms ? ((last.read - mark.read) / (last.ms - mark.ms)) * 1000 : summary.read / summary.seconds;
  return {
    rate: summary.read / summary.seconds,
    steady,
    detail: `${summary.read} articles in ${summary.seconds.toFixed(1)} s (${(summary.read / summary.seconds).toFixed(1)}/s with start-up): ${summary.new} new, ${summary.nearDuplicate} near-dup, ${summary.failed} failed; main thread ${(busy * 100).toFixed(0)} % busy`,
  };
}

const ACTORS: EntitySpec[] = ["RUS", "BLR", "UKR", "FRA", "DEU", "USA", "CHN", "POL", "LTU", "GBR"].flatMap((c, i) => [
  { id: `person:leader-${c}`, name: `Leader ${c}`, type: "PER", country: c, actor: `${c}GOV`, forms: [`Leader${i}`] },
  { id: `org:opposition-${c}`, name: `Opposition ${c}`, type: "ORG", country: c, actor: `${c}OPP`, forms: [`Opposition${i}`] },
]);
const CODES: Array<[string, 1 | 2 | 3 | 4, number]> = [["040", 1, 1], ["057", 1, 8], ["111", 3, -2], ["138", 4, -7], ["145", 4, -7.5], ["036", 1, 4], ["173", 4, -5], ["061", 2, 6.4]];

/** 10,000 stored articles with five events each, among 20 actors and 8 event codes over a year. */
async function queryStore(dir: string): Promise<Store> {
  const store = await openStore(join(dir, "query.db"));
  const texts = corpus(200).map((a) => a.text);
  let seed = 7;
  const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
  for (let k = 0; k < QUERY_ARTICLES; k++) {
    const actors = [ACTORS[next(ACTORS.length)], ACTORS[next(ACTORS.length)]];
    const body = `${k}. ${actors[0].forms[0]} et ${actors[1].forms[0]}. ${texts[k % texts.length]}`;
    const day = `2024-${String(1 + next(12)).padStart(2, "0")}-${String(1 + next(28)).padStart(2, "0")}`;
    await store.add(
      makeRecord({
        text: body,
        url: `https://query.example/${k}`,
        source: `source-${k % 40}`,
        publishedAt: day,
        entities: actors,
        events: Array.from({ length: 5 }, () => {
          const [code, quadClass, goldstein] = CODES[next(CODES.length)];
          return { code, quadClass, goldstein, source: actors[0].id, target: actors[1].id, date: day, sentences: [0] };
        }),
      }),
      { addedAt: "2025-01-01T00:00:00.000Z" },
    );
  }
  return store;
}

async function medianMs(run: () => Promise<unknown>, times = 21): Promise<number> {
  await run();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    await run();
    samples.push(performance.now() - t);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

export const ingestBench: BenchSuite = {
  name: "ingest",
  async run() {
    const rows: BenchRow[] = [];
    const dir = mkdtempSync(join(tmpdir(), "gazette-bench-"));
    try {
      const articles = corpus(INGEST_ARTICLES);
      const file = join(dir, "news.jsonl");
      writeFileSync(file, articles.map((a) => JSON.stringify(a)).join("\n") + "\n");

      // The bare pipeline on one core: what the workers are measured against. Its rate is over the
      // process's CPU time: the wall clock would let the garbage collector's threads borrow the second
      // core for free, which the two workers of the next run cannot do.
      for (const a of articles.slice(0, 20)) await analyze(a.text, { lang: a.lang }).catch(() => undefined);
      let started = performance.now();
      const cpuStarted = process.cpuUsage();
      let failed = 0;
      for (const a of articles) await analyze(a.text, { lang: a.lang, title: a.title, publishedAt: a.publishedAt }).catch(() => failed++);
      const wall = (performance.now() - started) / 1000;
      const cpu = process.cpuUsage(cpuStarted);
      const cpuSeconds = (cpu.user + cpu.system) / 1e6;
      const single = articles.length / cpuSeconds;
      rows.push({
        stage: "pipeline",
        lang: "all",
        metric: "articles/s",
        value: single,
        detail: `analyze only, 1 core: ${articles.length} articles in ${cpuSeconds.toFixed(1)} s CPU (${(articles.length / wall).toFixed(1)}/s over ${wall.toFixed(1)} s wall), ${failed} failed`,
      });

      for (const workers of [1, 2]) {
        const { steady, detail } = await timeIngest(file, dir, workers, articles.length);
        const ratio = workers === 2 ? ` · ${((steady / (2 * single)) * 100).toFixed(0)} % of 2 × pipeline` : "";
        rows.push({ stage: `ingest ${workers} worker${workers > 1 ? "s" : ""}`, lang: "all", metric: "articles/s", value: steady, detail: `steady state; ${detail}${ratio}` });
      }

      started = performance.now();
      const store = await queryStore(dir);
      const fill = (performance.now() - started) / 1000;
      const queries: Array<[string, EventQuery]> = [
        ["actor+quad+dates", { actor: "RUS", quadClass: 4, from: "2024-03-01", to: "2024-06-30", limit: 20 }],
        ["country+root", { country: "BLR", root: "05", limit: 20, offset: 40 }],
        ["entity", { actor: "person:leader-UKR", limit: 20 }],
        ["text+code", { text: "gouvernement", code: "1", limit: 20 }],
      ];
      for (const [name, query] of queries) {
        const ms = await medianMs(() => store.events(query));
        const total = (await store.events(query)).total;
        rows.push({ stage: `query ${name}`, lang: "all", metric: "ms/page", value: ms, detail: `median of 21, ${QUERY_ARTICLES} articles (stored in ${fill.toFixed(1)} s), ${total} matching events` });
      }
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return rows;
  },
};
