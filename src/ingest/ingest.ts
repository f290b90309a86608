/**
 * `ingest(store, sources)`: read, analyse and store articles, never twice, never half.
 * Items are loaded and analysed concurrently (URL fetches, worker threads) but committed in input
 * order, whole: the articles ready at a commit share its transaction, and no article is ever half
 * stored. A run killed at any point and run again ends with the same database as a run never
 * interrupted, because it commits the same articles in the same order.
 */
import type { AnalyzeOptions } from "../analyze.js";
import { gazetteError, isGazetteError } from "../errors.js";
import type { AddStatus, Store } from "../store/store.js";
import { inputHash } from "../store/keys.js";
import { DEFAULT_MAX_BYTES } from "../input/prepare.js";
import { createAnalyzer, type Analysed, type AnalyzeFunction, type Analyzer } from "./analyzer.js";
import { fetchUrl, type FetchOptions } from "./fetch-url.js";
import { estimateCount } from "./estimate.js";
import { expandSources, type IngestItem } from "./sources.js";

export interface IngestOptions extends Omit<FetchOptions, "maxBytes"> {
  /** Analysis threads: 1 analyses on the calling thread, N > 1 on N worker threads. */
  workers?: number;
  maxBytes?: number;
  /** Defaults for articles whose own metadata does not say. */
  lang?: string;
  publishedAt?: string;
  source?: string;
  onProgress?: (progress: IngestProgress) => void;
  /** Stops reading new articles; those under way are finished and stored. */
  signal?: AbortSignal;
  /** Replaces `analyze` on the calling thread (tests, custom pipelines); ignored with worker threads. */
  analyze?: AnalyzeFunction;
}

export interface IngestCounts {
  read: number;
  new: number;
  duplicate: number;
  nearDuplicate: number;
  failed: number;
}

export interface IngestProgress extends IngestCounts {
  /** How many articles the sources hold, as far as known yet. */
  total: number;
  current?: string;
  elapsedMs: number;
}

export interface IngestFailure {
  label: string;
  code?: string;
  /** The one line a user sees. */
  error: string;
}

export interface IngestSummary extends IngestCounts {
  failures: IngestFailure[];
  seconds: number;
  interrupted: boolean;
}

type Outcome =
  | { item: IngestItem; kind: "analysed"; analysed: Analysed; inputHash: string }
  | { item: IngestItem; kind: "duplicate" }
  | { item: IngestItem; kind: "failed"; error: unknown };

/** At most this many ready articles share one transaction. */
const COMMIT_BATCH = 16;

/** Failures of the store end the run: going on would only fail every article the same way. */
const isStoreFailure = (error: unknown) => isGazetteError(error) && /^E20\d$/.test(error.code);

function failureOf(label: string, error: unknown): IngestFailure {
  if (isGazetteError(error)) return { label, code: error.code, error: error.toLine() };
  const message = error instanceof Error ? error.message : String(error);
  return { label, error: `error: ${message.split("\n")[0]}` };
}

export async function ingest(store: Store, sources: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const fetchOptions: FetchOptions = {
    maxBytes,
    ...(options.allowPrivate !== undefined && { allowPrivate: options.allowPrivate }),
    ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
    ...(options.maxRedirects !== undefined && { maxRedirects: options.maxRedirects }),
  };
  const counts: IngestCounts = { read: 0, new: 0, duplicate: 0, nearDuplicate: 0, failed: 0 };
  const failures: IngestFailure[] = [];
  let total = estimateCount(sources);
  const report = (current?: string) =>
    options.onProgress?.({ ...counts, total: Math.max(total, counts.read), ...(current && { current }), elapsedMs: performance.now() - started });

  const analyzer: Analyzer = createAnalyzer(options.workers ?? 1, options.analyze);
  const items = expandSources(sources, {
    fetch: (url) => fetchUrl(url, fetchOptions),
    known: async (url) => (await store.find({ url })) !== undefined,
    maxBytes,
  });

  const process = async (item: IngestItem): Promise<Outcome> => {
    try {
      if (item.error) return { item, kind: "failed", error: item.error };
      if (item.duplicate || (item.url && (await store.find({ url: item.url })))) return { item, kind: "duplicate" };
      const input = await item.load!();
      const hash = inputHash("bytes" in input ? input.bytes : "text" in input ? input.text : input.html);
      if (await store.find({ inputHash: hash })) return { item, kind: "duplicate" };
      const meta: AnalyzeOptions = { maxBytes, ...item.meta };
      if (meta.lang === undefined && options.lang) meta.lang = options.lang;
      if (meta.publishedAt === undefined && options.publishedAt) meta.publishedAt = options.publishedAt;
      if (meta.source === undefined && options.source) meta.source = options.source;
      return { item, kind: "analysed", analysed: await analyzer.analyze(input, meta), inputHash: hash };
    } catch (error) {
      if (isStoreFailure(error)) throw error;
      return { item, kind: "failed", error };
    }
  };

  /** Counts an outcome once it is stored (or known a duplicate, or failed) and reports progress. */
  const settle = (outcome: Outcome, status?: AddStatus) => {
    counts.read++;
    if (outcome.kind === "duplicate") counts.duplicate++;
    else if (outcome.kind === "failed") {
      counts.failed++;
      failures.push(failureOf(outcome.item.label, outcome.error));
    } else {
      const bump: Record<AddStatus, keyof IngestCounts> = { new: "new", duplicate: "duplicate", "near-duplicate": "nearDuplicate" };
      counts[bump[status!]]++;
    }
    report(outcome.item.label);
  };

  /** Stores the analysed articles of a run of outcomes in one transaction, in input order. */
  const commit = async (outcomes: Outcome[]) => {
    const analysed = outcomes.filter((o): o is Extract<Outcome, { kind: "analysed" }> => o.kind === "analysed");
    const results = analysed.length
      ? await store.addMany(
          analysed.map(({ analysed: { record, signature, packed }, inputHash }) => ({
            record,
            options: { inputHash, ...(signature && { signature }), ...(packed && { packed }) },
          })),
        )
      : [];
    let k = 0;
    for (const outcome of outcomes) settle(outcome, outcome.kind === "analysed" ? results[k++].status : undefined);
  };

  // Enough in flight to keep every thread busy and hide fetch latency, few enough to bound memory.
  const window = Math.max(4, analyzer.threads * 3);
  const inflight: Array<{ outcome: Promise<Outcome>; ready: boolean }> = [];
  /** The first outcome in line and those right behind it that are ready too: one commit for all. */
  const commitReady = async () => {
    const batch = [await inflight.shift()!.outcome];
    while (inflight.length && inflight[0].ready && batch.length < COMMIT_BATCH) batch.push(await inflight.shift()!.outcome);
    await commit(batch);
  };
  let interrupted = false;
  let discovered = 0;
  try {
    report();
    for await (const item of items) {
      if (options.signal?.aborted) {
        interrupted = true;
        break;
      }
      const entry = { outcome: process(item), ready: false };
      // Never an unhandled rejection while it waits its turn; the await below sees the error.
      entry.outcome.then(() => (entry.ready = true), () => (entry.ready = true));
      inflight.push(entry);
      total = Math.max(total, ++discovered);
      if (inflight.length >= window) await commitReady();
    }
    while (inflight.length) await commitReady();
  } finally {
    await analyzer.close();
  }
  return { ...counts, failures, seconds: (performance.now() - started) / 1000, interrupted };
}

/** "30s", "5m", "1h", "1h30m" or a number of seconds → milliseconds. */
export function parseInterval(value: string): number {
  const text = value.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)];
  if (!parts.length || parts.map((p) => p[0]).join("") !== text) throw gazetteError("E223", { value });
  const unit: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
  const ms = parts.reduce((sum, p) => sum + Number(p[1]) * unit[p[2]], 0);
  if (ms < 1000) throw gazetteError("E223", { value });
  return ms;
}

/** Ingests the sources again every `intervalMs` (feeds bring new entries; stored ones are skipped) until aborted. */
export async function watchIngest(
  store: Store,
  sources: string[],
  intervalMs: number,
  options: IngestOptions & { onRound?: (summary: IngestSummary, round: number) => void },
): Promise<void> {
  for (let round = 1; !options.signal?.aborted; round++) {
    const summary = await ingest(store, sources, options);
    options.onRound?.(summary, round);
    if (options.signal?.aborted) break;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, intervalMs);
      options.signal?.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
    });
  }
}
