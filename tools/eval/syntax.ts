/**
 * The committed tagger and parser on held-out UD files, on gold words (CoNLL 2018 definitions):
 * UPOS, feats (exact match over the features the tagger predicts), lemma, UAS, LAS (universal relation).
 */
import { loadParser } from "../../src/stages/parse/model.js";
import { loadTagger } from "../../src/stages/tag/model.js";
import { readAnnotated, syntaxCorpora } from "../train/syntax-corpora.js";
import { scoreSyntax } from "../train/syntax-score.js";
import { syntaxPrediction } from "../train/syntax.js";
import type { EvalRow, EvalSuite } from "./suite.js";

export const syntaxSuite: EvalSuite = {
  name: "syntax",
  title: "tagger + parser on UD dev files, gold words (feats: Definite Gender Mood Number Person Tense VerbForm)",
  async run() {
    const rows: EvalRow[] = [];
    for (const [lang, corpora] of Object.entries(syntaxCorpora)) {
      const tagger = loadTagger(lang);
      const parser = loadParser(lang);
      for (const { name, file } of corpora.eval) {
        const s = scoreSyntax(readAnnotated(file), tagger.meta.featNames, (forms) => syntaxPrediction(tagger, parser, forms));
        for (const metric of ["upos", "feats", "lemma", "uas", "las"] as const) {
          rows.push({ lang, corpus: name, metric, value: s[metric] ?? 0, n: s.words });
        }
      }
    }
    return rows;
  },
};
