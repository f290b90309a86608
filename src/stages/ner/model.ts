/** The trained NER model of a language: weights loaded once, with its trigger words and gazetteer. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { decodeBilou, type LabelledSpan } from "../../learn/bilou.js";
import type { Scorer } from "../../learn/linear-model.js";
import { loadWeights } from "../../learn/weights-file.js";
import { modelsDir } from "../../resources/paths.js";
import { NerFeatures } from "./features.js";
import { gazetteer } from "./gazetteer.js";
import { documentMemory } from "./document-memory.js";
import { LabelBuffers, labelSentence, NER_CLASSES, NER_TYPES, relabelWithMemory } from "./labeller.js";
import { foldedHash, isCaseless } from "./token-view.js";
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
  /** Trained on sentences in lower case: reads text typed so as caseless (token-view.ts, isCaseless). */
  lowerCase?: boolean;
}

/** A sentence as the labeller reads it: surface-token offsets into its text. */
export interface NerInput {
  text: string;
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
}

export class NerModel {
  readonly name: string;
  private readonly features: NerFeatures;
  private readonly buffers = new LabelBuffers();
  private readonly prior: Map<number, number>;
  private readonly lowerCase: boolean;

  constructor(
    readonly lang: string,
    private readonly model: Scorer,
    meta: Pick<NerMeta, "name" | "prior" | "clusters" | "lowerCase">,
  ) {
    this.name = meta.name;
    this.prior = loadPrior(meta.prior);
    this.lowerCase = meta.lowerCase ?? false;
    this.features = new NerFeatures(triggerWords(lang), gazetteer(lang), this.prior, loadClusters(meta.clusters));
  }

  /** Whether the treebanks write this word mostly in lower case away from a sentence's start: a common word, not a name. */
  isCommonWord(text: string, start: number, end: number): boolean {
    return isCommonBucket(this.prior.get(foldedHash(text, start, end)));
  }

  /**
   * Entity spans over tokens starts[k]…ends[k] (k < n) of one sentence of `text`, read alone, or with
   * what the rest of its document says of its words (`memory`, see documentSpans).
   */
  spans(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, n: number, memory?: ArrayLike<number>): LabelledSpan[] {
    if (n === 0) return [];
    this.features.load(text, starts, ends, n, isCaseless(text, starts, ends, n, this.lowerCase), memory);
    labelSentence(this.model, this.features, this.buffers);
    return decodeBilou(this.buffers.labels, n);
  }

  /**
   * The spans of every sentence of one document, in two passes: each sentence alone, then again with the
   * types the other sentences gave its words. A sentence whose words the rest never mentions keeps its
   * first reading.
   */
  documentSpans(sentences: readonly NerInput[]): LabelledSpan[][] {
    const { spans, memory, emissions, coarse } = this.firstPass(sentences);
    return sentences.map((s, i) => {
      const n = s.starts.length;
      if (n === 0 || !memory[i].some((m) => m !== 0)) return spans[i];
      relabelWithMemory(this.model, emissions[i], coarse[i], memory[i], n, this.buffers);
      return decodeBilou(this.buffers.labels, n);
    });
  }

  /** What the other sentences of a document say of each sentence's words after a first pass: training builds its memory so. */
  memoryOf(sentences: readonly NerInput[]): Int32Array[] {
    return this.firstPass(sentences).memory;
  }

  /** Each sentence read alone, with what the second pass needs of it: its emissions and token shapes. */
  private firstPass(sentences: readonly NerInput[]) {
    const emissions: Float32Array[] = [];
    const coarse: Int32Array[] = [];
    const spans = sentences.map((s) => {
      const found = this.spans(s.text, s.starts, s.ends, s.starts.length);
      const n = s.starts.length;
      emissions.push(this.buffers.emissions.slice(0, n * NER_CLASSES));
      coarse.push(this.features.view.coarse.slice(0, n));
      return found;
    });
    const memory = documentMemory(sentences.map((s, i) => ({ ...s, spans: spans[i] })), NER_TYPES.length);
    return { spans, memory, emissions, coarse };
  }
}

const cache = new Map<string, NerModel | undefined>();

export function nerModel(lang: string): NerModel | undefined {
  if (cache.has(lang)) return cache.get(lang);
  const path = join(modelsDir, lang, nerModelFile);
  let model: NerModel | undefined;
  if (/^[a-z]{2,3}$/.test(lang) && existsSync(path)) {
    const bundle = loadWeights<NerMeta>(path);
    model = new NerModel(lang, bundle.models.ner, bundle.meta);
  }
  cache.set(lang, model);
  return model;
}

/** After training writes a new model, the next document must read it. */
export function forgetNerModels(): void {
  cache.clear();
}
