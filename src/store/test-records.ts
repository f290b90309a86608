/**
 * DocumentRecords built by hand for the store, ingest and export tests, with entities, events and
 * quotes filled in, so those tests do not depend on what the analysis stages find yet.
 */
import { documentId } from "../model/ids.js";
import { SCHEMA_VERSION, type DocumentRecord, type Entity, type Event, type Quote, type Sentence } from "../model/record.js";

export interface EntitySpec {
  id: string;
  name: string;
  type: Entity["type"];
  country?: string;
  actor?: string;
  /** Surface forms to find in the text; every occurrence becomes a mention. */
  forms: string[];
}

export interface EventSpec {
  code: string;
  quadClass: 1 | 2 | 3 | 4;
  goldstein: number;
  /** Entity ids of the actors (their actor codes and countries are taken from the entity). */
  source?: string;
  target?: string;
  date?: string;
  place?: string;
  /** Sentences that report it (indices). */
  sentences: number[];
  modality?: Event["modality"];
}

export interface RecordSpec {
  text: string;
  lang?: string;
  title?: string;
  url?: string;
  source?: string;
  publishedAt?: string;
  entities?: EntitySpec[];
  events?: EventSpec[];
  quotes?: Array<{ text: string; speaker?: string; speakerText?: string }>;
}

/** Sentences split after ". " — enough for hand-written fixtures. */
function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?]+[.!?]*/g;
  let paragraph = 0;
  for (const m of text.matchAll(re)) {
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead;
    const end = m.index + m[0].trimEnd().length;
    if (end <= start) continue;
    if (/\n\s*\n/.test(text.slice(out.at(-1)?.end ?? 0, start))) paragraph++;
    out.push({ start, end, text: text.slice(start, end), tokens: [], paragraph, role: "body" });
  }
  return out;
}

const sentenceOf = (sentences: Sentence[], offset: number) => Math.max(0, sentences.findIndex((s) => offset >= s.start && offset < s.end));

export function makeRecord(spec: RecordSpec): DocumentRecord {
  const { text } = spec;
  const sentences = splitSentences(text);
  const entities: Entity[] = (spec.entities ?? []).map((e) => {
    const mentions = e.forms.flatMap((form) =>
      [...text.matchAll(new RegExp(form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g"))].map((m) => ({
        start: m.index,
        end: m.index + form.length,
        text: form,
        sentence: sentenceOf(sentences, m.index),
        kind: "name" as const,
      })),
    );
    return {
      id: e.id,
      name: e.name,
      type: e.type,
      ...(e.country && { country: e.country }),
      ...(e.actor && { actor: e.actor }),
      ...(e.type === "GPE" && e.id === "place:minsk-BY" && { lat: 53.9, lon: 27.5667 }),
      mentions,
    };
  });
  const byId = new Map(entities.map((e) => [e.id, e]));
  const actor = (id?: string) => {
    const e = id ? byId.get(id) : undefined;
    return e && { entity: e.id, actor: e.actor ?? e.country ?? "", ...(e.country && { country: e.country }), text: e.mentions[0]?.text ?? e.name };
  };
  const events: Event[] = (spec.events ?? []).map((ev, i) => {
    const place = ev.place ? byId.get(ev.place) : undefined;
    const source = actor(ev.source);
    const target = actor(ev.target);
    return {
      id: `e${i + 1}`,
      code: ev.code,
      rootCode: ev.code.slice(0, 2),
      quadClass: ev.quadClass,
      goldstein: ev.goldstein,
      ...(source && { source }),
      ...(target && { target }),
      ...(ev.date && { date: ev.date }),
      ...(place && {
        place: { name: place.name, entity: place.id, ...(place.country && { country: place.country }), ...(place.lat !== undefined && { lat: place.lat, lon: place.lon }) },
      }),
      modality: ev.modality ?? "occurred",
      confidence: 0.8,
      mentions: ev.sentences.map((s) => ({ start: sentences[s].start, end: sentences[s].end, text: sentences[s].text, sentence: s })),
    };
  });
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => {
    const start = text.indexOf(q.text);
    return {
      start,
      end: start + q.text.length,
      text: q.text,
      sentence: sentenceOf(sentences, start),
      kind: "direct",
      ...(q.speaker && { speaker: q.speaker }),
      ...(q.speakerText && { speakerText: q.speakerText }),
    };
  });
  return {
    schema: SCHEMA_VERSION,
    id: documentId(text, spec.url),
    lang: spec.lang ?? "fr",
    ...(spec.title && { title: spec.title }),
    ...(spec.url && { url: spec.url }),
    ...(spec.source && { source: spec.source }),
    ...(spec.publishedAt && { publishedAt: spec.publishedAt }),
    text,
    sentences,
    entities,
    times: [],
    quotes,
    events,
    producedBy: { fixture: "test-records" },
  };
}

const PUTIN: EntitySpec = { id: "person:vladimir-putin", name: "Vladimir Putin", type: "PER", country: "RUS", actor: "RUSGOV", forms: ["Vladimir Poutine", "Poutine"] };
const LUKASHENKO: EntitySpec = { id: "person:alexander-lukashenko", name: "Alexander Lukashenko", type: "PER", country: "BLR", actor: "BLRGOV", forms: ["Alexandre Loukachenko", "Loukachenko"] };
const MINSK: EntitySpec = { id: "place:minsk-BY", name: "Minsk", type: "GPE", country: "BLR", forms: ["Minsk"] };
const TSIKHANOUSKAYA: EntitySpec = { id: "person:sviatlana-tsikhanouskaya", name: "Sviatlana Tsikhanouskaya", type: "PER", country: "BLR", actor: "BLROPP", forms: ["Svetlana Tikhanovskaïa"] };

/** The seed article: a meeting in Minsk, a signed treaty, a criticism from the opposition. */
export function seedRecord(overrides: Partial<RecordSpec> = {}): DocumentRecord {
  return makeRecord({
    title: "Poutine et Loukachenko signent un traité à Minsk",
    url: "https://news.example/2024/12/06/minsk",
    source: "La Gazette",
    publishedAt: "2024-12-07",
    text:
      "Vladimir Poutine a rencontré Alexandre Loukachenko vendredi à Minsk. Les deux présidents ont signé un traité de sécurité. " +
      "L'opposante biélorusse Svetlana Tikhanovskaïa a dénoncé un accord « qui livre le pays à Moscou ».\n\n" +
      "Poutine a déclaré que l'alliance était « plus solide que jamais ».",
    entities: [PUTIN, LUKASHENKO, MINSK, TSIKHANOUSKAYA],
    events: [
      { code: "040", quadClass: 1, goldstein: 1, source: PUTIN.id, target: LUKASHENKO.id, date: "2024-12-06", place: MINSK.id, sentences: [0] },
      { code: "057", quadClass: 1, goldstein: 8, source: PUTIN.id, target: LUKASHENKO.id, date: "2024-12-06", place: MINSK.id, sentences: [1] },
      { code: "111", quadClass: 3, goldstein: -2, source: TSIKHANOUSKAYA.id, target: LUKASHENKO.id, date: "2024-12-06", sentences: [2] },
    ],
    quotes: [
      { text: "qui livre le pays à Moscou", speaker: TSIKHANOUSKAYA.id, speakerText: "L'opposante biélorusse Svetlana Tikhanovskaïa" },
      { text: "plus solide que jamais", speaker: PUTIN.id, speakerText: "Poutine" },
    ],
    ...overrides,
  });
}

/** Another outlet's report of the same signing, a day later, in its own words. */
export function secondReport(): DocumentRecord {
  return makeRecord({
    title: "Minsk : Moscou et le Bélarus scellent un traité",
    url: "https://other.example/minsk-traite",
    source: "Le Quotidien",
    publishedAt: "2024-12-08",
    text: "Le président Poutine et son homologue Loukachenko ont signé vendredi un traité à Minsk, selon le Kremlin. Les détails restent secrets.",
    entities: [PUTIN, LUKASHENKO, MINSK],
    events: [{ code: "057", quadClass: 1, goldstein: 8, source: PUTIN.id, target: LUKASHENKO.id, date: "2024-12-06", place: MINSK.id, sentences: [0] }],
  });
}

/** A different event: same actors, a month later, a different root. */
export function laterRecord(): DocumentRecord {
  return makeRecord({
    title: "Loukachenko menace l'opposition",
    url: "https://news.example/2025/01/10/menaces",
    source: "La Gazette",
    publishedAt: "2025-01-10",
    text: "Alexandre Loukachenko a menacé Svetlana Tikhanovskaïa de poursuites. Minsk durcit le ton.",
    entities: [LUKASHENKO, TSIKHANOUSKAYA, MINSK],
    events: [{ code: "138", quadClass: 4, goldstein: -7, source: LUKASHENKO.id, target: TSIKHANOUSKAYA.id, date: "2025-01-10", sentences: [0] }],
  });
}
