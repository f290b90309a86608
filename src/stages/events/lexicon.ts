/**
 * A language's event lexicon: predicates (verbs and event nouns) with their CAMEO code and argument
 * frame, light verbs, modality cues and the function words of the word-order fallback. Everything here
 * comes from resources/<lang>/events/*.tsv; a PETRARCH dictionary (petrarch.ts) fills the same shape.
 */
import { loadTable, type Row } from "../../resources/table.js";
import type { Modality } from "../../model/record.js";

/** Where an actor is found: a relation (subj, obj, iobj, amod, gov-subj) or a preposition ("à", "de la part de"). */
export type Slot = string;

export interface Predicate {
  /** "fr/events/verbs:signer+accord": what the audit trail prints. */
  readonly id: string;
  readonly pos: "verb" | "noun";
  readonly lemma: string;
  /** Words after the first one, for multi-word nouns ("grève de la faim" → de, la, faim). */
  readonly tail: readonly string[];
  /** CAMEO code; undefined for a row that says "this reading is no event". */
  readonly code?: string;
  /** PETRARCH paired codes ("032:033"): the event the target does back to the source. */
  readonly reverseCode?: string;
  /** Lemmas (lower case) of the object that select this row; undefined: any object. */
  readonly object?: ReadonlySet<string>;
  /** Words that must come shortly before the predicate (PETRARCH patterns "- SAID WOULD NOT *"). */
  readonly before?: readonly string[];
  readonly source: readonly Slot[];
  readonly target: readonly Slot[];
  readonly symmetric: boolean;
  /** A noun that names who acts (source "self": "protester"): an argument of another event is no event of its own. */
  readonly agent?: boolean;
}

export interface ModalityCues {
  readonly governors: ReadonlyMap<string, Modality>;
  readonly negations: ReadonlySet<string>;
  readonly auxiliaries: ReadonlyMap<string, Modality>;
  /** Auxiliaries of ability ("can"): denied, the event did not happen but was not refused ("cannot negotiate"). */
  readonly abilities: ReadonlySet<string>;
  /** Morphological features ("Tense=Fut") of the predicate or its auxiliary. */
  readonly features: ReadonlyArray<readonly [string, Modality]>;
  readonly reported: ReadonlySet<string>;
  /** Features of an auxiliary that make a past perfect ("avait signé"): an event recalled, not news. */
  readonly background: ReadonlyArray<string>;
  /** Auxiliaries of obligation ("must"): in what a statement reports, another actor is being told to act. */
  readonly obligations: ReadonlySet<string>;
  /** Subordinators of a condition ("if", "si"): the clause they open tells what may happen. */
  readonly conditions: ReadonlySet<string>;
  /** Negative clitics ("ne"): where a language has them, a negative word denies only a verb that has one. */
  readonly clitics: ReadonlySet<string>;
  /** Auxiliaries of the conditional mood ("would"): what a statement reports with one is its future. */
  readonly conditionals: ReadonlySet<string>;
  /** Governors of what was not done, without being refused ("failed to agree", "pour éviter le blocage"). */
  readonly failures: ReadonlySet<string>;
}

export interface FunctionWords {
  readonly passive: ReadonlySet<string>;
  readonly agent: ReadonlySet<string>;
  readonly clause: ReadonlySet<string>;
  readonly and: ReadonlySet<string>;
  /** The preposition of a nominal's owner ("la direction de l'entreprise"): an unnamed group speaks for it. */
  readonly of: ReadonlySet<string>;
  /** Pronouns that stand for nobody in particular ("on", "one"): never an actor. */
  readonly indefinite: ReadonlySet<string>;
  /** Prepositions of place: a country after one is where an event happens ("arrêté au Liban"). */
  readonly locative: ReadonlySet<string>;
  /** Verbs that also report accidental deaths and wounds ("tuer", "kill"): unattributed, no assault. */
  readonly mishap: ReadonlySet<string>;
}

export interface EventLexicon {
  readonly lang: string;
  readonly verbs: ReadonlyMap<string, readonly Predicate[]>;
  readonly nouns: ReadonlyMap<string, readonly Predicate[]>;
  /** Light verb lemma → the slot where its event noun hangs. */
  readonly light: ReadonlyMap<string, Slot>;
  readonly modality: ModalityCues;
  readonly words: FunctionWords;
  /** Inflected form (lower case) → lemmas, for text without a tagger. */
  readonly forms: ReadonlyMap<string, ReadonlyArray<{ lemma: string; pos: "verb" | "noun" }>>;
  /**
   * How an event that is announced rather than done is coded, by `${reading}:${root}` (reading: a
   * modality or "obligation"): "will send aid" → 033, "would attack" → 138, "will not accept" → 120.
   */
  readonly intents: ReadonlyMap<string, string>;
}

const MODALITIES: ReadonlySet<string> = new Set(["occurred", "planned", "intended", "negated", "hypothetical", "reported"]);

/** The source slot of a noun that names who acts ("manifestant", "protester"). */
const SELF = "self";

const slots = (cell: string | undefined): Slot[] =>
  (cell ?? "").split("|").map((s) => s.trim()).filter((s) => s.length > 0);

/** Builds predicates from rows of verbs.tsv / nouns.tsv. */
export function predicatesFrom(rows: readonly Row[], pos: "verb" | "noun", origin: string): Map<string, Predicate[]> {
  const out = new Map<string, Predicate[]>();
  for (const row of rows) {
    const words = row.lemma.toLowerCase().split(/\s+/);
    const objects = (row.object ?? "").split(",").map((o) => o.trim().toLowerCase()).filter(Boolean);
    const id = `${origin}:${row.lemma.replace(/\s+/g, "_")}${objects.length ? "+" + objects[0] : ""}`;
    const sources = slots(row.source);
    const ownSources = sources.filter((slot) => slot !== SELF);
    const predicate: Predicate = {
      id,
      pos,
      lemma: words[0],
      tail: words.slice(1),
      ...(row.code !== "-" && { code: row.code }),
      ...(objects.length > 0 && { object: new Set(objects) }),
      source: ownSources.length ? ownSources : ["subj"],
      target: slots(row.target),
      symmetric: row.symmetric === "yes",
      ...(sources.includes(SELF) && { agent: true }),
    };
    const list = out.get(words[0]) ?? [];
    list.push(predicate);
    out.set(words[0], list);
  }
  // Longer phrases are tried first ("grève de la faim" before "grève"), then rows with an object
  // constraint; the plain row is the default.
  for (const list of out.values()) list.sort((a, b) => b.tail.length - a.tail.length || Number(b.object !== undefined) - Number(a.object !== undefined));
  return out;
}

function modalityCues(rows: readonly Row[]): ModalityCues {
  const governors = new Map<string, Modality>();
  const auxiliaries = new Map<string, Modality>();
  const negations = new Set<string>();
  const abilities = new Set<string>();
  const reported = new Set<string>();
  const features: Array<[string, Modality]> = [];
  const background: string[] = [];
  const obligations = new Set<string>();
  const conditions = new Set<string>();
  const conditionals = new Set<string>();
  const clitics = new Set<string>();
  const failures = new Set<string>();
  for (const row of rows) {
    const modality = row.modality as Modality;
    if (row.kind !== "background" && !MODALITIES.has(modality)) throw new Error(`internal: modality '${row.modality}' on line ${row.line}`);
    if (row.kind === "governor" || row.kind === "failure") governors.set(row.cue.toLowerCase(), modality);
    if (row.kind === "conditional") conditionals.add(row.cue.toLowerCase());
    if (row.kind === "failure") failures.add(row.cue.toLowerCase());
    else if (row.kind === "auxiliary" || row.kind === "conditional") auxiliaries.set(row.cue.toLowerCase(), modality);
    else if (row.kind === "negation") negations.add(row.cue.toLowerCase());
    else if (row.kind === "clitic") clitics.add(row.cue.toLowerCase());
    else if (row.kind === "ability") abilities.add(row.cue.toLowerCase());
    else if (row.kind === "reported") reported.add(row.cue.toLowerCase());
    else if (row.kind === "feature") features.push([row.cue, modality]);
    else if (row.kind === "background") background.push(row.cue);
    else if (row.kind === "obligation") obligations.add(row.cue.toLowerCase());
    else if (row.kind === "condition") conditions.add(row.cue.toLowerCase());
  }
  return { governors, negations, auxiliaries, abilities, features, reported, background, obligations, conditions, conditionals, clitics, failures };
}

interface InflectionRule {
  pos: string;
  ending: string;
  strip: number;
  suffixes: string[];
}

/** Every inflected form of the lexicon's lemmas, from the language's inflection rules and irregular forms. */
function inflect(lang: string, verbs: Map<string, Predicate[]>, nouns: Map<string, Predicate[]>): Map<string, Array<{ lemma: string; pos: "verb" | "noun" }>> {
  const forms = new Map<string, Array<{ lemma: string; pos: "verb" | "noun" }>>();
  const add = (form: string, lemma: string, pos: "verb" | "noun") => {
    const list = forms.get(form) ?? [];
    if (!list.some((f) => f.lemma === lemma && f.pos === pos)) list.push({ lemma, pos });
    forms.set(form, list);
  };
  const rules: InflectionRule[] = (loadTable(lang, "events", "inflections.tsv", ["pos", "strip"])?.rows ?? []).map((r) => ({
    pos: r.pos,
    ending: r.ending ?? "",
    strip: Number(r.strip),
    suffixes: (r.suffixes ?? "").split(",").map((s) => s.trim()),
  }));
  for (const [map, pos] of [[verbs, "verb"], [nouns, "noun"]] as const) {
    for (const lemma of map.keys()) {
      add(lemma, lemma, pos);
      const matching = rules.filter((r) => r.pos === pos && lemma.endsWith(r.ending));
      const longest = Math.max(-1, ...matching.map((r) => r.ending.length));
      for (const rule of matching.filter((r) => r.ending.length === longest)) {
        const stem = lemma.slice(0, lemma.length - rule.strip);
        for (const suffix of rule.suffixes) if (suffix || rule.strip) add(stem + suffix, lemma, pos);
      }
    }
  }
  for (const row of loadTable(lang, "events", "irregular.tsv", ["form", "lemma"])?.rows ?? []) {
    if (verbs.has(row.lemma) || light(lang).has(row.lemma)) add(row.form.toLowerCase(), row.lemma, "verb");
  }
  return forms;
}

function light(lang: string): Map<string, Slot> {
  return new Map((loadTable(lang, "events", "light-verbs.tsv", ["lemma", "slot"])?.rows ?? []).map((r) => [r.lemma.toLowerCase(), r.slot]));
}

function functionWords(rows: readonly Row[]): FunctionWords {
  const of = (role: string) => new Set(rows.filter((r) => r.role === role).map((r) => r.word.toLowerCase()));
  return { passive: of("passive"), agent: of("agent"), clause: of("clause"), and: of("and"), of: of("of"), indefinite: of("indefinite"), locative: of("locative"), mishap: of("mishap") };
}

const cache = new Map<string, EventLexicon | undefined>();

/** The language's event lexicon, or undefined when it has none (read once). */
export function eventLexicon(lang: string): EventLexicon | undefined {
  if (cache.has(lang)) return cache.get(lang);
  const verbRows = loadTable(lang, "events", "verbs.tsv", ["lemma", "code"]);
  const nounRows = loadTable(lang, "events", "nouns.tsv", ["lemma", "code"]);
  let lexicon: EventLexicon | undefined;
  if (verbRows || nounRows) {
    const verbs = predicatesFrom(verbRows?.rows ?? [], "verb", `${lang}/events/verbs`);
    const nouns = predicatesFrom(nounRows?.rows ?? [], "noun", `${lang}/events/nouns`);
    lexicon = {
      lang,
      verbs,
      nouns,
      light: light(lang),
      modality: modalityCues(loadTable(lang, "events", "modality.tsv", ["cue", "kind"])?.rows ?? []),
      words: functionWords(loadTable(lang, "events", "function-words.tsv", ["word", "role"])?.rows ?? []),
      forms: inflect(lang, verbs, nouns),
      intents: new Map((loadTable(lang, "events", "intents.tsv", ["reading", "root", "code"])?.rows ?? []).map((r) => [`${r.reading}:${r.root}`, r.code])),
    };
  }
  cache.set(lang, lexicon);
  return lexicon;
}

/** A lexicon with more predicates (a user's dictionaries) layered over a language's own. */
export function extendLexicon(base: EventLexicon, verbs: ReadonlyMap<string, readonly Predicate[]>, nouns: ReadonlyMap<string, readonly Predicate[]>, forms: ReadonlyMap<string, ReadonlyArray<{ lemma: string; pos: "verb" | "noun" }>>): EventLexicon {
  const merge = <T>(a: ReadonlyMap<string, readonly T[]>, b: ReadonlyMap<string, readonly T[]>) => {
    const out = new Map<string, T[]>([...a].map(([k, v]) => [k, [...v]]));
    for (const [k, v] of b) out.set(k, [...v, ...(out.get(k) ?? [])]);
    return out;
  };
  return { ...base, verbs: merge(base.verbs, verbs), nouns: merge(base.nouns, nouns), forms: merge(base.forms, forms) };
}
