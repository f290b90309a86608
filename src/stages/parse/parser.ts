/**
 * The dependency parser: greedy arc-eager transitions scored by an averaged perceptron, then a
 * labeller that names each arc of the finished tree (it sees all of the head's and the dependent's
 * children, which the transition sequence would not yet know).
 */
import { hashString, mix } from "../../learn/hash.js";
import { argmax, type Scorer } from "../../learn/linear-model.js";
import { WordView } from "../tag/word-features.js";
import { ACTIONS, ArcEagerState } from "./arc-eager.js";
import { labelFeatures, MAX_FEATURES, transitionFeatures, type Tokens } from "./parser-features.js";

export interface ParserMeta {
  upos: string[];
  labels: string[];
}

/** A type, not an interface, so that it fits the weight file's record of named models (trained or loaded). */
export type ParserModels<Model extends Scorer = Scorer> = {
  transition: Model;
  label: Model;
};

export interface ParseOutput {
  length: number;
  heads: Int32Array;
  labels: Int32Array;
}

export class Parser {
  readonly state = new ArcEagerState();
  readonly tokens: Tokens = { length: 0, word: new Int32Array(0), tag: new Int32Array(0), mtag: new Int32Array(0) };
  readonly out: ParseOutput = { length: 0, heads: new Int32Array(0), labels: new Int32Array(0) };
  readonly features = new Int32Array(MAX_FEATURES);
  readonly uposId: Map<string, number>;
  private readonly view = new WordView();
  private readonly scores = new Float32Array(ACTIONS);
  private readonly labelScores: Float32Array;
  private scratch = new Int32Array(0);
  /** How many features the last bestAction() left in `features` (training updates on them). */
  lastFeatureCount = 0;
  children = new Int32Array(0);
  childStart = new Int32Array(0);

  constructor(
    readonly meta: ParserMeta,
    readonly models: ParserModels,
  ) {
    this.uposId = new Map(meta.upos.map((u, k) => [u, k]));
    this.labelScores = new Float32Array(meta.labels.length);
  }

  private ensure(n: number): void {
    if (n <= this.tokens.word.length) return;
    const size = Math.max(64, n * 2);
    this.tokens.word = new Int32Array(size);
    this.tokens.tag = new Int32Array(size);
    this.tokens.mtag = new Int32Array(size);
    this.out.heads = new Int32Array(size);
    this.out.labels = new Int32Array(size);
    this.scratch = new Int32Array(size);
    this.children = new Int32Array(size);
    this.childStart = new Int32Array(size + 1);
  }

  /** Loads a sentence's words with their UPOS and FEATS strings. */
  load(forms: readonly string[], upos: readonly string[], feats: readonly (string | undefined)[]): void {
    const n = forms.length;
    this.ensure(n);
    this.view.load(forms);
    for (let i = 0; i < n; i++) {
      const tag = this.uposId.get(upos[i]) ?? -2;
      this.tokens.word[i] = this.view.word[i];
      this.tokens.tag[i] = tag;
      this.tokens.mtag[i] = mix(tag, hashString(feats[i] ?? ""));
    }
    this.tokens.length = n;
    this.out.length = n;
  }

  /** Scores the legal actions of the current state; returns the best, or -1 when none is legal. */
  bestAction(): number {
    const count = transitionFeatures(this.state, this.tokens, this.features);
    this.lastFeatureCount = count;
    this.models.transition.score(this.features, count, this.scores);
    let best = -1;
    for (let a = 0; a < ACTIONS; a++) {
      if (this.state.legal(a) && (best < 0 || this.scores[a] > this.scores[best])) best = a;
    }
    return best;
  }

  get actionScores(): Float32Array {
    return this.scores;
  }

  parse(): ParseOutput {
    const n = this.out.length;
    const st = this.state;
    st.init(n);
    while (!st.done) st.apply(this.bestAction());
    st.finish(this.scratch);
    this.out.heads.set(st.heads.subarray(0, n));
    this.label(this.out.heads);
    return this.out;
  }

  /** Children lists (compressed rows, in sentence order) for the labeller's features. */
  indexChildren(heads: Int32Array, n: number): void {
    const start = this.childStart;
    start.fill(0, 0, n + 1);
    for (let i = 0; i < n; i++) if (heads[i] >= 0) start[heads[i] + 1]++;
    for (let i = 0; i < n; i++) start[i + 1] += start[i];
    const fill = this.scratch;
    fill.set(start.subarray(0, n));
    for (let i = 0; i < n; i++) if (heads[i] >= 0) this.children[fill[heads[i]]++] = i;
  }

  labelFeaturesAt(d: number, heads: Int32Array): number {
    return labelFeatures(d, heads[d], this.tokens, heads, this.children, this.childStart, this.features);
  }

  get labelScoreBuffer(): Float32Array {
    return this.labelScores;
  }

  label(heads: Int32Array): void {
    const n = this.out.length;
    this.indexChildren(heads, n);
    for (let d = 0; d < n; d++) {
      const count = this.labelFeaturesAt(d, heads);
      this.models.label.score(this.features, count, this.labelScores);
      this.out.labels[d] = argmax(this.labelScores, 0, this.labelScores.length);
    }
  }
}
