/**
 * Entities on the gold articles (../shared/data/gold, rules in its README.md), scored as
 * ../shared/tools/score.py scores them: recall (span overlap + type), precision on gold spans, and
 * linking accuracy (country or CAMEO actor agrees) on the found entities that have a country or actor;
 * plus the country and actor agreement apart, geocoding within 25 km (reference: the gold coordinates,
 * else the most populous GeoNames place of the gold canonical name in the gold country), and a peer:
 * the PETRARCH/Phoenix actor dictionaries used as a plain alias list (no types, no coordinates).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fold } from "../../src/kb/fold.js";
import type { Entity } from "../../src/model/record.js";
import { distanceKm } from "../../src/stages/entities/geocode.js";
import { readCities } from "../world/geonames.js";
import { dataPath } from "../data.js";
import { analyseGold, readGold, type GoldBase } from "./gold.js";
import type { EvalRow, EvalSuite } from "./suite.js";

interface GoldEntity {
  text: string;
  type: string;
  canonical: string;
  country?: string;
  actor?: string;
  lat?: number;
  lon?: number;
  mentions?: unknown[];
  required?: boolean;
}

interface GoldArticle extends GoldBase {
  entities: GoldEntity[];
}

type Predicted = Pick<Entity, "type" | "name" | "country" | "actor" | "lat" | "lon"> & { spans: Array<[number, number]> };

const GEO_KM = 25;

/** Every whole-word occurrence of `surface` (score.py's `occurrences`). */
function occurrences(text: string, surface: string): Array<[number, number]> {
  if (!surface) return [];
  const escaped = surface.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`, "gu"))].map((m) => [m.index!, m.index! + surface.length]);
}

const sameSpan = (a: [number, number], b: [number, number]) => {
  const inter = Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
  return inter > 0 && inter * 2 >= Math.max(a[1] - a[0], b[1] - b[0]);
};

const spansOf = (text: string, e: GoldEntity) =>
  [...new Set([e.text, ...(e.mentions ?? []).filter((m): m is string => typeof m === "string")])].flatMap((f) => occurrences(text, f));

interface Tally {
  gold: number; linkableGold: number; found: number; pred: number; predOnGold: number; linkable: number; linked: number;
  countryN: number; countryOk: number; actorN: number; actorOk: number; places: number; placed: number;
  /** Per linkable gold entity ("article#index"): found and linked right, or not. */
  outcomes: Map<string, boolean>;
}

const empty = (): Tally => ({ gold: 0, linkableGold: 0, found: 0, pred: 0, predOnGold: 0, linkable: 0, linked: 0, countryN: 0, countryOk: 0, actorN: 0, actorOk: 0, places: 0, placed: 0, outcomes: new Map() });

let reference: Map<string, { lat: number; lon: number; population: number }> | undefined;

/** Reference coordinates from GeoNames by canonical name and country (independent of gazette's index). */
function referencePoint(e: GoldEntity): { lat: number; lon: number } | undefined {
  if (e.lat !== undefined && e.lon !== undefined) return { lat: e.lat, lon: e.lon };
  if (!e.country) return undefined;
  if (!reference) {
    reference = new Map();
    const iso = createRequire(import.meta.url)("i18n-iso-countries") as { alpha2ToAlpha3(code: string): string | undefined };
    for (const c of readCities()) {
      const key = `${fold(c.name)}\u0000${iso.alpha2ToAlpha3(c.alpha2)}`;
      const prev = reference.get(key);
      if (!prev || prev.population < c.population) reference.set(key, { lat: c.lat, lon: c.lon, population: c.population });
    }
  }
  return reference.get(`${fold(e.canonical.split(",")[0])}\u0000${e.country}`);
}

function scoreArticle(text: string, gold: GoldArticle, predicted: Predicted[], tally: Tally, typed: boolean): void {
  const required = gold.entities.filter((e) => e.required !== false);
  const mentions = predicted.flatMap((p) => p.spans.map((s) => [s, p] as const));
  const allGold = gold.entities.flatMap((e) => spansOf(text, e));
  tally.gold += required.length;
  tally.pred += mentions.length;
  tally.predOnGold += mentions.filter(([s]) => allGold.some((g) => sameSpan(s, g))).length;
  if (process.env.GAZETTE_EVAL_DEBUG && typed) {
    for (const [s, p] of mentions) if (!allGold.some((g) => sameSpan(s, g))) console.log(`  extra ${gold.id}: ${text.slice(s[0], s[1])} (${p.type})`);
  }
  for (const [index, g] of required.entries()) {
    if (g.country || g.actor) tally.linkableGold++;
    const gs = spansOf(text, g);
    const hit = mentions.find(([s, p]) => (!typed || p.type === g.type || (["GPE", "LOC"].includes(p.type) && ["GPE", "LOC"].includes(g.type))) && gs.some((x) => sameSpan(s, x)))?.[1];
    if (!hit) {
      if (process.env.GAZETTE_EVAL_DEBUG && typed) console.log(`  missed ${gold.id}: ${g.text} (${g.type})`);
      continue;
    }
    tally.found++;
    const gc = g.country?.toUpperCase() ?? "";
    const ga = g.actor?.toUpperCase() ?? "";
    const pc = hit.country?.toUpperCase() ?? "";
    const pa = hit.actor?.toUpperCase() ?? "";
    if (gc || ga) {
      tally.linkable++;
      const right = Boolean((gc && pc === gc) || (ga && pa && (pa.startsWith(ga) || ga.startsWith(pa))));
      tally.outcomes.set(`${gold.id}#${index}`, right);
      if (right) tally.linked++;
      else if (process.env.GAZETTE_EVAL_DEBUG && typed) console.log(`  mislinked ${gold.id}: ${g.text} → ${hit.name} ${pc}/${pa} (gold ${gc}/${ga})`);
    }
    if (gc) {
      tally.countryN++;
      if (pc === gc) tally.countryOk++;
    }
    if (ga) {
      tally.actorN++;
      if (pa && (pa.startsWith(ga) || ga.startsWith(pa))) tally.actorOk++;
    }
    if (g.type === "LOC") {
      const ref = referencePoint(g);
      if (ref) {
        tally.places++;
        if (hit.lat !== undefined && hit.lon !== undefined && distanceKm(ref.lat, ref.lon, hit.lat, hit.lon) <= GEO_KM) tally.placed++;
        else if (process.env.GAZETTE_EVAL_DEBUG && typed) console.log(`  misplaced ${gold.id}: ${g.text} → ${hit.name} ${hit.lat},${hit.lon}`);
      }
    }
  }
}

interface PhoenixEntry {
  codes: Array<{ code: string; from: string; to: string }>;
}

/** The Phoenix actor dictionaries (TABARI format) as alias → entry. */
function phoenixAliases(): Map<string, PhoenixEntry> {
  const dir = dataPath("events", "petrarch2", "dictionaries");
  const out = new Map<string, PhoenixEntry>();
  const day = (yymmdd: string) => `${Number(yymmdd.slice(0, 2)) < 30 ? "20" : "19"}${yymmdd.slice(0, 2)}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
  for (const file of ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"]) {
    let current: PhoenixEntry | undefined;
    for (const raw of readFileSync(join(dir, file), "utf8").split("\n")) {
      const line = raw.replace(/#.*/, "").replace(/\{[^}]*\}/g, "");
      if (!line.trim()) continue;
      const codes = [...line.matchAll(/\[(?<code>[A-Z0-9]+)(?:\s+(?<range>[<>]?\d{6}(?:-\d{6})?))?\]/g)].map((m) => {
        const range = m.groups!.range ?? "";
        const [a, b] = range.replace(/^[<>]/, "").split("-");
        if (range.startsWith(">")) return { code: m.groups!.code, from: day(a), to: "9999" };
        if (range.startsWith("<")) return { code: m.groups!.code, from: "0000", to: day(a) };
        return { code: m.groups!.code, from: a ? day(a) : "0000", to: b ? day(b) : "9999" };
      });
      const name = line.startsWith("+") ? line.slice(1) : /^\S/.test(line) ? line.split(/[\s[]/)[0] : "";
      if (/^\S/.test(line) && !line.startsWith("+")) {
        current = { codes: [] };
      }
      if (current && codes.length) current.codes.push(...codes);
      const alias = fold(name.replace(/_/g, " "));
      if (current && alias.length >= 3 && !out.has(alias)) out.set(alias, current);
    }
  }
  return out;
}

function phoenixPredict(text: string, aliases: Map<string, PhoenixEntry>, publishedAt: string): Predicted[] {
  const words = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const out: Predicted[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = Math.min(words.length - 1, i + 6); j >= i; j--) {
      const entry = aliases.get(fold(text.slice(words[i].start, words[j].end)));
      if (!entry || !entry.codes.length) continue;
      const code = (entry.codes.find((c) => c.from <= publishedAt && publishedAt <= c.to) ?? entry.codes[0]).code;
      const country = /^[A-Z]{3}/.test(code) && !["IGO", "NGO", "IMG", "MNC"].includes(code.slice(0, 3)) ? code.slice(0, 3) : undefined;
      out.push({ type: "MISC", name: code, actor: code, ...(country && { country }), spans: [[words[i].start, words[j].end]] });
      i = j;
      break;
    }
  }
  return out;
}

const ratio = (a: number, b: number) => (b ? a / b : 0);

function rows(corpus: string, t: Tally, withPlaces: boolean): EvalRow[] {
  const out: EvalRow[] = [
    { lang: "fr", corpus, metric: "linking_accuracy", value: ratio(t.linked, t.linkable), n: t.linkable },
    { lang: "fr", corpus, metric: "linked_of_gold", value: ratio(t.linked, t.linkableGold), n: t.linkableGold },
    { lang: "fr", corpus, metric: "country_accuracy", value: ratio(t.countryOk, t.countryN), n: t.countryN },
    { lang: "fr", corpus, metric: "actor_accuracy", value: ratio(t.actorOk, t.actorN), n: t.actorN },
    { lang: "fr", corpus, metric: "entity_recall", value: ratio(t.found, t.gold), n: t.gold },
    { lang: "fr", corpus, metric: "entity_precision", value: ratio(t.predOnGold, t.pred), n: t.pred },
  ];
  if (withPlaces) out.push({ lang: "fr", corpus, metric: "geocoding_25km", value: ratio(t.placed, t.places), n: t.places });
  return out;
}

export const entitiesSuite: EvalSuite = {
  name: "entities",
  title: "entity linking, geocoding and recall on the gold articles; Phoenix dictionaries as a peer",
  async run() {
    const ours = empty();
    const peer = empty();
    const phoenix = phoenixAliases();
    for (const gold of readGold<{ entities: GoldEntity[] }>()) {
      const text = gold.text;
      const doc = await analyseGold(gold);
      const predicted = (doc.layers.entities ?? []).map((e) => ({ ...e, spans: e.mentions.map((m) => [m.start, m.end] as [number, number]) }));
      scoreArticle(text, gold, predicted, ours, true);
      scoreArticle(text, gold, phoenixPredict(text, phoenix, gold.publishedAt ?? "9999"), peer, false);
    }
    // The peer links few entities, nearly all right: compare both on the entities it finds, where a
    // miss counts as a wrong link, so that coverage is not traded for accuracy.
    const peerFinds = [...peer.outcomes.keys()];
    const onPeerFinds = (t: Tally) => ratio(peerFinds.filter((k) => t.outcomes.get(k)).length, peerFinds.length);
    const headToHead = (corpus: string, t: Tally): EvalRow => ({ lang: "fr", corpus, metric: "linking_on_peer_finds", value: onPeerFinds(t), n: peerFinds.length });
    return [
      ...rows("gold", ours, true),
      headToHead("gold", ours),
      ...rows("gold-phoenix-peer", peer, true).map((row) => ({ ...row, peer: true })),
      { ...headToHead("gold-phoenix-peer", peer), peer: true },
    ];
  },
};
