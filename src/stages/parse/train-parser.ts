/**
 * Training the parser: the transition classifier with a dynamic oracle (Goldberg & Nivre 2012) on
 * projectivised gold trees, exploring its own mistakes after the first epoch; the labeller on gold
 * trees. Deterministic for a given seed and sentence order.
 */
import { argmax, type LinearModel } from "../../learn/linear-model.js";
import { Perceptron } from "../../learn/perceptron.js";
import { Random } from "../../learn/random.js";
import type { AnnotatedSentence } from "../tag/annotated.js";
import { ACTIONS, actionCost, projectivise } from "./arc-eager.js";
import { Parser, type ParserMeta, type ParserModels } from "./parser.js";

export interface ParserTrainOptions {
  seed: number;
  epochs: number;
  transitionBits: number;
  labelBits: number;
  /** From this epoch on (0-based), the parser follows its own prediction with probability `explore`. */
  exploreFrom: number;
  explore: number;
  /** Tags to train on instead of the gold ones (say, a tagger's own output), parallel to the sentences. */
  tags?: ReadonlyArray<{ upos: string[]; feats: string[] }>;
  log?: (line: string) => void;
}

export function trainParser(sentences: readonly AnnotatedSentence[], options: ParserTrainOptions): { meta: ParserMeta; models: ParserModels<LinearModel> } {
  const upos = [...new Set(sentences.flatMap((s) => s.upos))].sort();
  const labelCounts = new Map<string, number>();
  for (const s of sentences) for (const r of s.deprels) labelCounts.set(r, (labelCounts.get(r) ?? 0) + 1);
  const labels = [...labelCounts.keys()].sort();
  const labelId = new Map(labels.map((l, k) => [l, k]));
  const meta: ParserMeta = { upos, labels };
  const transitionP = new Perceptron(ACTIONS, options.transitionBits);
  const labelP = new Perceptron(labels.length, options.labelBits);
  const parser = new Parser(meta, { transition: transitionP.model, label: labelP.model });

  const gold = sentences.map((s) => ({
    projective: projectivise(s.heads),
    heads: Int32Array.from(s.heads),
    labels: Int32Array.from(s.deprels, (r) => labelId.get(r)!),
  }));
  const random = new Random(options.seed);
  const order = sentences.map((_, k) => k);
  const costs = new Int32Array(ACTIONS);
  const features = parser.features;
  const st = parser.state;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    random.shuffle(order);
    let steps = 0;
    let stepsRight = 0;
    let words = 0;
    let labelsRight = 0;
    for (const k of order) {
      const s = sentences[k];
      const g = gold[k];
      const tags = options.tags?.[k];
      parser.load(s.forms, tags?.upos ?? s.upos, tags?.feats ?? s.feats);
      st.init(s.forms.length);
      while (!st.done) {
        const predicted = parser.bestAction();
        const scores = parser.actionScores;
        let best = -1;
        for (let a = 0; a < ACTIONS; a++) {
          costs[a] = st.legal(a) ? actionCost(st, g.projective, a) : -1;
          if (costs[a] === 0 && (best < 0 || scores[a] > scores[best])) best = a;
        }
        if (best < 0) break;
        transitionP.tick();
        steps++;
        if (costs[predicted] !== 0) {
          const count = parser.lastFeatureCount;
          transitionP.update(features, count, best, 1);
          transitionP.update(features, count, predicted, -1);
        } else stepsRight++;
        const follow = epoch >= options.exploreFrom && random.next() < options.explore ? predicted : best;
        st.apply(follow);
      }
      // The labeller learns on the gold tree.
      const n = s.forms.length;
      parser.indexChildren(g.heads, n);
      const labelScores = parser.labelScoreBuffer;
      for (let d = 0; d < n; d++) {
        const count = parser.labelFeaturesAt(d, g.heads);
        labelP.model.score(features, count, labelScores);
        const guess = argmax(labelScores, 0, labelScores.length);
        labelP.tick();
        if (guess !== g.labels[d]) {
          labelP.update(features, count, g.labels[d], 1);
          labelP.update(features, count, guess, -1);
        } else labelsRight++;
      }
      words += n;
    }
    options.log?.(
      `parser epoch ${epoch + 1}: train transitions ${((100 * stepsRight) / steps).toFixed(2)} labels ${((100 * labelsRight) / words).toFixed(2)}`,
    );
  }
  return { meta, models: { transition: transitionP.averaged(), label: labelP.averaged() } };
}

