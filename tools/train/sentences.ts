/**
 * `npm run train -- sentences --lang fr|en [--epochs N] [--seed N]`: the sentence-boundary classifier.
 * It is trained on running text rebuilt from UD treebanks, tokenised by gazette's own tokenizer (so
 * training sees what prediction sees), with the rules' verdict on each gap as a feature. The model is the
 * mean of a few averaged perceptrons whose only difference is the seed of their shuffles: one alone
 * moved by a point of sentence F1 from one seed to the next on the dev files.
 */
import { join } from "node:path";
import { LinearModel } from "../../src/learn/linear-model.js";
import { Perceptron } from "../../src/learn/perceptron.js";
import { Random } from "../../src/learn/random.js";
import { saveWeights } from "../../src/learn/weights-file.js";
import { writeCard } from "../../src/learn/model-card.js";
import { modelsDir } from "../../src/resources/paths.js";
import { gapFeatures, isCandidateGap, MAX_FEATURES, type GapContext } from "../../src/stages/segment/boundary-features.js";
import { boundaryModelName, boundaryModelFile, forgetBoundaryModels } from "../../src/stages/segment/boundary-model.js";
import { segmentRules } from "../../src/stages/segment/rules.js";
import { GAP_HARD, quoteState, ruleGaps } from "../../src/stages/segment/sentences.js";
import { tokenize } from "../../src/stages/segment/tokenize.js";
import { readConllu } from "../corpora/conllu.js";
import { dataPath } from "../data.js";
import { scoreSegmentation, segmentCorpora } from "../eval/segment.js";
import { goldSegmentation } from "../eval/ud-text.js";

export const sentenceTraining: Record<string, string[]> = {
  fr: ["ud/UD_French-Sequoia/fr_sequoia-ud-train.conllu.gz"],
  en: ["ud/UD_English-EWT/en_ewt-ud-train.conllu.gz", "ner/en/gum-cc-by/train.conllu.gz"],
};

const BITS = 18;

interface Instances {
  features: Int32Array[];
  counts: number[];
  labels: number[];
}

function collect(lang: string, files: string[]): Instances {
  const rules = segmentRules(lang);
  const out: Instances = { features: [], counts: [], labels: [] };
  for (const file of files) {
    const gold = goldSegmentation(readConllu(dataPath(file)));
    const text = gold.text.replace(/\n$/, "");
    const tokens = tokenize(text, rules);
    const gaps = ruleGaps(text, tokens, rules);
    const goldEnds = new Set(gold.sentences.map(([, end]) => end));
    const context: GapContext = { text, starts: tokens.starts, ends: tokens.ends, rule: gaps, rules };
    let from = 0;
    let quoteOpen = false;
    for (let k = 0; k < tokens.starts.length; k++) {
      if (tokens.ends[k] - tokens.starts[k] === 1) quoteOpen = quoteState(text.charCodeAt(tokens.starts[k]), quoteOpen);
      const label = goldEnds.has(tokens.ends[k]) ? 1 : 0;
      if (gaps[k] !== GAP_HARD && isCandidateGap(text, tokens.starts, tokens.ends, gaps[k], k)) {
        const features = new Int32Array(MAX_FEATURES);
        const n = gapFeatures(context, k, k - from + 1, quoteOpen, features);
        out.features.push(features);
        out.counts.push(n);
        out.labels.push(label);
      }
      if (label || gaps[k] === GAP_HARD) from = k + 1;
    }
  }
  return out;
}

/** One averaged perceptron over the instances, visited in an order shuffled by `seed`. */
function trainOnce(data: Instances, epochs: number, seed: number): LinearModel {
  const perceptron = new Perceptron(2, BITS);
  const scores = new Float32Array(2);
  const order = data.labels.map((_, i) => i);
  const random = new Random(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    random.shuffle(order);
    let errors = 0;
    for (const i of order) {
      perceptron.tick();
      perceptron.model.score(data.features[i], data.counts[i], scores);
      const guess = scores[1] > scores[0] ? 1 : 0;
      if (guess !== data.labels[i]) {
        errors++;
        perceptron.update(data.features[i], data.counts[i], data.labels[i], 1);
        perceptron.update(data.features[i], data.counts[i], guess, -1);
      }
    }
    console.error(`seed ${seed}, epoch ${epoch + 1}: ${errors} errors on ${order.length} gaps`);
  }
  return perceptron.averaged();
}

export async function trainSentences(args: string[]): Promise<void> {
  const option = (name: string, fallback: string) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  const lang = option("--lang", "");
  const files = sentenceTraining[lang];
  if (!files) throw new Error(`no training data for sentences in '${lang}' (known: ${Object.keys(sentenceTraining).join(", ")})`);
  const epochs = Number(option("--epochs", "10"));
  const seed = Number(option("--seed", "1"));
  const started = performance.now();
  const data = collect(lang, files);
  const runs = Number(option("--runs", "5"));
  const ensemble = new LinearModel(2, BITS);
  for (let run = 0; run < runs; run++) {
    const averaged = trainOnce(data, epochs, seed + run).weights;
    for (let i = 0; i < averaged.length; i++) ensemble.weights[i] += averaged[i] / runs;
  }
  const path = join(modelsDir, lang, boundaryModelFile);
  const bytes = saveWeights(path, { meta: { name: boundaryModelName(lang), bits: BITS }, models: { boundary: ensemble } }, { prune: 1 });
  forgetBoundaryModels();
  const scoresOnDev: Record<string, Record<string, number>> = {};
  for (const corpus of segmentCorpora.filter((c) => c.lang === lang)) {
    const s = scoreSegmentation(lang, corpus.file);
    scoresOnDev[corpus.file] = { sentence_f1: round(s.sentences.f1), token_f1: round(s.tokens.f1) };
  }
  writeCard(path.replace(/\.gzw$/, ".json"), {
    name: boundaryModelName(lang),
    lang,
    task: "sentence boundaries (binary decision on each gap between surface tokens inside a line)",
    trainedOn: files,
    tunedOn: [],
    features: {
      gap: ["rule verdict", "tokens before and after (lower case), the one after next, pairs of them", "shapes of 4 tokens around the gap", "sentence length so far", "open quote", "starter word", "abbreviation kind", "last 3 characters"],
    },
    settings: { model: "mean of averaged perceptrons", runs, epochs, seeds: `${seed}..${seed + runs - 1}`, bits: BITS, prune: 1 },
    scores: scoresOnDev,
    weightsFile: boundaryModelFile,
    weightsBytes: bytes,
    trainingSeconds: Math.round((performance.now() - started) / 100) / 10,
    date: new Date().toISOString().slice(0, 10),
    licence: lang === "en" ? "derived from UD English-EWT (CC BY-SA 4.0) and GUM CC-BY documents; attribution kept" : "derived from UD French-Sequoia (LGPL-LR)",
  });
  console.log(`${path}: ${bytes} bytes; dev ${JSON.stringify(scoresOnDev)}`);
}

const round = (x: number) => Math.round(x * 10000) / 10000;
