/** The trained NER model of a language: weights loaded once, with its trigger words and gazetteer. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { decodeBilou, type LabelledSpan } from "../../learn/bilou.js";
import type { Scorer } from "../../learn/linear-model.js";
import { loadWeights } from "../../learn/weights-file.js";
import { modelsDir } from "../../resources/paths.js";
import { NerFeatures } from "./features.js";
import { gazetteer } from "./gazetteer.js";
import { LabelBuffers, labelSentence } from "./labeller.js";
import { foldedHash, isCapsSpan } from "./token-view.js";
import { triggerWords } from "./triggers.js";
import { loadClusters, type StoredClusters } from "./word-classes.js";
import { isCommonBucket, loadPrior, type StoredPrior } from "./word-prior.js";

export const NER_VERSION = 1;
export const nerModelFile = `ner-${NER_VERSION}.gzw`;
export const nerModelName = (lang: string) => `${lang}-ner-${NER_VERSION}`;

export interface NerMeta {
  name: string;
  bits: number;
  types: string[];
  prior?: StoredPrior;
  clusters?: StoredClusters;
}

export class NerModel {
  private readonly features: NerFeatures;
  private readonly buffers = new LabelBuffers();
  private readonly prior: Map<number, number>;

  constructor(
    readonly lang: string,
    readonly name: string,
    private readonly model: Scorer,
    prior?: StoredPrior,
    clusters?: StoredClusters,
  ) {
    this.prior = loadPrior(prior);
    this.features = new NerFeatures(triggerWords(lang), gazetteer(lang), this.prior, loadClusters(clusters));
  }

  /** Whether the treebanks write this word mostly in lower case away from a sentence's start: a common word, not a name. */
  isCommonWord(text: string, start: number, end: number): boolean {
    return isCommonBucket(this.prior.get(foldedHash(text, start, end)));
  }

  /** Entity spans over tokens starts[k]…ends[k] (k < n) of one sentence of `text`. */
  spans(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, n: number): LabelledSpan[] {
    if (n === 0) return [];
    this.features.load(text, starts, ends, n, isCapsSpan(text, starts[0], ends[n - 1]));
    labelSentence(this.model, this.features, this.buffers);
    return decodeBilou(this.buffers.labels, n);
  }
}

const cache = new Map<string, NerModel | undefined>();

export function nerModel(lang: string): NerModel | undefined {
  if (cache.has(lang)) return cache.get(lang);
  const path = join(modelsDir, lang, nerModelFile);
  let model: NerModel | undefined;
  if (/^[a-z]{2,3}$/.test(lang) && existsSync(path)) {
    const bundle = loadWeights<NerMeta>(path);
    model = new NerModel(lang, bundle.meta.name, bundle.models.ner, bundle.meta.prior, bundle.meta.clusters);
  }
  cache.set(lang, model);
  return model;
}

/** After training writes a new model, the next document must read it. */
export function forgetNerModels(): void {
  cache.clear();
}
