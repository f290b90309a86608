/** Training the tagger from annotated sentences: deterministic for a given seed and sentence order. */
import { argmax, type LinearModel } from "../../learn/linear-model.js";
import { Perceptron } from "../../learn/perceptron.js";
import { Random } from "../../learn/random.js";
import type { AnnotatedSentence } from "./annotated.js";
import { editClass } from "./lemma-edit.js";
import { foldTypography } from "./word-features.js";
import { Tagger, type Lexicon, type TaggerMeta, type TaggerModels } from "./tagger.js";

export interface TaggerTrainOptions {
  seed: number;
  epochs: number;
  /** The UD features the tagger predicts (e.g. Number, Gender…); others are ignored. */
  featNames: string[];
  uposBits: number;
  featsBits: number;
  lemmaBits: number;
  lexicon?: Lexicon;
  log?: (line: string) => void;
}

export function parseFeats(feats: string): Map<string, string> {
  const out = new Map<string, string>();
  if (feats === "_" || feats === "") return out;
  for (const pair of feats.split("|")) {
    const eq = pair.indexOf("=");
    if (eq > 0) out.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  return out;
}

/** The most frequent value of each key; ties go to the first seen, for determinism. */
function mostFrequent(counts: Map<string, Map<string, number>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, values] of counts) {
    let best = "";
    let bestCount = 0;
    for (const [value, count] of values) {
      if (count > bestCount) {
        best = value;
        bestCount = count;
      }
    }
    out.set(key, best);
  }
  return out;
}

function count(counts: Map<string, Map<string, number>>, key: string, value: string): void {
  let values = counts.get(key);
  if (!values) counts.set(key, (values = new Map()));
  values.set(value, (values.get(value) ?? 0) + 1);
}

export function buildTaggerMeta(sentences: readonly AnnotatedSentence[], featNames: readonly string[], lexicon?: Lexicon): TaggerMeta {
  const uposSet = new Set<string>();
  const values = featNames.map(() => new Set<string>());
  const editCounts = new Map<string, number>();
  const wordCounts = new Map<string, number>();
  const wordTags = new Map<string, number>();
  for (const s of sentences) {
    s.upos.forEach((u) => uposSet.add(u));
    s.forms.forEach((form, i) => {
      const feats = parseFeats(s.feats[i]);
      featNames.forEach((name, h) => {
        const v = feats.get(name);
        if (v !== undefined) values[h].add(v);
      });
      const e = editClass(form, s.lemmas[i]);
      editCounts.set(e, (editCounts.get(e) ?? 0) + 1);
      const lower = form.toLowerCase();
      wordCounts.set(lower, (wordCounts.get(lower) ?? 0) + 1);
    });
  }
  const upos = [...uposSet].sort();
  const withFeats = new Set<string>();
  for (const s of sentences) {
    if (s.featsAnnotated === false) continue;
    s.feats.forEach((feats, i) => {
      for (const name of parseFeats(feats).keys()) if (featNames.includes(name)) withFeats.add(s.upos[i]);
    });
  }
  const uposId = new Map(upos.map((u, k) => [u, k]));
  const exact = upos.map(() => new Map<string, Map<string, number>>());
  const lower = upos.map(() => new Map<string, Map<string, number>>());
  for (const s of sentences) {
    s.forms.forEach((form, i) => {
      const u = uposId.get(s.upos[i])!;
      count(exact[u], form, s.lemmas[i]);
      count(lower[u], foldTypography(form.toLowerCase()), s.lemmas[i]);
      const w = form.toLowerCase();
      // Words seen once are left out so that training sees what an unknown word looks like.
      if ((wordCounts.get(w) ?? 0) >= 2) wordTags.set(w, (wordTags.get(w) ?? 0) | (1 << u));
    });
  }
  const toRecord = (m: Map<string, string>) => Object.fromEntries(m);
  return {
    upos,
    featNames: [...featNames],
    featValues: values.map((set) => ["", ...[...set].sort()]),
    editClasses: [...editCounts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([e]) => e),
    lemmas: exact.map((m) => toRecord(mostFrequent(m))),
    lowerLemmas: lower.map((m) => toRecord(mostFrequent(m))),
    ambiguity: Object.fromEntries(wordTags),
    featlessUpos: upos.filter((u) => !withFeats.has(u)),
    ...(lexicon && { lexicon }),
  };
}

export function trainTagger(sentences: readonly AnnotatedSentence[], options: TaggerTrainOptions): { meta: TaggerMeta; models: TaggerModels<LinearModel> } {
  const meta = buildTaggerMeta(sentences, options.featNames, options.lexicon);
  const uposId = new Map(meta.upos.map((u, k) => [u, k]));
  const featId = meta.featValues.map((vals) => new Map(vals.map((v, k) => [v, k])));
  const editId = new Map(meta.editClasses.map((e, k) => [e, k]));
  const heads = meta.featNames.length;
  const featOffsets: number[] = [0];
  meta.featValues.forEach((vals, h) => featOffsets.push(featOffsets[h] + vals.length));

  const uposP = new Perceptron(meta.upos.length, options.uposBits);
  const upos2P = new Perceptron(meta.upos.length, options.uposBits);
  const featsP = new Perceptron(featOffsets[heads], options.featsBits);
  const lemmaP = new Perceptron(1, options.lemmaBits);
  const tagger = new Tagger(meta, { upos: uposP.model, upos2: upos2P.model, feats: featsP.model, lemma: lemmaP.model });

  // Gold annotation as integers, once.
  const gold = sentences.map((s) => {
    const n = s.forms.length;
    const upos = new Int32Array(n);
    const feats = new Int32Array(n * heads);
    const edits = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      upos[i] = uposId.get(s.upos[i])!;
      const f = parseFeats(s.feats[i]);
      for (let h = 0; h < heads; h++) feats[i * heads + h] = featId[h].get(f.get(meta.featNames[h]) ?? "") ?? 0;
      edits[i] = editId.get(editClass(s.forms[i], s.lemmas[i]))!;
    }
    return { upos, feats, edits };
  });

  const random = new Random(options.seed);
  const order = sentences.map((_, k) => k);
  const uposScores = new Float32Array(meta.upos.length);
  const featScores = new Float32Array(featOffsets[heads]);
  let history = new Int32Array(64);
  let second = new Int32Array(64);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    random.shuffle(order);
    let tokens = 0;
    let uposRight = 0;
    let upos2Right = 0;
    let featsRight = 0;
    let lemmaRight = 0;
    for (const k of order) {
      const s = sentences[k];
      const g = gold[k];
      const n = s.forms.length;
      if (history.length < n) {
        history = new Int32Array(n * 2);
        second = new Int32Array(n * 2);
      }
      tagger.prepare(s.forms);
      const features = tagger.featureBuffer;
      for (let i = 0; i < n; i++) {
        const count = tagger.uposFeaturesAt(i, history);
        uposP.model.score(features, count, uposScores);
        const guess = argmax(uposScores, 0, uposScores.length);
        uposP.tick();
        if (guess !== g.upos[i]) {
          uposP.update(features, count, g.upos[i], 1);
          uposP.update(features, count, guess, -1);
        } else uposRight++;
        history[i] = guess;
      }
      // The second pass learns on the first pass's guesses, made before this sentence's updates.
      for (let i = 0; i < n; i++) {
        const count = tagger.rightFeaturesAt(i, history, second);
        upos2P.model.score(features, count, uposScores);
        const guess = argmax(uposScores, 0, uposScores.length);
        upos2P.tick();
        if (guess !== g.upos[i]) {
          upos2P.update(features, count, g.upos[i], 1);
          upos2P.update(features, count, guess, -1);
        } else upos2Right++;
        second[i] = guess;
      }
      for (let i = 0; i < n && s.featsAnnotated !== false; i++) {
        const count = tagger.featsFeaturesAt(i, g.upos);
        featsP.model.score(features, count, featScores);
        featsP.tick();
        let allRight = true;
        for (let h = 0; h < heads; h++) {
          const guess = argmax(featScores, featOffsets[h], featOffsets[h + 1]);
          const truth = featOffsets[h] + g.feats[i * heads + h];
          if (guess !== truth) {
            featsP.update(features, count, truth, 1);
            featsP.update(features, count, guess, -1);
            allRight = false;
          }
        }
        if (allRight) featsRight++;
      }
      for (let i = 0; i < n; i++) {
        const truth = g.edits[i];
        const count = tagger.lemmaFeaturesAt(i, g.upos[i], g.feats);
        let best = -1;
        let bestScore = -Infinity;
        let fits = false;
        for (const c of tagger.editCandidates(s.forms[i])) {
          if (c === truth) fits = true;
          const score = tagger.scoreEdit(count, c);
          if (score > bestScore) {
            bestScore = score;
            best = c;
          }
        }
        if (!fits) continue;
        lemmaP.tick();
        if (best !== truth) {
          lemmaP.update(tagger.crossEdit(count, truth), count, 0, 1);
          lemmaP.update(tagger.crossEdit(count, best), count, 0, -1);
        } else lemmaRight++;
      }
      tokens += n;
    }
    const pct = (x: number) => ((100 * x) / tokens).toFixed(2);
    options.log?.(`tagger epoch ${epoch + 1}: train upos ${pct(uposRight)} then ${pct(upos2Right)} feats ${pct(featsRight)} (of all words) lemma-class ${pct(lemmaRight)}`);
  }
  return { meta, models: { upos: uposP.averaged(), upos2: upos2P.averaged(), feats: featsP.averaged(), lemma: lemmaP.averaged() } };
}
