/**
 * Word classes for the NER features: learned at training time (tools/train/ner.ts) by exchange
 * clustering of unlabelled text (src/learn/word-clusters.ts), stored in the weight file as two parallel
 * arrays, looked up by folded hash.
 */
import { wordTable } from "./word-prior.js";

export interface StoredClusters {
  words: number[];
  classes: number[];
}

export function storeClusters(classes: Map<number, number>): StoredClusters {
  const sorted = [...classes].sort((a, b) => a[0] - b[0]);
  return { words: sorted.map(([w]) => w), classes: sorted.map(([, c]) => c) };
}

export function loadClusters(stored: StoredClusters | undefined): Map<number, number> {
  return wordTable(stored?.words, stored?.classes);
}
