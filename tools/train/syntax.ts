/**
 * `npm run train -- syntax --lang fr|en [--extra a,b] [--epochs N] [--parser-epochs N] [--jackknife K]
 * [--seed N] [--limit N] [--no-lexicon] [--no-cross-validated] [--out DIR] [--dry]`: trains the tagger
 * (UPOS, features, lemmas) and the dependency parser of a language from UD, scores them on the held-out
 * files (and, by cross-validation, on a held-out file that joins training), and writes weights and cards
 * under models/<lang>/ (--dry: scores only).
 */
import { join } from "node:path";
import { writeCard } from "../../src/learn/model-card.js";
import { saveWeights } from "../../src/learn/weights-file.js";
import { modelsDir } from "../../src/resources/paths.js";
import { taggerFromBundle, taggerPath, TAGGER_VERSION } from "../../src/stages/tag/model.js";
import type { Tagger } from "../../src/stages/tag/tagger.js";
import { parserFromBundle, parserPath, PARSER_VERSION } from "../../src/stages/parse/model.js";
import type { Parser } from "../../src/stages/parse/parser.js";
import { trainParser } from "../../src/stages/parse/train-parser.js";
import { trainTagger, type TaggerTrainOptions } from "../../src/stages/tag/train-tagger.js";
import type { AnnotatedSentence } from "../../src/stages/tag/annotated.js";
import { readAnnotated, syntaxCorpora } from "./syntax-corpora.js";
import { scoreSyntax, type SyntaxPrediction, type SyntaxScores } from "./syntax-score.js";

export const FEAT_NAMES = ["Definite", "Gender", "Mood", "Number", "Person", "Tense", "VerbForm"];

const pct = (fraction: number) => (100 * fraction).toFixed(2);

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

export function tagPrediction(tagger: Tagger, forms: string[]): SyntaxPrediction {
  const out = tagger.tag(forms);
  const upos: string[] = [];
  const feats: string[] = [];
  for (let i = 0; i < forms.length; i++) {
    upos.push(tagger.meta.upos[out.upos[i]]);
    feats.push(tagger.featsString(i));
  }
  return { upos, feats, lemmas: out.lemmas.slice(0, forms.length) };
}

/** Tags with the tagger, then parses on its tags: what the pipeline does, on gold words. */
export function syntaxPrediction(tagger: Tagger, parser: Parser, forms: string[]): SyntaxPrediction {
  const p = tagPrediction(tagger, forms);
  parser.load(forms, p.upos, p.feats);
  const out = parser.parse();
  const heads: number[] = [];
  const deprels: string[] = [];
  for (let i = 0; i < forms.length; i++) {
    heads.push(out.heads[i]);
    deprels.push(parser.meta.labels[out.labels[i]]);
  }
  return { ...p, heads, deprels };
}

/**
 * Tags every training sentence with a tagger that never saw it (k-fold), so that the parser learns
 * on tags as wrong as the ones it will meet.
 */
function jackknifeTags(train: AnnotatedSentence[], folds: number, options: TaggerTrainOptions): Array<{ upos: string[]; feats: string[] }> {
  const out: Array<{ upos: string[]; feats: string[] }> = new Array(train.length);
  for (let f = 0; f < folds; f++) {
    const tagger = taggerFromBundle(trainTagger(train.filter((_, k) => k % folds !== f), options));
    train.forEach((s, k) => {
      if (k % folds === f) out[k] = tagPrediction(tagger, s.forms);
    });
  }
  return out;
}

export async function trainSyntax(args: string[]): Promise<void> {
  const lang = option(args, "lang") ?? "";
  const corpora = syntaxCorpora[lang];
  if (!corpora) throw new Error(`--lang must be one of ${Object.keys(syntaxCorpora).join(", ")}`);
  const seed = Number(option(args, "seed") ?? 1);
  const epochs = Number(option(args, "epochs") ?? 8);
  const limit = Number(option(args, "limit") ?? Infinity);
  const out = option(args, "out") ?? modelsDir;
  const dry = args.includes("--dry");
  const extras = (option(args, "extra") ?? "").split(",").filter(Boolean);
  const files = [...corpora.train, ...extras.map((e) => corpora.extra[e] ?? e)];
  const started = performance.now();
  const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

  const read = (file: string) => {
    const sentences = readAnnotated(file);
    if (corpora.withoutFeats?.includes(file)) for (const s of sentences) s.featsAnnotated = false;
    return sentences;
  };
  const base = files.flatMap(read);
  const crossValidated = corpora.crossValidated && !args.includes("--no-cross-validated") ? read(corpora.crossValidated.file) : [];
  const train = [...base, ...crossValidated].slice(0, limit);
  if (crossValidated.length) files.push(corpora.crossValidated!.file);
  log(`${lang}: ${train.length} sentences, ${train.reduce((n, s) => n + s.forms.length, 0)} words from ${files.join(", ")}`);
  const held = corpora.eval.map((e) => ({ ...e, sentences: readAnnotated(e.file) }));

  const lexicon = args.includes("--no-lexicon") ? undefined : corpora.lexicon?.();
  if (lexicon) log(`outside lexicon: ${lexicon.entries.length} lemmas for ${lexicon.upos.join(", ")}`);
  const taggerOptions = { seed, epochs, featNames: FEAT_NAMES, uposBits: 18, featsBits: 18, lemmaBits: 20, lexicon };
  const parserEpochs = Number(option(args, "parser-epochs") ?? 12);
  const folds = Number(option(args, "jackknife") ?? 5);
  const parserOptions = { seed, epochs: parserEpochs, transitionBits: 20, labelBits: 18, exploreFrom: 1, explore: 0.9 };

  const trainBoth = (sentences: AnnotatedSentence[], verbose: boolean) => {
    const taggerBundle = trainTagger(sentences, { ...taggerOptions, log: verbose ? log : undefined });
    const tags = folds > 1 ? jackknifeTags(sentences, folds, taggerOptions) : undefined;
    if (tags && verbose) log(`parser trains on tags from ${folds} taggers, each blind to its fold`);
    const parserBundle = trainParser(sentences, { ...parserOptions, tags, log: verbose ? log : undefined });
    return { taggerBundle, tagger: taggerFromBundle(taggerBundle), parserBundle, parser: parserFromBundle(parserBundle) };
  };
  const tagScores: Record<string, Record<string, number>> = {};
  const parseScores: Record<string, Record<string, number>> = {};
  const score = (models: { tagger: Tagger; parser: Parser }, name: string, sentences: AnnotatedSentence[], cardKey?: string) => {
    const s = scoreSyntax(sentences, FEAT_NAMES, (forms) => syntaxPrediction(models.tagger, models.parser, forms));
    if (cardKey) {
      tagScores[cardKey] = { upos: s.upos, feats: s.feats, lemma: s.lemma };
      parseScores[cardKey] = { uas: s.uas!, las: s.las! };
    }
    log(`${name}: upos ${pct(s.upos)} feats ${pct(s.feats)} lemma ${pct(s.lemma)} uas ${pct(s.uas!)} las ${pct(s.las!)} (predicted tags)`);
    return s;
  };

  const models = trainBoth(train, true);
  for (const h of held) score(models, h.name, h.sentences, h.file);
  const { taggerBundle, parserBundle } = models;
  if (crossValidated.length) {
    // Two folds by alternate sentences; the word-weighted mean of the halves is the held-out estimate.
    const halves = [0, 1].map((half) => {
      const heldHalf = crossValidated.filter((_, k) => k % 2 === half);
      const folded = trainBoth([...base, ...crossValidated.filter((_, k) => k % 2 !== half)], false);
      return score(folded, `${corpora.crossValidated!.name} half ${half + 1} (trained on the other)`, heldHalf);
    });
    const words = halves[0].words + halves[1].words;
    const mean = (pick: (s: SyntaxScores) => number) => (pick(halves[0]) * halves[0].words + pick(halves[1]) * halves[1].words) / words;
    const key = `${corpora.crossValidated!.file} (two-fold cross-validation)`;
    tagScores[key] = { upos: mean((s) => s.upos), feats: mean((s) => s.feats), lemma: mean((s) => s.lemma) };
    parseScores[key] = { uas: mean((s) => s.uas!), las: mean((s) => s.las!) };
    log(`${corpora.crossValidated!.name} cross-validated: upos ${pct(tagScores[key].upos)} lemma ${pct(tagScores[key].lemma)} las ${pct(parseScores[key].las)}`);
  }
  if (dry) return;
  const seconds = Math.round((performance.now() - started) / 1000);
  const date = new Date().toISOString().slice(0, 10);
  const taggerBytes = saveWeights(taggerPath(lang, out), taggerBundle, { prune: 1 });
  writeCard(join(out, lang, `${TAGGER_VERSION}.json`), {
    name: `${lang}-${TAGGER_VERSION}`,
    lang,
    task: "UPOS, morphological features and lemmas, on words",
    trainedOn: files,
    tunedOn: [corpora.tune],
    features: {
      model: "averaged perceptron: UPOS in two greedy passes (the second sees the first's tags to the right), then features (one multi-head model), then lemma edit classes ranked per word",
      upos: ["word", "suffixes 1-5", "prefixes 1-3", "shape (alone, at sentence start, with its neighbours')", "words ±2", "neighbour suffixes", "word bigrams", "tag ambiguity class ±1 (+ outside lexicon bit)", "previous two tags", "second pass: next two tags of the first"],
      feats: FEAT_NAMES,
      lemma: ["lexicon of seen (form, UPOS)", "else the outside lexicon for its UPOS", "else edit class (case, strip, append) ranked on suffixes, UPOS, features"],
      lexicon: lexicon ? `${lexicon.entries.length} lemmas (${lexicon.upos.join(", ")})` : "none",
    },
    settings: { seed, epochs, uposBits: 18, featsBits: 18, lemmaBits: 20, prune: 1 },
    scores: tagScores,
    weightsFile: `${TAGGER_VERSION}.gzw`,
    weightsBytes: taggerBytes,
    trainingSeconds: seconds,
    date,
  });
  const parserBytes = saveWeights(parserPath(lang, out), parserBundle, { prune: 1 });
  writeCard(join(out, lang, `${PARSER_VERSION}.json`), {
    name: `${lang}-${PARSER_VERSION}`,
    lang,
    task: "unlabelled arc-eager dependency parsing, then arc labelling (UD relations)",
    trainedOn: files,
    tunedOn: [corpora.tune],
    features: {
      transitions: "arc-eager, greedy, dynamic oracle with exploration, projectivised training trees (lifting)",
      transitionFeatures: "Zhang & Nivre 2011 without labels: words, UPOS and UPOS+FEATS of s0-s2, b0-b2, heads, leftmost and rightmost children, distance, valency; the conjunction opening b0; the UPOS at the bottom of the stack",
      labeller: "per arc on the finished tree: dependent, head, direction, distance, both words' children",
    },
    settings: { ...parserOptions, prune: 1, tags: folds > 1 ? `jackknifed, ${folds} folds` : "gold" },
    scores: parseScores,
    weightsFile: `${PARSER_VERSION}.gzw`,
    weightsBytes: parserBytes,
    trainingSeconds: seconds,
    date,
  });
  log(`wrote models/${lang}/${TAGGER_VERSION}.gzw (${(taggerBytes / 1e6).toFixed(2)} MB), ${PARSER_VERSION}.gzw (${(parserBytes / 1e6).toFixed(2)} MB)`);
}
