/**
 * A language's entity words (resources/<lang>/entities/): demonyms, titles, agents, group names,
 * pronouns and word classes. Loaded once per language; every row is validated as it loads.
 */
import { gazetteError } from "../errors.js";
import type { EntityType } from "../model/record.js";
import { loadTable, type Row, type Table } from "../resources/table.js";
import { fold } from "./fold.js";

export interface Demonym {
  country: string;
  /** The written form: lower-case adjective ("russes") or the people ("Russes", "Russians"). */
  form: string;
  people: boolean;
  gender?: "m" | "f";
  plural: boolean;
}

export interface Title {
  phrase: string;
  role?: string;
  sector?: string;
  gender?: "m" | "f";
  kind: "office" | "honorific" | "counterpart";
  countries?: readonly string[];
}

export interface Agent {
  phrase: string;
  code: string;
  role: string;
  type: EntityType;
}

export interface Group {
  phrase: string;
  actor: string;
  name: string;
  type: EntityType;
}

export interface Pronoun {
  form: string;
  gender?: "m" | "f";
  plural: boolean;
}

export type WordKind = "stop" | "locative" | "impersonal" | "connector" | "org-head" | "loc-head" | "misc-head" | "member-of" | "article" | "brand" | "title-word" | "of" | "near" | "determiner" | "ethnic" | "legal-form" | "conjunction" | "unit" | "title-modifier";

export interface Lexicon {
  lang: string;
  demonyms: Demonym[];
  titles: Title[];
  agents: Agent[];
  groups: Group[];
  pronouns: Pronoun[];
  /** folded word → its classes. */
  words: Map<string, Set<WordKind>>;
}

const TYPES = new Set(["PER", "ORG", "GPE", "LOC", "MISC"]);
const WORD_KINDS = new Set<WordKind>(["stop", "locative", "impersonal", "connector", "org-head", "loc-head", "misc-head", "member-of", "article", "brand", "title-word", "of", "near", "determiner", "ethnic", "legal-form", "conjunction", "unit", "title-modifier"]);
const cache = new Map<string, Lexicon>();

function fail(t: Table, row: Row, reason: string): never {
  throw gazetteError("E131", { file: t.file, line: row.line, reason });
}

const gender = (t: Table, row: Row, value: string | undefined): "m" | "f" | undefined => {
  if (!value) return undefined;
  if (value !== "m" && value !== "f") fail(t, row, `gender must be m, f or empty, not '${value}'`);
  return value;
};

const type = (t: Table, row: Row, value: string): EntityType => {
  if (!TYPES.has(value)) fail(t, row, `unknown entity type '${value}'`);
  return value as EntityType;
};

/** French plural of an adjective or noun: -s, nothing after s or x. */
export function pluralOf(word: string): string {
  return /[sx]$/.test(word) ? word : word + "s";
}

/** The people: "russe" → "Russe"; "sud-africain" → "Sud-Africain". */
const capitalise = (word: string) => word.replace(/(^|-)(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());

export function loadLexicon(lang: string): Lexicon | undefined {
  if (cache.has(lang)) return cache.get(lang);
  const words = loadTable(lang, "entities", "words.tsv", ["word", "kind"]);
  if (!words) return undefined;
  const lexicon: Lexicon = { lang, demonyms: [], titles: [], agents: [], groups: [], pronouns: [], words: new Map() };

  for (const row of words.rows) {
    if (!WORD_KINDS.has(row.kind as WordKind)) fail(words, row, `unknown word kind '${row.kind}'`);
    const key = fold(row.word);
    lexicon.words.set(key, (lexicon.words.get(key) ?? new Set()).add(row.kind as WordKind));
  }

  const dem = loadTable(lang, "entities", "demonyms.tsv", ["alpha3"]);
  for (const row of dem?.rows ?? []) {
    if (!/^[A-Z]{3}$/.test(row.alpha3)) fail(dem!, row, `'alpha3' is not an ISO alpha-3 code: ${row.alpha3}`);
    const country = row.alpha3;
    if (row.masc !== undefined) {
      // French: four adjective forms; their capitalised forms name the people.
      const forms: Array<[string, "m" | "f", boolean]> = [
        [row.masc, "m", false], [row.fem, "f", false],
        [row.masc_pl || pluralOf(row.masc), "m", true], [row.fem_pl || pluralOf(row.fem), "f", true],
      ];
      for (const [form, g, plural] of forms) {
        if (!form) fail(dem!, row, "an empty adjective form");
        lexicon.demonyms.push({ country, form, people: false, gender: g, plural });
        lexicon.demonyms.push({ country, form: capitalise(form), people: true, gender: g, plural });
      }
    } else {
      if (!row.adjective || !row.people) fail(dem!, row, "needs 'adjective' and 'people'");
      lexicon.demonyms.push({ country, form: row.adjective, people: false, plural: false });
      lexicon.demonyms.push({ country, form: row.people, people: true, plural: true });
    }
  }

  const tt = loadTable(lang, "entities", "titles.tsv", ["phrase", "kind"]);
  for (const row of tt?.rows ?? []) {
    if (!["office", "honorific", "counterpart"].includes(row.kind)) fail(tt!, row, `unknown title kind '${row.kind}'`);
    const countries = row.countries ? row.countries.split(";") : [];
    lexicon.titles.push({
      phrase: row.phrase, kind: row.kind as Title["kind"],
      ...(row.role && { role: row.role }), ...(row.sector && { sector: row.sector }),
      ...(gender(tt!, row, row.gender) && { gender: row.gender as "m" | "f" }), ...(countries.length && { countries }),
    });
  }

  const at = loadTable(lang, "entities", "agents.tsv", ["phrase", "code", "role", "type"]);
  for (const row of at?.rows ?? []) {
    if (!/^[A-Z]{3}$/.test(row.code)) fail(at!, row, `'code' is not a CAMEO sector code: ${row.code}`);
    lexicon.agents.push({ phrase: row.phrase, code: row.code, role: row.role, type: type(at!, row, row.type) });
  }

  const gt = loadTable(lang, "entities", "groups.tsv", ["phrase", "actor", "name", "type"]);
  for (const row of gt?.rows ?? []) {
    lexicon.groups.push({ phrase: row.phrase, actor: row.actor, name: row.name, type: type(gt!, row, row.type) });
  }

  const pt = loadTable(lang, "entities", "pronouns.tsv", ["form", "number"]);
  for (const row of pt?.rows ?? []) {
    if (row.number !== "sg" && row.number !== "pl") fail(pt!, row, `number must be sg or pl, not '${row.number}'`);
    lexicon.pronouns.push({ form: row.form, plural: row.number === "pl", ...(gender(pt!, row, row.gender) && { gender: row.gender as "m" | "f" }) });
  }
  cache.set(lang, lexicon);
  return lexicon;
}

/** Folded forms of the words asked about: the recogniser asks about the same words again and again. */
const folded = new Map<string, string>();

export function hasWordKind(lexicon: Lexicon, word: string, kind: WordKind): boolean {
  let key = folded.get(word);
  if (key === undefined) {
    if (folded.size > 50_000) folded.clear();
    key = fold(word);
    folded.set(word, key);
  }
  return lexicon.words.get(key)?.has(kind) ?? false;
}
