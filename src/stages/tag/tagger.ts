/**
 * The tagger: UPOS (greedy left to right, averaged perceptron), then the morphological features
 * (one multi-head model: each feature is an argmax over its own block of classes), then the lemma
 * (a lexicon of seen words, else the best-scoring edit class that fits the word).
 */
import { mix } from "../../learn/hash.js";
import { argmax, type Scorer } from "../../learn/linear-model.js";
import { applyEdit, EditIndex } from "./lemma-edit.js";
import { historyFeatures, lemmaFeatures, MAX_FEATURES, rightFeatures, uposFeatures, wordFeatures } from "./tagger-features.js";
import { WordView, wordHash } from "./word-features.js";

export interface TaggerMeta {
  upos: string[];
  featNames: string[];
  /** Per feature, its values; value 0 is "absent". */
  featValues: string[][];
  editClasses: string[];
  /** Per UPOS index: seen form → lemma. */
  lemmas: Array<Record<string, string>>;
  /** Per UPOS index: lower-cased form → lemma, for capitalised words seen in lower case. */
  lowerLemmas: Array<Record<string, string>>;
  /** Lower-cased word → bit set of the UPOS it was seen with (only words seen twice or more). */
  ambiguity: Record<string, number>;
  /** UPOS whose training words never carried any of `featNames` (punctuation, prepositions…). */
  featlessUpos?: string[];
  lexicon?: Lexicon;
}

/**
 * An outside lexicon (say, every conjugated form of a language's verbs): its forms are a tagging
 * feature, and its lemmas serve words of the given UPOS that the treebank never showed.
 */
export interface Lexicon {
  upos: string[];
  /** "lemma form form…", lower case, one entry per lemma. */
  entries: string[];
}

/** The ambiguity-class bit that says "the outside lexicon knows this form". */
const LEXICON_BIT = 1 << 30;
/**
 * A first-pass tag this far ahead of the next (in these models' score units) is kept without a second
 * pass: the second pass changes no figure on the dev sets above it, and most words clear it.
 */
const SURE_MARGIN = 25;

/** How far the best class's score is ahead of the next one. */
function margin(scores: Float32Array, best: number): number {
  let next = -Infinity;
  for (let c = 0; c < scores.length; c++) if (c !== best && scores[c] > next) next = scores[c];
  return scores[best] - next;
}

/** Bounds the memory of remembered guesses on a long-running process. */
const MAX_GUESSED_LEMMAS = 100_000;

/**
 * A type, not an interface, so that it fits the weight file's record of named models: trained
 * (LinearModel) or loaded (QuantisedModel).
 */
export type TaggerModels<Model extends Scorer = Scorer> = {
  upos: Model;
  /** The second UPOS pass, which also sees the first pass's tags to the right. */
  upos2: Model;
  feats: Model;
  lemma: Model;
};

/** What `tag` returns: views into the tagger's own buffers, valid until its next call. */
export interface TagOutput {
  length: number;
  upos: Int32Array;
  /** length × featNames.length value ids. */
  feats: Int32Array;
  lemmas: string[];
}

export class Tagger {
  readonly view = new WordView();
  readonly featOffsets: Int32Array;
  readonly heads: number;
  private readonly lemmaMaps: Array<Map<string, string>>;
  private readonly lowerLemmaMaps: Array<Map<string, string>>;
  private readonly ambiguityMap: Map<number, number>;
  private readonly edits: EditIndex;
  /** Outside lexicon: form → lemma, undefined for forms of several lemmas. */
  private readonly lexiconLemmas = new Map<string, string | undefined>();
  private readonly lexiconUpos: Uint8Array;
  /** UPOS whose seen words are (nearly) all their own lemma, such as names: no ranking needed. */
  private readonly identityUpos: Uint8Array;
  /** UPOS for which the feats model need not run. */
  private readonly featless: Uint8Array;
  private readonly features = new Int32Array(MAX_FEATURES);
  private readonly crossed = new Int32Array(MAX_FEATURES);
  private readonly uposScores: Float32Array;
  private readonly featScores: Float32Array;
  private readonly candidates: number[] = [];
  /** Lemmas the edit classes gave unseen words, by form, UPOS and features: names recur across a corpus. */
  private readonly guessedLemmas = new Map<string, string>();
  private readonly sortedHeads: number[];
  private wordFeatureCounts = new Int32Array(0);
  private firstMargin = new Float32Array(0);
  private wordFeatureTable = new Int32Array(0);
  ambiguity = new Int32Array(0);
  /** The first UPOS pass's tags. */
  firstPass = new Int32Array(0);
  readonly out: TagOutput = { length: 0, upos: new Int32Array(0), feats: new Int32Array(0), lemmas: [] };

  constructor(
    readonly meta: TaggerMeta,
    readonly models: TaggerModels,
  ) {
    this.heads = meta.featNames.length;
    this.featOffsets = new Int32Array(this.heads + 1);
    for (let h = 0; h < this.heads; h++) this.featOffsets[h + 1] = this.featOffsets[h] + meta.featValues[h].length;
    this.lemmaMaps = meta.lemmas.map((m) => new Map(Object.entries(m)));
    this.lowerLemmaMaps = meta.lowerLemmas.map((m) => new Map(Object.entries(m)));
    this.ambiguityMap = new Map(Object.entries(meta.ambiguity).map(([w, bits]) => [wordHash(w), bits]));
    this.edits = new EditIndex(meta.editClasses);
    this.lexiconUpos = new Uint8Array(meta.upos.length);
    this.identityUpos = new Uint8Array(meta.upos.length);
    this.featless = new Uint8Array(meta.upos.length);
    for (const u of meta.featlessUpos ?? []) if (meta.upos.includes(u)) this.featless[meta.upos.indexOf(u)] = 1;
    meta.lemmas.forEach((seen, u) => {
      const pairs = Object.entries(seen);
      const same = pairs.filter(([form, lemma]) => form === lemma).length;
      if (pairs.length >= 50 && same >= 0.98 * pairs.length) this.identityUpos[u] = 1;
    });
    if (meta.lexicon) {
      for (const u of meta.lexicon.upos) if (meta.upos.includes(u)) this.lexiconUpos[meta.upos.indexOf(u)] = 1;
      for (const entry of meta.lexicon.entries) {
        const forms = entry.split(" ");
        const lemma = forms[0];
        for (const form of forms) {
          const known = this.lexiconLemmas.get(form);
          this.lexiconLemmas.set(form, known === undefined && !this.lexiconLemmas.has(form) ? lemma : known === lemma ? lemma : undefined);
        }
      }
    }
    this.uposScores = new Float32Array(meta.upos.length);
    this.featScores = new Float32Array(this.featOffsets[this.heads]);
    const names = meta.featNames.map((name) => name.toLowerCase());
    this.sortedHeads = names.map((_, h) => h).sort((a, b) => (names[a] < names[b] ? -1 : 1));
  }

  private ensure(n: number): void {
    if (n <= this.ambiguity.length) return;
    let size = Math.max(64, this.ambiguity.length);
    while (size < n) size *= 2;
    this.ambiguity = new Int32Array(size);
    this.firstPass = new Int32Array(size);
    this.firstMargin = new Float32Array(size);
    this.wordFeatureCounts = new Int32Array(size);
    this.wordFeatureTable = new Int32Array(size * MAX_FEATURES);
    this.out.upos = new Int32Array(size);
    this.out.feats = new Int32Array(size * Math.max(1, this.heads));
  }

  /** Loads the words and computes everything that does not depend on predictions. */
  prepare(forms: readonly string[]): void {
    const n = forms.length;
    this.ensure(n);
    this.view.load(forms);
    for (let i = 0; i < n; i++) {
      const known = this.ambiguityMap.get(this.view.word[i]) ?? 0;
      this.ambiguity[i] = this.lexiconLemmas.has(this.view.lowers[i]) ? known | LEXICON_BIT : known;
    }
    for (let i = 0; i < n; i++) {
      this.wordFeatureCounts[i] = wordFeatures(this.view, this.ambiguity, i, this.features);
      this.wordFeatureTable.set(this.features.subarray(0, this.wordFeatureCounts[i]), i * MAX_FEATURES);
    }
    this.out.length = n;
  }

  /** The UPOS features of word i given the tags to its left, into `features`; returns their count. */
  uposFeaturesAt(i: number, tags: Int32Array): number {
    const n = this.wordFeatureCounts[i];
    this.features.set(this.wordFeatureTable.subarray(i * MAX_FEATURES, i * MAX_FEATURES + n));
    return historyFeatures(this.view, this.ambiguity, tags, i, this.features, n);
  }

  /** The second pass's features of word i, into `features`; returns their count. */
  rightFeaturesAt(i: number, first: Int32Array, tags: Int32Array): number {
    const n = this.wordFeatureCounts[i];
    this.features.set(this.wordFeatureTable.subarray(i * MAX_FEATURES, i * MAX_FEATURES + n));
    return rightFeatures(this.view, this.ambiguity, first, tags, i, this.features, n);
  }

  featsFeaturesAt(i: number, upos: Int32Array): number {
    const n = this.wordFeatureCounts[i];
    this.features.set(this.wordFeatureTable.subarray(i * MAX_FEATURES, i * MAX_FEATURES + n));
    return uposFeatures(this.view, upos, i, this.features, n);
  }

  get featureBuffer(): Int32Array {
    return this.features;
  }

  tag(forms: readonly string[]): TagOutput {
    this.prepare(forms);
    const n = forms.length;
    const upos = this.out.upos;
    const first = this.firstPass;
    const scores = this.uposScores;
    // Word features are scored straight from their table, then the history features on top.
    let model = this.models.upos;
    for (let i = 0; i < n; i++) {
      scores.fill(0);
      model.accumulate(this.wordFeatureTable, i * MAX_FEATURES, i * MAX_FEATURES + this.wordFeatureCounts[i], scores);
      model.accumulate(this.features, 0, historyFeatures(this.view, this.ambiguity, first, i, this.features, 0), scores);
      first[i] = argmax(scores, 0, scores.length);
      this.firstMargin[i] = margin(scores, first[i]);
    }
    model = this.models.upos2;
    for (let i = 0; i < n; i++) {
      if (this.firstMargin[i] > SURE_MARGIN) {
        upos[i] = first[i];
        continue;
      }
      scores.fill(0);
      model.accumulate(this.wordFeatureTable, i * MAX_FEATURES, i * MAX_FEATURES + this.wordFeatureCounts[i], scores);
      model.accumulate(this.features, 0, rightFeatures(this.view, this.ambiguity, first, upos, i, this.features, 0), scores);
      upos[i] = argmax(scores, 0, scores.length);
    }
    this.predictFeats(upos);
    this.out.lemmas.length = n;
    for (let i = 0; i < n; i++) this.out.lemmas[i] = this.lemmatise(i, upos[i], this.out.feats);
    return this.out;
  }

  predictFeats(upos: Int32Array): void {
    const feats = this.out.feats;
    const model = this.models.feats;
    const scores = this.featScores;
    for (let i = 0; i < this.out.length; i++) {
      if (this.featless[upos[i]] === 1) {
        feats.fill(0, i * this.heads, (i + 1) * this.heads);
        continue;
      }
      scores.fill(0);
      model.accumulate(this.wordFeatureTable, i * MAX_FEATURES, i * MAX_FEATURES + this.wordFeatureCounts[i], scores);
      model.accumulate(this.features, 0, uposFeatures(this.view, upos, i, this.features, 0), scores);
      for (let h = 0; h < this.heads; h++) {
        feats[i * this.heads + h] = argmax(scores, this.featOffsets[h], this.featOffsets[h + 1]) - this.featOffsets[h];
      }
    }
  }

  lemmatise(i: number, upos: number, feats: Int32Array): string {
    const form = this.view.forms[i];
    const seen = this.lemmaMaps[upos].get(form) ?? this.lowerLemmaMaps[upos].get(this.view.lowers[i]);
    if (seen !== undefined) return seen;
    if (this.lexiconUpos[upos] === 1) {
      const listed = this.lexiconLemmas.get(this.view.lowers[i]);
      if (listed !== undefined) return listed;
    }
    if (this.identityUpos[upos] === 1) return form;
    let key = `${form}\u0000${upos}`;
    for (let h = i * this.heads; h < (i + 1) * this.heads; h++) key += `\u0000${feats[h]}`;
    const known = this.guessedLemmas.get(key);
    if (known !== undefined) return known;
    const best = this.bestEdit(i, upos, feats);
    const lemma = (best >= 0 ? applyEdit(form, this.edits.classes[best]) : undefined) ?? form;
    if (this.guessedLemmas.size >= MAX_GUESSED_LEMMAS) this.guessedLemmas.clear();
    this.guessedLemmas.set(key, lemma);
    return lemma;
  }

  /** The best-scoring edit class that fits word i, or -1. */
  bestEdit(i: number, upos: number, feats: Int32Array): number {
    const n = this.lemmaFeaturesAt(i, upos, feats);
    let best = -1;
    let bestScore = -Infinity;
    for (const c of this.edits.candidates(this.view.forms[i], this.candidates)) {
      const s = this.scoreEdit(n, c);
      if (s > bestScore) {
        bestScore = s;
        best = c;
      }
    }
    return best;
  }

  lemmaFeaturesAt(i: number, upos: number, feats: Int32Array): number {
    return lemmaFeatures(this.view, upos, feats, i * this.heads, this.heads, i, this.features);
  }

  /** The lemma features crossed with class c, into `crossed` (the ranker scores one class at a time). */
  crossEdit(n: number, c: number): Int32Array {
    for (let f = 0; f < n; f++) this.crossed[f] = mix(this.features[f], c);
    return this.crossed;
  }

  scoreEdit(n: number, c: number): number {
    return this.models.lemma.scoreClass(this.crossEdit(n, c), n, 0);
  }

  editCandidates(form: string): number[] {
    return this.edits.candidates(form, this.candidates);
  }

  /** The UD FEATS string of word i ("" when it has none), in UD's alphabetical order. */
  featsString(i: number): string {
    let s = "";
    for (const h of this.sortedHeads) {
      const value = this.out.feats[i * this.heads + h];
      if (value === 0) continue;
      s += (s ? "|" : "") + this.meta.featNames[h] + "=" + this.meta.featValues[h][value];
    }
    return s;
  }
}
