/**
 * The Doc: one article as it moves through the pipeline. Each stage adds its own layer and reads the
 * layers of earlier stages; the record builder turns the finished Doc into a DocumentRecord.
 * The layers that reach the record are declared here; a stage that needs a private layer of its own
 * (say, coreference chains) declares it by merging into `Layers` from its own folder:
 *   declare module "../../pipeline/doc.js" { interface Layers { chains: Chain[] } }
 */
import type { Dateline, Entity, Event, Quote, TimeExpression, Token } from "../model/record.js";

export interface DocMeta {
  title?: string;
  url?: string;
  source?: string;
  byline?: string;
  publishedAt?: string;
  /** A language given by the caller wins over detection. */
  lang?: string;
}

export interface LanguageLayer {
  code: string;
  /** 0…1; 1 when the caller gave the language. */
  confidence: number;
}

export interface SentenceSpan {
  start: number;
  end: number;
  paragraph: number;
  role: "headline" | "dateline" | "body";
}

/** Per word: what the tagger and lemmatiser say (parallel to `tokens`). */
export interface WordTags {
  upos: string;
  lemma: string;
  feats?: string;
}

/** Per word: its head (index in the sentence, -1 for the root) and relation (parallel to `tokens`). */
export interface WordArc {
  head: number;
  deprel: string;
}

export interface Layers {
  language: LanguageLayer;
  /** Runs of text between blank lines. */
  paragraphs: Array<{ start: number; end: number }>;
  /** The dateline, when the article has one; `null` once looked for and not found. */
  dateline: Dateline | null;
  sentences: SentenceSpan[];
  /** Per sentence, its syntactic words (multi-word tokens already expanded). */
  tokens: Token[][];
  tags: WordTags[][];
  syntax: WordArc[][];
  entities: Entity[];
  times: TimeExpression[];
  quotes: Quote[];
  events: Event[];
}

export type LayerName = keyof Layers;

export interface Doc {
  readonly text: string;
  readonly meta: DocMeta;
  layers: Partial<Layers>;
  /** Layer → what produced it (stage name + rules or model version). */
  producedBy: Partial<Record<LayerName, string>>;
}

export function createDoc(text: string, meta: DocMeta = {}): Doc {
  return { text, meta, layers: {}, producedBy: {} };
}

/** A layer that an earlier stage must have assigned (the pipeline builder guarantees it). */
export function layer<K extends LayerName>(doc: Doc, name: K): Layers[K] {
  const value = doc.layers[name];
  if (value === undefined) throw new Error(`internal: layer '${String(name)}' read before it was assigned`);
  return value as Layers[K];
}

/** The document language, "und" until the language stage has run. */
export function docLang(doc: Doc): string {
  return doc.layers.language?.code ?? doc.meta.lang ?? "und";
}
