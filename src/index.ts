export { analyze, type AnalyzeOptions } from "./analyze.js";
export type { AnalyzeInput } from "./input/prepare.js";
export * from "./model/record.js";
export { validateRecord, documentRecordSchema } from "./model/schema.js";
export { buildPipeline, runPipeline, type Pipeline } from "./pipeline/pipeline.js";
export type { Stage, StageContext } from "./pipeline/stage.js";
export type { Doc, DocMeta, Layers, LayerName } from "./pipeline/doc.js";
export { GazetteError, isGazetteError, type ErrorCode } from "./errors.js";
