/**
 * `npm run train -- ner --lang fr|en [--epochs N] [--seed N] [--bits N] [--sample F]`: the NER labeller.
 * French learns from historical newspaper OCR (Europeana BnF, NewsEye), English from GUM's CC-BY
 * documents (named mentions only); gazetteer features come from the knowledge base, trigger words from
 * resources/<lang>/ner/. Dev corpora are scored into the card; the gold articles are never trained on.
 */
import { join } from "node:path";
import { writeCard } from "../../src/learn/model-card.js";
import { Random } from "../../src/learn/random.js";
import { saveWeights } from "../../src/learn/weights-file.js";
import { modelsDir } from "../../src/resources/paths.js";
import { featureTemplates } from "../../src/stages/ner/features.js";
import { gazetteer } from "../../src/stages/ner/gazetteer.js";
import { NER_TYPES } from "../../src/stages/ner/labeller.js";
import { forgetNerModels, nerModelFile, nerModelName, type NerMeta } from "../../src/stages/ner/model.js";
import { trainNer, type NerSentence } from "../../src/stages/ner/train-ner.js";
import { triggerWords } from "../../src/stages/ner/triggers.js";
import { devRows } from "../eval/ner.js";
import { corpus } from "./ner-corpora.js";
import { readConllu } from "../corpora/conllu.js";
import { dataPath } from "../data.js";
import { foldedHash } from "../../src/stages/ner/token-view.js";
import { loadPrior, storePrior, type WordPriorCounts } from "../../src/stages/ner/word-prior.js";

/** Unlabelled (for NER) treebank text for the word prior: train splits only, never a dev set scored here. */
const priorText: Record<string, string[]> = {
  fr: ["ud/UD_French-Sequoia/fr_sequoia-ud-train.conllu.gz", "ud/UD_French-ParisStories/fr_parisstories-ud-train.conllu.gz", "ud/UD_French-Rhapsodie/fr_rhapsodie-ud-train.conllu.gz"],
  en: ["ud/UD_English-EWT/en_ewt-ud-train.conllu.gz", "ner/en/gum-cc-by/train.conllu.gz"],
};

const PUNCT = /^[\p{P}\p{S}]+$/u;
const CAPITAL = /^\p{Lu}/u;

function wordPriorCounts(files: string[]): Map<number, WordPriorCounts> {
  const counts = new Map<number, WordPriorCounts>();
  for (const file of files) {
    for (const s of readConllu(dataPath(file))) {
      let initial = true;
      for (const t of s.tokens) {
        const key = foldedHash(t.form, 0, t.form.length);
        let c = counts.get(key);
        if (!c) counts.set(key, (c = { total: 0, propn: 0, inner: 0, capitalised: 0 }));
        c.total++;
        if (t.words.some((w) => s.words[w].upos === "PROPN")) c.propn++;
        if (!initial) {
          c.inner++;
          if (CAPITAL.test(t.form)) c.capitalised++;
        }
        if (!PUNCT.test(t.form)) initial = false;
      }
    }
  }
  return counts;
}

const training: Record<string, string[]> = {
  fr: ["europeana-train", "newseye-train"],
  en: ["gum-train"],
};

const licences: Record<string, string> = {
  fr: "derived from Europeana Newspapers NER corpora (CC0; Europeana Newspapers Project 2012-2015, Neudecker LREC 2016) and NewsEye/HIPE-2022 (CC BY 4.0; Hamdi et al. 2021, Ehrmann et al. 2022); attribution kept",
  en: "derived from GUM CC-BY documents (Wikinews/Wikipedia/Wikivoyage CC BY, OpenStax CC BY 4.0, public-domain speeches; annotations by the GUM team, Zeldes 2017): attribution kept",
};

export async function trainNerModel(args: string[]): Promise<void> {
  const option = (name: string, fallback: string) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  const lang = option("--lang", "");
  const names = training[lang];
  if (!names) throw new Error(`no training data for ner in '${lang}' (known: ${Object.keys(training).join(", ")})`);
  const epochs = Number(option("--epochs", "10"));
  const seed = Number(option("--seed", "1"));
  const bits = Number(option("--bits", "20"));
  const sample = Number(option("--sample", "1"));
  const capsShare = Number(option("--caps", "0.1"));
  const prune = Number(option("--prune", "2"));
  const started = performance.now();
  let sentences: NerSentence[] = names.flatMap((n) => corpus(n).read());
  if (sample < 1) {
    const random = new Random(seed + 7);
    sentences = sentences.filter(() => random.next() < sample);
  }
  const tokens = sentences.reduce((n, s) => n + s.starts.length, 0);
  console.error(`${sentences.length} sentences, ${tokens} tokens`);
  const prior = storePrior(wordPriorCounts(priorText[lang]), 2);
  const model = trainNer(sentences, {
    seed, epochs, bits, capsShare, triggers: triggerWords(lang), gazetteer: gazetteer(lang), prior: loadPrior(prior), log: (l) => console.error(l),
  });
  const trainingSeconds = Math.round((performance.now() - started) / 100) / 10;
  const path = join(modelsDir, lang, nerModelFile);
  const meta: NerMeta = { name: nerModelName(lang), bits, types: [...NER_TYPES], prior };
  const bytes = saveWeights(path, { meta, models: { ner: model } }, { prune });
  forgetNerModels();
  const scores: Record<string, Record<string, number>> = {};
  for (const row of devRows(lang)) (scores[row.corpus] ??= {})[row.metric] = Math.round(row.value * 1000) / 1000;
  writeCard(path.replace(/\.gzw$/, ".json"), {
    name: nerModelName(lang),
    lang,
    task: "named entities (PER, ORG, LOC, MISC) over surface tokens; BILOU, first-order linear chain decoded by Viterbi (structured averaged perceptron)",
    trainedOn: [...names.map((n) => corpus(n).file), ...priorText[lang].map((f) => `${f} (word prior only)`)],
    tunedOn: Object.keys(scores).map((c) => corpus(c).file),
    features: featureTemplates,
    settings: { model: "averaged perceptron", epochs, seed, bits, prune, sample, capsShare, trainingTokens: tokens },
    scores,
    weightsFile: nerModelFile,
    weightsBytes: bytes,
    trainingSeconds,
    date: new Date().toISOString().slice(0, 10),
    licence: licences[lang],
  });
  console.log(`${path}: ${bytes} bytes in ${trainingSeconds} s; dev ${JSON.stringify(scores)}`);
}
