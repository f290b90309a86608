/**
 * Feature templates of the tagger. Each feature is a template number mixed with the integers it looks
 * at; templates are numbered here once so that a weight file stays readable by the same code.
 */
import { mix2, mix3, mix4 } from "../../learn/hash.js";
import { AFTER, BEFORE, PREFIXES, SUFFIXES, type WordView } from "./word-features.js";

const T = {
  bias: 1,
  word: 2,
  suffix: 3,
  prefix: 4,
  shape: 5,
  prev: 6,
  next: 7,
  prev2: 8,
  next2: 9,
  prevSuffix: 10,
  nextSuffix: 11,
  prevWord: 12,
  wordNext: 13,
  amb: 14,
  ambPrev: 15,
  ambNext: 16,
  ambNextAmb: 17,
  shapeSuffix: 18,
  shapeStart: 19,
  shapeNeighbours: 20,
  tag1: 30,
  tag12: 31,
  tag1Word: 32,
  tag1Amb: 33,
  tag1Suffix: 34,
  right1: 40,
  right12: 41,
  right1Word: 42,
  leftRight: 43,
  right1Suffix: 44,
  upos: 50,
  uposSuffix: 51,
  uposWord: 52,
  uposPrev: 53,
  uposNext: 54,
  uposPrevWord: 55,
  uposNextWord: 56,
  uposPrevUpos: 57,
  uposPrev2Word: 58,
  lemmaBias: 70,
  lemmaSuffix: 71,
  lemmaUpos: 72,
  lemmaUposSuffix: 73,
  lemmaShape: 74,
  lemmaFeat: 75,
  lemmaPrefix: 76,
} as const;

/** Room for the longest template list; every writer below stays under it. */
export const MAX_FEATURES = 64;

const wordAt = (v: WordView, i: number) => (i < 0 ? BEFORE : i >= v.length ? AFTER : v.word[i]);

/** Features that depend on the words only: computed once per word, shared by the UPOS and feats models. */
export function wordFeatures(v: WordView, ambiguity: Int32Array, i: number, out: Int32Array): number {
  let n = 0;
  const w = v.word[i];
  const s = i * SUFFIXES;
  out[n++] = mix2(T.bias, 0);
  out[n++] = mix2(T.word, w);
  for (let k = 0; k < SUFFIXES; k++) out[n++] = mix3(T.suffix, k, v.suffix[s + k]);
  for (let k = 0; k < PREFIXES; k++) out[n++] = mix3(T.prefix, k, v.prefix[i * PREFIXES + k]);
  out[n++] = mix2(T.shape, v.shape[i]);
  out[n++] = mix3(T.shapeSuffix, v.shape[i], v.suffix[s + 2]);
  // A capital means a name only away from the start of the sentence, and names come in runs.
  out[n++] = mix3(T.shapeStart, v.shape[i], i === 0 ? 1 : 0);
  out[n++] = mix4(T.shapeNeighbours, i > 0 ? v.shape[i - 1] : BEFORE, v.shape[i], i + 1 < v.length ? v.shape[i + 1] : AFTER);
  const p = wordAt(v, i - 1);
  const x = wordAt(v, i + 1);
  out[n++] = mix2(T.prev, p);
  out[n++] = mix2(T.next, x);
  out[n++] = mix2(T.prev2, wordAt(v, i - 2));
  out[n++] = mix2(T.next2, wordAt(v, i + 2));
  out[n++] = mix2(T.prevSuffix, i > 0 ? v.suffix[(i - 1) * SUFFIXES + 2] : BEFORE);
  out[n++] = mix2(T.nextSuffix, i + 1 < v.length ? v.suffix[(i + 1) * SUFFIXES + 2] : AFTER);
  out[n++] = mix3(T.prevWord, p, w);
  out[n++] = mix3(T.wordNext, w, x);
  const a = ambiguity[i];
  const ap = i > 0 ? ambiguity[i - 1] : -1;
  const an = i + 1 < v.length ? ambiguity[i + 1] : -2;
  out[n++] = mix2(T.amb, a);
  out[n++] = mix3(T.ambPrev, ap, a);
  out[n++] = mix2(T.ambNext, an);
  out[n++] = mix3(T.ambNextAmb, a, an);
  return n;
}

/** The UPOS model's features on top of the word features: the tags already chosen to the left. */
export function historyFeatures(v: WordView, ambiguity: Int32Array, tags: Int32Array, i: number, out: Int32Array, n: number): number {
  const t1 = i > 0 ? tags[i - 1] : -1;
  const t2 = i > 1 ? tags[i - 2] : -1;
  out[n++] = mix2(T.tag1, t1);
  out[n++] = mix3(T.tag12, t2, t1);
  out[n++] = mix3(T.tag1Word, t1, v.word[i]);
  out[n++] = mix3(T.tag1Amb, t1, ambiguity[i]);
  out[n++] = mix3(T.tag1Suffix, t1, v.suffix[i * SUFFIXES + 2]);
  return n;
}

/**
 * The second UPOS pass: the history features, plus the first pass's tags to the right, so that a
 * word can be told by what follows it ("le" before a verb is a pronoun).
 */
export function rightFeatures(v: WordView, ambiguity: Int32Array, first: Int32Array, tags: Int32Array, i: number, out: Int32Array, n: number): number {
  n = historyFeatures(v, ambiguity, tags, i, out, n);
  const r1 = i + 1 < v.length ? first[i + 1] : -2;
  const r2 = i + 2 < v.length ? first[i + 2] : -2;
  out[n++] = mix2(T.right1, r1);
  out[n++] = mix3(T.right12, r1, r2);
  out[n++] = mix3(T.right1Word, r1, v.word[i]);
  out[n++] = mix3(T.leftRight, i > 0 ? tags[i - 1] : -1, r1);
  out[n++] = mix3(T.right1Suffix, r1, v.suffix[i * SUFFIXES + 2]);
  return n;
}

/** The feats model's features on top of the word features: the UPOS of the word and its neighbours. */
export function uposFeatures(v: WordView, upos: Int32Array, i: number, out: Int32Array, n: number): number {
  const u = upos[i];
  const up = i > 0 ? upos[i - 1] : -1;
  const un = i + 1 < v.length ? upos[i + 1] : -2;
  out[n++] = mix2(T.upos, u);
  for (let k = 0; k < 4; k++) out[n++] = mix4(T.uposSuffix, u, k, v.suffix[i * SUFFIXES + k]);
  out[n++] = mix3(T.uposWord, u, v.word[i]);
  out[n++] = mix3(T.uposPrev, u, up);
  out[n++] = mix3(T.uposNext, u, un);
  out[n++] = mix4(T.uposPrevWord, u, up, wordAt(v, i - 1));
  out[n++] = mix4(T.uposNextWord, u, un, wordAt(v, i + 1));
  out[n++] = mix4(T.uposPrevUpos, u, up, i > 1 ? upos[i - 2] : -1);
  out[n++] = mix3(T.uposPrev2Word, u, wordAt(v, i - 2));
  return n;
}

/** The lemma ranker's features of a word, before they are crossed with each candidate class. */
export function lemmaFeatures(v: WordView, upos: number, feats: Int32Array, featsFrom: number, heads: number, i: number, out: Int32Array): number {
  let n = 0;
  const s = i * SUFFIXES;
  out[n++] = mix2(T.lemmaBias, 0);
  out[n++] = mix2(T.lemmaUpos, upos);
  out[n++] = mix2(T.lemmaShape, v.shape[i]);
  for (let k = 0; k < SUFFIXES; k++) {
    out[n++] = mix3(T.lemmaSuffix, k, v.suffix[s + k]);
    out[n++] = mix4(T.lemmaUposSuffix, upos, k, v.suffix[s + k]);
  }
  out[n++] = mix3(T.lemmaPrefix, upos, v.prefix[i * PREFIXES + 2]);
  for (let h = 0; h < heads; h++) out[n++] = mix4(T.lemmaFeat, upos, h, feats[featsFrom + h]);
  return n;
}
