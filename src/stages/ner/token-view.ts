/**
 * The integer view of a sentence's surface tokens that NER features hash from: word identity folded
 * for case, diacritics and OCR typography (long s, curly apostrophes), the exact form, a shape, affixes.
 * Computed once per token straight from text offsets into reusable typed arrays: no substrings.
 */
import { FNV_OFFSET, FNV_PRIME, hashMapped } from "../../learn/hash.js";
import { charClass, DIGIT, LETTER, LOWER, PUNCT, UPPER } from "../segment/chars.js";

/** Lower case without diacritics, for every BMP code unit; digits all become "0"; long s is s. */
const folded = new Uint16Array(65536);
for (let c = 0; c < 65536; c++) {
  const base = String.fromCharCode(c).normalize("NFD").toLowerCase();
  folded[c] = base.length >= 1 && (charClass(c) & LETTER) !== 0 && (charClass(base.charCodeAt(0)) & LETTER) !== 0 ? base.charCodeAt(0) : c;
  if (c >= 0xd800 && c <= 0xdfff) folded[c] = c;
}
for (let c = 48; c <= 57; c++) folded[c] = 48;
folded[0x17f] = 115; // ſ
for (const q of "’‘ʼ`´") folded[q.charCodeAt(0)] = 39;
for (const q of "«»“”„‟") folded[q.charCodeAt(0)] = 34;
for (const q of "‐‑‒–—") folded[q.charCodeAt(0)] = 45;
/** The same fold, digits kept: for the exact form. */
const typography = new Uint16Array(65536);
for (let c = 0; c < 65536; c++) typography[c] = c;
typography[0x17f] = 115;
for (const q of "’‘ʼ`´") typography[q.charCodeAt(0)] = 39;
for (const q of "«»“”„‟") typography[q.charCodeAt(0)] = 34;

export const foldCode = (code: number) => folded[code];

/** The folded hash of a span of text: what lexicon and gazetteer keys are made of. */
export function foldedHash(text: string, start: number, end: number): number {
  return hashMapped(text, start, end, folded);
}

/** Token flags. */
export const CAPITALISED = 1;
export const ALL_UPPER = 2;
export const HAS_DIGIT = 4;
export const PUNCTUATION = 8;
export const HAS_LOWER = 16;
export const SENTENCE_START = 32;

export class TokenView {
  length = 0;
  text = "";
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  /** Folded word (case, diacritics, digits). */
  word = new Int32Array(64);
  /** The form as written (typography folded), or a neutral value in a caseless sentence. */
  cased = new Int32Array(64);
  /** Runs of character classes (Xx, X.X., dd-dd…), at most four runs, as a hash. */
  shape = new Int32Array(64);
  /** Small coarse shape id (0…15) for conjunctions. */
  coarse = new Int32Array(64);
  prefix2 = new Int32Array(64);
  prefix3 = new Int32Array(64);
  suffix2 = new Int32Array(64);
  suffix3 = new Int32Array(64);
  suffix4 = new Int32Array(64);
  flags = new Int32Array(64);
  /** The sentence's case says nothing about names in it (isCaseless). */
  caseless = false;

  private grow(n: number): void {
    if (n <= this.word.length) return;
    let size = this.word.length;
    while (size < n) size *= 2;
    for (const key of ["starts", "ends", "word", "cased", "shape", "coarse", "prefix2", "prefix3", "suffix2", "suffix3", "suffix4", "flags"] as const) {
      this[key] = new Int32Array(size);
    }
  }

  /** Loads tokens starts[k]…ends[k] of `text`, k in [0, n). */
  load(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, n: number, caseless: boolean): void {
    this.grow(n);
    this.text = text;
    this.length = n;
    this.caseless = caseless;
    let opening = true;
    for (let k = 0; k < n; k++) {
      this.starts[k] = starts[k];
      this.ends[k] = ends[k];
      this.describe(k, text, starts[k], ends[k]);
      if (opening) this.flags[k] |= SENTENCE_START;
      // The sentence's first word comes after any opening quote or dash.
      if ((this.flags[k] & PUNCTUATION) === 0) opening = false;
    }
  }

  private describe(k: number, text: string, start: number, end: number): void {
    let word = FNV_OFFSET;
    let cased = FNV_OFFSET;
    let shape = FNV_OFFSET;
    let runs = 0;
    let lastClass = -1;
    let upper = 0;
    let lower = 0;
    let digit = 0;
    let punct = 0;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      const f = folded[code];
      word = Math.imul(word ^ f, FNV_PRIME);
      cased = Math.imul(cased ^ typography[code], FNV_PRIME);
      const cls = charClass(code);
      let s: number;
      if (cls & UPPER) {
        upper++;
        s = 88; // X
      } else if (cls & LOWER) {
        lower++;
        s = 120; // x
      } else if (cls & LETTER) {
        lower++;
        s = 120;
      } else if (cls & DIGIT) {
        digit++;
        s = 100; // d
      } else {
        punct++;
        s = f;
      }
      if (s !== lastClass && runs < 5) {
        shape = Math.imul(shape ^ s, FNV_PRIME);
        runs++;
        lastClass = s;
      }
    }
    const len = end - start;
    let flags = 0;
    const first = charClass(text.charCodeAt(start));
    if (first & UPPER) flags |= CAPITALISED;
    if (upper > 0 && lower === 0) flags |= ALL_UPPER;
    if (digit > 0) flags |= HAS_DIGIT;
    if (lower > 0) flags |= HAS_LOWER;
    if (punct === len || (first & PUNCT) !== 0) flags |= PUNCTUATION;
    let coarse: number;
    if (this.caseless && upper + lower > 0) coarse = digit > 0 ? 1 : 2;
    else if (flags & PUNCTUATION) coarse = 3 + (len === 1 ? 0 : 1);
    else if (digit > 0) coarse = upper + lower > 0 ? 5 : 6;
    else if (first & UPPER) coarse = lower === 0 ? (len === 1 ? 7 : 8) : upper > 1 ? 9 : 10;
    else coarse = punct > 0 ? 11 : 12;
    this.word[k] = word | 0;
    this.flags[k] = flags;
    this.coarse[k] = coarse;
    if (this.caseless && upper + lower > 0) {
      // Where case says nothing (a headline in capitals, text typed in lower case) the written form
      // and its shape are noise: only the folded word speaks.
      this.cased[k] = 0x2c4a;
      this.shape[k] = digit > 0 ? 0x2c4b : 0x2c4c;
    } else {
      this.cased[k] = cased | 0;
      this.shape[k] = shape | 0;
    }
    this.prefix2[k] = len > 2 ? affix(text, start, start + 2) : 0;
    this.prefix3[k] = len > 3 ? affix(text, start, start + 3) : 0;
    this.suffix2[k] = len > 2 ? affix(text, end - 2, end) : 0;
    this.suffix3[k] = len > 3 ? affix(text, end - 3, end) : 0;
    this.suffix4[k] = len > 4 ? affix(text, end - 4, end) : 0;
  }
}

function affix(text: string, start: number, end: number): number {
  return hashMapped(text, start, end, folded, FNV_OFFSET ^ (end - start));
}

/** The exact-form hash of a span (typography folded), as TokenView.cased holds outside capitals. */
export function casedHash(text: string, start: number, end: number): number {
  return hashMapped(text, start, end, typography);
}

/**
 * A sentence whose case says nothing about names, tokens 0…n-1 of `text`: a headline in capitals (over
 * 80 % of its letters upper case) or, where `lowerCase` (a model trained on such text), text typed in lower
 * case: no capital but on its first word and on one-letter words such as "I". Either needs 8 letters.
 */
export function isCaseless(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, n: number, lowerCase: boolean): boolean {
  let letters = 0;
  let upper = 0;
  let capitalised = 0;
  let firstWord = true;
  for (let k = 0; k < n; k++) {
    const start = starts[k];
    const end = ends[k];
    const before = letters;
    for (let i = start; i < end; i++) {
      const cls = charClass(text.charCodeAt(i));
      if ((cls & LETTER) === 0) continue;
      letters++;
      if ((cls & UPPER) === 0) continue;
      upper++;
      if (!firstWord && i === start && end - start > 1) capitalised++;
    }
    if (letters > before) firstWord = false;
  }
  return letters >= 8 && (upper > letters * 0.8 || (lowerCase && capitalised === 0));
}
