/**
 * Character classes for the segmenter's scanners, precomputed for the Basic Multilingual Plane so the hot
 * loops test a byte instead of running a Unicode regex per character.
 */
export const SPACE = 1;
export const LETTER = 2;
export const UPPER = 4;
export const LOWER = 8;
export const DIGIT = 16;
export const PUNCT = 32;

const table = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) {
  const ch = String.fromCharCode(c);
  let bits = 0;
  if (/\s/u.test(ch) || c === 0x200b) bits |= SPACE;
  else if (/\p{L}|\p{M}/u.test(ch)) {
    bits |= LETTER;
    if (/\p{Lu}|\p{Lt}/u.test(ch)) bits |= UPPER;
    else if (/\p{Ll}/u.test(ch)) bits |= LOWER;
  } else if (/\p{N}/u.test(ch)) bits |= DIGIT;
  else if (/\p{P}|\p{S}/u.test(ch)) bits |= PUNCT;
  table[c] = bits;
}

/**
 * Lower case of each code unit (identity where lower-casing changes the length), typographic quotes
 * folded: the table words are hashed through, case- and typography-blind, without building strings.
 */
export const foldedCodes = new Uint16Array(65536);
for (let c = 0; c < 65536; c++) {
  const l = String.fromCharCode(c).toLowerCase();
  foldedCodes[c] = l.length === 1 ? l.charCodeAt(0) : c;
}
for (const q of "«»“”„‟") foldedCodes[q.charCodeAt(0)] = 34;
for (const q of "’‘ʼ") foldedCodes[q.charCodeAt(0)] = 39;

/** Class bits of a UTF-16 code unit; astral characters (surrogates) count as letters, as emoji-free text expects. */
export const charClass = (code: number): number => (code >= 0xd800 && code <= 0xdfff ? LETTER : table[code]);

export const isSpace = (code: number) => (table[code] & SPACE) !== 0;
export const isDigit = (code: number) => code >= 48 && code <= 57;
export const isWordChar = (code: number) => (charClass(code) & (LETTER | DIGIT)) !== 0;
export const isUpper = (code: number) => (charClass(code) & UPPER) !== 0;
export const isLower = (code: number) => (charClass(code) & LOWER) !== 0;

/** Spaces that only ever group digits or glue words: no-break, narrow no-break, thin, figure space. */
export const isGluingSpace = (code: number) => code === 0xa0 || code === 0x202f || code === 0x2009 || code === 0x2007;

export const APOSTROPHES = "'’ʼ";
export const isApostrophe = (code: number) => code === 0x27 || code === 0x2019 || code === 0x2bc;
