/**
 * The integer view of a sentence's words that the tagger and the parser hash their features from:
 * computed once per word, in reusable typed arrays, so that feature extraction allocates nothing.
 */

export const SUFFIXES = 5;
export const PREFIXES = 3;

/** Hashes that stand for the positions before the first word and after the last. */
export const BEFORE = 0x5a17;
export const AFTER = 0x3e0d;

/** Shape bits: enough to tell names, acronyms, numbers and punctuation apart. */
const SHAPE_FIRST_UPPER = 1;
const SHAPE_ALL_UPPER = 2;
const SHAPE_DIGIT = 4;
const SHAPE_ALL_DIGIT = 8;
const SHAPE_HYPHEN = 16;
const SHAPE_OTHER = 32;
const SHAPE_LETTER = 64;

export class WordView {
  length = 0;
  forms: string[] = [];
  lowers: string[] = [];
  /** Hash of the lower-cased word with digits folded to 0. */
  word = new Int32Array(64);
  suffix = new Int32Array(64 * SUFFIXES);
  prefix = new Int32Array(64 * PREFIXES);
  shape = new Int32Array(64);

  private grow(n: number): void {
    if (n <= this.word.length) return;
    let size = this.word.length;
    while (size < n) size *= 2;
    this.word = new Int32Array(size);
    this.suffix = new Int32Array(size * SUFFIXES);
    this.prefix = new Int32Array(size * PREFIXES);
    this.shape = new Int32Array(size);
  }

  load(forms: readonly string[]): void {
    const n = forms.length;
    this.grow(n);
    this.length = n;
    this.forms.length = n;
    this.lowers.length = n;
    for (let i = 0; i < n; i++) {
      const form = forms[i];
      const lower = foldTypography(form.toLowerCase());
      this.forms[i] = form;
      this.lowers[i] = lower;
      this.describe(i, form, lower);
    }
  }

  private describe(i: number, form: string, lower: string): void {
    const len = lower.length;
    let h = 0x811c9dc5;
    let shape = 0;
    let upper = 0;
    let letters = 0;
    let digits = 0;
    for (let k = 0; k < len; k++) {
      let c = lower.charCodeAt(k);
      if (c >= 48 && c <= 57) {
        digits++;
        c = 48;
      } else if (c === 45) shape |= SHAPE_HYPHEN;
      else if (isLetter(c)) {
        letters++;
        if (c !== form.charCodeAt(k)) upper++;
      } else shape |= SHAPE_OTHER;
      h = Math.imul(h ^ c, 0x01000193);
    }
    this.word[i] = h;
    if (len > 0 && lower.charCodeAt(0) !== form.charCodeAt(0)) shape |= SHAPE_FIRST_UPPER;
    if (upper > 1 && upper === letters) shape |= SHAPE_ALL_UPPER;
    if (digits > 0) shape |= digits === len ? SHAPE_ALL_DIGIT : SHAPE_DIGIT;
    if (letters > 0) shape |= SHAPE_LETTER;
    this.shape[i] = shape | (Math.min(len, 4) << 7);
    let s = 0x2545f491;
    for (let k = 0; k < SUFFIXES; k++) {
      if (k < len) s = Math.imul(s ^ lower.charCodeAt(len - 1 - k), 0x01000193);
      this.suffix[i * SUFFIXES + k] = s;
    }
    let p = 0x1b873593;
    for (let k = 0; k < PREFIXES; k++) {
      if (k < len) p = Math.imul(p ^ lower.charCodeAt(k), 0x01000193);
      this.prefix[i * PREFIXES + k] = p;
    }
  }
}

/**
 * Typographic variants fold to their ASCII forms (« » “ ” → ", ’ → ', – — → -): treebanks and news
 * disagree on them, and a word must not become unknown for its apostrophe.
 */
export function foldTypography(text: string): string {
  let k = 0;
  while (k < text.length && fold(text.charCodeAt(k)) === text.charCodeAt(k)) k++;
  if (k === text.length) return text;
  let out = text.slice(0, k);
  for (; k < text.length; k++) out += String.fromCharCode(fold(text.charCodeAt(k)));
  return out;
}

function fold(c: number): number {
  if (c < 0xab) return c;
  switch (c) {
    case 0xab:
    case 0xbb:
    case 0x201c:
    case 0x201d:
    case 0x201e:
      return 0x22;
    case 0x2018:
    case 0x2019:
    case 0x02bc:
      return 0x27;
    case 0x2013:
    case 0x2014:
    case 0x2212:
      return 0x2d;
    default:
      return c;
  }
}

/** ASCII letters, and everything from Latin-1 letters up except the general punctuation block. */
function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && (c < 0x2000 || c > 0x206f);
}

/** The hash a word gets in `WordView.word`, for lexicon keys computed outside a sentence. */
export function wordHash(form: string): number {
  scratch.load([form]);
  return scratch.word[0];
}

const scratch = new WordView();
