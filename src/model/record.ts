/**
 * The DocumentRecord: gazette's contract with everything around it (design/SCHEMA.md).
 * Offsets are UTF-16 code units into `text`, `end` exclusive.
 * Fields may be added freely; renaming or dropping one bumps SCHEMA_VERSION.
 */
export const SCHEMA_VERSION = "gazette/1" as const;

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Sentence extends Span {
  tokens: Token[];
  /** Index of the paragraph (a run of lines without a blank line) the sentence belongs to. */
  paragraph?: number;
  /** "headline" and "dateline" sentences are not body prose; event coders weigh them differently. */
  role?: "headline" | "dateline" | "body";
}

/**
 * A syntactic word. A multi-word token ("du" → "de" + "le", "don't" → "do" + "n't") yields one Token per
 * word, all sharing the surface span; `form` then holds the word and `part` its index in the token.
 */
export interface Token extends Span {
  form?: string;
  part?: number;
  lemma?: string;
  upos?: string;
  feats?: string;
  /** Index of the head token in this sentence (-1: root). */
  head?: number;
  deprel?: string;
}

export type MentionKind = "name" | "title" | "pronoun" | "nominal";

export interface Mention extends Span {
  sentence: number;
  kind?: MentionKind;
  producedBy?: string;
}

export type EntityType = "PER" | "ORG" | "GPE" | "LOC" | "MISC";

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  country?: string;
  actor?: string;
  role?: string;
  lat?: number;
  lon?: number;
  mentions: Mention[];
  producedBy?: string;
}

export type TimeType = "DATE" | "TIME" | "DURATION" | "SET";

export interface TimeExpression extends Span {
  sentence: number;
  type: TimeType;
  value: string;
  mod?: string;
  /** What a relative expression was resolved against: "publishedAt", "dateline", or undefined. */
  anchor?: string;
  producedBy?: string;
}

export interface Actor {
  entity?: string;
  actor: string;
  country?: string;
  text?: string;
}

export interface Quote extends Span {
  sentence: number;
  kind: "direct" | "indirect";
  speaker?: string;
  speakerText?: string;
  cue?: Span;
  producedBy?: string;
}

export type Modality = "occurred" | "planned" | "intended" | "negated" | "hypothetical" | "reported";

export interface EventPlace {
  name: string;
  country?: string;
  lat?: number;
  lon?: number;
  entity?: string;
}

export interface Event {
  id: string;
  code: string;
  rootCode: string;
  quadClass: 1 | 2 | 3 | 4;
  goldstein: number;
  plover?: string;
  source?: Actor;
  target?: Actor;
  date?: string;
  place?: EventPlace;
  modality: Modality;
  background?: boolean;
  confidence: number;
  mentions: Mention[];
  producedBy?: string;
}

/** A dateline ("MINSK, 6 déc. (Reuters) -", "Paris / La Gazette"): where and by whom the story was filed. */
export interface Dateline extends Span {
  place?: string;
  source?: string;
  date?: string;
}

export interface DocumentRecord {
  schema: typeof SCHEMA_VERSION;
  id: string;
  lang: string;
  title?: string;
  url?: string;
  source?: string;
  byline?: string;
  publishedAt?: string;
  dateline?: Dateline;
  text: string;
  sentences: Sentence[];
  entities: Entity[];
  times: TimeExpression[];
  quotes: Quote[];
  events: Event[];
  /** Which stage produced which layer, with its rules or model version: the answer to "why?". */
  producedBy: Record<string, string>;
}
