/** The trained sentence-boundary model of a language, when one exists: loaded once, shared by all documents. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Scorer } from "../../learn/linear-model.js";
import { loadWeights } from "../../learn/weights-file.js";
import { modelsDir } from "../../resources/paths.js";

export const boundaryModelFile = "sentences-1.gzw";
export const boundaryModelName = (lang: string) => `${lang}-sentences-1`;

const cache = new Map<string, Scorer | undefined>();

export function boundaryModel(lang: string): Scorer | undefined {
  if (cache.has(lang)) return cache.get(lang);
  const path = join(modelsDir, lang, boundaryModelFile);
  const model = /^[a-z]{2,3}$/.test(lang) && existsSync(path) ? loadWeights(path).models.boundary : undefined;
  cache.set(lang, model);
  return model;
}

/** After training writes a new model, the next document must read it. */
export function forgetBoundaryModels(): void {
  cache.clear();
}
