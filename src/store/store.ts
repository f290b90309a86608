/**
 * The Store: where gazette keeps a corpus of DocumentRecords and answers questions across it.
 * One interface, several adapters (SQLite by default, PostgreSQL for scale-out), one conformance suite
 * (conformance.ts) that every adapter passes. Methods are async so that network adapters fit.
 */
import type { DocumentRecord, EventPlace, Modality } from "../model/record.js";

export interface AddOptions {
  /** Hash of the raw input (file bytes, JSON line, page), so a re-run can skip it before analysis. */
  inputHash?: string;
  /** MinHash signature of the text (minhash.ts), when a worker computed it already. */
  signature?: Uint32Array;
  /**
   * The whole record as gzipped JSON, when an ingest worker packed it already: the writing thread then
   * stores these bytes as they are, and the record it passes may leave its sentences' tokens out.
   */
  packed?: Uint8Array;
  /** When the article entered the corpus (ISO date-time, UTC); now when omitted. */
  addedAt?: string;
}

export type AddStatus = "new" | "duplicate" | "near-duplicate";

export interface AddResult {
  status: AddStatus;
  /** The id of the stored article: the new one, or the one this duplicates. */
  id: string;
  /** The story (group of near-duplicate articles) it belongs to: the id of the story's first article. */
  story?: string;
  /** For a near-duplicate, the stored article it is closest to, and their estimated Jaccard similarity. */
  similarTo?: string;
  similarity?: number;
}

/** Keys that identify an article already stored. */
export interface DocumentKey {
  url?: string;
  textHash?: string;
  inputHash?: string;
}

export interface PageRequest {
  /** Rows per page; adapters cap it at MAX_PAGE. */
  limit?: number;
  offset?: number;
}

export interface Page<T> {
  items: T[];
  /** How many rows match the filter in all. */
  total: number;
  limit: number;
  offset: number;
}

export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 10_000;

/** Filters shared by the event queries and the event exports. Every field narrows the result (AND). */
export interface EventFilter {
  /** A CAMEO actor code or its prefix ("RUS" matches RUSGOV), an entity id ("person:vladimir-putin"), or part of a name. */
  actor?: string;
  /** ISO 3166-1 alpha-3: the country of either actor or of the place. */
  country?: string;
  /** A CAMEO event code or its prefix ("05" matches 051…057). */
  code?: string;
  /** A CAMEO root code, exactly ("05"). */
  root?: string;
  quadClass?: 1 | 2 | 3 | 4;
  /** Inclusive bounds on the event's day (YYYY-MM-DD). */
  from?: string;
  to?: string;
  /** Part of the place name, or its entity id. */
  place?: string;
  /** Words that the reporting articles contain (full-text search). */
  text?: string;
  /** Only events reported by this article. */
  document?: string;
}

export interface EventQuery extends EventFilter, PageRequest {}

export interface ClusterActor {
  actor: string;
  country?: string;
  entity?: string;
  /** The entity's name, else the text that named the actor. */
  name?: string;
}

/** One real-world event: the events of all articles that report it, clustered (cluster.ts). */
export interface EventCluster {
  /** Stable integer id (GDELT's GLOBALEVENTID). */
  id: number;
  code: string;
  rootCode: string;
  quadClass: 1 | 2 | 3 | 4;
  goldstein: number;
  plover?: string;
  source?: ClusterActor;
  target?: ClusterActor;
  /** TIMEX3 value as the first report gave it. */
  date?: string;
  /** The day the event is filed under: its date when it names a day, else the first report's publication day. */
  day: string;
  place?: EventPlace;
  /** Whether the first report carried it in its headline or lead. */
  isRoot: boolean;
  numMentions: number;
  numArticles: number;
  numSources: number;
  /** When its first report entered the corpus (ISO date-time, UTC). */
  addedAt: string;
  /** The first report. */
  document: string;
  url?: string;
}

/** One sentence of one article that reports an event (GDELT's mentions table). */
export interface EventMention {
  cluster: number;
  document: string;
  /** The event's id inside its record. */
  event: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  /** Offsets of the actors' mentions in the same sentence, when found. */
  sourceOffset?: number;
  targetOffset?: number;
  confidence: number;
  modality: Modality;
  url?: string;
  source?: string;
  lang: string;
  publishedAt?: string;
  /** When the article entered the corpus. */
  addedAt: string;
  /** When the event (its cluster) entered the corpus: GDELT's EventTimeDate. */
  eventAddedAt: string;
  documentLength: number;
}

export interface DocumentFilter {
  text?: string;
  source?: string;
  lang?: string;
  /** Inclusive bounds on the publication day (YYYY-MM-DD). */
  from?: string;
  to?: string;
  story?: string;
}

export interface DocumentQuery extends DocumentFilter, PageRequest {}

export interface DocumentSummary {
  id: string;
  title?: string;
  url?: string;
  source?: string;
  lang: string;
  publishedAt?: string;
  addedAt: string;
  story: string;
  similarTo?: string;
  similarity?: number;
  length: number;
  entities: number;
  events: number;
  quotes: number;
}

export interface ActorQuery extends PageRequest {
  /** Part of the name, an entity id, or a CAMEO actor code prefix. */
  name?: string;
  type?: "PER" | "ORG" | "GPE" | "LOC" | "MISC";
  country?: string;
}

export interface ActorSummary {
  entity: string;
  name: string;
  type: string;
  country?: string;
  actor?: string;
  role?: string;
  documents: number;
  mentions: number;
  /** Events it takes part in, as source or target. */
  events: number;
}

export interface QuoteQuery extends PageRequest {
  /** The speaker's entity id, or part of how the speaker is named. */
  speaker?: string;
  /** Words of the quote itself (substring, case-insensitive). */
  text?: string;
  document?: string;
  from?: string;
  to?: string;
}

export interface QuoteRow {
  document: string;
  title?: string;
  url?: string;
  publishedAt?: string;
  kind: "direct" | "indirect";
  text: string;
  speaker?: string;
  speakerText?: string;
  cue?: string;
  sentence: number;
  start: number;
  end: number;
}

export interface SearchQuery extends PageRequest {
  /** Words to find; each must occur (accents and case do not matter). */
  text: string;
  lang?: string;
}

export interface SearchHit {
  id: string;
  title?: string;
  url?: string;
  publishedAt?: string;
  /** The best passage, with matches in [brackets]. */
  snippet: string;
  /** Higher is better. */
  score: number;
}

export interface StoreStats {
  documents: number;
  stories: number;
  events: number;
  clusters: number;
  entities: number;
  quotes: number;
  schemaVersion: number;
}

export interface Store {
  /** Where it lives, as the user named it. */
  readonly location: string;
  /**
   * Stores one analysed article with its events, entities and quotes, all or nothing.
   * An article whose normalised text or URL is already stored is not stored again ("duplicate");
   * one that nearly repeats a stored one is stored and linked into its story ("near-duplicate").
   */
  add(record: DocumentRecord, options?: AddOptions): Promise<AddResult>;
  /**
   * Stores several articles as `add` would, one after the other, in one transaction: all of them or
   * none. Ingest commits the articles that are ready together, so the cost of a commit is shared.
   */
  addMany(items: ReadonlyArray<{ record: DocumentRecord; options?: AddOptions }>): Promise<AddResult[]>;
  /** The id of a stored article that matches any of the keys. */
  find(key: DocumentKey): Promise<string | undefined>;
  get(id: string): Promise<DocumentRecord | undefined>;
  documents(query?: DocumentQuery): Promise<Page<DocumentSummary>>;
  /** Real-world events (clusters), newest day first. */
  events(query?: EventQuery): Promise<Page<EventCluster>>;
  /** Every event that matches, by id (for exports: no paging). */
  allEvents(filter?: EventFilter): AsyncIterable<EventCluster>;
  /** Every reporting sentence of the events that match, by event id then article. */
  mentions(filter?: EventFilter): AsyncIterable<EventMention>;
  /** Every stored record, in the order they were added. */
  records(filter?: DocumentFilter): AsyncIterable<DocumentRecord>;
  actors(query?: ActorQuery): Promise<Page<ActorSummary>>;
  quotes(query?: QuoteQuery): Promise<Page<QuoteRow>>;
  search(query: SearchQuery): Promise<Page<SearchHit>>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
