/** The stages gazette runs, in order: the one place that lists them. */
import { languageStage } from "../stages/language/language.js";
import { segmentStage } from "../stages/segment/segment.js";
import { timesStage } from "../stages/times/times.js";
import { nerStage } from "../stages/ner/ner.js";
import { recogniseStage } from "../stages/recognise/recognise.js";
import { entitiesStage } from "../stages/entities/entities.js";
import { buildPipeline, type Pipeline } from "./pipeline.js";

let pipeline: Pipeline | undefined;

export function defaultPipeline(): Pipeline {
  pipeline ??= buildPipeline([languageStage, segmentStage, timesStage, nerStage, recogniseStage, entitiesStage]);
  return pipeline;
}
