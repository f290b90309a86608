/**
 * The one normal form that aliases and text are compared in: lower case, diacritics dropped, typographic
 * apostrophes and dashes unified, runs of space collapsed. "l’État" and "l'Etat" fold alike.
 */
const MARKS = /\p{M}/gu;
const APOSTROPHES = /[’‘`´ʼ]/g;
const DASHES = /[‐‑‒–—]/g;
const SPACES = /\s+/g;

/** Printable ASCII but the backtick, in words one space apart: folding it only lower-cases it. */
const PLAIN = /^[!-_a-~]+(?: [!-_a-~]+)*$/;

export function fold(text: string): string {
  if (PLAIN.test(text)) return text.toLowerCase();
  return text.normalize("NFD").replace(MARKS, "").toLowerCase().replace(APOSTROPHES, "'").replace(DASHES, "-").replace(SPACES, " ").trim();
}

/** A stable id fragment: "José Manuel Barroso" → "jose-manuel-barroso". */
export function slug(text: string): string {
  return fold(text).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/** Case of a word as written: what alias matching checks ("Nice" the city, not "nice"). */
export function isCapitalised(word: string): boolean {
  const first = word.match(/\p{L}/u)?.[0];
  return first !== undefined && first !== first.toLowerCase();
}
