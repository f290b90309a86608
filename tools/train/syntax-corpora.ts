/** Which UD files the syntax models of each language train on, tune on and are evaluated on. */
import { readConllu, type UdSentence } from "../corpora/conllu.js";
import { dataPath } from "../data.js";
import type { AnnotatedSentence } from "../../src/stages/tag/annotated.js";
import type { Lexicon } from "../../src/stages/tag/tagger.js";
import { lefffVerbs } from "./verb-lexicon.js";

export interface SyntaxCorpora {
  train: string[];
  /** Extra training files one may add with --extra (other genres). */
  extra: Record<string, string>;
  /** Training files whose morphological features are too sparse to learn from (spoken corpora). */
  withoutFeats?: string[];
  /**
   * A held-out file that also joins training; its figures in the cards come from two-fold
   * cross-validation (train on everything else and one half, score the other half).
   */
  crossValidated?: { name: string; file: string };
  /** The file settings were chosen on. */
  tune: string;
  /** Held-out files the eval suite reports. */
  eval: Array<{ name: string; file: string }>;
  /** An outside lexicon for the tagger, when the language has a well-kept one. */
  lexicon?: () => Lexicon;
}

export const syntaxCorpora: Record<string, SyntaxCorpora> = {
  fr: {
    train: ["ud/UD_French-Sequoia/fr_sequoia-ud-train.conllu.gz"],
    extra: {
      rhapsodie: "ud/UD_French-Rhapsodie/fr_rhapsodie-ud-train.conllu.gz",
      parisstories: "ud/UD_French-ParisStories/fr_parisstories-ud-train.conllu.gz",
      alts: "ud/UD_French-ALTS/fr_alts-ud-train.conllu.gz",
    },
    // GSD dev is the only modern news French with full annotation here; Sequoia dev stays held out
    // and is the tuning set, as the issue allows.
    crossValidated: { name: "gsd-dev", file: "ud/UD_French-GSD/fr_gsd-ud-dev.conllu.gz" },
    withoutFeats: [
      "ud/UD_French-Rhapsodie/fr_rhapsodie-ud-train.conllu.gz",
      "ud/UD_French-ParisStories/fr_parisstories-ud-train.conllu.gz",
      "ud/UD_French-ALTS/fr_alts-ud-train.conllu.gz",
    ],
    tune: "ud/UD_French-Sequoia/fr_sequoia-ud-dev.conllu.gz",
    eval: [{ name: "sequoia-dev", file: "ud/UD_French-Sequoia/fr_sequoia-ud-dev.conllu.gz" }],
    lexicon: lefffVerbs,
  },
  en: {
    train: ["ud/UD_English-EWT/en_ewt-ud-train.conllu.gz"],
    extra: {
      atis: "ud/UD_English-Atis/en_atis-ud-train.conllu.gz",
      eslspok: "ud/UD_English-ESLSpok/en_eslspok-ud-train.conllu.gz",
    },
    tune: "ud/UD_English-EWT/en_ewt-ud-dev.conllu.gz",
    eval: [{ name: "ewt-dev", file: "ud/UD_English-EWT/en_ewt-ud-dev.conllu.gz" }],
  },
};

export function toAnnotated(s: UdSentence): AnnotatedSentence {
  return {
    forms: s.words.map((w) => w.form),
    upos: s.words.map((w) => w.upos),
    lemmas: s.words.map((w) => w.lemma),
    feats: s.words.map((w) => w.feats),
    heads: s.words.map((w) => w.head - 1),
    deprels: s.words.map((w) => w.deprel),
  };
}

/** Reads a UD file (path relative to the data folder) as annotated sentences. */
export function readAnnotated(file: string): AnnotatedSentence[] {
  return readConllu(dataPath(file)).map(toAnnotated);
}
