/**
 * The API under load: `GET /api/events` on a corpus of about 10,000 events, with autocannon on
 * loopback (50 connections). 10 s by default; GAZETTE_BENCH_SERVE_SECONDS=30 for the acceptance run.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createInterface } from "node:readline";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { fillStore } from "../../src/server/test-corpus.js";
import { openStore } from "../../src/store/open-store.js";
import type { BenchRow, BenchSuite } from "./suite.js";

const EVENTS = 10_000;
const CONNECTIONS = 50;

export const serveBench: BenchSuite = {
  name: "serve",
  async run() {
    const seconds = Number(process.env.GAZETTE_BENCH_SERVE_SECONDS ?? 10);
    const dir = mkdtempSync(join(tmpdir(), "gazette-bench-serve-"));
    const db = join(dir, "bench.db");
    const store = await openStore(db);
    await fillStore(store, { events: EVENTS });
    const { clusters } = await store.stats();
    await store.close();
    const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(new URL("./serve-server.ts", import.meta.url)), db], { stdio: ["ignore", "pipe", "inherit"] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.once("exit", (code) => reject(new Error(`the bench server exited (${code})`)));
        createInterface({ input: child.stdout! }).once("line", resolve);
      });
      await autocannon({ url: `${url}/api/events`, connections: CONNECTIONS, duration: 1 }); // warm up
      const result = await autocannon({ url: `${url}/api/events`, connections: CONNECTIONS, duration: seconds });
      const errors = result.errors + result.timeouts + result.non2xx;
      const detail = `${clusters} events, ${CONNECTIONS} connections, ${seconds} s, loopback, ${result.requests.total} requests`;
      const rows: BenchRow[] = [
        { stage: "GET /api/events", lang: "-", metric: "p99 ms", value: result.latency.p99, detail: `${detail}; p50 ${result.latency.p50} ms` },
        { stage: "GET /api/events", lang: "-", metric: "req/s", value: result.requests.average, detail },
        { stage: "GET /api/events", lang: "-", metric: "errors", value: errors, detail: `${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx` },
      ];
      return rows;
    } finally {
      child.kill("SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
