/**
 * Corpora for the server's tests, the browser tests and the load bench: hand-built records with
 * events, places, quotes and times (so nothing depends on what the analysis stages find yet), and a
 * hostile article whose title and text carry markup that must never run.
 */
import { makeRecord, seedRecord, secondReport, laterRecord, type EntitySpec } from "../store/test-records.js";
import type { DocumentRecord } from "../model/record.js";
import type { Store } from "../store/store.js";

interface PlaceSpec extends EntitySpec {
  lat: number;
  lon: number;
}

const person = (id: string, name: string, country: string, actor: string): EntitySpec => ({ id: `person:${id}`, name, type: "PER", country, actor, forms: [name] });
const place = (id: string, name: string, country: string, lat: number, lon: number): PlaceSpec => ({ id: `place:${id}`, name, type: "GPE", country, forms: [name], lat, lon });

const PEOPLE: EntitySpec[] = [
  person("amara-diallo", "Amara Diallo", "SEN", "SENGOV"),
  person("lena-hoffmann", "Lena Hoffmann", "DEU", "DEUGOV"),
  person("tomas-reyes", "Tomas Reyes", "VEN", "VENGOV"),
  person("iva-petrova", "Iva Petrova", "BGR", "BGRGOV"),
  person("kenji-mori", "Kenji Mori", "JPN", "JPNGOV"),
  person("nadia-haddad", "Nadia Haddad", "LBN", "LBNOPP"),
  person("omar-farouk", "Omar Farouk", "EGY", "EGYGOV"),
  person("sara-lind", "Sara Lind", "SWE", "SWEGOV"),
  person("yusuf-kaya", "Yusuf Kaya", "TUR", "TURGOV"),
  person("marta-silva", "Marta Silva", "BRA", "BRAGOV"),
  person("ivan-sokolov", "Ivan Sokolov", "RUS", "RUSMIL"),
  person("claire-martin", "Claire Martin", "FRA", "FRAGOV"),
];

const PLACES: PlaceSpec[] = [
  place("dakar-SN", "Dakar", "SEN", 14.69, -17.44),
  place("berlin-DE", "Berlin", "DEU", 52.52, 13.4),
  place("caracas-VE", "Caracas", "VEN", 10.49, -66.88),
  place("sofia-BG", "Sofia", "BGR", 42.7, 23.32),
  place("tokyo-JP", "Tokyo", "JPN", 35.68, 139.69),
  place("beirut-LB", "Beirut", "LBN", 33.89, 35.5),
  place("cairo-EG", "Cairo", "EGY", 30.04, 31.24),
  place("geneva-CH", "Geneva", "CHE", 46.2, 6.15),
  place("ankara-TR", "Ankara", "TUR", 39.93, 32.86),
  place("brasilia-BR", "Brasilia", "BRA", -15.79, -47.88),
  place("minsk-BY", "Minsk", "BLR", 53.9, 27.57),
  place("paris-FR", "Paris", "FRA", 48.86, 2.35),
];

/** CAMEO codes with their QuadClass and Goldstein score, and a verb for the synthetic sentence. */
const CODES: Array<{ code: string; quadClass: 1 | 2 | 3 | 4; goldstein: number; verb: string }> = [
  { code: "040", quadClass: 1, goldstein: 1, verb: "met" },
  { code: "057", quadClass: 1, goldstein: 8, verb: "signed an agreement with" },
  { code: "036", quadClass: 1, goldstein: 4, verb: "offered talks to" },
  { code: "070", quadClass: 2, goldstein: 7, verb: "sent aid to" },
  { code: "061", quadClass: 2, goldstein: 6.4, verb: "opened trade with" },
  { code: "111", quadClass: 3, goldstein: -2, verb: "criticised" },
  { code: "130", quadClass: 3, goldstein: -4.4, verb: "threatened" },
  { code: "160", quadClass: 3, goldstein: -4, verb: "cut ties with" },
  { code: "145", quadClass: 4, goldstein: -7.5, verb: "dispersed protesters loyal to" },
  { code: "190", quadClass: 4, goldstein: -10, verb: "attacked forces of" },
];

/** A deterministic generator, so every run builds the same corpus. */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const pick = <T>(list: T[], r: () => number): T => list[Math.floor(r() * list.length)];

/** Puts the coordinates of the place table on entities and event places (makeRecord knows only Minsk's). */
function withCoordinates(record: DocumentRecord): DocumentRecord {
  const byId = new Map(PLACES.map((p) => [p.id, p]));
  for (const entity of record.entities) {
    const p = byId.get(entity.id);
    if (p) Object.assign(entity, { lat: p.lat, lon: p.lon });
  }
  for (const event of record.events) {
    const p = event.place?.entity ? byId.get(event.place.entity) : undefined;
    if (p && event.place) Object.assign(event.place, { lat: p.lat, lon: p.lon });
  }
  return record;
}

const isoDay = (base: Date, offset: number) => new Date(base.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

/** One synthetic wire story: three events, each in its own sentence, with a quote. */
export function syntheticRecord(index: number): DocumentRecord {
  const r = random(index * 2654435761 + 17);
  const day = isoDay(new Date("2023-01-02T00:00:00Z"), Math.floor(r() * 1000));
  const sentences: string[] = [];
  const events = [];
  const used = new Set<EntitySpec>();
  for (let i = 0; i < 3; i++) {
    const source = pick(PEOPLE, r);
    let target = pick(PEOPLE, r);
    if (target === source) target = PEOPLE[(PEOPLE.indexOf(source) + 1) % PEOPLE.length];
    const where = pick(PLACES, r);
    const code = pick(CODES, r);
    used.add(source).add(target).add(where);
    events.push({ code: code.code, quadClass: code.quadClass, goldstein: code.goldstein, source: source.id, target: target.id, date: day, place: where.id, sentences: [i] });
    sentences.push(`${source.name} ${code.verb} ${target.name} in ${where.name} on ${day}, story ${index}-${i}.`);
  }
  const speaker = [...used][0];
  sentences.push(`${speaker.name} said "we will not step back".`);
  return withCoordinates(
    makeRecord({
      lang: "en",
      title: `Wire story ${index}`,
      url: `https://wire.example/${index}`,
      source: pick(["Wire One", "Wire Two", "Daily Ledger", "Le Courrier"], r),
      publishedAt: day,
      text: sentences.join(" "),
      entities: [...used],
      events,
      quotes: [{ text: "we will not step back", speaker: speaker.id, speakerText: speaker.name }],
    }),
  );
}

/** Markup in a title and a text: the app must show it as characters, and no script may run. */
export const HOSTILE_TITLE = `<img src=x onerror="__pwned='title'"> Sommet <script>__pwned='title-script'</script>`;

export function hostileRecord(): DocumentRecord {
  const minsk = PLACES.find((p) => p.id === "place:minsk-BY")!;
  const claire = PEOPLE.find((p) => p.name === "Claire Martin")!;
  const omar = PEOPLE.find((p) => p.name === "Omar Farouk")!;
  const record = makeRecord({
    lang: "fr",
    title: HOSTILE_TITLE,
    url: "https://hostile.example/article",
    source: "<b>Source</b>",
    publishedAt: "2024-11-20",
    text:
      `Claire Martin a rencontré Omar Farouk à Minsk <script>__pwned='text'</script>. ` +
      `Le communiqué <img src=x onerror="__pwned='text-img'"> a été publié. ` +
      `Claire Martin a déclaré « <svg onload="__pwned='quote'"></svg> rien à ajouter ».`,
    entities: [claire, omar, { ...minsk, forms: ["Minsk"] }],
    events: [{ code: "040", quadClass: 1, goldstein: 1, source: claire.id, target: omar.id, date: "2024-11-20", place: minsk.id, sentences: [0] }],
    quotes: [{ text: `<svg onload="__pwned='quote'"></svg> rien à ajouter`, speaker: claire.id, speakerText: "Claire Martin" }],
  });
  record.times.push({ start: 0, end: 13, text: record.text.slice(0, 13), sentence: 0, type: "DATE", value: "2024-11-20", producedBy: "test/hostile" });
  return withCoordinates(record);
}

/** The seed article and its companions, with times and provenance filled in for the article view. */
export function showcaseRecords(): DocumentRecord[] {
  const records = [seedRecord(), secondReport(), laterRecord()].map(withCoordinates);
  const seed = records[0];
  const friday = seed.text.indexOf("vendredi");
  seed.times.push({ start: friday, end: friday + 8, text: "vendredi", sentence: 0, type: "DATE", value: "2024-12-06", anchor: "publishedAt", producedBy: "fr/times/weekday" });
  for (const entity of seed.entities) {
    entity.producedBy = "entities/kb-1";
    for (const m of entity.mentions) m.producedBy = "fr/entities/name";
  }
  for (const quote of seed.quotes) quote.producedBy = "fr/quotes/guillemets";
  for (const event of seed.events) event.producedBy = "events/cameo-rules-1";
  return records;
}

/** Fills a store: the showcase, the hostile article, then synthetic stories until about `events` events are stored. */
export async function fillStore(store: Store, options: { events?: number; hostile?: boolean } = {}): Promise<void> {
  for (const record of showcaseRecords()) await store.add(record);
  if (options.hostile) await store.add(hostileRecord());
  const stories = Math.ceil((options.events ?? 0) / 3);
  for (let i = 0; i < stories; i++) await store.add(syntheticRecord(i));
}
