/**
 * The features of one token for the NER labeller, shared by training and prediction so the two never
 * drift apart. A sentence is loaded once (token view, trigger classes, gazetteer marks); then each
 * token's features are hashed from integers.
 */
import { hashString, mix, mix2 } from "../../learn/hash.js";
import { GAZETTEER_KINDS, markGazetteer, type Gazetteer } from "./gazetteer.js";
import { TokenView, SENTENCE_START } from "./token-view.js";

export const MAX_FEATURES = 128;

const t = (name: string) => hashString(`ner/${name}`);
const T = {
  bias: t("bias"),
  w0: t("w0"), wm1: t("w-1"), wp1: t("w+1"), wm2: t("w-2"), wp2: t("w+2"),
  wm1w0: t("w-1w0"), w0wp1: t("w0w+1"), wm2wm1: t("w-2w-1"),
  c0: t("c0"), cm1: t("c-1"), cp1: t("c+1"),
  s0: t("s0"), sm1: t("s-1"), sp1: t("s+1"),
  k3: t("k-1k0k+1"), k0kp1: t("k0k+1"), km1k0: t("k-1k0"), kp1kp2: t("k+1k+2"), km2km1: t("k-2k-1"),
  wm1k0: t("w-1k0"), k0wp1: t("k0w+1"),
  p2: t("p2"), p3: t("p3"), s2: t("s2"), s3: t("s3"), s4: t("s4"),
  len: t("len"), start: t("start"), startW: t("start-w0"),
  trig: [t("trig-2"), t("trig-1"), t("trig0"), t("trig+1"), t("trig+2")],
  trigK: t("trig-1k0"),
  prior0: t("prior0"), priorM1: t("prior-1"), priorP1: t("prior+1"), priorK: t("prior-k0"),
  cl0: t("cl0"), clM1: t("cl-1"), clP1: t("cl+1"), clK: t("cl0-k0"),
  mem0: t("mem0"), memK: t("mem0-k0"), memM1: t("mem-1"), memP1: t("mem+1"),
  gaz: t("gaz"), gazK: t("gaz-k0"), gazAll: t("gaz-all"), gazM1: t("gaz-1"), gazP1: t("gaz+1"), gazW: t("gaz-w0"),
};

const BEFORE = 0x5a17;
const AFTER = 0x3e0d;
const lengthBucket = (n: number) => (n <= 3 ? n : n <= 5 ? 4 : n <= 8 ? 5 : n <= 12 ? 6 : 7);

export class NerFeatures {
  readonly view = new TokenView();
  trig = new Int32Array(64);
  gazKinds = new Int32Array(64);
  gazParts = new Int32Array(64);
  /** Word class of each token, plus one (0: a word the clustering never saw often enough). */
  cluster = new Int32Array(64);
  /** What the document's other sentences say of each token's word (document-memory.ts); none on a first pass. */
  private memory: ArrayLike<number> | undefined;

  constructor(
    private readonly triggers: Map<number, number>,
    private readonly gazetteer: Gazetteer | undefined,
    /** Folded word → word-prior bucket (word-prior.ts); empty without one. */
    private readonly prior: Map<number, number> = new Map(),
    /** Folded word → word class learned from unlabelled text (src/learn/word-clusters.ts); empty without one. */
    private readonly clusters: Map<number, number> = new Map(),
  ) {}

  /** Loads a sentence; `memory` (per token) comes from the document's other sentences, absent on a first pass. */
  load(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, n: number, caseless: boolean, memory?: ArrayLike<number>): void {
    const view = this.view;
    view.load(text, starts, ends, n, caseless);
    if (this.trig.length < n) {
      let size = this.trig.length;
      while (size < n) size *= 2;
      this.trig = new Int32Array(size);
      this.gazKinds = new Int32Array(size);
      this.gazParts = new Int32Array(size);
      this.cluster = new Int32Array(size);
    }
    this.memory = memory;
    for (let k = 0; k < n; k++) {
      this.trig[k] = this.triggers.get(view.word[k]) ?? 0;
      this.cluster[k] = (this.clusters.get(view.word[k]) ?? -1) + 1;
    }
    markGazetteer(this.gazetteer, view, this.gazKinds, this.gazParts);
  }

  /** Features of token i (labels are scored apart, by the labeller's transitions). */
  extract(i: number, out: Int32Array): number {
    const v = this.view;
    const n = v.length;
    const word = v.word;
    const coarse = v.coarse;
    const w0 = word[i];
    const wm1 = i > 0 ? word[i - 1] : BEFORE;
    const wm2 = i > 1 ? word[i - 2] : BEFORE;
    const wp1 = i + 1 < n ? word[i + 1] : AFTER;
    const wp2 = i + 2 < n ? word[i + 2] : AFTER;
    const k0 = coarse[i];
    const km1 = i > 0 ? coarse[i - 1] : 14;
    const km2 = i > 1 ? coarse[i - 2] : 14;
    const kp1 = i + 1 < n ? coarse[i + 1] : 15;
    const kp2 = i + 2 < n ? coarse[i + 2] : 15;
    let f = 0;
    out[f++] = T.bias;
    out[f++] = mix(T.w0, w0);
    out[f++] = mix(T.wm1, wm1);
    out[f++] = mix(T.wp1, wp1);
    out[f++] = mix(T.wm2, wm2);
    out[f++] = mix(T.wp2, wp2);
    out[f++] = mix2(T.wm1w0, mix(wm1, w0));
    out[f++] = mix2(T.w0wp1, mix(w0, wp1));
    out[f++] = mix2(T.wm2wm1, mix(wm2, wm1));
    out[f++] = mix(T.c0, v.cased[i]);
    out[f++] = mix(T.cm1, i > 0 ? v.cased[i - 1] : BEFORE);
    out[f++] = mix(T.cp1, i + 1 < n ? v.cased[i + 1] : AFTER);
    out[f++] = mix(T.s0, v.shape[i]);
    out[f++] = mix(T.sm1, i > 0 ? v.shape[i - 1] : BEFORE);
    out[f++] = mix(T.sp1, i + 1 < n ? v.shape[i + 1] : AFTER);
    out[f++] = mix(T.k3, (km1 << 8) | (k0 << 4) | kp1);
    out[f++] = mix(T.k0kp1, (k0 << 4) | kp1);
    out[f++] = mix(T.km1k0, (km1 << 4) | k0);
    out[f++] = mix(T.kp1kp2, (k0 << 8) | (kp1 << 4) | kp2);
    out[f++] = mix(T.km2km1, (km2 << 8) | (km1 << 4) | k0);
    out[f++] = mix2(T.wm1k0, mix(wm1, k0));
    out[f++] = mix2(T.k0wp1, mix(wp1, k0));
    if (v.prefix2[i] !== 0) out[f++] = mix(T.p2, v.prefix2[i]);
    if (v.prefix3[i] !== 0) out[f++] = mix(T.p3, v.prefix3[i]);
    if (v.suffix2[i] !== 0) out[f++] = mix(T.s2, v.suffix2[i]);
    if (v.suffix3[i] !== 0) out[f++] = mix(T.s3, v.suffix3[i]);
    if (v.suffix4[i] !== 0) out[f++] = mix(T.s4, v.suffix4[i]);
    out[f++] = mix(T.len, (lengthBucket(v.ends[i] - v.starts[i]) << 4) | k0);
    if (v.flags[i] & SENTENCE_START) {
      out[f++] = mix(T.start, k0);
      out[f++] = mix(T.startW, w0);
    }
    for (let d = -2; d <= 2; d++) {
      const j = i + d;
      if (j < 0 || j >= n) continue;
      let bits = this.trig[j];
      while (bits !== 0) {
        const b = 31 - Math.clz32(bits);
        bits &= ~(1 << b);
        out[f++] = mix(T.trig[d + 2], b);
        if (d === -1) out[f++] = mix(T.trigK, (b << 4) | k0);
      }
    }
    const p0 = this.prior.get(w0) ?? 0;
    out[f++] = mix(T.prior0, p0);
    out[f++] = mix(T.priorK, (p0 << 4) | k0);
    out[f++] = mix(T.priorM1, i > 0 ? this.prior.get(wm1) ?? 0 : 255);
    out[f++] = mix(T.priorP1, i + 1 < n ? this.prior.get(wp1) ?? 0 : 255);
    if (this.clusters.size > 0) {
      const cl = this.cluster;
      const c0 = cl[i];
      const cm1 = i > 0 ? cl[i - 1] : 0xfff;
      const cp1 = i + 1 < n ? cl[i + 1] : 0xffe;
      out[f++] = mix(T.cl0, c0);
      out[f++] = mix(T.clM1, cm1);
      out[f++] = mix(T.clP1, cp1);
      out[f++] = mix(T.clK, (c0 << 4) | k0);
    }
    if (this.memory) f = memoryFeatures(this.memory, coarse, i, n, out, f);
    const kinds = this.gazKinds[i];
    if (kinds !== 0) {
      const part = this.gazParts[i];
      let bits = kinds;
      while (bits !== 0) {
        const b = 31 - Math.clz32(bits);
        bits &= ~(1 << b);
        out[f++] = mix(T.gaz, (b << 2) | part);
        out[f++] = mix(T.gazK, (b << 8) | (part << 4) | k0);
      }
      out[f++] = mix2(T.gazAll, mix(kinds, part));
      out[f++] = mix2(T.gazW, mix(kinds, w0));
    }
    if (i > 0 && this.gazKinds[i - 1] !== 0) out[f++] = mix(T.gazM1, this.gazKinds[i - 1]);
    if (i + 1 < n && this.gazKinds[i + 1] !== 0) out[f++] = mix(T.gazP1, this.gazKinds[i + 1]);
    return f;
  }
}

/**
 * The document-memory features of token i, written at out[f…]; returns the new count. Apart from the
 * others so that a second pass can add their scores to the first pass's (see relabelWithMemory).
 */
export function memoryFeatures(memory: ArrayLike<number>, coarse: ArrayLike<number>, i: number, n: number, out: Int32Array, f: number): number {
  const m0 = memory[i];
  out[f++] = mix(T.mem0, m0);
  out[f++] = mix(T.memK, (m0 << 4) | coarse[i]);
  out[f++] = mix(T.memM1, i > 0 ? memory[i - 1] : 0xff);
  out[f++] = mix(T.memP1, i + 1 < n ? memory[i + 1] : 0xfe);
  return f;
}

export const featureTemplates = {
  words: ["folded word at -2…+2", "bigrams -2-1, -1 0, 0 +1", "exact form at -1…+1 (neutral in capitals)"],
  shapes: ["shape runs at -1…+1", "coarse shape n-grams over -2…+2", "word -1 × shape 0, shape 0 × word +1", "length × shape"],
  affixes: ["prefixes 2-3", "suffixes 2-4"],
  context: ["sentence start × shape, × word", "caseless sentence: a headline in capitals or text typed in lower case (shapes neutralised, names matched without their capital)"],
  triggers: ["trigger classes at -2…+2 (resources/<lang>/ner/triggers.tsv)", "trigger -1 × shape 0"],
  gazetteer: [`knowledge-base phrase kinds (${GAZETTEER_KINDS.join(", ")}) × BILU position, × shape, × word; kinds at -1, +1`],
  clusters: ["word class (exchange clustering of unlabelled text) at -1…+1, × shape"],
  document: ["on a second pass: the type the document's other sentences gave the word (and whether in a multi-word name) at -1…+1, × shape"],
  prior: ["proper-noun and capitalisation shares of the word in unlabelled treebank text, at -1…+1, × shape"],
  labels: ["first-order BILOU transitions (Viterbi)"],
};
