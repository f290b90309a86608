/**
 * How cue words are compared: lower case with one apostrophe. Accents stay: they tell words apart
 * that a cue must not confuse (an auxiliary and a preposition may differ by an accent only).
 */
const APOSTROPHES = /[’‘`´ʼ]/g;

export function norm(word: string): string {
  return word.toLowerCase().replace(APOSTROPHES, "'");
}
