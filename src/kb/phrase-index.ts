/**
 * One index over every phrase the recogniser looks for in a language: knowledge-base aliases, demonyms,
 * titles, agents, group names and pronouns. Keys are folded text, so a match is found whatever the
 * tokenisation ("l'OTAN" as one token or two); each entry then checks the case it needs.
 */
import type { Token } from "../model/record.js";
import { fold, isCapitalised } from "./fold.js";
import type { Agent, Demonym, Group, Lexicon, Pronoun, Title } from "./lexicon.js";
import { LEADING_ARTICLE, type KbAlias, type World } from "./world.js";

export type Phrase =
  | { what: "kb"; alias: KbAlias }
  | { what: "demonym"; demonym: Demonym }
  | { what: "title"; title: Title }
  | { what: "agent"; agent: Agent }
  | { what: "group"; group: Group }
  | { what: "pronoun"; pronoun: Pronoun };

/** exact: same capitals (acronyms); name: capitalised words stay capitalised; lower: not capitalised. */
export type CaseMode = "exact" | "name" | "titled" | "lower" | "any";

interface Entry {
  phrase: Phrase;
  text: string;
  mode: CaseMode;
}

export interface PhraseMatch {
  start: number;
  end: number;
  /** Index of the first and last surface token covered. */
  first: number;
  last: number;
  phrases: Phrase[];
}

export interface PhraseIndex {
  lang: string;
  match(text: string, tokens: readonly Token[], at: number, allCaps: boolean): PhraseMatch | undefined;
  /** Entries for a span of text as a whole (what NER mentions are linked through). */
  lookup(surface: string, allCaps?: boolean): Phrase[];
}

const ELISION = /^(?:\p{L}{1,2}|qu|jusqu|lorsqu|puisqu|presqu)['’]/iu;
const WORD_SPLIT = /[\s'’\-]+/u;
const MAX_TOKENS = 14;
const CAPITAL = /\p{Lu}/u;

/** The same words but for case, apostrophes and spacing. */
const sameLetters = (a: string, b: string) => {
  const plain = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ");
  return plain(a) === plain(b);
};

function caseOk(entry: Entry, surface: string, allCaps: boolean): boolean {
  switch (entry.mode) {
    case "any":
      // Case aside, but a name written with capitals is not found in a run of lower-case words: "le monde"
      // is the world, not the newspaper "Le Monde". A phrase of common words keeps its accents, but in
      // capitals: "a jugé" holds no "juge" (a name, "Cote d'Ivoire", may lose them).
      if (CAPITAL.test(entry.text)) return CAPITAL.test(surface);
      return allCaps || sameLetters(surface, entry.text);
    case "lower":
      return !isCapitalised(surface) || allCaps;
    case "exact":
      return !allCaps && surface.replace(/’/g, "'") === entry.text.replace(/’/g, "'");
    case "name":
    case "titled": {
      if (allCaps) return true;
      const a = entry.text.split(WORD_SPLIT).filter(Boolean);
      const s = surface.split(WORD_SPLIT).filter(Boolean);
      if (a.length !== s.length) return isCapitalised(surface) === isCapitalised(entry.text);
      return a.every((w, k) => !isCapitalised(w) || isCapitalised(s[k]) || (k === 0 && entry.mode === "titled" && LEADING_ARTICLE.test(w)));
    }
  }
}

export function buildPhraseIndex(world: World, lexicon: Lexicon): PhraseIndex {
  const byKey = new Map<string, Entry[]>();
  const put = (text: string, phrase: Phrase, mode: CaseMode) => {
    const key = fold(text);
    if (!key) return;
    const list = byKey.get(key);
    const entry = { phrase, text, mode };
    if (list) list.push(entry);
    else byKey.set(key, [entry]);
  };
  for (const alias of world.aliases) put(alias.text, { what: "kb", alias }, alias.mode);
  // French adjectives are lower case ("russe"), English ones capitalised ("Russian"): either way, as written.
  for (const demonym of lexicon.demonyms) put(demonym.form, { what: "demonym", demonym }, demonym.people || isCapitalised(demonym.form) ? "name" : "lower");
  for (const title of lexicon.titles) put(title.phrase, { what: "title", title }, isCapitalised(title.phrase) ? "name" : "any");
  for (const agent of lexicon.agents) put(agent.phrase, { what: "agent", agent }, isCapitalised(agent.phrase) ? "name" : "any");
  for (const group of lexicon.groups) put(group.phrase, { what: "group", group }, isCapitalised(group.phrase) ? "name" : "any");
  for (const pronoun of lexicon.pronouns) put(pronoun.form, { what: "pronoun", pronoun }, "any");

  // Every key prefix that ends at a word boundary: a match attempt stops as soon as it leaves them.
  const prefixes = new Set<string>();
  for (const key of byKey.keys()) {
    for (let k = 1; k < key.length; k++) {
      const ch = key[k];
      if (ch === " " || ch === "'" || ch === "-" || ch === ".") {
        prefixes.add(key.slice(0, k));
        prefixes.add(key.slice(0, k + 1));
      }
    }
  }

  const fromKey = (key: string, surface: string, allCaps: boolean): Phrase[] =>
    (byKey.get(key) ?? []).filter((e) => caseOk(e, surface, allCaps)).map((e) => e.phrase);
  const lookup = (surface: string, allCaps = false): Phrase[] => fromKey(fold(surface), surface, allCaps);

  // Folded tokens, once per sentence: keys grow token by token without folding the text again.
  const folded = new WeakMap<readonly Token[], string[]>();
  const foldedTokens = (text: string, tokens: readonly Token[]) => {
    let f = folded.get(tokens);
    if (!f) {
      f = tokens.map((t) => fold(text.slice(t.start, t.end)));
      folded.set(tokens, f);
    }
    return f;
  };

  // "au Figaro", "selon le Monde", "du Caire": a name that opens with its article, after an article of the
  // sentence's own (contracted or in lower case), is matched without it.
  const articles = [...lexicon.words].filter(([, kinds]) => kinds.has("article")).map(([word]) => (word.endsWith("'") ? word : word + " "));
  const determiners = new Set([...lexicon.words].filter(([, kinds]) => kinds.has("determiner")).map(([word]) => word));

  function matchFrom(text: string, tokens: readonly Token[], at: number, offset: number, allCaps: boolean, article = ""): PhraseMatch | undefined {
    const start = tokens[at].start + offset;
    const f = foldedTokens(text, tokens);
    let key = article + (offset ? fold(text.slice(start, tokens[at].end)) : f[at]);
    let best: PhraseMatch | undefined;
    for (let j = at; j < tokens.length && j < at + MAX_TOKENS; j++) {
      if (j > at) key += (tokens[j].start > tokens[j - 1].end ? " " : "") + f[j];
      if (byKey.has(key)) {
        const phrases = fromKey(key, text.slice(start, tokens[j].end), allCaps).filter((p) => !article || p.what === "kb");
        if (phrases.length) best = { start, end: tokens[j].end, first: at, last: j, phrases };
      }
      if (!prefixes.has(key) && !prefixes.has(key + " ")) break;
    }
    return best;
  }

  return {
    lang: lexicon.lang,
    lookup,
    match(text, tokens, at, allCaps) {
      const whole = matchFrom(text, tokens, at, 0, allCaps);
      const elided = ELISION.exec(text.slice(tokens[at].start, tokens[at].end));
      if (elided && elided[0].length < tokens[at].end - tokens[at].start) {
        const inner = matchFrom(text, tokens, at, elided[0].length, allCaps);
        if (inner && (!whole || inner.end > whole.end)) return inner;
      }
      if (whole || at === 0 || !determiners.has(foldedTokens(text, tokens)[at - 1]) || !isCapitalised(text.slice(tokens[at].start, tokens[at].end))) return whole;
      for (const article of articles) {
        const bare = matchFrom(text, tokens, at, 0, allCaps, article);
        if (bare) return bare;
      }
      return undefined;
    },
  };
}
