/**
 * The SQLite schema, as numbered migrations: a database records the last one applied in
 * `PRAGMA user_version`, and opening it applies the rest, each in its own transaction.
 * Never edit a migration that has shipped; add the next one.
 */
export interface Migration {
  version: number;
  sql: string;
}

export const migrations: Migration[] = [
  {
    version: 1,
    sql: `
CREATE TABLE documents (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  text_hash TEXT NOT NULL UNIQUE,
  input_hash TEXT,
  url TEXT UNIQUE,
  title TEXT,
  source TEXT,
  lang TEXT NOT NULL,
  published_at TEXT,
  day TEXT NOT NULL,
  added_at TEXT NOT NULL,
  story TEXT NOT NULL,
  similar_to TEXT,
  similarity REAL,
  length INTEGER NOT NULL,
  entities INTEGER NOT NULL,
  events INTEGER NOT NULL,
  quotes INTEGER NOT NULL,
  signature BLOB,
  text TEXT NOT NULL,
  record BLOB NOT NULL
);
CREATE INDEX documents_input_hash ON documents(input_hash);
CREATE INDEX documents_day ON documents(day);
CREATE INDEX documents_story ON documents(story);
CREATE INDEX documents_source ON documents(source);

CREATE TABLE document_bands (
  band INTEGER NOT NULL,
  key INTEGER NOT NULL,
  doc INTEGER NOT NULL REFERENCES documents(seq),
  PRIMARY KEY (band, key, doc)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, text, content='documents', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
);

CREATE TABLE clusters (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL,
  root_code TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  plover TEXT,
  source_actor TEXT, source_country TEXT, source_entity TEXT, source_name TEXT,
  target_actor TEXT, target_country TEXT, target_entity TEXT, target_name TEXT,
  date TEXT,
  day TEXT NOT NULL,
  place_name TEXT, place_country TEXT, place_lat REAL, place_lon REAL, place_entity TEXT,
  is_root INTEGER NOT NULL,
  num_mentions INTEGER NOT NULL,
  num_articles INTEGER NOT NULL,
  num_sources INTEGER NOT NULL,
  added_at TEXT NOT NULL,
  first_doc INTEGER NOT NULL REFERENCES documents(seq)
);
CREATE INDEX clusters_day ON clusters(day, id);
CREATE INDEX clusters_root_day ON clusters(root_code, day);
CREATE INDEX clusters_code ON clusters(code);
CREATE INDEX clusters_quad_day ON clusters(quad_class, day);
CREATE INDEX clusters_source_actor ON clusters(source_actor);
CREATE INDEX clusters_target_actor ON clusters(target_actor);
CREATE INDEX clusters_source_entity ON clusters(source_entity);
CREATE INDEX clusters_target_entity ON clusters(target_entity);
CREATE INDEX clusters_source_country ON clusters(source_country);
CREATE INDEX clusters_target_country ON clusters(target_country);
CREATE INDEX clusters_place_country ON clusters(place_country);

CREATE TABLE events (
  seq INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL REFERENCES documents(seq),
  local_id TEXT NOT NULL,
  cluster INTEGER NOT NULL REFERENCES clusters(id),
  code TEXT NOT NULL,
  root_code TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  modality TEXT NOT NULL,
  confidence REAL NOT NULL,
  source_actor TEXT, source_entity TEXT,
  target_actor TEXT, target_entity TEXT,
  date TEXT,
  day TEXT NOT NULL,
  place_name TEXT,
  mentions INTEGER NOT NULL,
  UNIQUE (doc, local_id)
);
CREATE INDEX events_cluster ON events(cluster, doc);
CREATE INDEX events_doc ON events(doc);
CREATE INDEX events_source_entity ON events(source_entity);
CREATE INDEX events_target_entity ON events(target_entity);

CREATE TABLE event_mentions (
  event INTEGER NOT NULL REFERENCES events(seq),
  cluster INTEGER NOT NULL,
  doc INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  source_offset INTEGER,
  target_offset INTEGER
);
CREATE INDEX event_mentions_cluster ON event_mentions(cluster, doc);

CREATE TABLE entities (
  doc INTEGER NOT NULL REFERENCES documents(seq),
  entity TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  country TEXT,
  actor TEXT,
  role TEXT,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (entity, doc)
) WITHOUT ROWID;
CREATE INDEX entities_doc ON entities(doc);
CREATE INDEX entities_actor ON entities(actor);

CREATE TABLE quotes (
  doc INTEGER NOT NULL REFERENCES documents(seq),
  idx INTEGER NOT NULL,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  speaker TEXT,
  speaker_text TEXT,
  cue TEXT,
  sentence INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes(speaker);
`,
  },
];

export const LATEST_VERSION = migrations[migrations.length - 1].version;
