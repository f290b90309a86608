/**
 * BILOU labelling with a first-order linear-chain model: per-token class scores from hashed features
 * plus label-to-label transition scores, decoded exactly by Viterbi, and trained as a structured
 * averaged perceptron (Collins 2002). Greedy decoding was tried first: one wrong B- label forced a
 * long span of I- labels after it; Viterbi weighs the whole sentence.
 */
import { bilouClasses, bilouTransitions, canEnd } from "../../learn/bilou.js";
import { hashString, mix } from "../../learn/hash.js";
import type { Scorer } from "../../learn/linear-model.js";
import type { Perceptron } from "../../learn/perceptron.js";
import { Viterbi } from "../../learn/viterbi.js";
import { MAX_FEATURES, memoryFeatures, type NerFeatures } from "./features.js";

/** Types in label order: class 1+4t… belongs to NER_TYPES[t]. */
export const NER_TYPES = ["PER", "ORG", "LOC", "MISC"] as const;
export type NerType = (typeof NER_TYPES)[number];
export const NER_CLASSES = bilouClasses(NER_TYPES.length);

const K = NER_CLASSES;
const allowed = bilouTransitions(NER_TYPES.length);
const final = Uint8Array.from({ length: K }, (_, c) => (canEnd(c) ? 1 : 0));
const TRANSITION = hashString("ner/transition");
/** The hashed feature that holds the transitions out of label `prev` (K: the sentence start). */
const transitionFeature = Int32Array.from({ length: K + 1 }, (_, prev) => mix(TRANSITION, prev));

/** Per-sentence work arrays: each token's features, its class scores, and the decoded labels. */
export class LabelBuffers {
  features = new Int32Array(64 * MAX_FEATURES);
  counts = new Int32Array(64);
  emissions = new Float32Array(64 * K);
  labels = new Int32Array(64);
  readonly transitions = new Float32Array((K + 1) * K);
  readonly viterbi = new Viterbi();

  ensure(n: number): void {
    if (n <= this.counts.length) return;
    const size = n * 2;
    this.features = new Int32Array(size * MAX_FEATURES);
    this.counts = new Int32Array(size);
    this.emissions = new Float32Array(size * K);
    this.labels = new Int32Array(size);
  }
}

/** The model's label-to-label scores into the buffers. */
function loadTransitions(model: Scorer, b: LabelBuffers): void {
  const mask = model.rowMask;
  for (let prev = 0; prev <= K; prev++) {
    const row = (transitionFeature[prev] & mask) * K;
    for (let c = 0; c < K; c++) b.transitions[prev * K + c] = model.weight(row + c);
  }
}

/** Labels the sentence loaded in `sentence` into buffers.labels (features kept for training). */
export function labelSentence(model: Scorer, sentence: NerFeatures, b: LabelBuffers): void {
  const n = sentence.view.length;
  b.ensure(n);
  loadTransitions(model, b);
  const scores = b.emissions;
  for (let i = 0; i < n; i++) {
    const view = b.features.subarray(i * MAX_FEATURES, (i + 1) * MAX_FEATURES);
    const count = sentence.extract(i, view);
    b.counts[i] = count;
    model.score(view, count, scores.subarray(i * K, (i + 1) * K));
  }
  b.viterbi.decode(n, K, scores, b.transitions, allowed, final, b.labels);
}

const memoryView = new Int32Array(8);

/**
 * A second pass over a sentence labelled before: its first-pass emissions plus the scores of its
 * document-memory features, decoded again. Scores are linear in the features, so this equals a full pass
 * with the memory loaded, at the cost of four features a token instead of fifty.
 */
export function relabelWithMemory(model: Scorer, first: Float32Array, coarse: ArrayLike<number>, memory: ArrayLike<number>, n: number, b: LabelBuffers): void {
  b.ensure(n);
  loadTransitions(model, b);
  const scores = b.emissions;
  scores.set(first.subarray(0, n * K));
  for (let i = 0; i < n; i++) {
    const count = memoryFeatures(memory, coarse, i, n, memoryView, 0);
    model.accumulate(memoryView, 0, count, scores.subarray(i * K, (i + 1) * K));
  }
  b.viterbi.decode(n, K, scores, b.transitions, allowed, final, b.labels);
}

const one = new Int32Array(1);

/** One structured-perceptron step on a loaded sentence; returns the number of wrong labels. */
export function trainSentence(perceptron: Perceptron, sentence: NerFeatures, gold: Int32Array, b: LabelBuffers): number {
  const n = sentence.view.length;
  perceptron.tick();
  labelSentence(perceptron.model, sentence, b);
  const guess = b.labels;
  let errors = 0;
  for (let i = 0; i < n; i++) {
    const g = gold[i];
    const p = guess[i];
    const gPrev = i > 0 ? gold[i - 1] : K;
    const pPrev = i > 0 ? guess[i - 1] : K;
    if (g !== p) {
      errors++;
      const view = b.features.subarray(i * MAX_FEATURES, (i + 1) * MAX_FEATURES);
      perceptron.update(view, b.counts[i], g, 1);
      perceptron.update(view, b.counts[i], p, -1);
    }
    if (g !== p || gPrev !== pPrev) {
      one[0] = transitionFeature[gPrev];
      perceptron.update(one, 1, g, 1);
      one[0] = transitionFeature[pPrev];
      perceptron.update(one, 1, p, -1);
    }
  }
  return errors;
}
