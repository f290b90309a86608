/**
 * GDELT 2.0 events ("export") and mentions tables (design/GDELT.md): tab-separated, no header in
 * GDELT's own files, exactly 61 and 16 columns. One events row per real-world event (a cluster), so
 * NumMentions / NumArticles / NumSources count reports of that event; one mentions row per reporting sentence.
 */
import type { ClusterActor, EventCluster, EventMention } from "../store/store.js";
import { country, languageCode3 } from "./countries.js";

/** Column kinds, checked by the tests: int and float may be empty only where GDELT leaves them empty. */
export type ColumnKind = "int" | "float" | "text" | "date8" | "date6" | "year" | "fraction" | "datetime14" | "int?" | "float?";

export interface Column {
  name: string;
  kind: ColumnKind;
}

const actorColumns = (n: 1 | 2): Column[] =>
  ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code"].map(
    (f) => ({ name: `Actor${n}${f}`, kind: "text" }),
  );
const geoColumns = (prefix: string): Column[] => [
  { name: `${prefix}_Type`, kind: "int" },
  { name: `${prefix}_FullName`, kind: "text" },
  { name: `${prefix}_CountryCode`, kind: "text" },
  { name: `${prefix}_ADM1Code`, kind: "text" },
  { name: `${prefix}_ADM2Code`, kind: "text" },
  { name: `${prefix}_Lat`, kind: "float?" },
  { name: `${prefix}_Long`, kind: "float?" },
  { name: `${prefix}_FeatureID`, kind: "text" },
];

export const GDELT_EVENT_COLUMNS: readonly Column[] = [
  { name: "GLOBALEVENTID", kind: "int" },
  { name: "SQLDATE", kind: "date8" },
  { name: "MonthYear", kind: "date6" },
  { name: "Year", kind: "year" },
  { name: "FractionDate", kind: "fraction" },
  ...actorColumns(1),
  ...actorColumns(2),
  { name: "IsRootEvent", kind: "int" },
  { name: "EventCode", kind: "text" },
  { name: "EventBaseCode", kind: "text" },
  { name: "EventRootCode", kind: "text" },
  { name: "QuadClass", kind: "int" },
  { name: "GoldsteinScale", kind: "float" },
  { name: "NumMentions", kind: "int" },
  { name: "NumSources", kind: "int" },
  { name: "NumArticles", kind: "int" },
  { name: "AvgTone", kind: "float" },
  ...geoColumns("Actor1Geo"),
  ...geoColumns("Actor2Geo"),
  ...geoColumns("ActionGeo"),
  { name: "DATEADDED", kind: "datetime14" },
  { name: "SOURCEURL", kind: "text" },
];

export const GDELT_MENTION_COLUMNS: readonly Column[] = [
  { name: "GLOBALEVENTID", kind: "int" },
  { name: "EventTimeDate", kind: "datetime14" },
  { name: "MentionTimeDate", kind: "datetime14" },
  { name: "MentionType", kind: "int" },
  { name: "MentionSourceName", kind: "text" },
  { name: "MentionIdentifier", kind: "text" },
  { name: "SentenceID", kind: "int" },
  { name: "Actor1CharOffset", kind: "int" },
  { name: "Actor2CharOffset", kind: "int" },
  { name: "ActionCharOffset", kind: "int" },
  { name: "InRawText", kind: "int" },
  { name: "Confidence", kind: "int" },
  { name: "MentionDocLen", kind: "int" },
  { name: "MentionDocTone", kind: "float" },
  { name: "MentionDocTranslationInfo", kind: "text" },
  { name: "Extras", kind: "text" },
];

/** A field may hold no tab or line break; GDELT's files have none. */
const clean = (value: string | undefined) => (value ?? "").replace(/[\t\r\n]+/g, " ");

/** "2024-12-07T10:30:00Z" → "20241207103000"; a bare date gets midnight. */
export function datetime14(iso: string): string {
  const t = Date.parse(/T/.test(iso) ? iso : iso.slice(0, 10) + "T00:00:00Z");
  if (Number.isNaN(t)) return "";
  return new Date(t).toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

/** GDELT's approximation: YEAR + (MONTH * 30 + DAY) / 365, four decimals. */
function fractionDate(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  return (y + (m * 30 + d) / 365).toFixed(4);
}

/**
 * CAMEO actor codes chain 3-letter parts: a country or a known group first, then role types
 * ("RUSGOV" = RUS + GOV, "BLROPP" = BLR + OPP). Codes that are no country are a known group (NATO, UNO).
 */
function actorFields(actor: ClusterActor | undefined): string[] {
  if (!actor) return Array(10).fill("");
  const code = actor.actor;
  const facts = country(actor.country);
  const countryCode = facts?.cameo ?? actor.country ?? "";
  let types: string[] = [];
  let knownGroup = "";
  if (countryCode && code.startsWith(countryCode)) types = code.slice(countryCode.length).match(/.{3}/g) ?? [];
  else if (code && !countryCode) knownGroup = code.slice(0, 3);
  return [
    clean(code),
    clean(actor.name?.toUpperCase()),
    clean(countryCode),
    clean(knownGroup),
    "",
    "",
    "",
    clean(types[0]),
    clean(types[1]),
    clean(types[2]),
  ];
}

/** Geography of an actor: its country, as GDELT does when the text places the actor nowhere else. */
function actorGeo(actor: ClusterActor | undefined): string[] {
  const facts = country(actor?.country);
  if (!facts) return ["0", "", "", "", "", "", "", ""];
  return ["1", clean(facts.name), facts.fips, facts.fips, "", String(facts.lat ?? ""), String(facts.lon ?? ""), facts.fips];
}

function actionGeo(event: EventCluster): string[] {
  const place = event.place;
  if (!place) return ["0", "", "", "", "", "", "", ""];
  const facts = country(place.country);
  const isCountry = place.entity?.startsWith("country:") || (facts !== undefined && place.name === facts.name && place.lat === undefined);
  const fips = facts?.fips ?? "";
  if (isCountry) return ["1", clean(place.name), fips, fips, "", String(place.lat ?? facts?.lat ?? ""), String(place.lon ?? facts?.lon ?? ""), fips];
  const type = facts?.alpha3 === "USA" ? "3" : "4";
  const fullName = facts && place.name !== facts.name ? `${place.name}, ${facts.name}` : place.name;
  return [type, clean(fullName), fips, fips, "", String(place.lat ?? ""), String(place.lon ?? ""), clean(place.entity)];
}

export function gdeltEventRow(event: EventCluster): string[] {
  const day = event.day;
  const row = [
    String(event.id),
    day.replace(/-/g, ""),
    day.slice(0, 7).replace("-", ""),
    day.slice(0, 4),
    fractionDate(day),
    ...actorFields(event.source),
    ...actorFields(event.target),
    event.isRoot ? "1" : "0",
    event.code,
    event.code.slice(0, 3),
    event.rootCode,
    String(event.quadClass),
    event.goldstein.toFixed(1),
    String(event.numMentions),
    String(event.numSources),
    String(event.numArticles),
    // gazette measures no tone; 0 is GDELT's neutral value.
    "0",
    ...actorGeo(event.source),
    ...actorGeo(event.target),
    ...actionGeo(event),
    datetime14(event.addedAt),
    clean(event.url ?? `gazette:${event.document}`),
  ];
  return row;
}

export function gdeltMentionRow(mention: EventMention): string[] {
  const lang3 = languageCode3(mention.lang);
  return [
    String(mention.cluster),
    datetime14(mention.eventAddedAt),
    datetime14(mention.publishedAt ?? mention.addedAt),
    "1",
    clean(mention.source ?? ""),
    clean(mention.url ?? `gazette:${mention.document}`),
    String(mention.sentence + 1),
    String(mention.sourceOffset ?? -1),
    String(mention.targetOffset ?? -1),
    String(mention.start),
    // Found in the article's own text, not inferred across sentences.
    "1",
    String(Math.max(10, Math.min(100, Math.round(mention.confidence * 100)))),
    String(mention.documentLength),
    "0",
    mention.lang === "en" || !lang3 ? "" : `srclc:${lang3};eng:gazette`,
    "",
  ];
}

export const tsvLine = (fields: string[]) => fields.join("\t") + "\n";
