/** The stages gazette runs, in order: the one place that lists them. */
import { languageStage } from "../stages/language/language.js";
import { segmentStage } from "../stages/segment/segment.js";
import { tagStage } from "../stages/tag/tag.js";
import { parseStage } from "../stages/parse/parse.js";
import { timesStage } from "../stages/times/times.js";
import { recogniseStage } from "../stages/recognise/recognise.js";
import { entitiesStage } from "../stages/entities/entities.js";
import { quotesStage } from "../stages/quotes/quotes.js";
import { eventsStage } from "../stages/events/events.js";
import { buildPipeline, type Pipeline } from "./pipeline.js";

let pipeline: Pipeline | undefined;

// The trained NER stage (src/stages/ner, fr-ner-1 / en-ner-1) is not listed yet: on the gold articles it
// lowers linking accuracy and entity F1 (tools/eval/ner.ts measures it); it joins when it adds to the gazetteer.
export function defaultPipeline(): Pipeline {
  pipeline ??= buildPipeline([languageStage, segmentStage, tagStage, parseStage, timesStage, recogniseStage, entitiesStage, quotesStage, eventsStage]);
  return pipeline;
}
