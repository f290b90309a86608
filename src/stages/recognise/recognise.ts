/**
 * The gazetteer recogniser: finds names the knowledge base knows (countries, organisations, office
 * holders, places), titles with their country ("le président égyptien"), agents ("forces russes"),
 * generic groups ("nations occidentales"), subject pronouns and capitalised names nobody knows yet.
 * It fills the `mentions` layer that a trained NER model later adds to; linking happens downstream.
 */
import { fold, isCapitalised } from "../../kb/fold.js";
import { isGivenName } from "../../kb/given-names.js";
import { knowledge, type Knowledge } from "../../kb/knowledge.js";
import { hasWordKind, type Lexicon } from "../../kb/lexicon.js";
import { isKnownPersonName } from "../../kb/wordnet-names.js";
import { capitalOf, isLargeCity } from "../../kb/world.js";
import type { Phrase, PhraseMatch } from "../../kb/phrase-index.js";
import type { EntityType, Token } from "../../model/record.js";
import { docLang, layer, type Doc } from "../../pipeline/doc.js";
import type { Stage } from "../../pipeline/stage.js";
import type { RecognisedMention } from "./mention.js";
import { isAllCaps, surfaceTokens } from "./surface.js";
import { mergeNerMentions } from "../ner/merge.js";
import { nerModel } from "../ner/model.js";
import { anaphorNouns } from "../entities/anaphora.js";

export const RECOGNISE_VERSION = "gazetteer-1";

interface Item {
  first: number;
  last: number;
  start: number;
  end: number;
  phrases: Phrase[];
  unknown?: EntityType;
  /** The country an unknown name opens with ("New York Stock Exchange", "Air China"). */
  country?: string;
  /** The unknown name's type is a default, not read from its words or context. */
  presumed?: boolean;
  /** A known name that its context makes another's ("l'ouragan Sandy"): linked to none of its readings. */
  unlinked?: boolean;
}

const LETTER = /^\p{L}/u;
const OPENERS = /^["«“'(\[—–-]$/;
const COMMA = /^,$/;
const POSSESSIVE = /^['’]s$/;
/** A currency sign: the code written against it ("US$") is the currency's, not a country. */
const CURRENCY = /^[$€£¥]/u;
/** A capital and its period: an initial inside a name ("Michael J. Fox"). */
const INITIAL = /^\p{Lu}\.$/u;
const DIGIT_FIRST = /^\d/;
/** An acronym: "UAW", "UA". */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** Sectors whose agent words name one institution of the country in question. */
const INSTITUTIONS = new Set(["GOV", "LEG", "JUD", "SPY"]);
/** Sectors of a country's forces ("Air Force", "Police nationale"). */
const FORCES = new Set(["MIL", "COP"]);

export const recogniseStage: Stage = {
  name: "recognise",
  version: RECOGNISE_VERSION,
  requires: ["sentences", "tokens"],
  assigns: ["mentions"],
  run(doc) {
    // The NER stage's spans, when it ran, join the gazetteer's (merge policy: src/stages/ner/merge.ts).
    const kb = knowledge(docLang(doc));
    const ner = kb ? doc.layers.nerMentions?.filter((m) => !isAdjectivePhrase(kb, m.text.split(/\s+/))) : doc.layers.nerMentions;
    doc.layers.mentions = mergeNerMentions(recognise(doc), ner);
  },
};

/** A knowledge-base reading that a lone word may well not mean: a town's name, or a person's surname alone. */
function isWeakPhrase(kb: Knowledge, p: Phrase): boolean {
  return p.what === "kb" && (p.alias.short === true || kb.world.entries.get(p.alias.id)?.kind === "city");
}

/**
 * "North American sales", "East Asian markets": capitalised words that end in a country's adjective are
 * an adjective, not a name. (A person surnamed French is the rarer reading; "North" is a given name too.)
 */
function isAdjectivePhrase(kb: Knowledge, words: readonly string[]): boolean {
  return words.length > 1 && kb.index.lookup(words[words.length - 1]).some((p) => p.what === "demonym" && !p.demonym.people);
}

export function recognise(doc: Doc): RecognisedMention[] {
  const kb = knowledge(docLang(doc));
  if (!kb) return [];
  const sentences = layer(doc, "sentences");
  const tokens = layer(doc, "tokens");
  const out: RecognisedMention[] = [];
  /** First names and surnames of the people named so far: "Jobs said", "Steve said" opening a sentence are Steve Jobs again. */
  const personal = new Set<string>();
  // "à Noël", "at Christmas": a word no list knows, or only as a town's, inside a time expression is the
  // time. Not a name of several words: "la Seconde Guerre mondiale" is both.
  const times = doc.layers.times ?? [];
  const namesATime = (m: RecognisedMention) =>
    m.kind === "name" &&
    !/\s/.test(m.text) &&
    times.some((t) => t.start <= m.start && m.end <= t.end) &&
    (m.phrases ?? []).every((p) => isWeakPhrase(kb, p));
  sentences.forEach((s, i) => {
    const words = surfaceTokens(tokens[i] ?? []);
    const caps = isAllCaps(doc.text.slice(s.start, s.end));
    const items = findItems(doc.text, words, kb, caps, properNouns(doc, i, words), personal);
    const mentions = toMentions(doc.text, words, items, kb, i, caps, s.role !== "body", () => wordsTagged(doc, i, words, MODIFIERS));
    for (const m of mentions) {
      const name = personalNames(m);
      if (name) personal.add(name.first).add(name.surname);
    }
    out.push(...mentions.filter((m) => !namesATime(m)));
  });
  return withDocumentTypes(asUnlinked(kb, out));
}

/** "La tempête Sandy … Sandy a fait 40 morts": a town's name that the story made a thing's stays the thing's. */
function asUnlinked(kb: Knowledge, mentions: RecognisedMention[]): RecognisedMention[] {
  const things = new Set(mentions.filter((m) => m.phrases?.length === 0).map((m) => fold(m.text)));
  if (!things.size) return mentions;
  return mentions.map((m) =>
    m.kind === "name" && m.phrases?.length && things.has(fold(m.text)) && m.phrases.every((p) => isTown(kb, p)) ? { ...m, type: "MISC", phrases: [] } : m,
  );
}

/**
 * One name, one type through the story: a name typed by default ("Vendée Globe" opening a headline)
 * takes the type its other mentions read from their words or context ("le départ du Vendée Globe"), or
 * else, in a headline, the default the body's prose gave it; and
 * a lone unknown word that is the surname of a person of the story is that person's ("in Jobs' absence").
 */
function withDocumentTypes(mentions: RecognisedMention[]): RecognisedMention[] {
  const read = new Map<string, EntityType>();
  /** A default type in body prose, where a headline has less to go on: "Vendée Globe : Déjà un abandon". */
  const inBody = new Map<string, EntityType>();
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== "name") continue;
    if (!m.phrases && !m.presumed) read.set(fold(m.text), m.type);
    if (!m.phrases && m.presumed && !m.outsideBody && !inBody.has(fold(m.text))) inBody.set(fold(m.text), m.type);
    const name = personalNames(m);
    if (name) surnames.add(name.surname);
  }
  if (!read.size && !inBody.size && !surnames.size) return mentions;
  return mentions.map((m) => {
    const surname = m.kind === "name" && !m.phrases && m.type !== "PER" && !m.text.includes(" ") && surnames.has(fold(m.text));
    const fromBody = m.outsideBody ? inBody.get(fold(m.text)) : undefined;
    const type = surname ? "PER" : m.presumed ? read.get(fold(m.text)) ?? fromBody : undefined;
    if (!type || type === m.type) return m;
    const { presumed: _, ...rest } = m;
    return { ...rest, type };
  });
}

/** The folded first name and surname of a person's name of several words. */
function personalNames(m: RecognisedMention): { first: string; surname: string } | undefined {
  if (m.kind !== "name" || m.type !== "PER" || !/ \S+$/.test(m.text)) return undefined;
  return { first: fold(m.text.slice(0, m.text.indexOf(" "))), surname: fold(m.text.slice(m.text.lastIndexOf(" ") + 1)) };
}

/** First word of the sentence, after any opening quote or dash. */
function firstWordIndex(words: readonly Token[]): number {
  let k = 0;
  while (k < words.length && OPENERS.test(words[k].text)) k++;
  return k;
}

/**
 * Which surface words the tagger calls proper nouns, when a tagger ran: a lone capitalised word is
 * only a name candidate if so ("Oreshnik", not "États" or "Concept"). Undefined without tags.
 */
function properNouns(doc: Doc, sentence: number, words: Token[]): Set<number> | undefined {
  return wordsTagged(doc, sentence, words, PROPER);
}

const PROPER = new Set(["PROPN", "X"]);
const MODIFIERS = new Set(["NOUN", "ADJ"]);
const HEADS = ["org-head", "loc-head", "misc-head"] as const;

/** Which surface words the tagger gives one of `upos`, when a tagger ran. */
function wordsTagged(doc: Doc, sentence: number, words: Token[], upos: ReadonlySet<string>): Set<number> | undefined {
  const tags = doc.layers.tags?.[sentence];
  const tokens = doc.layers.tokens?.[sentence];
  if (!tags || !tokens) return undefined;
  const starts = new Set(tokens.flatMap((t, k) => (upos.has(tags[k]?.upos ?? "") ? [t.start] : [])));
  return new Set(words.flatMap((w, k) => (starts.has(w.start) ? [k] : [])));
}

/** A lower-case particle and its hyphen glued to a capitalised name ("al-Hayya"). */
const PARTICLE_NAME = /^(\p{Ll}{1,4}[-‐])\p{Lu}/u;

const TOWNS = new Set(["city"]);
const TOWNS_AND_REGIONS = new Set(["city", "region"]);

/** Of a name's readings among places of these kinds, the country of the most populous ("Homs" in Syria, not in Libya). */
function mostPopulousCountry(kb: Knowledge, phrases: readonly Phrase[], kinds: ReadonlySet<string>): string | undefined {
  let best: { country: string; population: number } | undefined;
  for (const p of phrases) {
    const e = p.what === "kb" ? kb.world.entries.get(p.alias.id) : undefined;
    if (!e?.country || !kinds.has(e.kind)) continue;
    const population = e.population ?? 0;
    if (!best || population > best.population) best = { country: e.country, population };
  }
  return best?.country;
}

const isTown = (kb: Knowledge, phrase: Phrase) => phrase.what === "kb" && kb.world.entries.get(phrase.alias.id)?.kind === "city";

/** A town too small for its name to be more often the town than a common word. */
function isSmallTown(kb: Knowledge, phrase: Phrase): boolean {
  const e = phrase.what === "kb" ? kb.world.entries.get(phrase.alias.id) : undefined;
  return e?.kind === "city" && !isLargeCity(kb.world, e);
}

/** In capitals, only phrases that cannot be a common word: no short aliases, no small towns. */
function keepInCapitals(kb: Knowledge, phrases: Phrase[], surface: string): Phrase[] {
  return phrases.filter((p) => {
    if (p.what !== "kb") return true;
    const e = kb.world.entries.get(p.alias.id);
    if (surface.length < 4 && e?.kind !== "country") return false;
    return !isSmallTown(kb, p);
  });
}

function findItems(text: string, words: Token[], kb: Knowledge, caps: boolean, propn: Set<number> | undefined, personal: ReadonlySet<string>): Item[] {
  const items: Item[] = [];
  const lex = kb.lexicon;
  const start = firstWordIndex(words);
  // "al-Hayya", "el-Sisi": a particle glued to a capitalised name is a word of that name.
  const particleName = (text: string) => {
    const glued = PARTICLE_NAME.exec(text);
    return !!glued && hasWordKind(lex, glued[1], "connector");
  };
  const isName = (w: Token | undefined) => !!w && LETTER.test(w.text) && (isCapitalised(w.text) || particleName(w.text)) && !hasWordKind(lex, w.text, "stop");
  // A lone word that is only a town or a surname ("Ashraf", "Obama") may be part of an unknown name.
  const weak = (m: PhraseMatch) => m.first === m.last && m.phrases.every((p) => isWeakPhrase(kb, p));
  /**
   * "Karine Jean-Pierre", "Coca-Cola": a hyphen written against two capitalised words after k joins them,
   * unless the second is a country or a large town ("the Paris-Berlin axis", "Israel-Gaza").
   */
  const gluedAt = (k: number) => {
    const dash = words[k + 1];
    if (!dash || dash.text !== "-" || dash.start !== words[k].end || words[k + 2]?.start !== dash.end) return false;
    // "Lai Ching-te", "Tsai Ing-wen", "Yoon Suk-yeol": a romanised given name, a short capitalised
    // syllable and a lower-case one, after a surname.
    if (/^\p{Lu}\p{Ll}{1,4}$/u.test(words[k].text) && /^\p{Ll}{1,4}$/u.test(words[k + 2].text) && k > 0 && isName(words[k - 1])) return true;
    if (!isName(words[k + 2])) return false;
    const right = matchAt(k + 2);
    return !right || !right.phrases.some((p) => {
      const e = p.what === "kb" ? kb.world.entries.get(p.alias.id) : undefined;
      return !!e && (e.kind === "country" || isLargeCity(kb.world, e));
    });
  };
  // Each position is looked up once: the scan below asks again about the words ahead of it.
  const matches: Array<PhraseMatch | null | undefined> = new Array(words.length);
  const matchAt = (k: number) => (matches[k] === undefined ? (matches[k] = kb.index.match(text, words, k, caps) ?? null) : matches[k]);
  const knownAt = (k: number) => {
    const m = matchAt(k);
    return !!m && m.phrases.some((p) => p.what === "kb") && !weak(m);
  };
  // Two known names that cross ("les chefs d'[État de l'Union] africaine" against "[Union africaine]"):
  // the one that runs further is what the text goes on to name.
  const crossed = (m: PhraseMatch) => {
    for (let k = m.first + 1; k <= m.last; k++) {
      const later = matchAt(k);
      if (later && later.last > m.last && knownAt(k)) return true;
    }
    return false;
  };
  /** The country a matched country or town name is in (of a town's readings, the most populous). */
  const placeCountry = (m: PhraseMatch | null): string | undefined =>
    m?.phrases.find((p): p is Extract<Phrase, { what: "kb" }> => p.what === "kb" && p.alias.id.startsWith("country:"))?.alias.id.slice(8) ??
    mostPopulousCountry(kb, m?.phrases ?? [], TOWNS);
  const namesTown = (m: PhraseMatch | null) =>
    !!m && m.phrases.some((p) => p.what === "kb" && (isLargeCity(kb.world, kb.world.entries.get(p.alias.id)!) || kb.world.entries.get(p.alias.id)?.kind === "region"));
  const isCountry = (m: PhraseMatch | null) => !!m && m.phrases.some((p) => p.what === "kb" && p.alias.id.startsWith("country:"));
  /** The end of the capitalised words from k on that no list knows, or k - 1 where there are none. */
  const unknownRun = (k: number) => {
    let end = k - 1;
    while (isName(words[end + 1]) && !knownAt(end + 1)) end++;
    return end;
  };
  /**
   * "China Eastern Airlines", "Air India": a company named after its country is one name with it,
   * when an organisation's head word ends the words after the country, or a brand word opens it.
   */
  const companyEnd = (i: number): number | undefined => {
    if (caps) return undefined;
    const here = matchAt(i);
    // "New York Stock Exchange", "China Eastern Airlines", "Alaska Airlines": a country, a large town or a
    // region opens the company's name.
    if (isCountry(here) || namesTown(here)) {
      // "U.S. Department of Labor": the run goes on through a connector to the next unknown name.
      let end = unknownRun(here!.last + 1);
      while (end > here!.last && words[end + 1] && !isCapitalised(words[end + 1].text) && hasWordKind(lex, words[end + 1].text, "connector") && unknownRun(end + 2) > end + 1) end = unknownRun(end + 2);
      return words.slice(here!.last + 1, end + 1).some((w) => hasWordKind(lex, w.text, "org-head")) ? end : undefined;
    }
    // "Apple Corps", "Sony Pictures": a company named after a known one is another one, unless
    // only its legal form follows ("Apple Inc.").
    if (here?.phrases.some((p) => p.what === "kb" && p.alias.id.startsWith("org:"))) {
      const added = words.slice(here.last + 1, unknownRun(here.last + 1) + 1);
      const another = added.some((w) => hasWordKind(lex, w.text, "org-head") && !hasWordKind(lex, w.text, "legal-form"));
      return another ? here.last + added.length : undefined;
    }
    // Countries are rare: look at the word after first, and only then at this one.
    const next = i + 1 < words.length ? matchAt(i + 1) : null;
    if (!isCountry(next) || !isName(words[i]) || !hasWordKind(lex, words[i].text, "brand")) return undefined;
    return Math.max(next!.last, unknownRun(next!.last + 1));
  };
  /**
   * "1 200 degrés Celsius", "0,04 UA": a unit after a number, with at most one word between, is no name.
   * Only after a decimal is an acronym a unit: "the 27 EU members" are the Union's.
   */
  const number = (j: number) => j >= 0 && DIGIT_FIRST.test(words[j].text);
  const unitAt = (k: number) => {
    if (!number(k - 1) && !number(k - 2)) return false;
    const w = words[k].text;
    if (hasWordKind(lex, w, "unit")) return number(k - 1) || (number(k - 2) && !isCapitalised(words[k - 1].text));
    return !caps && ACRONYM.test(w) && number(k - 1) && /\d[.,]\d/.test(words[k - 1].text);
  };
  /**
   * "David Buik of BGC Partners": in English a person's name (a given name and more) ends before "of"; in
   * French the particle carries it on ("Dominique de Villepin").
   */
  const personBeforeOf = (first: number, connector: number) => {
    if (lex.lang !== "en" || !hasWordKind(lex, words[connector].text, "of")) return false;
    for (let k = first; k < connector - 1; k++) if (isGivenName(words[k].text)) return true;
    return false;
  };
  /** "William Clay Ford Jr.", "Harrison Ford": after a given name, a company's one-word name is a surname. */
  const surnameAfterGiven = (first: number, k: number) => {
    const m = matchAt(k);
    if (!m || m.first !== m.last || !m.phrases.every((p) => p.what === "kb" && p.alias.id.startsWith("org:"))) return false;
    for (let j = first; j < k; j++) if (isGivenName(words[j].text)) return true;
    return false;
  };
  /**
   * "CEO Ralph Crosby", "Acquisition Director Michael Wynne": capitalised title words before a name are
   * not part of it. Where the run first..last holds some, where the name after the last of them starts.
   */
  const nameAfterTitle = (first: number, last: number): number | undefined => {
    let titled = -1;
    for (let k = first; k < last; k++) if (hasWordKind(lex, words[k].text, "title-word")) titled = k;
    if (titled < 0) return undefined;
    let name = titled + 1;
    // "Director of Air Force Communications Bill Bodie": past the title's own complement, a person's
    // name is its last two words (three with an initial).
    if (words.slice(name, last).some((w) => hasWordKind(lex, w.text, "connector"))) name = Math.max(name, INITIAL.test(words[last - 1].text) ? last - 2 : last - 1);
    while (name < last && !isName(words[name])) name++;
    return name;
  };
  for (let i = 0; i < words.length; ) {
    // "US$ 40 million", "AU$ 52.5 million": a code written against a currency sign is the currency's.
    if (i + 1 < words.length && words[i + 1].start === words[i].end && CURRENCY.test(words[i + 1].text)) {
      i++;
      continue;
    }
    if (unitAt(i)) {
      i++;
      continue;
    }
    const company = companyEnd(i);
    if (company !== undefined) {
      const country = placeCountry(matchAt(i) ?? matchAt(i + 1));
      items.push({ first: i, last: company, start: words[i].start, end: words[company].end, phrases: [], unknown: "ORG", ...(country && { country }) });
      i = company + 1;
      continue;
    }
    const found = matchAt(i);
    let m = found && caps ? { ...found, phrases: keepInCapitals(kb, found.phrases, text.slice(found.start, found.end)) } : found;
    // At the start of a sentence a capital says nothing: "Police arrested…" names no town in Poland.
    if (m && m.first === start && m.first === m.last && propn && !propn.has(m.first)) m = { ...m, phrases: m.phrases.filter((p) => !isTown(kb, p)) };
    // "Armel Le Cléac'h", "Ahmed Ben Bella": a capitalised particle carries a name on past a town's.
    const particle = (k: number) => !!words[k] && isCapitalised(words[k].text) && hasWordKind(lex, words[k].text, "connector") && isName(words[k + 1]) && !knownAt(k + 1);
    // "Marine Le Pen": a given name that is also an institution's word ("la Marine") opens a name too.
    const givenAgent = !!m && m.first === m.last && isGivenName(words[i].text) && m.phrases.every((p) => p.what === "agent");
    const partOfName = !caps && m && (weak(m) || givenAgent) && isName(words[i]) && ((isName(words[i + 1]) && !knownAt(i + 1)) || particle(i + 1) || gluedAt(i) || gluedAt(i + 1));
    // "Jordan Bardella", "Dominique Laurens": a country's name that is also a given name, before a word
    // that is only a name (no head, no common word), opens a person's name.
    const givenCountry = !caps && !!m && m.first === m.last && isCountry(m) && isGivenName(words[i].text) && isName(words[i + 1]) && !knownAt(i + 1) &&
      !HEADS.some((kind) => hasWordKind(lex, words[i + 1].text, kind)) && !commonWords(words, i + 1, i + 1, lex, text);
    // "Un", "Des" opening a sentence are articles, even where a town bears the name (Un, India; Dés, Romania).
    const article = m && weak(m) && hasWordKind(lex, words[m.first].text, "stop");
    // A common noun written with a capital ("la Mission de la Ligue arabe") is no small town (Mission, Texas).
    const noun = m && weak(m) && propn && !propn.has(m.first) && m.phrases.every((p) => isSmallTown(kb, p));
    // "l'ALN (Armée de Libération Nationale)": a capitalised agent word that a name follows
    // through "de" opens an organisation's name, not "l'armée" of some country.
    const opensName = !caps && !!m && m.first > start && m.phrases.every((p) => p.what === "agent" || p.what === "group") && isCapitalised(words[m.first].text) &&
      !!words[m.last + 1] && !isCapitalised(words[m.last + 1].text) && hasWordKind(lex, words[m.last + 1].text, "connector") && isName(words[m.last + 2]);
    // "l'ouragan Sandy", "la coupe Davis": after a lower-case head noun of things, a town's name is the thing's.
    // Not in English, where the noun may end a phrase that a clause follows ("the deal Paris struck").
    if (m && weak(m) && !caps && lex.lang !== "en" && m.first > start && !isCapitalised(words[m.first - 1].text) &&
      hasWordKind(lex, words[m.first - 1].text, "misc-head") && m.phrases.every((p) => isTown(kb, p))) {
      items.push({ first: m.first, last: m.last, start: m.start, end: m.end, phrases: [], unknown: "MISC", unlinked: true });
      i = m.last + 1;
      continue;
    }
    if (m?.phrases.length && !partOfName && !givenCountry && !article && !noun && !opensName && !crossed(m)) {
      items.push({ first: m.first, last: m.last, start: m.start, end: m.end, phrases: m.phrases });
      i = m.last + 1;
      continue;
    }
    // "le général De Gaulle": after a title, a capitalised particle opens a surname.
    const particleOpens = !caps && i > start && isCapitalised(words[i].text) && hasWordKind(lex, words[i].text, "connector") && isName(words[i + 1]) && !knownAt(i + 1) &&
      kb.index.lookup(words[i - 1].text).some((p) => p.what === "title");
    if (caps || (!isName(words[i]) && !particleOpens)) {
      i++;
      continue;
    }
    // A run of capitalised words, joined by connectors ("Nock Ag Attia", "Ahmed ben Ali").
    let last = i;
    for (;;) {
      const next = words[last + 1];
      if (gluedAt(last)) last += 2;
      // "Lai Ching-te": a hyphenated name after this one goes on, whatever its first part reads alone.
      else if (isName(next) && gluedAt(last + 1)) last += 3;
      else if (isName(next) && (!knownAt(last + 1) || surnameAfterGiven(i, last + 1))) last++;
      else if (next && hasWordKind(lex, next.text, "connector") && isName(words[last + 2]) && !knownAt(last + 2) && !personBeforeOf(i, last + 1)) last += 2;
      // "Khalil al-Hayya" split as UD English splits hyphens: the particle, its hyphen and the name go on.
      else if (next && !isCapitalised(next.text) && hasWordKind(lex, next.text, "connector") && gluedAt(last + 1)) last += 3;
      else break;
    }
    if (last > i && isAdjectivePhrase(kb, words.slice(i, last + 1).map((w) => w.text))) {
      i = last + 1;
      continue;
    }
    // "Départ du Vendée Globe", "Unlike Chrysler": a word that opens the sentence and that the tagger
    // calls no proper noun is no part of the name after it, unless the name is an institution's or a
    // place's by its head word ("Îles Baléares", "New Century Financial Corporation") that the first word
    // does not introduce with "de" ("Arrivée du Trophée X").
    const isHead = (w: Token) => HEADS.some((kind) => hasWordKind(lex, w.text, kind));
    const introduces = !isCapitalised(words[i + 1]?.text ?? "") && hasWordKind(lex, words[i + 1]?.text ?? "", "connector");
    // After a colon, as at a sentence's start: "Corse : Assassinat de Antoine Sollacaro".
    const opening = i === start || words[i - 1]?.text === ":";
    // A given name opening the sentence opens a person's name whatever its tag ("Marine Le Pen a réagi"),
    // unless text mostly writes it in lower case ("Even the Wall Street experts").
    const givenOpens = isGivenName(words[i].text) && (partOfName || !commonWords(words, i, i, lex, text));
    if (opening && last > i && propn && !propn.has(i) && !isHead(words[i]) && !givenOpens && (introduces || !words.slice(i, last + 1).some(isHead))) {
      i++;
      continue;
    }
    // An organisation's name runs on in lower case up to its last capitalised word ("Conseil suprême d'État",
    // "Association des maires ruraux de France"), which a connector introduces: "Automotive analyst
    // Dennis DesRosier" is two names.
    if (hasWordKind(lex, words[i].text, "org-head")) {
      for (let k = last + 1, lower = 0; k < words.length && lower <= 4; k++) {
        const w = words[k];
        if (!LETTER.test(w.text) || hasWordKind(lex, w.text, "locative")) break;
        // "la Banque de France et la rue…": a conjunction before a lower-case word joins another phrase.
        if (hasWordKind(lex, w.text, "conjunction") && !isCapitalised(words[k + 1]?.text ?? "")) break;
        if (isCapitalised(w.text)) {
          if (hasWordKind(lex, w.text, "stop") || (lower > 0 && !hasWordKind(lex, words[k - 1].text, "connector"))) break;
          last = k;
          lower = 0;
        } else lower++;
      }
    }
    // "the Secretary", "Deputy Undersecretary" with no name after them: an office's words name no one.
    if (words.slice(i, last + 1).every((w) => hasWordKind(lex, w.text, "title-word"))) {
      i = last + 1;
      continue;
    }
    const name = nameAfterTitle(i, last);
    if (name !== undefined) {
      const guess: Guess = name === last ? { type: "PER", presumed: false } : guessType(words, name, last, kb, text);
      items.push({ first: name, last, start: words[name].start, end: words[last].end, phrases: [], unknown: guess.type, presumed: guess.presumed });
      i = last + 1;
      continue;
    }
    const single = last === i;
    // "38 degrés C.": an initial that no name follows names nobody.
    if (single && INITIAL.test(words[i].text)) {
      i++;
      continue;
    }
    if (single && !personal.has(fold(words[i].text)) && (i === start || (propn && !propn.has(i)))) {
      i++;
      continue;
    }
    const guess = guessType(words, i, last, kb, text);
    if (single && !propn && guess.type === "MISC") {
      i++;
      continue;
    }
    items.push({ first: i, last, start: words[i].start, end: words[last].end, phrases: [], unknown: guess.type, presumed: guess.presumed });
    i = last + 1;
  }
  return items;
}

interface Guess {
  type: EntityType;
  /** Only the name's form, or nothing, said so: the type yields to what the name's other mentions read. */
  presumed: boolean;
}

function guessType(words: Token[], first: number, last: number, kb: Knowledge, text: string): Guess {
  const type = readType(words, first, last, kb);
  if (type) return { type, presumed: false };
  if (isKnownPersonName(text.slice(words[first].start, words[last].end))) return { type: "PER", presumed: false };
  return { type: formType(words, first, last, kb.lexicon) ?? (first === last || commonWords(words, first, last, kb.lexicon, text) ? "MISC" : "PER"), presumed: true };
}

/**
 * "Housing Studies", "Home Loan Lending", "Federal Service": a name made only of words that text mostly
 * writes in lower case is a thing's or an institution's; people's names hold at least one word that is
 * only a name ("Mary Baker"). Known from the NER model's word prior, when there is one.
 */
function commonWords(words: Token[], first: number, last: number, lex: Lexicon, text: string): boolean {
  const model = nerModel(lex.lang);
  if (!model) return false;
  for (let k = first; k <= last; k++) {
    if (hasWordKind(lex, words[k].text, "connector")) continue;
    if (!model.isCommonWord(text, words[k].start, words[k].end)) return false;
  }
  return true;
}

/** The type an unknown name's words or context give it, if any. */
function readType(words: Token[], first: number, last: number, kb: Knowledge): EntityType | undefined {
  const lex = kb.lexicon;
  const before = words[first - 1];
  const headType = (k: number): EntityType | undefined => {
    const w = words[k].text;
    return hasWordKind(lex, w, "org-head") ? "ORG" : hasWordKind(lex, w, "loc-head") ? "LOC" : hasWordKind(lex, w, "misc-head") ? "MISC" : undefined;
  };
  // French names open with their head ("Banque de France", "rue de Rivoli"); English ones end with it
  // up to an "of" ("Wall Street Journal", "Bank of America").
  let heads = range(first, last);
  if (lex.lang === "en") {
    let headEnd = last;
    for (let k = first + 1; k <= last && headEnd === last; k++) if (hasWordKind(lex, words[k].text, "connector")) headEnd = k - 1;
    heads = [...range(first, headEnd).reverse(), ...heads];
  }
  for (const k of heads) {
    const type = headType(k);
    if (type) return type;
  }
  if (before && kb.index.lookup(before.text).some((p) => p.what === "title")) return "PER";
  // "les îles Sanguinaires", "la ville de Gao", "le pont Mathilde de Rouen": a head noun before the name.
  const head = before && hasWordKind(lex, before.text, "connector") && first > 1 ? words[first - 2] : before;
  if (head && !isCapitalised(head.text)) {
    if (hasWordKind(lex, head.text, "loc-head")) return "LOC";
    if (hasWordKind(lex, head.text, "misc-head")) return "MISC";
    // "l'école Ozar Hatorah", "le groupe Ansar Dine": an institution's noun right before the name.
    if (head === before && hasWordKind(lex, head.text, "org-head")) return "ORG";
  }
  // "l'Impact de Montréal", "le Crédit de Genève": a name that runs on to a country or a town is no person's.
  for (let k = first + 2; k <= last; k++) {
    // A capitalised particle carries a surname on ("Marine Le Pen"), not a place.
    if (!hasWordKind(lex, words[k - 1].text, "connector") || isCapitalised(words[k - 1].text)) continue;
    if (kb.index.lookup(words[k].text).some((p) => p.what === "kb" && (p.alias.id.startsWith("country:") || kb.world.entries.get(p.alias.id)?.kind === "city"))) return "ORG";
  }
  // "l'entreprise PSA", "the group Ansar Dine": the noun an anaphor would take the name up with.
  if (before && anaphorNouns(lex.lang).has(fold(before.text))) return "ORG";
  // "à Gao", "dans les Alpes": a lone name where something happens.
  const placed = before && hasWordKind(lex, before.text, "determiner") && first > 1 ? words[first - 2] : before;
  if (first === last && placed && hasWordKind(lex, placed.text, "locative")) return "LOC";
  // "près de Chamonix", "au nord de Gao": a name after a word of place and its "de" is a place.
  if (first > 1 && before && hasWordKind(lex, before.text, "of") && hasWordKind(lex, words[first - 2].text, "near")) return "LOC";
  return undefined;
}

/**
 * The type an unknown name's form suggests: not a person's, but weakly so; what another mention of the
 * same name reads from its context wins ("le Kouzbass" here, "au sud du Kouzbass" there).
 */
function formType(words: Token[], first: number, last: number, lex: Lexicon): EntityType | undefined {
  const before = words[first - 1];
  // "ACE (Automatic Computing Engine)", "the World Trade Organization (WTO)": what an acronym spells out.
  if (first < last && spellsOutAcronym(words, first, last, lex)) return "ORG";
  // "McDonnell Douglas MD-83", "Apollo 11": a name with a number in it is a thing's.
  for (let k = first; k <= last; k++) if (/\d/.test(words[k].text)) return "MISC";
  // "Mac OS X", "Galaxy S": an acronym or a lone capital without its period makes no person's name
  // (Roman numerals aside: "Louis XIV"; and initials run together open some: "JR Smith").
  if (first < last) for (let k = first; k <= last; k++) if (/^\p{Lu}+$/u.test(words[k].text) && !/^[IVXLC]+$/.test(words[k].text) && (k > first || words[k].text.length > 2)) return "MISC";
  // « Nintendo Direct », "Operation Desert Storm": a name set in quotation marks is a title, not a person.
  const after = words[last + 1];
  if (before && after && /^["«“]$/.test(before.text) && /^["»”]$/.test(after.text)) return "MISC";
  // "des Sables d'Olonne", "du Vendée Globe", "the Boston Marathon": people's names take no article.
  if (before && !isCapitalised(before.text) && hasWordKind(lex, before.text, "determiner")) return "MISC";
  return undefined;
}

/** Whether the name's initials (with or without its lower-case words) are the acronym bracketed beside it. */
function spellsOutAcronym(words: Token[], first: number, last: number, lex: Lexicon): boolean {
  const acronym =
    words[first - 1]?.text === "(" && words[last + 1]?.text === ")" ? words[first - 2]?.text
    : words[last + 1]?.text === "(" && words[last + 3]?.text === ")" ? words[last + 2]?.text
    : undefined;
  if (!acronym || acronym.length < 2 || !/^\p{Lu}+$/u.test(acronym)) return false;
  let capitals = "";
  let all = "";
  for (let k = first; k <= last; k++) {
    const w = words[k].text;
    if (!LETTER.test(w) || hasWordKind(lex, w, "connector") || hasWordKind(lex, w, "determiner")) continue;
    all += w[0].toUpperCase();
    if (isCapitalised(w)) capitals += w[0];
  }
  return acronym === capitals || acronym === all;
}

/** The integers first…last. */
const range = (first: number, last: number) => Array.from({ length: Math.max(0, last - first + 1) }, (_, k) => first + k);

const primary = (item: Item) => item.phrases[0]?.what;
const has = (item: Item | undefined, what: Phrase["what"]) => !!item && item.phrases.some((p) => p.what === what);
const demonymOf = (item: Item | undefined, people: boolean) =>
  item?.phrases.find((p): p is Extract<Phrase, { what: "demonym" }> => p.what === "demonym" && p.demonym.people === people)?.demonym;
const countryOf = (item: Item | undefined) =>
  item?.phrases.find((p): p is Extract<Phrase, { what: "kb" }> => p.what === "kb" && p.alias.id.startsWith("country:"))?.alias.id.slice(8);
const isPersonName = (item: Item | undefined) =>
  !!item && (item.unknown === "PER" || item.unknown === "MISC" || item.phrases.some((p) => p.what === "kb" && p.alias.id.startsWith("person:")));

function toMentions(
  text: string, words: Token[], items: Item[], kb: Knowledge, sentence: number, caps: boolean, outsideBody: boolean,
  /** Which words the tagger calls nouns or adjectives, when a tagger ran (asked for rarely, so computed on demand). */
  modifiers: () => Set<number> | undefined,
): RecognisedMention[] {
  const lex = kb.lexicon;
  const byFirst = new Map(items.map((it, k) => [it.first, k]));
  const byLast = new Map(items.map((it, k) => [it.last, k]));
  /** The lower-case noun or adjective at k, which may qualify an agent after its country's adjective ("Israeli intelligence officials"). */
  let nounsAndAdjectives: Set<number> | undefined | null = null;
  const qualifier = (k: number) => {
    if (!/^\p{Ll}{3,}$/u.test(words[k].text)) return false;
    if (nounsAndAdjectives === null) nounsAndAdjectives = modifiers();
    return !!nounsAndAdjectives?.has(k);
  };
  const after = (item: Item) => items[byFirst.get(item.last + 1) ?? -1];
  const used = new Set<Item>();
  const attached = new Map<Item, Partial<RecognisedMention>>();
  const out: RecognisedMention[] = [];
  const emit = (first: Item, last: Item, fields: Omit<RecognisedMention, "start" | "end" | "sentence" | "text" | "producedBy">) => {
    out.push({
      start: first.start, end: last.end, sentence, text: text.slice(first.start, last.end),
      producedBy: `${lex.lang}/entities/${RECOGNISE_VERSION}`, ...(outsideBody && { outsideBody }), ...fields,
    });
  };
  /** Whether "de", "du", "des", "d'" (English "of") follows an item: what follows then says whose it is. */
  const ofSomething = (item: Item) => !!words[item.last + 1] && hasWordKind(lex, words[item.last + 1].text, "of");
  /** The item after a word of `kind` and an optional article that follow an item ("forces [de la] Russie"). */
  const itemAfter = (item: Item, kind: "of" | "locative"): Item | undefined => {
    if (!words[item.last + 1] || !hasWordKind(lex, words[item.last + 1].text, kind)) return undefined;
    let k = item.last + 2;
    if (words[k] && hasWordKind(lex, words[k].text, "article")) k++;
    return items[byFirst.get(k) ?? -1];
  };
  /** The item named after "de", "du", "de la", "d'", "of the" that follows an item. */
  const afterOf = (item: Item) => itemAfter(item, "of");
  /** The item right after word k, or after a comma there ("le préfet du Rhône, Pascal Mailhos"). */
  const nameAfter = (k: number) => items[byFirst.get(COMMA.test(words[k + 1]?.text ?? "") ? k + 2 : k + 1) ?? -1];
  /** "le ministre délégué aux Transports": a minister's portfolio may follow "à" as well as "de". */
  const ministerTo = (item: Item): Item | undefined => (/^minist/i.test(words[item.first].text) ? itemAfter(item, "locative") : undefined);
  /** "du Mali", "de la Russie", "d'Égypte": the country item after a preposition, if any. */
  const ofCountry = (item: Item): Item | undefined => {
    const target = afterOf(item);
    return countryOf(target) ? target : undefined;
  };
  /** "les rebelles de Homs", "la police de Lyon": the country of a town or region named after "de". */
  const ofPlace = (item: Item): string | undefined => {
    const target = afterOf(item);
    if (!target || countryOf(target)) return undefined;
    return mostPopulousCountry(kb, target.phrases, TOWNS_AND_REGIONS);
  };
  /** "security forces in Guinea", "les rebelles au Mali": the country of the country, town or region an agent is in. */
  const inPlace = (item: Item): string | undefined => {
    const target = itemAfter(item, "locative");
    // A small town of that name is no evidence: "students at the University of Dakar" are no Floridians.
    const places = target?.phrases.filter((p) => !isSmallTown(kb, p)) ?? [];
    return countryOf(target) ?? mostPopulousCountry(kb, places, TOWNS_AND_REGIONS);
  };
  /** English "Taiwan's Foreign Minister", "Israel's high court": the country item before a possessive 's. */
  /**
   * "Ford's vice president", "the company's marketing vice president": the owner before a possessive
   * mark (with at most one lower-case word before the title), when it is no country; `item` undefined
   * where the owner is a common noun.
   */
  const ownerBefore = (title: Item): { item?: Item } | undefined => {
    let k = title.first - 1;
    if (k >= 0 && /^\p{Ll}/u.test(words[k].text) && !POSSESSIVE.test(words[k].text)) k--;
    if (k < 0 || !POSSESSIVE.test(words[k].text)) return undefined;
    const owner = items[byLast.get(k - 1) ?? -1];
    if (countryOf(owner)) return undefined;
    return owner ? { item: owner } : {};
  };
  const possessor = (item: Item): Item | undefined => {
    const mark = words[item.first - 1];
    if (!mark || !POSSESSIVE.test(mark.text)) return undefined;
    const owner = items[byLast.get(item.first - 2) ?? -1];
    return countryOf(owner) ? owner : undefined;
  };
  /** "du directoire de PSA": the next item, when only lower-case words (a "de" among them) lead to it. */
  const bodyAfter = (idx: number): Item | undefined => {
    const next = items[idx + 1];
    if (!next || next.first - items[idx].last > 5) return undefined;
    const between = words.slice(items[idx].last + 1, next.first);
    return between.every((w) => !isCapitalised(w.text) && LETTER.test(w.text)) && between.some((w) => hasWordKind(lex, w.text, "of")) ? next : undefined;
  };
  /** A known national body (a company, a ministry, a newspaper…): its country and CAMEO sector. */
  /** The organisations the knowledge base reads an item as. */
  const organisations = (item: Item | undefined) =>
    (item?.phrases ?? []).flatMap((p) => (p.what === "kb" && p.alias.id.startsWith("org:") ? [kb.world.entries.get(p.alias.id)].filter((e) => e !== undefined) : []));
  const bodyOf = (item: Item | undefined): { item: Item; country: string; sector: string } | undefined => {
    const e = organisations(item).find((e) => e.country && e.actor && e.actor.length > 3 && e.actor.startsWith(e.country));
    return e ? { item: item!, country: e.country!, sector: e.actor!.slice(3) } : undefined;
  };
  /**
   * The organisation named right before an item, where it is no country's body: a known one with its
   * actor ("NGO"), or an acronym no list knows (which may be no item at all, at a sentence's start).
   */
  const organisationBefore = (item: Item): { actor?: string } | undefined => {
    const prev = items[byLast.get(item.first - 1) ?? -1];
    const [e] = organisations(prev);
    if (e) return e.country ? undefined : { ...(e.actor && { actor: e.actor }) };
    const word = words[item.first - 1];
    return word && (!prev || (prev.unknown && prev.first === prev.last)) && ACRONYM.test(word.text) ? {} : undefined;
  };
  const afterLocative = (item: Item) => {
    const before = words[item.first - 1];
    // "75019 Paris": a town after its postcode is an address.
    return !!before && (hasWordKind(lex, before.text, "locative") || /^\d{4,5}$/.test(before.text));
  };
  /** A town that no reading makes a capital or a country: never a government. */
  const isTownOnly = (item: Item) => {
    const entries = item.phrases.flatMap((p) => (p.what === "kb" ? [kb.world.entries.get(p.alias.id)] : []));
    return entries.some((e) => e?.kind === "city") && entries.every((e) => e?.kind === "city" && !capitalOf(kb.world, e.id));
  };
  // Lists: names joined by commas and conjunctions.
  // "vue à Milan, Giverny et Londres", "les villes de Milan, Barcelone et Londres": towns listed with a
  // place (one after a locative word, or a town that is no capital) are places too, not governments.
  // A country keeps its own reading ("Israël et Gaza").
  const namesCountry = (item: Item) => item.phrases.some((p) => p.what === "kb" && kb.world.entries.get(p.alias.id)?.kind === "country");
  const listedPlaces = new Set<Item>();
  for (let a = 0; a < items.length; ) {
    let b = a;
    while (b + 1 < items.length && items[b + 1].first === items[b].last + 2 && (COMMA.test(words[items[b].last + 1].text) || hasWordKind(lex, words[items[b].last + 1].text, "conjunction"))) b++;
    const chain = items.slice(a, b + 1);
    if (chain.length > 1 && chain.some((it) => afterLocative(it) || isTownOnly(it))) for (const it of chain) if (!namesCountry(it)) listedPlaces.add(it);
    // "des œuvres de Bonnard, Degas et Monet": unknown names listed together are of one kind; where some
    // have theirs from evidence (WordNet knows Degas and Monet), those presumed take it.
    const evidenced = new Set(chain.flatMap((it) => (it.unknown && !it.presumed ? [it.unknown] : [])));
    if (evidenced.size === 1) {
      const [type] = evidenced;
      for (const it of chain) if (it.unknown && it.presumed) Object.assign(it, { unknown: type, presumed: false });
    }
    a = b + 1;
  }
  // "London's FTSE 100", "Tokyo's Nikkei": a town that owns a name is where the name is; "London's
  // decision" is its government's.
  const ownsName = (item: Item) => POSSESSIVE.test(words[item.last + 1]?.text ?? "") && isCapitalised(words[item.last + 2]?.text ?? "") && !caps;
  const locative = (item: Item) => afterLocative(item) || listedPlaces.has(item) || (ownsName(item) && !namesCountry(item));

  // Apposition: "Ashraf Khalil, correspondant égyptien", "Kaoru Yosano, the Japanese minister" give the
  // name its country and sector; "Tom LaSorda, the president of Chrysler" the company's; "Jean Dupré, le
  // ministre du Budget" a minister's sector (the story's country is the linker's default).
  items.forEach((item, idx) => {
    const title = item.phrases.find((p): p is Extract<Phrase, { what: "title" }> => p.what === "title")?.title;
    if (!title || title.kind !== "office") return;
    const adjacent = items[idx - 1] && items[idx - 1].last + 1 === item.first ? demonymOf(items[idx - 1], false) : undefined;
    const opening = adjacent ? items[idx - 1] : item;
    const name = items[idx - (adjacent ? 2 : 1)];
    if (!name?.unknown || attached.has(name) || !COMMA.test(words[name.last + 1]?.text ?? "")) return;
    const gap = opening.first - name.last - 2;
    if (gap > 1 || (gap === 1 && !hasWordKind(lex, words[name.last + 2].text, "article"))) return;
    const adj = adjacent ?? demonymOf(after(item), false);
    const company = adj ? undefined : bodyOf(ofSomething(item) ? bodyAfter(idx) : undefined);
    if (adj) attached.set(name, { type: "PER", country: adj.country, ...(title.sector && { sector: title.sector }) });
    else if (company) attached.set(name, { type: "PER", country: company.country, sector: company.sector });
    else if (title.sector && /minister/.test(title.role ?? "minister")) attached.set(name, { type: "PER", sector: title.sector, ...(title.role && { role: title.role }) });
  });
  items.forEach((item, idx) => {
    if (used.has(item)) return;
    const what = primary(item);
    if (what === "title" && !item.unknown) {
      const title = item.phrases.find((p): p is Extract<Phrase, { what: "title" }> => p.what === "title")!.title;
      let tail = item;
      let country: string | undefined;
      const prev = items[idx - 1];
      // "Russian President", "German economy minister": the adjective touches the title, or qualifies it
      // across one lower-case noun.
      const adjBefore = prev && (prev.last + 1 === item.first || (prev.last + 2 === item.first && qualifier(prev.last + 1))) ? demonymOf(prev, false) : undefined;
      const owner = adjBefore ? undefined : possessor(item);
      const head = adjBefore ? prev : owner ?? item;
      // "Ford's vice president", "the company's marketing vice president": a title owned by something
      // that is no country is held there, not in a government.
      const ownedBy = !owner && !adjBefore ? ownerBefore(item) : undefined;
      if (adjBefore) country = adjBefore.country; // English: "Russian President"
      if (owner) country = countryOf(owner);
      // "Alabama Governor Bob Riley", "Texas Senator": a region or town before an English title is of its country.
      else if (!adjBefore && lex.lang === "en" && prev && prev.last + 1 === item.first && !countryOf(prev) && !organisations(prev).length)
        country = mostPopulousCountry(kb, prev.phrases.filter((p) => !isSmallTown(kb, p)), TOWNS_AND_REGIONS) ?? country;
      // "Boeing spokesman William Barksdale", "le président du directoire de PSA, Philippe Varin": the
      // holder of a title in a company or another national body is of that body's country and sector.
      const company = !adjBefore && !owner ? bodyOf(prev && prev.last + 1 === item.first ? prev : ownedBy?.item) ?? bodyOf(ofSomething(item) ? bodyAfter(idx) : undefined) : undefined;
      if (company) {
        const body = company.item === prev ? item : company.item;
        let name = after(body);
        if (!name && words[body.last + 1] && COMMA.test(words[body.last + 1].text)) name = items[byFirst.get(body.last + 2) ?? -1];
        if (name && isPersonName(name) && !attached.has(name)) {
          attached.set(name, { type: "PER", country: company.country, sector: company.sector, ...(title.gender && { gender: title.gender }) });
          used.add(item);
          return;
        }
      }
      // "FIFA President Sepp Blatter", "UAW President Ron Gettelfinger": a title right after the name of an
      // organisation that is no country's body is held there, not in a government. A known one gives its
      // actor (FIFA's NGO); an unknown one (an acronym) gives nothing, and the name is the story's.
      const holder = !adjBefore && !owner ? organisationBefore(item) : undefined;
      if (holder) {
        const name = after(item);
        if (name && isPersonName(name) && !attached.has(name)) {
          attached.set(name, { type: "PER", ...(holder.actor && { actor: holder.actor }), ...(title.gender && { gender: title.gender }) });
          used.add(item);
          return;
        }
      }
      // Held in a company or another body that no country owns, a title names no office-holder: "the
      // European Central Bank president", "the company's vice president"; a name after it is the holder's.
      if (company || holder || ownedBy) {
        const name = after(item);
        if (name && isPersonName(name) && !attached.has(name)) attached.set(name, { type: "PER", ...(title.sector && title.sector !== "GOV" && { sector: title.sector }), ...(title.gender && { gender: title.gender }) });
        return;
      }
      const adj = demonymOf(after(item), false);
      if (adj) {
        country = adj.country;
        tail = after(item);
      } else {
        const of = ofCountry(item);
        if (of) {
          country = countryOf(of);
          tail = of;
        } else if (!owner && !adjBefore && (ofSomething(item) || ministerTo(item))) {
          // "le président du directoire de PSA", "la présidente de l'association": the title is held in
          // some body other than a country; it names nobody the knowledge base knows. A minister's
          // portfolio ("ministre du Redressement productif") is part of the title, not a name.
          const portfolio = afterOf(item) ?? ministerTo(item);
          // "le préfet du Rhône, Pascal Mailhos", "le procureur de la République de Lyon, Thierry Dran": a
          // title held in a town or region is held in its country's institutions.
          if (portfolio && title.sector && portfolio.phrases.some((p) => p.what === "kb" && TOWNS_AND_REGIONS.has(kb.world.entries.get(p.alias.id)?.kind ?? ""))) {
            const region = ofPlace(item);
            const named = nameAfter(portfolio.last);
            if (named && isPersonName(named) && !attached.has(named)) attached.set(named, { type: "PER", ...(region && { country: region }), sector: title.sector, ...(title.gender && { gender: title.gender }) });
            return;
          }
          // A portfolio that is also an institution's word ("ministre de la Justice") is the minister's still.
          const institutionWord = !!portfolio && primary(portfolio) === "agent" && !has(portfolio, "kb");
          if (title.sector !== "GOV" || title.role || (portfolio && !portfolio.unknown && !institutionWord)) return;
          // The minister named after the portfolio: "le ministre de l'Économie Pierre Moscovici" (one run of
          // capitals up to the given name), "le ministre du budget, Jérôme Cahuzac".
          const holder = { type: "PER" as const, sector: title.sector, ...(title.gender && { gender: title.gender }) };
          let end = item.last + 1;
          if (portfolio) {
            used.add(portfolio);
            const given = range(portfolio.first + 1, portfolio.last - 1).find((k) => isGivenName(words[k].text) && !hasWordKind(lex, words[k - 1].text, "connector"));
            if (given !== undefined) {
              const name = { ...portfolio, first: given, start: words[given].start, unknown: "PER" as const };
              emit(name, name, { kind: "name", ...holder });
              return;
            }
            end = portfolio.last;
          } else while (end < item.last + 4 && LETTER.test(words[end + 1]?.text ?? "") && !byFirst.has(end + 1)) end++;
          const named = nameAfter(end);
          if (named && isPersonName(named) && !attached.has(named)) attached.set(named, holder);
          return;
        }
      }
      let name = after(tail);
      // "le ministre malien de la Justice, Mamadou Kassogué": the portfolio after the title's country is part of
      // the title, and the name set off after it is the holder's.
      let setOff = false;
      if (!name && adj && title.sector === "GOV" && ofSomething(tail)) {
        const portfolio = afterOf(tail);
        const held = !portfolio || (!countryOf(portfolio) && portfolio.unknown !== "PER" && !portfolio.phrases.some((p) => p.what === "kb" && p.alias.id.startsWith("person:")));
        let end = portfolio ? portfolio.last : tail.last + 1;
        if (!portfolio) while (end < tail.last + 4 && LETTER.test(words[end + 1]?.text ?? "") && !byFirst.has(end + 1)) end++;
        const named = COMMA.test(words[end + 1]?.text ?? "") ? nameAfter(end) : undefined;
        if (held && named) {
          if (portfolio) used.add(portfolio);
          name = named;
          setOff = true;
        }
      }
      if (!name && words[tail.last + 1] && COMMA.test(words[tail.last + 1].text)) name = items[byFirst.get(tail.last + 2) ?? -1];
      // "le président sortant Macky Sall", "la directrice générale par intérim, Clotilde Delbos".
      let modified = tail.last;
      while (!name && modified < tail.last + 3 && words[modified + 1] && !isCapitalised(words[modified + 1].text) && hasWordKind(lex, words[modified + 1].text, "title-modifier")) modified++;
      if (!name && modified > tail.last) {
        name = nameAfter(modified);
        setOff = !!name;
      }
      if (title.kind === "honorific") {
        if (name && name.first === tail.last + 1) attached.set(name, { gender: title.gender, type: "PER" });
        return;
      }
      const commaName = name && name.first !== tail.last + 1;
      if (name && isPersonName(name) && (!commaName || title.kind === "counterpart" || setOff)) {
        attached.set(name, {
          type: "PER", ...(country && { country }), ...(title.role && { role: title.role }),
          ...(title.sector && { sector: title.sector }), ...(title.gender && { gender: title.gender }),
        });
        used.add(tail);
        if (!commaName) return;
      }
      if (title.kind === "counterpart" || title.role || country) {
        used.add(tail);
        emit(head, tail, {
          type: "PER", kind: "title", ...(country && { country }), ...(title.role && { role: title.role }),
          ...(title.sector && { sector: title.sector }), ...(title.gender && { gender: title.gender }),
          ...(title.kind === "counterpart" && { counterpart: true }),
        });
      }
      return;
    }
    if (what === "agent" && !has(item, "kb")) {
      const agent = item.phrases.find((p): p is Extract<Phrase, { what: "agent" }> => p.what === "agent")!.agent;
      // "une conférence de presse", "un communiqué de presse": the press that qualifies another noun through
      // a bare "de" is no one, unless a country's adjective makes it someone's.
      const qualifies = agent.code === "MED" && item.first > 1 && /^(de|d'|d’)$/i.test(words[item.first - 1].text) &&
        /^\p{Ll}{3,}$/u.test(words[item.first - 2].text) && !byLast.has(item.first - 2) && !demonymOf(after(item), false);
      if (qualifies) return;
      const prev = items[idx - 1];
      // "russes" before, or a country's own name in English ("United States Air Force"); one lower-case
      // word may come between ("Israeli intelligence officials").
      const touching = prev && !used.has(prev) && (prev.last + 1 === item.first || (prev.last + 2 === item.first && qualifier(prev.last + 1))) ? prev : undefined;
      const nameBefore = lex.lang === "en" ? countryOf(touching) : undefined;
      const adjBefore = demonymOf(touching, false) ?? (nameBefore ? { country: nameBefore } : undefined);
      const owner = adjBefore ? undefined : possessor(item);
      const adj = demonymOf(after(item), false);
      const of = adj ? undefined : ofCountry(item);
      const placed = adj ? undefined : ofPlace(item);
      // "le tribunal correctionnel de Paris", "la police de Lyon": the town is where the institution sits.
      if (placed && !of && !adjBefore && !owner) listedPlaces.add(afterOf(item)!);
      const country = adj?.country ?? (of && countryOf(of)) ?? adjBefore?.country ?? (owner && countryOf(owner)) ?? (adj ? undefined : placed ?? inPlace(item));
      if (!country) {
        // A named institution without its country ("la Cour constitutionnelle", "le ministère de
        // l'Information") is the country the story is about; the linker supplies it.
        const surface = text.slice(item.start, item.end);
        // "the Air Force", "l'Armée de terre": a force's capitalised name of several words is one too.
        const force = FORCES.has(agent.code) && /\s/.test(surface) && surface.split(/\s+/).filter((w) => w.length > 3).every((w) => isCapitalised(w));
        const institution = (INSTITUTIONS.has(agent.code) && (isCapitalised(surface) || /\s/.test(surface) || agent.code === "SPY")) || force;
        if (institution && !caps) emit(item, item, { type: agent.type, kind: "nominal", sector: agent.code, role: agent.role });
        return;
      }
      const first = (adjBefore || owner) && !adj && !of ? (adjBefore ? prev : owner!) : item;
      const last = adj ? after(item) : of ?? item;
      used.add(last);
      // The country's own name is part of the agent's ("United States Air Force"), not a mention of its own.
      if (first === prev && nameBefore && out.at(-1)?.start === prev.start) out.pop();
      emit(first, last, { type: agent.type, kind: "nominal", country, sector: agent.code, role: agent.role });
      return;
    }
    if (what === "group") {
      const group = item.phrases.find((p): p is Extract<Phrase, { what: "group" }> => p.what === "group")!.group;
      emit(item, item, { type: group.type, kind: "nominal", phrases: item.phrases });
      return;
    }
    if (what === "pronoun") {
      const pronoun = item.phrases.find((p): p is Extract<Phrase, { what: "pronoun" }> => p.what === "pronoun")!.pronoun;
      const next = words[item.last + 1];
      if (pronoun.plural || item.first !== firstWordIndex(words) || caps) return;
      if (next && hasWordKind(lex, next.text, "impersonal")) return;
      emit(item, item, { type: "PER", kind: "pronoun", ...(pronoun.gender && { gender: pronoun.gender }) });
      return;
    }
    if (what === "demonym" && !has(item, "kb")) {
      const people = demonymOf(item, true);
      const ethnic = !!words[item.first - 1] && hasWordKind(lex, words[item.first - 1].text, "ethnic");
      // Opening a sentence, a form that is also an adjective ("Iraqi forces") is the adjective; a plural
      // people is the people ("Palestinians blamed Israel").
      if (people && !caps && (item.first !== firstWordIndex(words) || !demonymOf(item, false))) emit(item, item, { type: "MISC", kind: "name", country: people.country, phrases: item.phrases, ...(ethnic && { ethnic }) });
      else {
        const adjective = demonymOf(item, false);
        if (adjective) emit(item, item, { type: "MISC", kind: "nominal", country: adjective.country, signal: true });
      }
      return;
    }
    const extra = attached.get(item);
    if (item.unknown) {
      emit(item, item, {
        type: extra?.type ?? item.unknown, kind: "name", ...(item.country && { country: item.country }), ...(item.unlinked && { phrases: [] }), ...extra,
        ...(locative(item) && { locative: true }), ...(item.presumed && !extra?.type && { presumed: true }),
      });
      return;
    }
    const kbPhrases = item.phrases.filter((p) => p.what === "kb");
    if (!kbPhrases.length) return;
    const type = kbType(kbPhrases, extra?.type);
    emit(item, item, { type, kind: "name", phrases: kbPhrases, ...extra, ...(locative(item) && { locative: true }) });
  });
  // "his French counterpart": a people's name inside a title's phrase is that title's adjective.
  const inside = (m: RecognisedMention) => out.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start);
  const peopleOnly = (m: RecognisedMention) => m.type === "MISC" && !!m.phrases?.length && m.phrases.every((p) => p.what === "demonym");
  return out.filter((m) => !(peopleOnly(m) && inside(m))).sort((a, b) => a.start - b.start);
}

function kbType(phrases: Phrase[], forced: EntityType | undefined): EntityType {
  if (forced) return forced;
  const ids = phrases.map((p) => (p.what === "kb" ? p.alias.id : ""));
  if (ids.some((id) => id.startsWith("country:"))) return "GPE";
  if (ids.some((id) => id.startsWith("org:"))) return "ORG";
  if (ids.some((id) => id.startsWith("person:"))) return "PER";
  return "LOC";
}
