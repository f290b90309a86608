/** A worker thread of `gazette ingest --workers N`: analyses the articles it is sent, one at a time. */
import { parentPort } from "node:worker_threads";
import { analyze, type AnalyzeOptions } from "../analyze.js";
import { serialiseError } from "./analyzer.js";
import { minhashSignature } from "./minhash.js";
import type { ItemInput } from "./sources.js";

parentPort?.on("message", async (job: { id: number; input: ItemInput; options: AnalyzeOptions }) => {
  try {
    const record = await analyze(job.input, job.options);
    const signature = minhashSignature(record.text);
    parentPort!.postMessage({ id: job.id, record, signature }, signature ? [signature.buffer as ArrayBuffer] : []);
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: serialiseError(error) });
  }
});
