/**
 * What unlabelled treebank text says about each word: how often it is a proper noun, and how often it
 * is capitalised away from the start of a sentence. A word never written in lower case is likely a
 * name even at the start of a sentence or in a headline; "There" is not. Learned at training time
 * (tools/train/ner.ts), stored in the weight file as two parallel arrays, looked up by folded hash.
 */

export interface WordPriorCounts {
  total: number;
  propn: number;
  /** Occurrences away from the sentence start, and how many of those are capitalised. */
  inner: number;
  capitalised: number;
}

export interface StoredPrior {
  words: number[];
  buckets: number[];
}

const ratioBin = (part: number, whole: number) => {
  const r = part / whole;
  return r < 0.02 ? 0 : r < 0.3 ? 1 : r < 0.7 ? 2 : r < 0.98 ? 3 : 4;
};

/** One byte per word: bits 0-3 proper-noun share bin (+5 when frequent), bits 4-7 capitalised share bin + 1 (0: never seen away from the start). */
export function priorBucket(c: WordPriorCounts): number {
  const propn = ratioBin(c.propn, c.total) + (c.total >= 20 ? 5 : 0) + 1;
  const capital = c.inner === 0 ? 0 : ratioBin(c.capitalised, c.inner) + 1;
  return propn | (capital << 4);
}

export function storePrior(counts: Map<number, WordPriorCounts>, minCount: number): StoredPrior {
  const words: number[] = [];
  const buckets: number[] = [];
  for (const [word, c] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (c.total < minCount) continue;
    words.push(word);
    buckets.push(priorBucket(c));
  }
  return { words, buckets };
}

/** A per-word table stored as parallel arrays (folded-word hashes and their values), as a map. */
export function wordTable(words: readonly number[] = [], values: readonly number[] = []): Map<number, number> {
  const map = new Map<number, number>();
  for (let k = 0; k < words.length; k++) map.set(words[k], values[k]);
  return map;
}

export function loadPrior(stored: StoredPrior | undefined): Map<number, number> {
  return wordTable(stored?.words, stored?.buckets);
}

/** A word seen away from the sentence start and capitalised there less than 70 % of the time. */
export function isCommonBucket(bucket: number | undefined): boolean {
  const capital = (bucket ?? 0) >> 4;
  return capital >= 1 && capital <= 3;
}
