/**
 * The SQLite adapter (better-sqlite3): one file, WAL so that readers never wait for the writer,
 * FTS5 over titles and texts with accents folded, one IMMEDIATE transaction per article so a crash
 * leaves whole articles or none. better-sqlite3 is synchronous; the async methods just wrap it.
 */
import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { gazetteError, isGazetteError } from "../../errors.js";
import type { DocumentRecord, Entity, Event, Mention, Sentence } from "../../model/record.js";
import { bandKeys, minhashSignature, NEAR_DUPLICATE_THRESHOLD, signatureFromBytes, signatureToBytes, similarity } from "../../ingest/minhash.js";
import { bestCluster, DAY_WINDOW, eventDay, shiftDay, type Candidate, type ClusterFacts } from "../cluster.js";
import { sourceName, textHash as hashText, urlKey } from "../keys.js";
import {
  DEFAULT_PAGE,
  MAX_PAGE,
  type ActorQuery,
  type ActorSummary,
  type AddOptions,
  type AddResult,
  type DocumentFilter,
  type DocumentKey,
  type DocumentQuery,
  type DocumentSummary,
  type EventCluster,
  type EventFilter,
  type EventMention,
  type EventQuery,
  type Page,
  type QuoteQuery,
  type QuoteRow,
  type SearchHit,
  type SearchQuery,
  type Store,
  type StoreStats,
} from "../store.js";
import { LATEST_VERSION, migrations } from "./migrations.js";
import { packRecord, unpackRecord } from "../pack.js";

type Row = Record<string, unknown>;
type Params = unknown[];

export interface SqliteOptions {
  readonly?: boolean;
}

/** Turns SQLite's failures into the catalogue's sentences; anything else passes through. */
function mapError(error: unknown, path: string): unknown {
  if (isGazetteError(error)) return error;
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  // better-sqlite3 checks the folder itself and throws a plain TypeError.
  if (/directory does not exist/.test(message)) return gazetteError("E200", { path, reason: "its folder does not exist" });
  if (typeof code !== "string") return error;
  if (code.startsWith("SQLITE_READONLY") || code === "SQLITE_CANTOPEN" && /readonly/i.test(message)) return gazetteError("E201", { path });
  if (code === "SQLITE_FULL") return gazetteError("E202", { path });
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) return gazetteError("E205", { path });
  if (code === "SQLITE_NOTADB" || code.startsWith("SQLITE_CORRUPT")) return gazetteError("E203", { path, reason: message });
  if (code.startsWith("SQLITE_CANTOPEN") || code.startsWith("SQLITE_IOERR") || code === "SQLITE_PERM") return gazetteError("E200", { path, reason: message });
  return error;
}

const day = (iso: string) => iso.slice(0, 10);
/** How many band-sharing articles a new one is compared with, those sharing the most bands first. */
const NEAREST_CANDIDATES = 8;
/**
 * How many articles of one band bucket are read, the latest first: copies of a story share its
 * buckets, and any recent copy leads to the story, so a story copied ten thousand times costs what
 * one copied fifty times does.
 */
const BUCKET_READS = 12;
const str = (v: unknown) => (v === null || v === undefined ? undefined : String(v));
const num = (v: unknown) => (v === null || v === undefined ? undefined : Number(v));

/** Each word as an FTS5 phrase, all required: user text never reaches FTS5's query syntax. */
export function ftsQuery(text: string): string | undefined {
  const words = text.match(/[\p{L}\p{N}]+/gu);
  return words?.length ? words.map((w) => `"${w}"`).join(" ") : undefined;
}

function pageOf(query: { limit?: number; offset?: number } | undefined): { limit: number; offset: number } {
  const limit = Math.min(MAX_PAGE, Math.max(1, Math.floor(query?.limit ?? DEFAULT_PAGE)));
  const offset = Math.max(0, Math.floor(query?.offset ?? 0));
  return { limit, offset };
}

/** Upper bound for "starts with": codes and ids are ASCII, so U+FFFF sorts after every continuation. */
const prefixRange = (prefix: string): [string, string] => [prefix, prefix + "\uffff"];

/** Where the sentence is the headline or the lead: GDELT's IsRootEvent. */
function inLead(sentences: Sentence[], index: number): boolean {
  const s = sentences[index];
  if (!s) return index === 0;
  if (s.role === "headline") return true;
  if (s.paragraph !== undefined) return s.paragraph <= 1 && index <= 3;
  return index <= 1;
}

/** The offset of an actor's mention in the sentence that reports the event, if one is there. */
function actorOffset(record: DocumentRecord, entities: Map<string, Entity>, actor: Event["source"], mention: Mention): number | undefined {
  if (!actor) return undefined;
  const entity = actor.entity ? entities.get(actor.entity) : undefined;
  const inSentence = entity?.mentions.find((m) => m.sentence === mention.sentence);
  if (inSentence) return inSentence.start;
  const sentence = record.sentences[mention.sentence];
  if (actor.text && sentence) {
    const at = record.text.slice(sentence.start, sentence.end).indexOf(actor.text);
    if (at >= 0) return sentence.start + at;
  }
  return undefined;
}

export class SqliteStore implements Store {
  readonly location: string;
  /** The connection, for adapter-specific tests and tools; everything else goes through the Store methods. */
  readonly database: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(path: string, options: SqliteOptions = {}) {
    this.location = path;
    try {
      if (options.readonly && path !== ":memory:" && !existsSync(path)) throw gazetteError("E200", { path, reason: "no such file" });
      this.database = new Database(path, { readonly: options.readonly ?? false, timeout: 5000 });
      if (!options.readonly) {
        this.database.pragma("journal_mode = WAL");
        // NORMAL in WAL mode loses nothing on a process crash; only a power loss may drop the last commits.
        this.database.pragma("synchronous = NORMAL");
        // Checkpoints every 40 MB of log rather than 4 MB: a page rewritten by many articles (the full-text
        // index) is copied back once, not once per few articles.
        this.database.pragma("wal_autocheckpoint = 10000");
      }
      this.database.pragma("foreign_keys = ON");
      this.migrate(options.readonly ?? false);
    } catch (error) {
      throw mapError(error, path);
    }
  }

  private migrate(readonly: boolean): void {
    const version = Number(this.database.pragma("user_version", { simple: true }));
    if (version > LATEST_VERSION) throw gazetteError("E204", { path: this.location, found: version, known: LATEST_VERSION });
    if (version === 0) {
      // A file that is not empty and not ours must not be written into.
      const tables = this.database.prepare("SELECT count(*) AS n FROM sqlite_master").get() as { n: number };
      if (tables.n > 0) throw gazetteError("E203", { path: this.location, reason: "it holds other tables" });
    }
    const pending = migrations.filter((m) => m.version > version);
    if (pending.length && readonly) throw gazetteError("E201", { path: this.location });
    for (const m of pending) {
      this.database.transaction(() => {
        this.database.exec(m.sql);
        this.database.pragma(`user_version = ${m.version}`);
      }).immediate();
    }
  }

  private sql(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.database.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  private guard<T>(run: () => T): Promise<T> {
    try {
      return Promise.resolve(run());
    } catch (error) {
      return Promise.reject(mapError(error, this.location));
    }
  }

  add(record: DocumentRecord, options: AddOptions = {}): Promise<AddResult> {
    return this.guard(() => this.database.transaction(() => this.addNow(record, options)).immediate());
  }

  addMany(items: ReadonlyArray<{ record: DocumentRecord; options?: AddOptions }>): Promise<AddResult[]> {
    return this.guard(() => this.database.transaction(() => items.map((item) => this.addNow(item.record, item.options ?? {}))).immediate());
  }

  private addNow(record: DocumentRecord, options: AddOptions): AddResult {
    const textKey = hashText(record.text);
    const url = record.url ? urlKey(record.url) : undefined;
    const existing = this.sql("SELECT id, story FROM documents WHERE text_hash = ? OR id = ? OR url = ? LIMIT 1").get(textKey, record.id, url ?? null) as Row | undefined;
    if (existing) return { status: "duplicate", id: String(existing.id), story: String(existing.story) };

    const addedAt = options.addedAt ?? new Date().toISOString();
    const docDay = record.publishedAt ? day(record.publishedAt) : day(addedAt);
    const signature = options.signature ?? minhashSignature(record.text);
    const bands = signature ? bandKeys(signature) : undefined;
    const near = signature && bands ? this.nearest(signature, bands) : undefined;
    const story = near?.story ?? record.id;
    const source = sourceName(record.source, record.url);

    const inserted = this.sql(
      `INSERT INTO documents (id, text_hash, input_hash, url, title, source, lang, published_at, day, added_at, story, similar_to, similarity,
         length, entities, events, quotes, signature, text, record)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      record.id, textKey, options.inputHash ?? null, url ?? null, record.title ?? null, source ?? null, record.lang, record.publishedAt ?? null,
      docDay, addedAt, story, near?.id ?? null, near?.similarity ?? null,
      record.text.length, record.entities.length, record.events.length, record.quotes.length,
      signature ? signatureToBytes(signature) : null, record.text, options.packed ?? packRecord(record),
    );
    const seq = Number(inserted.lastInsertRowid);
    this.sql("INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)").run(seq, record.title ?? "", record.text);
    if (bands) {
      const band = this.sql("INSERT OR IGNORE INTO document_bands (band, key, doc) VALUES (?, ?, ?)");
      for (let b = 0; b < bands.length; b++) band.run(b, bands[b], seq);
    }

    const entities = new Map(record.entities.map((e) => [e.id, e]));
    const entity = this.sql("INSERT OR IGNORE INTO entities (doc, entity, name, type, country, actor, role, mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (const e of record.entities) entity.run(seq, e.id, e.name, e.type, e.country ?? null, e.actor ?? null, e.role ?? null, e.mentions.length);

    const quote = this.sql("INSERT INTO quotes (doc, idx, kind, text, speaker, speaker_text, cue, sentence, start, end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    record.quotes.forEach((q, i) => quote.run(seq, i, q.kind, q.text, q.speaker ?? null, q.speakerText ?? null, q.cue?.text ?? null, q.sentence, q.start, q.end));

    for (const event of record.events) this.addEvent(record, seq, docDay, addedAt, entities, event);
    return near
      ? { status: "near-duplicate", id: record.id, story, similarTo: near.id, similarity: near.similarity }
      : { status: "new", id: record.id, story };
  }

  /**
   * The most similar stored article above the threshold, among those sharing a band. Only the few that
   * share the most bands are compared: a story copied a hundred times must not cost a hundred reads.
   */
  private nearest(signature: Uint32Array, bands: Int32Array): { id: string; story: string; similarity: number } | undefined {
    const shared = new Map<number, number>();
    const lookup = this.sql(`SELECT doc FROM document_bands WHERE band = ? AND key = ? ORDER BY doc DESC LIMIT ${BUCKET_READS}`);
    for (let b = 0; b < bands.length; b++) {
      for (const row of lookup.all(b, bands[b]) as Row[]) shared.set(Number(row.doc), (shared.get(Number(row.doc)) ?? 0) + 1);
    }
    const candidates = [...shared].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, NEAREST_CANDIDATES);
    let best: { id: string; story: string; similarity: number } | undefined;
    const fetch = this.sql("SELECT id, story, signature FROM documents WHERE seq = ?");
    for (const [seq] of candidates) {
      const row = fetch.get(seq) as Row | undefined;
      if (!row?.signature) continue;
      const s = similarity(signature, signatureFromBytes(row.signature as Uint8Array));
      if (s >= NEAR_DUPLICATE_THRESHOLD && (!best || s > best.similarity)) best = { id: String(row.id), story: String(row.story), similarity: s };
    }
    return best;
  }

  private addEvent(record: DocumentRecord, seq: number, docDay: string, addedAt: string, entities: Map<string, Entity>, event: Event): void {
    const facts: ClusterFacts = {
      rootCode: event.rootCode,
      sourceActor: event.source?.actor,
      sourceEntity: event.source?.entity,
      targetActor: event.target?.actor,
      targetEntity: event.target?.entity,
      date: event.date,
      day: eventDay(event, docDay),
      placeName: event.place?.name,
      placeCountry: event.place?.country,
      placeEntity: event.place?.entity,
    };
    const candidates = (
      this.sql(
        `SELECT id, root_code, source_actor, source_entity, target_actor, target_entity, date, day, place_name, place_country, place_entity
         FROM clusters WHERE root_code = ? AND day BETWEEN ? AND ? ORDER BY id`,
      ).all(facts.rootCode, shiftDay(facts.day, -DAY_WINDOW), shiftDay(facts.day, DAY_WINDOW)) as Row[]
    ).map(
      (r): Candidate => ({
        id: Number(r.id),
        rootCode: String(r.root_code),
        sourceActor: str(r.source_actor),
        sourceEntity: str(r.source_entity),
        targetActor: str(r.target_actor),
        targetEntity: str(r.target_entity),
        date: str(r.date),
        day: String(r.day),
        placeName: str(r.place_name),
        placeCountry: str(r.place_country),
        placeEntity: str(r.place_entity),
      }),
    );
    const name = (actor: Event["source"]) => (actor?.entity && entities.get(actor.entity)?.name) || actor?.text;
    const lead = event.mentions.some((m) => inLead(record.sentences, m.sentence));
    let cluster = bestCluster(facts, candidates);
    if (cluster === undefined) {
      const inserted = this.sql(
        `INSERT INTO clusters (code, root_code, quad_class, goldstein, plover,
           source_actor, source_country, source_entity, source_name, target_actor, target_country, target_entity, target_name,
           date, day, place_name, place_country, place_lat, place_lon, place_entity, is_root, num_mentions, num_articles, num_sources, added_at, first_doc)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?)`,
      ).run(
        event.code, event.rootCode, event.quadClass, event.goldstein, event.plover ?? null,
        event.source?.actor ?? null, event.source?.country ?? null, event.source?.entity ?? null, name(event.source) ?? null,
        event.target?.actor ?? null, event.target?.country ?? null, event.target?.entity ?? null, name(event.target) ?? null,
        event.date ?? null, facts.day, event.place?.name ?? null, event.place?.country ?? null, event.place?.lat ?? null, event.place?.lon ?? null,
        event.place?.entity ?? null, lead ? 1 : 0, addedAt, seq,
      );
      cluster = Number(inserted.lastInsertRowid);
    } else {
      // A later report may know what the first one did not: fill the gaps, never overwrite.
      this.sql(
        `UPDATE clusters SET
           source_actor = coalesce(source_actor, ?), source_country = coalesce(source_country, ?), source_entity = coalesce(source_entity, ?), source_name = coalesce(source_name, ?),
           target_actor = coalesce(target_actor, ?), target_country = coalesce(target_country, ?), target_entity = coalesce(target_entity, ?), target_name = coalesce(target_name, ?),
           place_name = coalesce(place_name, ?), place_country = coalesce(place_country, ?), place_entity = coalesce(place_entity, ?),
           place_lat = coalesce(place_lat, ?), place_lon = coalesce(place_lon, ?)
         WHERE id = ?`,
      ).run(
        event.source?.actor ?? null, event.source?.country ?? null, event.source?.entity ?? null, name(event.source) ?? null,
        event.target?.actor ?? null, event.target?.country ?? null, event.target?.entity ?? null, name(event.target) ?? null,
        event.place?.name ?? null, event.place?.country ?? null, event.place?.entity ?? null, event.place?.lat ?? null, event.place?.lon ?? null,
        cluster,
      );
    }
    const inserted = this.sql(
      `INSERT OR IGNORE INTO events (doc, local_id, cluster, code, root_code, quad_class, goldstein, modality, confidence,
         source_actor, source_entity, target_actor, target_entity, date, day, place_name, mentions)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      seq, event.id, cluster, event.code, event.rootCode, event.quadClass, event.goldstein, event.modality, event.confidence,
      event.source?.actor ?? null, event.source?.entity ?? null, event.target?.actor ?? null, event.target?.entity ?? null,
      event.date ?? null, facts.day, event.place?.name ?? null, event.mentions.length,
    );
    if (inserted.changes === 0) return; // the same event id twice in one record: keep the first
    const eventSeq = Number(inserted.lastInsertRowid);
    const mention = this.sql("INSERT INTO event_mentions (event, cluster, doc, sentence, start, end, text, source_offset, target_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const m of event.mentions) {
      mention.run(eventSeq, cluster, seq, m.sentence, m.start, m.end, m.text,
        actorOffset(record, entities, event.source, m) ?? null, actorOffset(record, entities, event.target, m) ?? null);
    }
    // Counts are recomputed, not incremented, so they cannot drift from the rows they count.
    this.sql(
      `UPDATE clusters SET
         num_mentions = (SELECT coalesce(sum(mentions), 0) FROM events WHERE cluster = @id),
         num_articles = (SELECT count(DISTINCT doc) FROM events WHERE cluster = @id),
         num_sources = (SELECT count(DISTINCT coalesce(d.source, '')) FROM events e JOIN documents d ON d.seq = e.doc WHERE e.cluster = @id)
       WHERE id = @id`,
    ).run({ id: cluster });
  }

  find(key: DocumentKey): Promise<string | undefined> {
    return this.guard(() => {
      const row = this.sql("SELECT id FROM documents WHERE url = ? OR text_hash = ? OR input_hash = ? LIMIT 1").get(
        key.url ? urlKey(key.url) : null, key.textHash ?? null, key.inputHash ?? null,
      ) as Row | undefined;
      return row ? String(row.id) : undefined;
    });
  }

  get(id: string): Promise<DocumentRecord | undefined> {
    return this.guard(() => {
      const row = this.sql("SELECT record FROM documents WHERE id = ?").get(id) as Row | undefined;
      return row ? unpackRecord(row.record as Uint8Array) : undefined;
    });
  }

  private documentWhere(filter: DocumentFilter): { where: string; params: Params } {
    const clauses: string[] = [];
    const params: Params = [];
    if (filter.text !== undefined) {
      const match = ftsQuery(filter.text);
      if (!match) clauses.push("0");
      else {
        clauses.push("d.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)");
        params.push(match);
      }
    }
    if (filter.source) clauses.push("d.source = ?"), params.push(filter.source);
    if (filter.lang) clauses.push("d.lang = ?"), params.push(filter.lang);
    if (filter.from) clauses.push("d.day >= ?"), params.push(filter.from);
    if (filter.to) clauses.push("d.day <= ?"), params.push(filter.to);
    if (filter.story) clauses.push("d.story = ?"), params.push(filter.story);
    return { where: clauses.length ? "WHERE " + clauses.join(" AND ") : "", params };
  }

  documents(query: DocumentQuery = {}): Promise<Page<DocumentSummary>> {
    return this.guard(() => {
      const { limit, offset } = pageOf(query);
      const { where, params } = this.documentWhere(query);
      const total = (this.sql(`SELECT count(*) AS n FROM documents d ${where}`).get(...params) as { n: number }).n;
      const rows = this.sql(
        `SELECT id, title, url, source, lang, published_at, added_at, story, similar_to, similarity, length, entities, events, quotes
         FROM documents d ${where} ORDER BY d.day DESC, d.seq DESC LIMIT ? OFFSET ?`,
      ).all(...params, limit, offset) as Row[];
      const items = rows.map(
        (r): DocumentSummary => ({
          id: String(r.id),
          title: str(r.title),
          url: str(r.url),
          source: str(r.source),
          lang: String(r.lang),
          publishedAt: str(r.published_at),
          addedAt: String(r.added_at),
          story: String(r.story),
          similarTo: str(r.similar_to),
          similarity: num(r.similarity),
          length: Number(r.length),
          entities: Number(r.entities),
          events: Number(r.events),
          quotes: Number(r.quotes),
        }),
      );
      return { items, total, limit, offset };
    });
  }

  private eventWhere(filter: EventFilter): { where: string; params: Params } {
    const clauses: string[] = [];
    const params: Params = [];
    if (filter.actor) {
      const a = filter.actor.trim();
      if (a.includes(":")) clauses.push("(c.source_entity = ? OR c.target_entity = ?)"), params.push(a, a);
      else if (/^[A-Z]{3,}$/.test(a)) {
        const [lo, hi] = prefixRange(a);
        clauses.push("((c.source_actor >= ? AND c.source_actor < ?) OR (c.target_actor >= ? AND c.target_actor < ?))");
        params.push(lo, hi, lo, hi);
      } else clauses.push("(c.source_name LIKE ? OR c.target_name LIKE ?)"), params.push(`%${a}%`, `%${a}%`);
    }
    if (filter.country) {
      const c = filter.country.toUpperCase();
      clauses.push("(c.source_country = ? OR c.target_country = ? OR c.place_country = ?)"), params.push(c, c, c);
    }
    if (filter.code) {
      const [lo, hi] = prefixRange(filter.code);
      clauses.push("c.code >= ? AND c.code < ?"), params.push(lo, hi);
    }
    if (filter.root) clauses.push("c.root_code = ?"), params.push(filter.root);
    if (filter.quadClass) clauses.push("c.quad_class = ?"), params.push(filter.quadClass);
    if (filter.from) clauses.push("c.day >= ?"), params.push(filter.from);
    if (filter.to) clauses.push("c.day <= ?"), params.push(filter.to);
    if (filter.place) {
      const p = filter.place.trim();
      clauses.push("(c.place_entity = ? OR c.place_name LIKE ?)"), params.push(p, `%${p}%`);
    }
    if (filter.text !== undefined) {
      const match = ftsQuery(filter.text);
      if (!match) clauses.push("0");
      else {
        clauses.push("c.id IN (SELECT e.cluster FROM events e WHERE e.doc IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?))");
        params.push(match);
      }
    }
    if (filter.document) {
      clauses.push("c.id IN (SELECT e.cluster FROM events e JOIN documents dd ON dd.seq = e.doc WHERE dd.id = ?)"), params.push(filter.document);
    }
    return { where: clauses.length ? "WHERE " + clauses.join(" AND ") : "", params };
  }

  private static cluster(r: Row): EventCluster {
    const actor = (side: "source" | "target") =>
      r[`${side}_actor`] === null
        ? undefined
        : {
            actor: String(r[`${side}_actor`]),
            country: str(r[`${side}_country`]),
            entity: str(r[`${side}_entity`]),
            name: str(r[`${side}_name`]),
          };
    return {
      id: Number(r.id),
      code: String(r.code),
      rootCode: String(r.root_code),
      quadClass: Number(r.quad_class) as 1 | 2 | 3 | 4,
      goldstein: Number(r.goldstein),
      plover: str(r.plover),
      source: actor("source"),
      target: actor("target"),
      date: str(r.date),
      day: String(r.day),
      place:
        r.place_name === null
          ? undefined
          : { name: String(r.place_name), country: str(r.place_country), lat: num(r.place_lat), lon: num(r.place_lon), entity: str(r.place_entity) },
      isRoot: Number(r.is_root) === 1,
      numMentions: Number(r.num_mentions),
      numArticles: Number(r.num_articles),
      numSources: Number(r.num_sources),
      addedAt: String(r.added_at),
      document: String(r.document),
      url: str(r.url),
    };
  }

  events(query: EventQuery = {}): Promise<Page<EventCluster>> {
    return this.guard(() => {
      const { limit, offset } = pageOf(query);
      const { where, params } = this.eventWhere(query);
      const total = (this.sql(`SELECT count(*) AS n FROM clusters c ${where}`).get(...params) as { n: number }).n;
      const rows = this.sql(
        `SELECT c.*, d.id AS document, d.url AS url FROM clusters c JOIN documents d ON d.seq = c.first_doc
         ${where} ORDER BY c.day DESC, c.id DESC LIMIT ? OFFSET ?`,
      ).all(...params, limit, offset) as Row[];
      return { items: rows.map(SqliteStore.cluster), total, limit, offset };
    });
  }

  async *allEvents(filter: EventFilter = {}): AsyncIterable<EventCluster> {
    const { where, params } = this.eventWhere(filter);
    const rows = this.guardSync(() =>
      this.database
        .prepare(`SELECT c.*, d.id AS document, d.url AS url FROM clusters c JOIN documents d ON d.seq = c.first_doc ${where} ORDER BY c.id`)
        .iterate(...params),
    );
    for (const r of rows) yield SqliteStore.cluster(r as Row);
  }

  async *mentions(filter: EventFilter = {}): AsyncIterable<EventMention> {
    const { where, params } = this.eventWhere(filter);
    const rows = this.guardSync(() =>
      this.database
        .prepare(
          `SELECT m.cluster, m.sentence, m.start, m.end, m.text, m.source_offset, m.target_offset,
             e.local_id, e.confidence, e.modality, d.id AS document, d.url, d.source, d.lang, d.published_at, d.added_at, d.length,
             c.added_at AS event_added_at
           FROM event_mentions m JOIN events e ON e.seq = m.event JOIN documents d ON d.seq = m.doc JOIN clusters c ON c.id = m.cluster
           WHERE m.cluster IN (SELECT c.id FROM clusters c ${where})
           ORDER BY m.cluster, m.doc, m.start`,
        )
        .iterate(...params),
    );
    for (const raw of rows) {
      const r = raw as Row;
      yield {
        cluster: Number(r.cluster),
        document: String(r.document),
        event: String(r.local_id),
        sentence: Number(r.sentence),
        start: Number(r.start),
        end: Number(r.end),
        text: String(r.text),
        sourceOffset: num(r.source_offset),
        targetOffset: num(r.target_offset),
        confidence: Number(r.confidence),
        modality: String(r.modality) as EventMention["modality"],
        url: str(r.url),
        source: str(r.source),
        lang: String(r.lang),
        publishedAt: str(r.published_at),
        addedAt: String(r.added_at),
        eventAddedAt: String(r.event_added_at),
        documentLength: Number(r.length),
      };
    }
  }

  async *records(filter: DocumentFilter = {}): AsyncIterable<DocumentRecord> {
    const { where, params } = this.documentWhere(filter);
    const rows = this.guardSync(() => this.database.prepare(`SELECT record FROM documents d ${where} ORDER BY d.seq`).iterate(...params));
    for (const r of rows) yield unpackRecord((r as Row).record as Uint8Array);
  }

  private guardSync<T>(run: () => T): T {
    try {
      return run();
    } catch (error) {
      throw mapError(error, this.location);
    }
  }

  actors(query: ActorQuery = {}): Promise<Page<ActorSummary>> {
    return this.guard(() => {
      const { limit, offset } = pageOf(query);
      const clauses: string[] = [];
      const params: Params = [];
      if (query.name) {
        const n = query.name.trim();
        if (n.includes(":")) clauses.push("n.entity = ?"), params.push(n);
        else if (/^[A-Z]{3,}$/.test(n)) {
          const [lo, hi] = prefixRange(n);
          clauses.push("(n.actor >= ? AND n.actor < ? OR n.name LIKE ?)"), params.push(lo, hi, `%${n}%`);
        } else clauses.push("n.name LIKE ?"), params.push(`%${n}%`);
      }
      if (query.type) clauses.push("n.type = ?"), params.push(query.type);
      if (query.country) clauses.push("n.country = ?"), params.push(query.country.toUpperCase());
      const where = clauses.length ? "WHERE " + clauses.join(" AND ") : "";
      const total = (this.sql(`SELECT count(DISTINCT n.entity) AS n FROM entities n ${where}`).get(...params) as { n: number }).n;
      const rows = this.sql(
        `SELECT n.entity, max(n.name) AS name, max(n.type) AS type, max(n.country) AS country, max(n.actor) AS actor, max(n.role) AS role,
           count(*) AS documents, sum(n.mentions) AS mentions,
           (SELECT count(*) FROM events e WHERE e.source_entity = n.entity) + (SELECT count(*) FROM events e WHERE e.target_entity = n.entity) AS events
         FROM entities n ${where} GROUP BY n.entity ORDER BY documents DESC, mentions DESC, n.entity LIMIT ? OFFSET ?`,
      ).all(...params, limit, offset) as Row[];
      const items = rows.map(
        (r): ActorSummary => ({
          entity: String(r.entity),
          name: String(r.name),
          type: String(r.type),
          country: str(r.country),
          actor: str(r.actor),
          role: str(r.role),
          documents: Number(r.documents),
          mentions: Number(r.mentions),
          events: Number(r.events),
        }),
      );
      return { items, total, limit, offset };
    });
  }

  quotes(query: QuoteQuery = {}): Promise<Page<QuoteRow>> {
    return this.guard(() => {
      const { limit, offset } = pageOf(query);
      const clauses: string[] = [];
      const params: Params = [];
      if (query.speaker) {
        const s = query.speaker.trim();
        clauses.push("(q.speaker = ? OR q.speaker_text LIKE ?)"), params.push(s, `%${s}%`);
      }
      if (query.text) clauses.push("q.text LIKE ?"), params.push(`%${query.text}%`);
      if (query.document) clauses.push("d.id = ?"), params.push(query.document);
      if (query.from) clauses.push("d.day >= ?"), params.push(query.from);
      if (query.to) clauses.push("d.day <= ?"), params.push(query.to);
      const where = clauses.length ? "WHERE " + clauses.join(" AND ") : "";
      const from = "FROM quotes q JOIN documents d ON d.seq = q.doc";
      const total = (this.sql(`SELECT count(*) AS n ${from} ${where}`).get(...params) as { n: number }).n;
      const rows = this.sql(
        `SELECT q.*, d.id AS document, d.title, d.url, d.published_at ${from} ${where} ORDER BY d.day DESC, d.seq DESC, q.idx LIMIT ? OFFSET ?`,
      ).all(...params, limit, offset) as Row[];
      const items = rows.map(
        (r): QuoteRow => ({
          document: String(r.document),
          title: str(r.title),
          url: str(r.url),
          publishedAt: str(r.published_at),
          kind: String(r.kind) as QuoteRow["kind"],
          text: String(r.text),
          speaker: str(r.speaker),
          speakerText: str(r.speaker_text),
          cue: str(r.cue),
          sentence: Number(r.sentence),
          start: Number(r.start),
          end: Number(r.end),
        }),
      );
      return { items, total, limit, offset };
    });
  }

  search(query: SearchQuery): Promise<Page<SearchHit>> {
    return this.guard(() => {
      const { limit, offset } = pageOf(query);
      const match = ftsQuery(query.text);
      if (!match) return { items: [], total: 0, limit, offset };
      const lang = query.lang ? " AND d.lang = ?" : "";
      const params: Params = query.lang ? [match, query.lang] : [match];
      const from = "FROM documents_fts f JOIN documents d ON d.seq = f.rowid WHERE documents_fts MATCH ?" + lang;
      const total = (this.sql(`SELECT count(*) AS n ${from}`).get(...params) as { n: number }).n;
      const rows = this.sql(
        `SELECT d.id, d.title, d.url, d.published_at, snippet(documents_fts, 1, '[', ']', '…', 16) AS snippet, bm25(documents_fts, 2.0, 1.0) AS rank
         ${from} ORDER BY rank, d.seq LIMIT ? OFFSET ?`,
      ).all(...params, limit, offset) as Row[];
      const items = rows.map(
        (r): SearchHit => ({
          id: String(r.id),
          title: str(r.title),
          url: str(r.url),
          publishedAt: str(r.published_at),
          snippet: String(r.snippet),
          score: -Number(r.rank),
        }),
      );
      return { items, total, limit, offset };
    });
  }

  stats(): Promise<StoreStats> {
    return this.guard(() => {
      const count = (sql: string) => Number((this.sql(sql).get() as { n: number }).n);
      return {
        documents: count("SELECT count(*) AS n FROM documents"),
        stories: count("SELECT count(DISTINCT story) AS n FROM documents"),
        events: count("SELECT count(*) AS n FROM events"),
        clusters: count("SELECT count(*) AS n FROM clusters"),
        entities: count("SELECT count(DISTINCT entity) AS n FROM entities"),
        quotes: count("SELECT count(*) AS n FROM quotes"),
        schemaVersion: Number(this.database.pragma("user_version", { simple: true })),
      };
    });
  }

  close(): Promise<void> {
    return this.guard(() => {
      if (this.database.open) this.database.close();
    });
  }
}

