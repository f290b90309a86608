/** A worker thread of `gazette ingest --workers N`: analyses the articles it is sent, one at a time, in order. */
import { parentPort } from "node:worker_threads";
import { analyze, type AnalyzeOptions } from "../analyze.js";
import { serialiseError } from "./analyzer.js";
import { packRecord, slimRecord } from "../store/pack.js";
import { minhashSignature } from "./minhash.js";
import type { ItemInput } from "./sources.js";

type Job = { id: number; input: ItemInput; options: AnalyzeOptions };

// Jobs arrive ahead of time (analyzer.ts sends each worker two): they run one after the other, in order.
let done: Promise<void> = Promise.resolve();
parentPort?.on("message", (job: Job) => {
  done = done.then(() => run(job));
});

async function run(job: Job): Promise<void> {
  try {
    const record = await analyze(job.input, job.options);
    const signature = minhashSignature(record.text);
    // The writing thread gets the record packed for storage and, to index it, without its tokens:
    // cloning thousands of token objects across threads would cost it more than storing them.
    const packed = packRecord(record);
    const transfer = [packed.buffer as ArrayBuffer, ...(signature ? [signature.buffer as ArrayBuffer] : [])];
    parentPort!.postMessage({ id: job.id, record: slimRecord(record), packed, signature }, transfer);
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: serialiseError(error) });
  }
}
