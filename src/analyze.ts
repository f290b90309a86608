/** The library's entry point: any input → a DocumentRecord. */
import { prepareInput, checkIsoDate, DEFAULT_MAX_BYTES, type AnalyzeInput } from "./input/prepare.js";
import { createDoc, type DocMeta } from "./pipeline/doc.js";
import { defaultPipeline } from "./pipeline/default.js";
import { runPipeline, type Pipeline } from "./pipeline/pipeline.js";
import { toRecord } from "./pipeline/record.js";
import type { DocumentRecord } from "./model/record.js";
import { gazetteError } from "./errors.js";

export interface AnalyzeOptions extends DocMeta {
  /** Inputs over this many bytes are refused (E112). */
  maxBytes?: number;
  pipeline?: Pipeline;
  /** A folder of PETRARCH-format dictionaries for the events stage. */
  dictionaries?: string;
}

export async function analyze(input: AnalyzeInput, options: AnalyzeOptions = {}): Promise<DocumentRecord> {
  const { maxBytes = DEFAULT_MAX_BYTES, pipeline = defaultPipeline(), dictionaries, ...meta } = options;
  if (meta.publishedAt !== undefined) meta.publishedAt = checkIsoDate(meta.publishedAt);
  if (meta.lang !== undefined && !/^[a-z]{2,3}$/.test(meta.lang)) throw gazetteError("E120", { lang: meta.lang });
  const prepared = prepareInput(input, meta, maxBytes);
  const doc = createDoc(prepared.text, prepared.meta);
  await runPipeline(pipeline, doc, { ...(prepared.meta.publishedAt && { publishedAt: prepared.meta.publishedAt }), ...(dictionaries && { dictionaries }) });
  return toRecord(doc);
}
