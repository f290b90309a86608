/**
 * The world knowledge base: countries, organisations, office holders, regions and cities from
 * resources/world/, loaded lazily once per process and validated row by row as they load.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gunzipSync } from "node:zlib";
import { gazetteError } from "../errors.js";
import type { EntityType } from "../model/record.js";
import { packageRoot, resourcesDir } from "../resources/paths.js";
import { loadTable, parseTable, type Row, type Table } from "../resources/table.js";
import { dayOf, isPartialDate, OPEN_END } from "./dates.js";
import { slug } from "./fold.js";

export type KbKind = "country" | "org" | "person" | "region" | "city";

/** One term of office: who held which role where, from `start` to `end` (YYYY-MM-DD, inclusive). */
export interface Term {
  person: string;
  country: string;
  role: string;
  actor: string;
  start: string;
  end: string;
}

export interface KbEntry {
  id: string;
  name: string;
  kind: KbKind;
  type: EntityType;
  country?: string;
  actor?: string;
  lat?: number;
  lon?: number;
  population?: number;
  /** Capitals, administrative seats: GeoNames feature code. */
  feature?: string;
  members?: readonly string[];
  gender?: "m" | "f";
  terms?: Term[];
}

export interface KbAlias {
  text: string;
  id: string;
  /**
   * exact: acronyms, with their capitals; name: the capitalised words need their capitals; titled: the
   * same past an opening article written either way ("the Economist"); any: phrases, in any case.
   */
  mode: "exact" | "name" | "titled" | "any";
  /** A surname alone: weaker evidence than a full name. */
  short?: boolean;
}

export interface World {
  entries: Map<string, KbEntry>;
  /** alpha-3 → the country entry. */
  countries: Map<string, KbEntry>;
  /** alpha-3 → the capital city's entry id. */
  capitals: Map<string, string>;
  /** Place id → the organisation's actor code when the city acts ("Bruxelles" for the EU). */
  seats: Map<string, string>;
  terms: Term[];
  aliases: KbAlias[];
}

const ALPHA3 = /^[A-Z]{3}$/;
const ACRONYM = /^[\p{Lu}\d&.\-]{2,8}$/u;
/**
 * An article that opens a name ("The Economist", "Le Monde"), written capitalised or not as the sentence
 * has it; "L" is the elided one ("L'Express") as the phrase index splits words.
 */
export const LEADING_ARTICLE = /^(?:The|Le|La|Les|L|L'|L’)$/;
const list = (cell: string | undefined) => (cell ? cell.split(";").map((s) => s.trim()).filter(Boolean) : []);

let world: World | undefined;

/** The knowledge base, loaded on first use. */
export function loadWorld(): World {
  world ??= buildWorld();
  return world;
}

function table(file: string, required: readonly string[]): Table {
  const t = loadTable("world", "", file, required);
  if (!t) throw gazetteError("E132", { file: `resources/world/${file}` });
  return t;
}

function fail(t: Table, row: Row, reason: string): never {
  throw gazetteError("E131", { file: t.file, line: row.line, reason });
}

function checkAlpha3(t: Table, row: Row, value: string | undefined, column: string): string | undefined {
  if (!value) return undefined;
  if (!ALPHA3.test(value)) fail(t, row, `'${column}' is not an ISO alpha-3 code: ${value}`);
  return value;
}

function nameMode(alias: string, phrase: boolean): KbAlias["mode"] {
  if (ACRONYM.test(alias) && /\p{Lu}.*\p{Lu}/u.test(alias)) return "exact";
  if (!phrase || !alias.includes(" ")) return "name";
  // French writes "Organisation des Nations unies" and "organisation des Nations Unies": a name with a
  // lower-case word is matched whatever its capitals. One capitalised throughout keeps them: "Russia
  // Today" is no "Russia today", "The Economist" no "the economist", "Le Monde" no "le monde".
  const all = alias.split(/\s+/);
  const article = LEADING_ARTICLE.test(all[0]);
  const words = (article ? all.slice(1) : all).filter((w) => w.length > 3);
  if (!words.every((w) => /^\p{Lu}/u.test(w))) return "any";
  return article && words.length > 0 ? "titled" : words.length > 1 ? "name" : "any";
}

function buildWorld(): World {
  const entries = new Map<string, KbEntry>();
  const countries = new Map<string, KbEntry>();
  const capitals = new Map<string, string>();
  const aliases: KbAlias[] = [];
  const terms: Term[] = [];
  const add = (entry: KbEntry) => {
    entries.set(entry.id, entry);
    return entry;
  };
  const alias = (id: string, text: string, mode: KbAlias["mode"], short = false) =>
    aliases.push({ text, id, mode, ...(short && { short }) });

  const ct = table("countries.tsv", ["alpha2", "alpha3", "cameo", "name_en"]);
  for (const row of ct.rows) {
    const alpha3 = checkAlpha3(ct, row, row.alpha3, "alpha3")!;
    const entry = add({
      id: `country:${alpha3}`, name: row.name_en, kind: "country", type: "GPE", country: alpha3, actor: row.cameo,
      ...(row.lat && { lat: Number(row.lat), lon: Number(row.lon) }),
    });
    countries.set(alpha3, entry);
    for (const n of new Set([row.name_en, row.name_fr, ...list(row.names_en), ...list(row.names_fr)])) {
      if (n) alias(entry.id, n, nameMode(n, false));
    }
    if (row.capital_id) capitals.set(alpha3, `place:${row.capital_id}`);
  }
  const ca = table("country-aliases.tsv", ["alpha3", "lang", "alias"]);
  for (const row of ca.rows) {
    const alpha3 = checkAlpha3(ca, row, row.alpha3, "alpha3")!;
    if (!countries.has(alpha3)) fail(ca, row, `unknown country ${alpha3}`);
    alias(`country:${alpha3}`, row.alias, nameMode(row.alias, false));
  }

  const ot = table("organisations.tsv", ["id", "name", "actor"]);
  for (const row of ot.rows) {
    const country = checkAlpha3(ot, row, row.country, "country");
    const members = list(row.members);
    for (const m of members) checkAlpha3(ot, row, m, "members");
    const entry = add({
      id: `org:${row.id}`, name: row.name, kind: "org", type: "ORG", actor: row.actor,
      ...(country && { country }), ...(members.length && { members }),
    });
    const names = list(row.names);
    if (!/[()]/.test(row.name)) names.push(row.name);
    for (const n of new Set(names)) alias(entry.id, n, nameMode(n, true));
    for (const a of list(row.acronyms)) alias(entry.id, a, "exact");
  }

  const ht = table("office-holders.tsv", ["name", "gender", "country", "role", "start"]);
  for (const row of ht.rows) {
    const country = checkAlpha3(ht, row, row.country, "country")!;
    if (row.gender !== "m" && row.gender !== "f") fail(ht, row, `gender must be m or f, not '${row.gender}'`);
    for (const column of ["start", "end"] as const) {
      if (row[column] && !isPartialDate(row[column])) fail(ht, row, `'${column}' is not a date: ${row[column]}`);
    }
    const id = `person:${slug(row.name)}`;
    const term: Term = {
      person: id, country, role: row.role, actor: row.actor || `${country}GOV`,
      start: dayOf(row.start, "start"), end: row.end ? dayOf(row.end, "end") : OPEN_END,
    };
    if (term.end < term.start) fail(ht, row, "the term ends before it starts");
    terms.push(term);
    const entry = entries.get(id) ?? add({ id, name: row.name, kind: "person", type: "PER", country, gender: row.gender, terms: [] });
    entry.terms!.push(term);
    for (const n of [row.name, ...list(row.aliases)]) alias(id, n, "name");
    const shorts = list(row.short);
    for (const s of shorts) alias(id, s, "name", true);
  }
  // A person's standing country is that of their latest term (Barroso: Portugal, then the EU's).
  for (const e of entries.values()) if (e.kind === "person") e.actor = e.terms!.at(-1)!.actor;

  const rt = table("regions.tsv", ["id", "name", "lat", "lon", "names"]);
  for (const row of rt.rows) {
    const country = checkAlpha3(rt, row, row.country, "country");
    const lat = Number(row.lat);
    const lon = Number(row.lon);
    if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) fail(rt, row, "lat/lon out of range");
    const entry = add({
      id: `place:${row.id}`, name: row.name, kind: "region", type: "LOC", lat, lon,
      ...(country && { country }), ...(row.actor && { actor: row.actor }),
    });
    for (const n of new Set([row.name, ...list(row.names)])) alias(entry.id, n, "name");
  }

  const path = join(resourcesDir, "world", "cities.tsv.gz");
  const cities = parseTable(gunzipSync(readFileSync(path)).toString("utf8"), relative(packageRoot, path), ["id", "name", "alpha3", "lat", "lon"]);
  for (const row of cities.rows) {
    const id = `place:${row.id}`;
    add({
      id, name: row.name, kind: "city", type: "LOC", country: row.alpha3, lat: Number(row.lat), lon: Number(row.lon),
      population: Number(row.population) || 0, feature: row.feature,
    });
    alias(id, row.name, "name");
    for (const n of list(row.aliases)) alias(id, n, "name");
  }
  for (const [alpha3, id] of capitals) if (!entries.has(id)) capitals.delete(alpha3);
  const seats = new Map<string, string>();
  const st = table("seats.tsv", ["city", "actor"]);
  for (const row of st.rows) {
    if (!entries.has(`place:${row.city}`)) fail(st, row, `unknown city ${row.city}`);
    seats.set(`place:${row.city}`, row.actor);
  }
  return { entries, countries, capitals, seats, terms, aliases };
}

/**
 * Whether an actor code acts for its country: "FRAGOV" for France, but not "UNO" for Guterres, whose
 * country is Portugal. No code at all is the country's.
 */
export const actsForItsCountry = (actor: string | undefined, country: string | undefined): boolean => !!country && (!actor || actor.startsWith(country));

/** Below this many people a town's name is often a common word too ("Mission", "Nice" aside). */
export const LARGE_TOWN = 100_000;

/** A city of 100,000 people or more, or a capital: a name that is the place far more often than a word. */
export function isLargeCity(kb: World, entry: KbEntry): boolean {
  return entry.kind === "city" && ((entry.population ?? 0) >= LARGE_TOWN || (!!entry.country && kb.capitals.get(entry.country) === entry.id));
}

/** The country whose capital this place is, if any. */
export function capitalOf(kb: World, placeId: string): string | undefined {
  const entry = kb.entries.get(placeId);
  if (!entry?.country || kb.capitals.get(entry.country) !== placeId) return undefined;
  return entry.country;
}
