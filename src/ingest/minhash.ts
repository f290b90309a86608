/**
 * Near-duplicate detection: MinHash signatures over word shingles, with LSH banding written here
 * (the minhash package's LSH query is broken, design/STACK.md). Wire copies and re-publications share
 * most 5-word shingles even after a headline change or an added paragraph.
 */
import { hashString, mix } from "../learn/hash.js";

/** Words per shingle: long enough that common phrases do not make unrelated stories look alike. */
export const SHINGLE_WORDS = 5;
export const SIGNATURE_SIZE = 128;
/** 32 bands of 4 rows: a pair with Jaccard 0.6 becomes a candidate with probability 0.99, one at 0.3 with 0.23. */
export const BANDS = 32;
export const ROWS_PER_BAND = SIGNATURE_SIZE / BANDS;
/** Estimated Jaccard similarity from which two articles are one story. */
export const NEAR_DUPLICATE_THRESHOLD = 0.6;

const seeds = Int32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(0x5bd1e995, i + 1));
const WORD = /[\p{L}\p{N}]+/gu;

/** Word hashes of the text, case and accents folded so that re-encodings and re-typings agree. */
function wordHashes(text: string): number[] {
  const folded = text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
  const out: number[] = [];
  for (const m of folded.matchAll(WORD)) out.push(hashString(m[0]));
  return out;
}

/** The MinHash signature of a text, or undefined when it has no words. */
export function minhashSignature(text: string): Uint32Array | undefined {
  const words = wordHashes(text);
  if (words.length === 0) return undefined;
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  const shingles = Math.max(1, words.length - SHINGLE_WORDS + 1);
  for (let s = 0; s < shingles; s++) {
    let h = 0x12345;
    for (let w = s; w < Math.min(words.length, s + SHINGLE_WORDS); w++) h = mix(h, words[w]);
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = mix(h, seeds[i]) >>> 0;
      if (v < signature[i]) signature[i] = v;
    }
  }
  return signature;
}

/** One integer per band: two signatures that agree on a whole band are candidate near-duplicates. */
export function bandKeys(signature: Uint32Array): Int32Array {
  const keys = new Int32Array(BANDS);
  for (let b = 0; b < BANDS; b++) {
    let h = mix(0x7f4a7c15, b);
    for (let r = 0; r < ROWS_PER_BAND; r++) h = mix(h, signature[b * ROWS_PER_BAND + r] | 0);
    keys[b] = h;
  }
  return keys;
}

/** Estimated Jaccard similarity: the share of positions where the two signatures agree. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

export function signatureToBytes(signature: Uint32Array): Uint8Array {
  return new Uint8Array(signature.buffer, signature.byteOffset, signature.byteLength);
}

export function signatureFromBytes(bytes: Uint8Array): Uint32Array {
  // Copied: the bytes a driver returns need not be 4-byte aligned.
  const copy = new Uint8Array(bytes);
  return new Uint32Array(copy.buffer, 0, copy.byteLength / 4);
}
