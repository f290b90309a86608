/**
 * Where articles are analysed: on the calling thread, or on N worker threads (`--workers N`), each
 * with its own pipeline. Workers also compute the MinHash signature, so the thread that writes to the
 * store does nothing but write.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { analyze, type AnalyzeOptions } from "../analyze.js";
import { GazetteError, type ErrorCode } from "../errors.js";
import type { DocumentRecord } from "../model/record.js";
import { minhashSignature } from "./minhash.js";
import type { ItemInput } from "./sources.js";

export interface Analysed {
  record: DocumentRecord;
  signature?: Uint32Array;
  /** The whole record packed for storage, when a worker thread did it (`record` then lacks tokens). */
  packed?: Uint8Array;
}

export type AnalyzeFunction = (input: ItemInput, options: AnalyzeOptions) => Promise<DocumentRecord>;

export interface Analyzer {
  readonly threads: number;
  analyze(input: ItemInput, options: AnalyzeOptions): Promise<Analysed>;
  close(): Promise<void>;
}

/** What crosses the thread boundary for a failure: enough to rebuild the catalogue's error. */
export interface SerialError {
  code?: string;
  message: string;
  hint?: string;
}

export function serialiseError(error: unknown): SerialError {
  if (error instanceof GazetteError) return { code: error.code, message: error.message, hint: error.hint };
  return { message: error instanceof Error ? error.message : String(error) };
}

export function deserialiseError(error: SerialError): Error {
  return error.code && error.hint !== undefined ? new GazetteError(error.code as ErrorCode, error.message, error.hint) : new Error(error.message);
}

export function inProcessAnalyzer(run: AnalyzeFunction = analyze): Analyzer {
  return {
    threads: 1,
    async analyze(input, options) {
      const record = await run(input, options);
      return { record, signature: minhashSignature(record.text) };
    },
    async close() {},
  };
}

interface Job {
  id: number;
  input: ItemInput;
  options: AnalyzeOptions;
  resolve: (value: Analysed) => void;
  reject: (error: Error) => void;
}

type Reply = { id: number; record: DocumentRecord; signature?: Uint32Array; packed?: Uint8Array } | { id: number; error: SerialError };

/**
 * A worker running the script beside this module. From source (tsx), a worker thread does not inherit
 * tsx's loader, so it registers tsx first; once built, the .js script runs as it is.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./analyze-worker.js", import.meta.url));
  const script = new URL("./analyze-worker.ts", import.meta.url).href;
  const tsx = import.meta.resolve("tsx/esm/api");
  return new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(script)}); });`, { eval: true });
}

/**
 * Jobs sent ahead to each worker: it starts its next article as soon as it posts one back, instead of
 * waiting for the writing thread (busy storing, or not even scheduled on a machine with as many
 * cores as workers) to hand it one.
 */
const PER_WORKER = 2;

export function workerAnalyzer(threads: number): Analyzer {
  const count = Math.max(1, Math.min(threads, availableParallelism() * 2));
  /** Each worker's jobs in the order it was sent them: it answers in that order. */
  const sent = new Map<Worker, Job[]>();
  const queue: Job[] = [];
  let nextId = 0;
  let failure: Error | undefined;

  const dispatch = () => {
    for (let depth = 1; depth <= PER_WORKER && queue.length; depth++) {
      for (const [worker, jobs] of sent) {
        if (!queue.length) break;
        if (jobs.length >= depth) continue;
        const job = queue.shift()!;
        jobs.push(job);
        worker.postMessage({ id: job.id, input: job.input, options: job.options });
      }
    }
  };
  const workers = Array.from({ length: count }, () => {
    const worker = startWorker();
    const jobs: Job[] = [];
    sent.set(worker, jobs);
    worker.on("message", (reply: Reply) => {
      const job = jobs.shift();
      if (job) {
        if ("error" in reply) job.reject(deserialiseError(reply.error));
        else job.resolve({ record: reply.record, ...(reply.signature && { signature: reply.signature }), ...(reply.packed && { packed: reply.packed }) });
      }
      dispatch();
    });
    worker.on("error", (error) => {
      // A worker that dies takes its jobs with it; the run cannot go on short-handed silently.
      failure = error;
      for (const job of jobs.splice(0)) job.reject(error);
      for (const job of queue.splice(0)) job.reject(error);
    });
    return worker;
  });

  return {
    threads: count,
    analyze(input, options) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        queue.push({ id: nextId++, input, options, resolve, reject });
        dispatch();
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** One thread: no worker overhead; more: that many worker threads. */
export const createAnalyzer = (workers: number, run?: AnalyzeFunction): Analyzer =>
  workers <= 1 ? inProcessAnalyzer(run) : workerAnalyzer(workers);
