/**
 * PETRARCH-format dictionaries (`gazette extract --dictionaries DIR`): the verb patterns become
 * predicates of the same lexicon the coder runs, the actor and agent dictionaries become actor
 * mentions. Users of the existing coders keep their work; gazette's own engine codes with it.
 *
 * Read from the formats: verbs `--- VERB [code] ---` blocks with `+FORM` lines and
 * `- PRE * POST [code]` patterns (`&SYNSET`s expanded; `+`/`$` mark target/source; `_` joins words);
 * actors `NAME [CODE]` with `+ALIAS` lines and date-restricted codes `[CODE >YYMMDD]`; agents
 * `NOUN {PLURAL} [~SECTOR]` with `!SET! = A, B` substitutions.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gazetteError } from "../../errors.js";
import type { Entity, Token } from "../../model/record.js";
import type { EventLexicon, Predicate } from "./lexicon.js";

export interface Dictionaries {
  readonly lexicon: EventLexicon;
  /** Actor mentions the actor and agent dictionaries find in a sentence's words. */
  actorMentions(words: readonly Token[]): Array<{ start: number; end: number; entity: Entity }>;
  /** The date the actor codes are chosen for (YYYYMMDD), when codes carry date restrictions. */
  date?: string;
}

interface Coded {
  words: string[];
  codes: Array<{ code: string; from: string; to: string }>;
}

const cache = new Map<string, Dictionaries>();

const clean = (line: string) => line.replace(/<!--.*?-->/g, "").replace(/#.*$/, "").trimEnd();
const wordsOf = (phrase: string) => phrase.toLowerCase().replace(/_+$/, "").split(/[_\s]+/).filter(Boolean);

/** Files of a dictionary folder by kind, from their names (PETRARCH's own naming: *.verbs.txt, *.actors.txt…). */
function filesOf(dir: string): { verbs: string[]; actors: string[]; agents: string[] } {
  if (!existsSync(dir)) throw gazetteError("E100", { path: dir });
  if (!statSync(dir).isDirectory()) throw gazetteError("E122", { value: dir, option: "--dictionaries", expected: "a folder of PETRARCH dictionaries (*.verbs.txt, *.actors.txt, *.agents.txt)" });
  const all = readdirSync(dir).sort();
  const pick = (re: RegExp) => all.filter((f) => re.test(f)).map((f) => join(dir, f));
  return { verbs: pick(/verbs?\.txt$|^CAMEO.*\.txt$/i), actors: pick(/actors\.txt$/i), agents: pick(/agents\.txt$/i) };
}

export function loadDictionaries(dir: string, base: EventLexicon, only?: { verbs?: string; actors?: string[]; agents?: string }): Dictionaries {
  const key = dir + "\u0000" + JSON.stringify(only ?? {});
  const cached = cache.get(key);
  if (cached) return cached;
  const files = filesOf(dir);
  const verbFiles = only?.verbs ? [join(dir, only.verbs)] : files.verbs;
  const actorFiles = only?.actors ? only.actors.map((f) => join(dir, f)) : files.actors;
  const agentFiles = only?.agents ? [join(dir, only.agents)] : files.agents;
  const { verbs, forms } = readVerbs(verbFiles);
  const actors = byFirstWord(actorFiles.flatMap(readActors));
  const agents = byFirstWord(agentFiles.flatMap(readAgents));
  const lexicon: EventLexicon = { ...base, verbs, nouns: new Map(), forms };
  const dictionaries: Dictionaries = {
    lexicon,
    actorMentions: (words) => findActors(words, actors, agents, dictionaries.date),
  };
  cache.set(key, dictionaries);
  return dictionaries;
}

function readVerbs(files: readonly string[]): { verbs: Map<string, Predicate[]>; forms: Map<string, Array<{ lemma: string; pos: "verb" | "noun" }>> } {
  const verbs = new Map<string, Predicate[]>();
  const forms = new Map<string, Array<{ lemma: string; pos: "verb" | "noun" }>>();
  for (const file of files) {
    const lines = readFileSync(file, "utf8").split(/\r?\n/);
    const synsets = new Map<string, string[]>();
    // Synsets first: patterns may use a synset defined further down.
    let current: string[] | undefined;
    for (const raw of lines) {
      const line = clean(raw).trim();
      if (line.startsWith("&")) {
        current = [];
        synsets.set(line.split(/\s+/)[0].toLowerCase(), current);
      } else if (current && line.startsWith("+")) current.push(...wordsOf(line.slice(1)).slice(0, 1));
      else if (!line) current = undefined;
    }
    const expand = (word: string, depth = 0): string[] =>
      word.startsWith("&") && depth < 4 ? (synsets.get(word.replace(/_+$/, "")) ?? []).flatMap((w) => expand(w, depth + 1)) : [word];
    let block: { lemmas: string[]; code?: string } | undefined;
    let n = 0;
    for (const raw of lines) {
      const line = clean(raw).trim();
      const header = /^---\s+(?<name>\S+)\s+\[(?<code>[^\]]*)\]/.exec(line);
      if (header?.groups) {
        block = { lemmas: [], ...(header.groups.code !== "---" && { code: header.groups.code }) };
        continue;
      }
      if (!block || !line || line.startsWith("&")) continue;
      if (line.startsWith("+")) {
        const form = wordsOf(line.slice(1));
        if (form.length === 1 && block.lemmas[0]) addForm(forms, form[0], block.lemmas[0]);
        continue;
      }
      const coded = /\[(?<code>[^\]]+)\]/.exec(line)?.groups?.code;
      if (line.startsWith("-")) {
        const body = line.slice(1).replace(/\[[^\]]*\]/, "").replace(/[{}]/g, " ").trim();
        const [pre = "", post = ""] = body.split("*");
        for (const lemma of block.lemmas) add(verbs, pattern(lemma, pre, post, coded ?? block.code, `${n++}`, expand));
        continue;
      }
      // A verb line: the block's verb, or another verb coded the same way; {…} lists its irregular forms.
      const words = wordsOf(line.replace(/\{[^}]*\}/g, "").replace(/\[[^\]]*\]/, ""));
      if (words.length !== 1) continue;
      block.lemmas.push(words[0]);
      addForm(forms, words[0], words[0]);
      const braces = /\{(?<forms>[^}]*)\}/.exec(line)?.groups?.forms;
      for (const form of braces ? wordsOf(braces) : regularForms(words[0])) addForm(forms, form, words[0]);
      add(verbs, plain(words[0], coded ?? block.code));
    }
  }
  return { verbs, forms };
}

/** PETRARCH generates regular English forms of a verb without {…}: -s, -ed, -ing. */
function regularForms(verb: string): string[] {
  const stem = verb.endsWith("e") ? verb.slice(0, -1) : verb;
  return [verb.endsWith("s") || verb.endsWith("h") ? verb + "es" : verb + "s", stem + "ed", stem + "ing"];
}

function codes(code: string | undefined): { code?: string; reverseCode?: string } {
  if (!code || code === "---" || !/^[0-9A-Za-z]/.test(code)) return {};
  const [a, b] = code.split(":");
  return { code: a, ...(b && { reverseCode: b }) };
}

function plain(lemma: string, code: string | undefined): Predicate {
  return { id: `dictionaries/verbs:${lemma}`, pos: "verb", lemma, tail: [], ...codes(code), source: ["subj"], target: ["obj", "iobj"], symmetric: false };
}

const PREPOSITIONS = new Set(["to", "with", "for", "from", "against", "on", "in", "at", "by", "of", "into", "over", "about", "toward", "towards"]);

/** A `- PRE * POST [code]` pattern as a predicate: POST's first content word constrains the object. */
function pattern(lemma: string, pre: string, post: string, code: string | undefined, n: string, expand: (w: string) => string[]): Predicate {
  const tokens = post.split(/[\s_]+/).filter(Boolean).map((t) => t.toLowerCase());
  let target: string[] = ["obj", "iobj"];
  const object = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t === "+" || t.startsWith("+")) {
      const prep = tokens[k - 1];
      if (prep && PREPOSITIONS.has(prep)) target = [prep, "obj"];
      continue;
    }
    if (/^[$%^]/.test(t) || PREPOSITIONS.has(t) && tokens[k + 1]?.startsWith("+")) continue;
    if (!object.size && /^[a-z&]/.test(t)) for (const w of expand(t)) object.add(w);
  }
  const before = pre.split(/[\s_]+/).filter((t) => /^[A-Za-z]/.test(t)).map((t) => t.toLowerCase());
  return {
    id: `dictionaries/verbs:${lemma}#${n}`,
    pos: "verb",
    lemma,
    tail: [],
    ...codes(code),
    ...(object.size > 0 && { object }),
    ...(before.length > 0 && { before }),
    source: ["subj"],
    target,
    symmetric: false,
  };
}

function add(map: Map<string, Predicate[]>, p: Predicate): void {
  const list = map.get(p.lemma) ?? [];
  list.push(p);
  // Patterns (constrained) before the plain verb.
  list.sort((a, b) => Number(b.object !== undefined || b.before !== undefined) - Number(a.object !== undefined || a.before !== undefined));
  map.set(p.lemma, list);
}

function addForm(forms: Map<string, Array<{ lemma: string; pos: "verb" | "noun" }>>, form: string, lemma: string): void {
  const list = forms.get(form) ?? [];
  if (!list.some((f) => f.lemma === lemma)) list.push({ lemma, pos: "verb" });
  forms.set(form, list);
}

const day = (yymmdd: string) => `${Number(yymmdd.slice(0, 2)) < 30 ? "20" : "19"}${yymmdd}`;

function readActors(file: string): Coded[] {
  const out: Coded[] = [];
  let current: Coded | undefined;
  for (const raw of readFileSync(file, "utf8").split(/\r?\n/)) {
    const line = clean(raw);
    if (!line.trim()) continue;
    const codes = [...line.matchAll(/\[(?<code>[^\]\s]+)(?:\s+(?<range>[<>]?\d{6}(?:-\d{6})?))?\]/g)].map((m) => {
      const range = m.groups!.range ?? "";
      const [a, b] = range.replace(/^[<>]/, "").split("-");
      if (range.startsWith(">")) return { code: m.groups!.code, from: day(a), to: "99999999" };
      if (range.startsWith("<")) return { code: m.groups!.code, from: "0", to: day(a) };
      return { code: m.groups!.code, from: a ? day(a) : "0", to: b ? day(b) : "99999999" };
    });
    const name = line.replace(/\[[^\]]*\]/g, "").replace(/\{[^}]*\}/g, "").trim();
    if (line.startsWith("+") || /^\s/.test(line)) {
      if (current && name) out.push({ words: wordsOf(name.replace(/^\+/, "")), codes: current.codes });
      if (current && codes.length) current.codes.push(...codes);
      continue;
    }
    current = { words: wordsOf(name), codes };
    out.push(current);
  }
  return out.filter((a) => a.words.length > 0);
}

function readAgents(file: string): Coded[] {
  const out: Coded[] = [];
  const sets = new Map<string, string[]>();
  for (const raw of readFileSync(file, "utf8").split(/\r?\n/)) {
    const line = clean(raw).trim();
    const set = /^(?<name>![A-Z]+!)\s*=\s*(?<words>.+)$/.exec(line);
    if (set?.groups) {
      sets.set(set.groups.name, set.groups.words.split(",").map((w) => w.trim()));
      continue;
    }
    const m = /^(?<name>[^[{]+?)\s*(?:\{(?<plural>[^}]*)\})?\s*\[~?(?<code>[^\]]+)\]/.exec(line);
    if (!m?.groups) continue;
    const code = m.groups.code;
    const names = [m.groups.name, ...(m.groups.plural ?? "").split(/\s+/).filter(Boolean)];
    for (const name of names) {
      const bang = /![A-Z]+!/.exec(name);
      const variants = bang ? (sets.get(bang[0]) ?? []).map((w) => name.replace(bang[0], "_" + w)) : [name];
      for (const v of variants) out.push({ words: wordsOf(v), codes: [{ code, from: "0", to: "99999999" }] });
      // Regular plurals: PETRARCH adds them unless a {} says otherwise.
      if (!bang && m.groups.plural === undefined) out.push({ words: [...wordsOf(name).slice(0, -1), wordsOf(name).at(-1) + "s"], codes: [{ code, from: "0", to: "99999999" }] });
    }
  }
  return out.filter((a) => a.words.length > 0);
}

function byFirstWord(list: readonly Coded[]): Map<string, Coded[]> {
  const out = new Map<string, Coded[]>();
  for (const c of list) {
    const bucket = out.get(c.words[0]) ?? [];
    bucket.push(c);
    out.set(c.words[0], bucket);
  }
  return out;
}

function pickCode(entry: Coded, date: string | undefined): string | undefined {
  const usable = entry.codes.filter((c) => c.code !== "---");
  if (!usable.length) return undefined;
  if (!date) return usable[0].code;
  return (usable.find((c) => c.from <= date && date <= c.to) ?? usable.find((c) => c.from === "0" && c.to === "99999999"))?.code;
}

/** Longest dictionary phrases in the words, actors first; an agent next to an actor adds its sector. */
function findActors(words: readonly Token[], actors: ReadonlyMap<string, Coded[]>, agents: ReadonlyMap<string, Coded[]>, date: string | undefined): Array<{ start: number; end: number; entity: Entity }> {
  const forms = words.map((w) => (w.form ?? w.text).toLowerCase());
  const match = (index: ReadonlyMap<string, Coded[]>) => {
    const found: Array<{ first: number; last: number; code: string }> = [];
    for (let i = 0; i < forms.length; i++) {
      let best: { last: number; code: string } | undefined;
      for (const a of index.get(forms[i]) ?? []) {
        if ((best && a.words.length <= best.last - i + 1)) continue;
        if (!a.words.every((w, k) => forms[i + k] === w)) continue;
        const code = pickCode(a, date);
        if (code) best = { last: i + a.words.length - 1, code };
      }
      if (best) {
        found.push({ first: i, ...best });
        i = best.last;
      }
    }
    return found;
  };
  const found = match(actors);
  const sectors = match(agents).filter((g) => !found.some((a) => a.first <= g.last && g.first <= a.last));
  for (const g of sectors) {
    const near = found.find((a) => (a.last < g.first && g.first - a.last <= 3) || (a.first > g.last && a.first - g.last <= 2 && forms[g.last + 1] === "of"));
    if (near && !near.code.includes(g.code.replace(/^~/, ""))) {
      near.code += g.code.replace(/^~/, "");
      near.first = Math.min(near.first, g.first);
      near.last = Math.max(near.last, g.last);
    }
  }
  return found.map((a) => ({
    start: words[a.first].start,
    end: words[a.last].end,
    entity: { id: `dictionaries:${a.code}`, name: a.code, type: "ORG", actor: a.code, mentions: [] },
  }));
}
