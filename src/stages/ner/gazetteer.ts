/**
 * Gazetteer membership as a feature: the knowledge base's aliases (countries, organisations, office
 * holders, regions, cities), its entity words (titles, demonyms, agents, groups) and given names
 * (resources/world/given-names.tsv), compiled into
 * hashed token sequences so that marking a sentence costs a few Map probes per token. The model learns
 * how far to trust each kind, so a knowledge base that grows later only adds evidence.
 */
import { knowledge } from "../../kb/knowledge.js";
import { givenNames } from "../../kb/given-names.js";
import { isLargeCity } from "../../kb/world.js";
import { mix } from "../../learn/hash.js";
import { segmentRules } from "../segment/rules.js";
import { tokenize } from "../segment/tokenize.js";
import { casedHash, CAPITALISED, foldedHash, type TokenView } from "./token-view.js";

export const GAZETTEER_KINDS = [
  "country", "org", "person", "surname", "region", "city", "town", "demonym", "people", "title", "agent", "group", "given",
] as const;
type Kind = (typeof GAZETTEER_KINDS)[number];
const bit = (kind: Kind) => 1 << GAZETTEER_KINDS.indexOf(kind);
/** Kinds that need a capital on the first word (where case speaks: TokenView.caseless) sit 16 bits up. */
const NAME_SHIFT = 16;
const MAX_TOKENS = 8;
const SEED = 0x6a09e667;

export interface Gazetteer {
  /** Folded token-sequence key → kinds (any case) | kinds (capitalised) << NAME_SHIFT. */
  phrases: Map<number, number>;
  /** Exact-case sequences (acronyms: "UE", "OTAN") → kinds. */
  exact: Map<number, number>;
  /** Keys of proper prefixes of any phrase, folded or exact, so that matching stops early. */
  prefixes: Set<number>;
}

const cache = new Map<string, Gazetteer | undefined>();

/** The language's gazetteer, built once from the knowledge base; undefined where it has none. */
export function gazetteer(lang: string): Gazetteer | undefined {
  if (cache.has(lang)) return cache.get(lang);
  const kb = knowledge(lang);
  let result: Gazetteer | undefined;
  if (kb) {
    const rules = segmentRules(lang);
    const g: Gazetteer = { phrases: new Map(), exact: new Map(), prefixes: new Set() };
    /** Adds a phrase of a kind, unless the phrase already has the kind `unless`. */
    const add = (text: string, kind: Kind, mode: "exact" | "name" | "any", unless?: Kind) => {
      const t = tokenize(text, rules);
      const n = t.starts.length;
      if (n === 0 || n > MAX_TOKENS) return;
      let h = SEED;
      for (let k = 0; k < n; k++) {
        h = mix(h, mode === "exact" ? casedHash(text, t.starts[k], t.ends[k]) : foldedHash(text, t.starts[k], t.ends[k]));
        if (k < n - 1) g.prefixes.add(h);
      }
      const table = mode === "exact" ? g.exact : g.phrases;
      const known = table.get(h) ?? 0;
      if (unless !== undefined && (known & (bit(unless) | (bit(unless) << NAME_SHIFT))) !== 0) return;
      table.set(h, known | (mode === "name" ? bit(kind) << NAME_SHIFT : bit(kind)));
    };
    for (const alias of kb.world.aliases) {
      const e = kb.world.entries.get(alias.id);
      if (!e) continue;
      let kind: Kind;
      if (e.kind === "city") kind = isLargeCity(kb.world, e) ? "city" : "town";
      else if (e.kind === "person") kind = alias.short ? "surname" : "person";
      else kind = e.kind;
      add(alias.text, kind, alias.mode === "titled" ? "name" : alias.mode);
    }
    const lex = kb.lexicon;
    const caseOf = (phrase: string) => (/^\p{Lu}/u.test(phrase) ? "name" : "any");
    for (const d of lex.demonyms) add(d.form, d.people ? "people" : "demonym", d.people ? "name" : "any");
    for (const t of lex.titles) add(t.phrase, "title", caseOf(t.phrase));
    for (const a of lex.agents) add(a.phrase, "agent", caseOf(a.phrase));
    for (const gr of lex.groups) add(gr.phrase, "group", caseOf(gr.phrase));
    // Last, so that a country that is also a given name ("Jordan", "Chad") stays only a country.
    for (const name of givenNames()) add(name, "given", "name", "country");
    result = g;
  }
  cache.set(lang, result);
  return result;
}

/**
 * Marks the longest gazetteer phrase starting at each token, left to right: kinds[k] gets the
 * phrase's kinds, parts[k] its BILU position (0 begin, 1 inside, 2 last, 3 unit; -1 outside).
 */
export function markGazetteer(g: Gazetteer | undefined, view: TokenView, kinds: Int32Array, parts: Int32Array): void {
  const n = view.length;
  kinds.fill(0, 0, n);
  parts.fill(-1, 0, n);
  if (!g) return;
  const { phrases, exact, prefixes } = g;
  for (let i = 0; i < n; ) {
    let h = SEED;
    let e = view.caseless ? 0 : SEED;
    let bestEnd = -1;
    let bestKinds = 0;
    const capital = view.caseless || (view.flags[i] & CAPITALISED) !== 0;
    for (let j = i; j < n && j < i + MAX_TOKENS; j++) {
      if (h !== 0) h = mix(h, view.word[j]);
      if (e !== 0) e = mix(e, view.cased[j]);
      let found = 0;
      if (h !== 0) {
        const v = phrases.get(h);
        if (v !== undefined) found |= (v & 0xffff) | (capital ? v >>> NAME_SHIFT : 0);
      }
      if (e !== 0) found |= exact.get(e) ?? 0;
      if (found !== 0) {
        bestEnd = j;
        bestKinds = found;
      }
      if (h !== 0 && !prefixes.has(h)) h = 0;
      if (e !== 0 && !prefixes.has(e)) e = 0;
      if (h === 0 && e === 0) break;
    }
    if (bestEnd < 0) {
      i++;
      continue;
    }
    for (let k = i; k <= bestEnd; k++) {
      kinds[k] = bestKinds;
      parts[k] = i === bestEnd ? 3 : k === i ? 0 : k === bestEnd ? 2 : 1;
    }
    i = bestEnd + 1;
  }
}
