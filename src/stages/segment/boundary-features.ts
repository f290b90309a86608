/**
 * Features of the gap after a surface token, for the sentence-boundary classifier. Shared by training
 * (tools/train/sentences.ts) and prediction, so the two can never drift apart.
 */
import { FNV_PRIME, hashMapped, hashRange, hashString, mix, mix2, mix3 } from "../../learn/hash.js";
import { charClass, DIGIT, foldedCodes, LETTER, LOWER, PUNCT, UPPER } from "./chars.js";
import type { SegmentRules } from "./rules.js";

export const MAX_FEATURES = 32;

/** The shape of a token, coarse: "Xx", "x", "X", "d", "." (terminal), "," (other punctuation)… as a small integer. */
function shape(text: string, start: number, end: number): number {
  const first = charClass(text.charCodeAt(start));
  if (end - start === 0) return 0;
  let upper = 0;
  let lower = 0;
  let digit = 0;
  for (let i = start; i < end; i++) {
    const c = charClass(text.charCodeAt(i));
    if (c & UPPER) upper++;
    else if (c & LOWER) lower++;
    else if (c & DIGIT) digit++;
  }
  if (first & UPPER) return lower === 0 ? (end - start === 1 ? 1 : 2) : 3; // X, XX, Xx
  if (first & LOWER) return 4;
  if (first & DIGIT) return digit === end - start ? 5 : 6;
  if (first & LETTER) return 7;
  if (first & PUNCT) {
    const c = text[start];
    if (c === "." || c === "!" || c === "?" || c === "…") return 8;
    if (c === '"' || c === "«" || c === "»" || c === "“" || c === "”" || c === "'" || c === "’") return 9;
    if (c === "(" || c === "[" || c === ")" || c === "]") return 10;
    if (c === "-" || c === "–" || c === "—") return 11;
    return 12;
  }
  return 13 + (upper > 0 ? 1 : 0);
}

const lengthBucket = (n: number) => (n <= 2 ? n : n <= 5 ? 3 : n <= 10 ? 4 : n <= 20 ? 5 : n <= 40 ? 6 : 7);

const T = {
  bias: hashString("bias"),
  rule: hashString("rule"),
  w0: hashString("w0"),
  w1: hashString("w1"),
  wm1: hashString("w-1"),
  s0: hashString("s0"),
  s1: hashString("s1"),
  s2: hashString("s2"),
  sm1: hashString("s-1"),
  s0s1: hashString("s0s1"),
  w0s1: hashString("w0s1"),
  s0w1: hashString("s0w1"),
  sm1s0s1: hashString("s-1s0s1"),
  w0w1: hashString("w0w1"),
  len: hashString("len"),
  lenRule: hashString("len-rule"),
  starter: hashString("starter"),
  abbrev: hashString("abbrev"),
  suffix0: hashString("suffix0"),
  ruleS1: hashString("rule-s1"),
  quote: hashString("quote"),
  cased1: hashString("cased1"),
  cased0: hashString("cased0"),
  w1s2: hashString("w1s2"),
  w2: hashString("w2"),
  s1s2: hashString("s1s2"),
  wm1w0: hashString("w-1w0"),
  cased1s0: hashString("cased1s0"),
};

export interface GapContext {
  text: string;
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
  /** 1 where the rules end a sentence after token k. */
  rule: ArrayLike<number>;
  rules: SegmentRules;
}

/**
 * A token's hash, lower-cased, with quotation marks and apostrophes of every typography alike (corpora
 * favour one each); the case of the first letter is kept apart when `cased`.
 */
function tokenHash(text: string, start: number, end: number, cased: boolean): number {
  const h = hashMapped(text, start, end, foldedCodes);
  return cased && (charClass(text.charCodeAt(start)) & UPPER) !== 0 ? Math.imul(h ^ 0x55, FNV_PRIME) | 0 : h;
}
const lowerHash = (text: string, start: number, end: number) => tokenHash(text, start, end, false);
const casedHash = (text: string, start: number, end: number) => tokenHash(text, start, end, true);

/**
 * Only these gaps are left to the model; elsewhere (a word followed by a lower-case word, with no rule
 * boundary) no sentence ends. Training and prediction share the test, which keeps the model fast.
 */
export function isCandidateGap(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, rule: number, k: number): boolean {
  if (rule !== 0 || k + 1 >= starts.length) return true;
  if ((charClass(text.charCodeAt(ends[k] - 1)) & LETTER) === 0) return true;
  return (charClass(text.charCodeAt(starts[k + 1])) & LOWER) === 0;
}

/** Writes the features of the gap after token k into `out`; returns how many. */
export function gapFeatures(ctx: GapContext, k: number, sentenceLength: number, quoteOpen: boolean, out: Int32Array): number {
  const { text, starts, ends, rule, rules } = ctx;
  const n = starts.length;
  let f = 0;
  const s0 = shape(text, starts[k], ends[k]);
  const s1 = k + 1 < n ? shape(text, starts[k + 1], ends[k + 1]) : 0;
  const s2 = k + 2 < n ? shape(text, starts[k + 2], ends[k + 2]) : 0;
  const sm1 = k > 0 ? shape(text, starts[k - 1], ends[k - 1]) : 0;
  const w0 = lowerHash(text, starts[k], ends[k]);
  const w1 = k + 1 < n ? lowerHash(text, starts[k + 1], ends[k + 1]) : 0;
  const wm1 = k > 0 ? lowerHash(text, starts[k - 1], ends[k - 1]) : 0;
  const r = rule[k];
  const len = lengthBucket(sentenceLength);
  out[f++] = T.bias;
  out[f++] = mix(T.rule, r);
  out[f++] = mix(T.w0, w0);
  out[f++] = mix(T.w1, w1);
  out[f++] = mix(T.wm1, wm1);
  out[f++] = mix(T.s0, s0);
  out[f++] = mix(T.s1, s1);
  out[f++] = mix(T.s2, s2);
  out[f++] = mix(T.sm1, sm1);
  out[f++] = mix2(T.s0s1, s0 * 32 + s1);
  out[f++] = mix2(T.w0s1, mix(w0, s1));
  out[f++] = mix2(T.s0w1, mix(w1, s0));
  out[f++] = mix3(T.sm1s0s1, sm1 * 32 + s0, s1);
  out[f++] = mix2(T.w0w1, mix(w0, w1));
  out[f++] = mix(T.len, len);
  out[f++] = mix2(T.lenRule, len * 4 + r);
  out[f++] = mix2(T.ruleS1, r * 32 + s1);
  out[f++] = mix2(T.quote, (quoteOpen ? 1 : 0) * 32 + s0);
  if (k + 1 < n) {
    const cased1 = casedHash(text, starts[k + 1], ends[k + 1]);
    out[f++] = mix(T.cased1, cased1);
    out[f++] = mix2(T.w1s2, mix(w1, s2));
    out[f++] = mix2(T.cased1s0, mix(cased1, s0));
    out[f++] = mix2(T.s1s2, s1 * 32 + s2);
  }
  if (k + 2 < n) out[f++] = mix(T.w2, lowerHash(text, starts[k + 2], ends[k + 2]));
  out[f++] = mix2(T.wm1w0, mix(wm1, w0));
  out[f++] = mix(T.cased0, casedHash(text, starts[k], ends[k]));
  if (k + 1 < n && rules.starters.has(text.slice(starts[k + 1], ends[k + 1]))) out[f++] = mix(T.starter, 1);
  const word = text.slice(starts[k], ends[k]);
  const kind = rules.abbreviations.get(word);
  if (kind) out[f++] = mix(T.abbrev, kind === "title" ? 1 : 2);
  const e = ends[k];
  out[f++] = mix(T.suffix0, hashRange(text, Math.max(starts[k], e - 3), e));
  return f;
}

export const BOUNDARY = 1;
export const NO_BOUNDARY = 0;
