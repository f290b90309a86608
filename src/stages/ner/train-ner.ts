/** Training the NER labeller from token-labelled sentences: deterministic for a given seed and order. */
import { encodeBilou, type LabelledSpan } from "../../learn/bilou.js";
import type { LinearModel } from "../../learn/linear-model.js";
import { Perceptron } from "../../learn/perceptron.js";
import { Random } from "../../learn/random.js";
import { NerFeatures } from "./features.js";
import type { Gazetteer } from "./gazetteer.js";
import { LabelBuffers, NER_CLASSES, trainSentence } from "./labeller.js";
import { isCaseless } from "./token-view.js";

/** A training sentence: its own text, surface-token offsets into it, and entity spans over tokens. */
export interface NerSentence {
  text: string;
  starts: number[];
  ends: number[];
  /** type indexes NER_TYPES. */
  spans: LabelledSpan[];
  /** The document the sentence belongs to, where the corpus says (document memory needs it). */
  doc?: string;
  /** Second-pass document memory per token (document-memory.ts), from jackknifed first-pass labels. */
  memory?: Int32Array;
}

export interface NerTrainOptions {
  seed: number;
  epochs: number;
  bits: number;
  triggers: Map<number, number>;
  gazetteer?: Gazetteer;
  /** Folded word → word-prior bucket (word-prior.ts). */
  prior?: Map<number, number>;
  /** Folded word → word class (src/learn/word-clusters.ts). */
  clusters?: Map<number, number>;
  /** Share of sentences with entities also seen in capitals, as headlines are (0 … 1). */
  capsShare: number;
  /** Share of sentences with entities also seen in lower case, as typed in haste (0 … 1); above 0, the model reads such text as caseless. */
  lowerShare?: number;
  /** Share of sentences with a memory that train without it, as a first pass labels (0 … 1). */
  memoryDropout?: number;
  log?: (line: string) => void;
}

/**
 * Sentences in capitals and in lower case made from random shares of the corpus, so that the model
 * meets headlines and text typed without capitals.
 */
function withoutCase(sentences: readonly NerSentence[], capsShare: number, lowerShare: number, random: Random): NerSentence[] {
  const out = [...sentences];
  for (const s of sentences) {
    if (s.spans.length === 0) continue;
    for (const [share, recase] of [[capsShare, s.text.toUpperCase()], [lowerShare, s.text.toLowerCase()]] as const) {
      // Case mapping that changes a text's length would move the token offsets.
      if (share > 0 && random.next() < share && recase.length === s.text.length) out.push({ ...s, text: recase });
    }
  }
  return out;
}

export function trainNer(sentences: readonly NerSentence[], options: NerTrainOptions): LinearModel {
  const random = new Random(options.seed);
  const lowerShare = options.lowerShare ?? 0;
  const all = withoutCase(sentences, options.capsShare, lowerShare, random);
  const perceptron = new Perceptron(NER_CLASSES, options.bits);
  const features = new NerFeatures(options.triggers, options.gazetteer, options.prior, options.clusters);
  const buffers = new LabelBuffers();
  let gold = new Int32Array(256);
  const order = all.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    random.shuffle(order);
    let errors = 0;
    let tokens = 0;
    for (const k of order) {
      const s = all[k];
      const n = s.starts.length;
      if (n === 0) continue;
      if (gold.length < n) gold = new Int32Array(n * 2);
      encodeBilou(n, s.spans, gold);
      const memory = s.memory && random.next() >= (options.memoryDropout ?? 0) ? s.memory : undefined;
      features.load(s.text, s.starts, s.ends, n, isCaseless(s.text, s.starts, s.ends, n, lowerShare > 0), memory);
      errors += trainSentence(perceptron, features, gold, buffers);
      tokens += n;
    }
    options.log?.(`epoch ${epoch + 1}: ${errors} wrong labels on ${tokens} tokens`);
  }
  return perceptron.averaged();
}
