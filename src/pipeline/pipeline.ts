import { gazetteError } from "../errors.js";
import { docLang, type Doc, type LayerName } from "./doc.js";
import type { Stage, StageContext } from "./stage.js";

export interface Pipeline {
  readonly stages: readonly Stage[];
}

/** Checks, once, that every stage's `requires` is assigned by an earlier stage. */
export function buildPipeline(stages: readonly Stage[]): Pipeline {
  const assigned = new Set<LayerName>();
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!assigned.has(need)) throw gazetteError("E130", { stage: stage.name, layer: need });
    }
    for (const layer of stage.assigns) assigned.add(layer);
  }
  return { stages: [...stages] };
}

/** Runs the stages in order; a stage for another language is skipped, with everything that depends on it. */
export async function runPipeline(pipeline: Pipeline, doc: Doc, context: StageContext): Promise<Doc> {
  const skipped = new Set<LayerName>();
  for (const stage of pipeline.stages) {
    const unsupported = stage.languages !== undefined && !stage.languages.includes(docLang(doc));
    if (unsupported || stage.requires.some((layer) => skipped.has(layer))) {
      for (const layer of stage.assigns) skipped.add(layer);
      continue;
    }
    await stage.run(doc, context);
    for (const layer of stage.assigns) doc.producedBy[layer] = `${stage.name}@${stage.version}`;
  }
  return doc;
}
