/**
 * Scores (fractions, 0…1) of a syntax prediction against gold UD words (CoNLL 2018 definitions): UPOS,
 * feats (exact match over the features the tagger predicts), lemma, UAS, and LAS on the universal
 * part of the relation ("nsubj:pass" counts as "nsubj").
 */
import type { AnnotatedSentence } from "../../src/stages/tag/annotated.js";
import { parseFeats } from "../../src/stages/tag/train-tagger.js";

export interface SyntaxPrediction {
  upos: string[];
  feats: string[];
  lemmas: string[];
  heads?: number[];
  deprels?: string[];
}

export interface SyntaxScores {
  words: number;
  upos: number;
  feats: number;
  lemma: number;
  uas?: number;
  las?: number;
}

/** Gold FEATS restricted to the given features, in the tagger's output form ("" for none). */
export function restrictFeats(feats: string, names: ReadonlySet<string>): string {
  return [...parseFeats(feats)]
    .filter(([name]) => names.has(name))
    .sort((a, b) => (a[0].toLowerCase() < b[0].toLowerCase() ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join("|");
}

const universal = (rel: string) => {
  const colon = rel.indexOf(":");
  return colon < 0 ? rel : rel.slice(0, colon);
};

export function scoreSyntax(
  sentences: readonly AnnotatedSentence[],
  featNames: readonly string[],
  predict: (forms: string[]) => SyntaxPrediction,
): SyntaxScores {
  const names = new Set(featNames);
  let words = 0;
  let upos = 0;
  let feats = 0;
  let lemma = 0;
  let uas = 0;
  let las = 0;
  let parsed = false;
  for (const s of sentences) {
    const p = predict(s.forms);
    for (let i = 0; i < s.forms.length; i++) {
      words++;
      if (p.upos[i] === s.upos[i]) upos++;
      if (p.feats[i] === restrictFeats(s.feats[i], names)) feats++;
      if (p.lemmas[i] === s.lemmas[i]) lemma++;
      if (p.heads && p.deprels) {
        parsed = true;
        if (p.heads[i] === s.heads[i]) {
          uas++;
          if (universal(p.deprels[i]) === universal(s.deprels[i])) las++;
        }
      }
    }
  }
  const pct = (x: number) => x / Math.max(1, words);
  const scores: SyntaxScores = { words, upos: pct(upos), feats: pct(feats), lemma: pct(lemma) };
  if (parsed) {
    scores.uas = pct(uas);
    scores.las = pct(las);
  }
  return scores;
}
