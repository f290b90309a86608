/** The finished Doc → the DocumentRecord of design/SCHEMA.md. */
import { documentId } from "../model/ids.js";
import { SCHEMA_VERSION, type DocumentRecord, type Sentence } from "../model/record.js";
import { docLang, type Doc } from "./doc.js";

export function toRecord(doc: Doc): DocumentRecord {
  const { text, meta, layers } = doc;
  const sentences: Sentence[] = (layers.sentences ?? []).map((s, i) => {
    const tags = layers.tags?.[i];
    const arcs = layers.syntax?.[i];
    const tokens = (layers.tokens?.[i] ?? []).map((t, j) => ({
      ...t,
      ...(tags?.[j] && { upos: tags[j].upos, lemma: tags[j].lemma, ...(tags[j].feats && { feats: tags[j].feats }) }),
      ...(arcs?.[j] && { head: arcs[j].head, deprel: arcs[j].deprel }),
    }));
    return { start: s.start, end: s.end, text: text.slice(s.start, s.end), paragraph: s.paragraph, role: s.role, tokens };
  });
  const record: DocumentRecord = {
    schema: SCHEMA_VERSION,
    id: documentId(text, meta.url),
    lang: docLang(doc),
    ...(meta.title !== undefined && { title: meta.title }),
    ...(meta.url !== undefined && { url: meta.url }),
    ...(meta.source !== undefined && { source: meta.source }),
    ...(meta.byline !== undefined && { byline: meta.byline }),
    ...(meta.publishedAt !== undefined && { publishedAt: meta.publishedAt }),
    ...(layers.dateline && { dateline: layers.dateline }),
    text,
    sentences,
    entities: layers.entities ?? [],
    times: layers.times ?? [],
    quotes: layers.quotes ?? [],
    events: layers.events ?? [],
    producedBy: { ...doc.producedBy } as Record<string, string>,
  };
  return record;
}
