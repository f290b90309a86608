/**
 * A language's quote rules, read once from resources/<lang>/quotes/: quotation marks, speech dashes,
 * speech verbs and their forms, the small words cues are made of, and the cue patterns.
 */
import { gazetteError } from "../../errors.js";
import { loadTable, type Row } from "../../resources/table.js";
import { anaphorPhrases, personAnaphorPhrases, type Agreement } from "../entities/anaphora.js";
import { segment } from "../segment/segment.js";
import { parsePattern, type Pattern } from "./pattern.js";
import { norm } from "./norm.js";

export interface MarkPair {
  id: string;
  open: string;
  close: string;
}

export type DashUse = "dialogue" | "attribution";

export type WordRole =
  | "auxiliary"
  | "reflexive"
  | "reflexive-auxiliary"
  | "clitic"
  | "filler"
  | "pronoun"
  | "relative"
  | "boundary"
  | "stop"
  | "first-person"
  | "infinitive-marker"
  | "passive-auxiliary"
  | "negation"
  | "topic"
  | "anaphor"
  | "person-anaphor"
  | "personal";

/** A word or phrase of words.tsv, as the normalised forms of its syntactic words. */
export interface Phrase {
  forms: string[];
  /** How a pronoun names the speaker ("-t-il" → "il"). */
  norm?: string;
}

export interface QuoteRules {
  lang: string;
  marks: MarkPair[];
  dashes: Map<string, Set<DashUse>>;
  /** Normalised verb form → lemma. */
  verbForms: Map<string, string>;
  /** Lemma → its tags ("bare"). */
  verbTags: Map<string, Set<string>>;
  /** Forms that report with no subject of their own ("affirmant", "adding"). */
  gerunds: Set<string>;
  phrases: Map<WordRole, Phrase[]>;
  /** Personal subject pronoun ("il", "she") → what it can stand for. */
  personal: Map<string, Agreement>;
  /** Personal pronouns that can be a subject: those words.tsv gives no subject form as norm ("il", not "lui"). */
  subjectPronouns: Set<string>;
  patterns: Pattern[];
}

const ROLES: readonly WordRole[] = ["auxiliary", "reflexive", "reflexive-auxiliary", "clitic", "filler", "pronoun", "relative", "boundary", "stop", "first-person", "infinitive-marker", "passive-auxiliary", "negation", "topic", "personal"];

const cache = new Map<string, QuoteRules | undefined>();

/** The syntactic words of a phrase as the segmenter cuts them ("d'après" → "d'", "après"). */
export function phraseForms(text: string, lang: string): string[] {
  // An elided word ("qu'", "s'") is cut as such only before a word: segment it with one, then drop it.
  // So is a pronoun joined to its verb ("-t-il"): segment it after one.
  const elided = /['’]$/.test(text);
  const joined = text.startsWith("-");
  const forms = segment(`${joined ? "x" : ""}${text}${elided ? "x" : ""}`, lang).tokens.flat().map((t) => norm(t.form ?? t.text));
  return forms.slice(joined ? 1 : 0, elided ? -1 : undefined);
}

/** The rules for a language, or undefined when it has no quote resources. */
export function quoteRules(lang: string): QuoteRules | undefined {
  if (cache.has(lang)) return cache.get(lang);
  const rules = load(lang);
  cache.set(lang, rules);
  return rules;
}

function load(lang: string): QuoteRules | undefined {
  const marks = loadTable(lang, "quotes", "marks.tsv", ["id", "open", "close"]);
  if (!marks) return undefined;
  const need = (file: string, columns: string[]) => {
    const table = loadTable(lang, "quotes", file, columns);
    if (!table) throw gazetteError("E132", { file: `resources/${lang}/quotes/${file}` });
    return table;
  };

  const dashes = new Map<string, Set<DashUse>>();
  for (const row of need("dashes.tsv", ["mark", "use"]).rows) {
    if (row.use !== "dialogue" && row.use !== "attribution") {
      throw gazetteError("E131", { file: `resources/${lang}/quotes/dashes.tsv`, line: row.line, reason: `unknown use '${row.use}'` });
    }
    const uses = dashes.get(row.mark) ?? new Set<DashUse>();
    uses.add(row.use);
    dashes.set(row.mark, uses);
  }

  const inflections = readInflections(need("inflections.tsv", ["ending", "endings"]).rows);
  const gerundEndings = inflections.filter((i) => i.gerund).flatMap((i) => i.endings).filter(Boolean);
  const verbForms = new Map<string, string>();
  const verbTags = new Map<string, Set<string>>();
  const gerunds = new Set<string>();
  for (const row of need("verbs.tsv", ["lemma"]).rows) {
    const lemma = norm(row.lemma);
    for (const form of verbFormsOf(lemma, row.forms ?? "", inflections)) {
      if (!verbForms.has(form)) verbForms.set(form, lemma);
      if (form !== lemma && gerundEndings.some((e) => form.endsWith(e))) gerunds.add(form);
    }
    verbTags.set(lemma, new Set((row.tags ?? "").split(/\s+/).filter(Boolean)));
  }

  const phrases = new Map<WordRole, Phrase[]>(ROLES.map((r) => [r, []]));
  const personal = new Map<string, Agreement>();
  const subjectPronouns = new Set<string>();
  for (const row of need("words.tsv", ["word", "role"]).rows) {
    const list = phrases.get(row.role as WordRole);
    if (!list) throw gazetteError("E131", { file: `resources/${lang}/quotes/words.tsv`, line: row.line, reason: `unknown role '${row.role}'` });
    const forms = phraseForms(row.word, lang);
    list.push({ forms, ...(row.norm && { norm: row.norm }) });
    if (row.role !== "personal") continue;
    personal.set(norm(row.word), agreementOf(row, lang));
    if (!row.norm && forms.length === 1) subjectPronouns.add(forms[0]);
  }
  // Anaphors are the entities stage's data: events read them too.
  phrases.set("anaphor", anaphorPhrases(lang).map((p) => ({ forms: phraseForms(p, lang) })));
  phrases.set("person-anaphor", personAnaphorPhrases(lang).map((p) => ({ forms: phraseForms(p, lang) })));
  // Longest phrases first, so "pour leur part" is tried before a shorter phrase it starts with.
  for (const list of phrases.values()) list.sort((a, b) => b.forms.length - a.forms.length);

  const patterns = need("cues.tsv", ["id", "pattern"]).rows.map((row) => {
    try {
      return parsePattern(row.id, row.pattern, (text) => phraseForms(text, lang));
    } catch (error) {
      throw gazetteError("E131", { file: `resources/${lang}/quotes/cues.tsv`, line: row.line, reason: (error as Error).message });
    }
  });

  return {
    lang,
    marks: marks.rows.map((r) => ({ id: r.id, open: r.open, close: r.close })),
    dashes,
    verbForms,
    verbTags,
    gerunds,
    phrases,
    personal,
    subjectPronouns,
    patterns,
  };
}

function agreementOf(row: Row, lang: string): Agreement {
  const { gender, number, refers } = row;
  if ((gender && gender !== "m" && gender !== "f" && gender !== "n") || (number !== "sg" && number !== "pl") || (refers && refers !== "person")) {
    throw gazetteError("E131", { file: `resources/${lang}/quotes/words.tsv`, line: row.line, reason: "a personal pronoun needs gender m, f, n or empty, number sg or pl, refers person or empty" });
  }
  return { ...(gender && { gender: gender as Agreement["gender"] }), plural: number === "pl", ...(refers === "person" && { person: true }) };
}

export interface Inflection {
  ending: string;
  endings: string[];
  gerund: boolean;
}

export function readInflections(rows: ReadonlyArray<Record<string, string>>): Inflection[] {
  const bare = (e: string) => (e === "-" ? "" : e);
  return rows.map((r) => ({ ending: bare(r.ending), endings: r.endings.split(/\s+/).map(bare), gerund: r.mood === "gerund" }));
}

/** Every form of a lemma: the endings of the rows with its longest matching ending, the lemma, and listed forms. */
export function verbFormsOf(lemma: string, extra: string, inflections: readonly Inflection[]): string[] {
  const longest = Math.max(-1, ...inflections.filter((i) => lemma.endsWith(i.ending)).map((i) => i.ending.length));
  const stem = lemma.slice(0, lemma.length - Math.max(0, longest));
  const generated = inflections.filter((i) => i.ending.length === longest && lemma.endsWith(i.ending)).flatMap((i) => i.endings.map((e) => stem + e));
  return [...new Set([lemma, ...generated, ...extra.split(/\s+/).filter(Boolean).map(norm)])];
}
