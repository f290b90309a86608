/** `gazette ingest PATH|URL|FEED…`: analyse articles into the corpus database. */
import { Command } from "commander";
import cliProgress from "cli-progress";
import { checkIsoDate, DEFAULT_MAX_BYTES } from "../../input/prepare.js";
import { gazetteError } from "../../errors.js";
import { DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUT_MS } from "../../ingest/fetch-url.js";
import { ingest, parseInterval, watchIngest, type IngestOptions, type IngestProgress, type IngestSummary } from "../../ingest/ingest.js";
import { addDbOption, positive, withStore } from "./corpus-common.js";

interface IngestCliOptions {
  db: string;
  workers: number;
  allowPrivate?: boolean;
  timeout: string;
  maxBytes: number;
  maxRedirects: number;
  lang?: string;
  publishedAt?: string;
  source?: string;
  watch?: string;
  progress: boolean;
  format?: "text" | "json";
}

const examples = `
Examples:
  $ gazette ingest articles/
      every .txt, .html, .jsonl, .xml (RSS/Atom) file under the folder, and their .gz forms
  $ gazette ingest news.jsonl.gz --workers 2
      JSON lines: {"text" or "html", "title", "url", "publishedAt", "lang", "source", "id"} per line
  $ gazette ingest https://example.org/2024/12/06/article.html
      one web page
  $ gazette ingest https://example.org/feed.xml --watch 15m
      an RSS or Atom feed: each entry's page (or its content, when the feed carries it whole),
      read again every 15 minutes; entries already stored are not fetched again
  $ GAZETTE_DB=corpus.db gazette ingest page.html && gazette events --db corpus.db

Every article is stored once: the same text or URL again is counted as a duplicate; a near copy
(a wire story re-published) is stored and linked to the story it repeats. A run that is stopped or
killed can be run again: it skips what is stored and finishes the rest. Addresses on your own network
(localhost, 10.x, 192.168.x…) are refused unless --allow-private.`;

function progressBar(enabled: boolean): { update(p: IngestProgress): void; stop(): void } {
  if (!enabled || !process.stderr.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      format: "{bar} {value}/{total} · {rate}/s · ETA {eta_formatted} · new {new} · dup {duplicate} · near {near} · failed {failed}",
      stream: process.stderr,
      hideCursor: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(p) {
      const payload = { rate: p.elapsedMs > 0 ? ((p.read / p.elapsedMs) * 1000).toFixed(1) : "0", new: p.new, duplicate: p.duplicate, near: p.nearDuplicate, failed: p.failed };
      if (!started) {
        bar.start(Math.max(1, p.total), p.read, payload);
        started = true;
      }
      bar.setTotal(Math.max(1, p.total));
      bar.update(p.read, payload);
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}

/** The end-of-run report for people: counts, then failures grouped by their error. */
export function formatSummary(s: IngestSummary): string {
  const rate = s.seconds > 0 ? ` (${s.seconds.toFixed(1)} s, ${(s.read / s.seconds).toFixed(1)} articles/s)` : "";
  const lines = [`read ${s.read} · new ${s.new} · duplicate ${s.duplicate} · near-duplicate ${s.nearDuplicate} · failed ${s.failed}${rate}${s.interrupted ? " · interrupted" : ""}`];
  const groups = new Map<string, string[]>();
  for (const f of s.failures) {
    const key = f.code ?? f.error;
    groups.set(key, [...(groups.get(key) ?? []), f.label]);
  }
  const shown = [...groups].slice(0, 10);
  for (const [key, labels] of shown) {
    const first = s.failures.find((f) => (f.code ?? f.error) === key)!;
    // An error that names its file and line already needs no label in front.
    const named = first.error.includes(first.label.replace(/:\d+( \(.*\))?$/, ""));
    if (labels.length === 1) lines.push(named ? `  ${first.error}` : `  ${first.label}: ${first.error}`);
    else lines.push(`  ${labels.length} × ${first.error}`, `      e.g. ${labels.slice(0, 3).join(", ")}`);
  }
  if (groups.size > shown.length) lines.push(`  … and ${groups.size - shown.length} other kinds of failure (--format json lists them all)`);
  return lines.join("\n");
}

export function registerIngest(program: Command): void {
  const command = program
    .command("ingest")
    .description("read articles from files, folders, URLs and RSS/Atom feeds into the corpus database")
    .argument("<sources...>", "files, folders, http(s) URLs of pages or feeds");
  addDbOption(command)
    .option("-w, --workers <n>", "analyse on N worker threads (1: on the main thread)", (v) => positive(v, "--workers"), 1)
    .option("--allow-private", "allow URLs on loopback and private addresses (your own network)")
    .option("--timeout <duration>", "give up on a URL after this long, e.g. 30s", `${DEFAULT_TIMEOUT_MS / 1000}s`)
    .option("--max-bytes <n>", "refuse articles and pages larger than this", (v) => positive(v, "--max-bytes"), DEFAULT_MAX_BYTES)
    .option("--max-redirects <n>", "follow at most this many redirects", (v) => Number.parseInt(v, 10), DEFAULT_MAX_REDIRECTS)
    .option("-l, --lang <code>", "the language of articles that do not say (ISO 639-1); detected when omitted")
    .option("-p, --published-at <date>", "publication date of articles that do not say")
    .option("--source <name>", "the publisher of articles that do not say")
    .option("--watch <interval>", "read the sources again every interval (e.g. 15m) until interrupted")
    .option("--no-progress", "no progress bar, even on a terminal")
    .option("-f, --format <format>", "the summary as text (default) or json", "text")
    .addHelpText("after", examples)
    .action(async (sources: string[], o: IngestCliOptions) => {
      if (o.publishedAt) checkIsoDate(o.publishedAt);
      if (o.lang && !/^[a-z]{2,3}$/.test(o.lang)) throw gazetteError("E120", { lang: o.lang });
      if (!Number.isInteger(o.maxRedirects) || o.maxRedirects < 0) throw gazetteError("E122", { value: String(o.maxRedirects), option: "--max-redirects", expected: "a whole number" });
      const timeoutMs = parseInterval(o.timeout);
      const intervalMs = o.watch ? parseInterval(o.watch) : undefined;
      const bar = progressBar(o.progress);
      // First Ctrl-C: finish the articles under way and stop; a second one stops at once.
      const controller = new AbortController();
      const onSignal = () => {
        if (controller.signal.aborted) process.exit(130);
        controller.abort();
      };
      process.on("SIGINT", onSignal);
      process.on("SIGTERM", onSignal);
      const options: IngestOptions = {
        workers: o.workers,
        allowPrivate: o.allowPrivate ?? false,
        timeoutMs,
        maxBytes: o.maxBytes,
        maxRedirects: o.maxRedirects,
        signal: controller.signal,
        onProgress: (p) => bar.update(p),
        ...(o.lang && { lang: o.lang }),
        ...(o.publishedAt && { publishedAt: o.publishedAt }),
        ...(o.source && { source: o.source }),
      };
      const report = (summary: IngestSummary, round?: number) => {
        bar.stop();
        if (o.format === "json") process.stdout.write(JSON.stringify(round ? { round, ...summary } : summary) + "\n");
        else console.error((round ? `[${new Date().toISOString().slice(0, 19)}Z round ${round}] ` : "") + formatSummary(summary));
        if (summary.failed) process.exitCode = 1;
      };
      try {
        await withStore(o.db, async (store) => {
          if (intervalMs) await watchIngest(store, sources, intervalMs, { ...options, onRound: report });
          else report(await ingest(store, sources, options));
        });
      } finally {
        bar.stop();
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
      }
    });
}
