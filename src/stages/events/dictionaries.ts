/**
 * PETRARCH-format dictionaries (`gazette extract --dictionaries DIR`): the verb patterns become
 * predicates of the same lexicon the coder runs, the actor and agent dictionaries become actor
 * mentions. Users of the existing coders keep their work; gazette's own engine codes with it.
 *
 * Read as PETRARCH's reader documents the formats (PETRreader.py):
 * - verbs: `&SYNSET` blocks of `+PHRASE` lines (regular plurals added unless the name or the phrase
 *   ends in `_`); `--- NAME [code] ---` blocks of verbs, each with its own `[code]` or the block's,
 *   `{…}` listing every irregular form (else -S, -ED, -ING are made), multi-word verbs whose verb is
 *   marked `+` (`+BREAK_DOWN`, `WIRE_+TAP`); patterns `- PRE * POST [code]` where `_` joins words that
 *   must be consecutive, `&SYNSET` stands for any of its phrases, `+` marks the target, `$` the source,
 *   `%` a compound actor and `^` skips a phrase;
 * - actors: `NAME [CODE]` with `+SYNONYM` lines and indented restrictions `[CODE <date]`, `[CODE >date]`,
 *   `[CODE date-date]` (YYMMDD or YYYYMMDD), the first that holds winning over the default code;
 * - agents: `NOUN {PLURAL} [~CODE]` (code added after the actor's) or `[CODE~]` (before it), regular
 *   plurals unless `{}` says otherwise, `!SET! = A, B` substitutions.
 * In names and phrases `_` joins words that must be consecutive; a blank lets other words come between.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gazetteError } from "../../errors.js";
import type { Entity, Token } from "../../model/record.js";
import type { EventLexicon, Predicate, Slot } from "./lexicon.js";

export interface Dictionaries {
  readonly lexicon: EventLexicon;
  /** Actor mentions the actor and agent dictionaries find in a sentence's words. */
  actorMentions(words: readonly Token[]): Array<{ start: number; end: number; entity: Entity }>;
  /** The date the actor codes are chosen for (YYYYMMDD), when codes carry date restrictions. */
  date?: string;
}

/** A phrase of an actor or agent dictionary: its words, and per word whether others may come before it. */
interface Phrase {
  words: string[];
  gapBefore: boolean[];
}

interface Restriction {
  code: string;
  from: string;
  to: string;
}

/** An actor's codes: restrictions in the order written, then the default (shared by its synonyms). */
interface ActorCodes {
  restricted: Restriction[];
  fallback?: string;
}

interface Actor extends Phrase {
  codes: ActorCodes;
}

interface Agent extends Phrase {
  code: string;
  /** `[CODE~]`: the code goes before the actor's ("NGO~" + ARN → NGOARN). */
  prefix: boolean;
}

type Forms = Map<string, Array<{ lemma: string; pos: "verb" | "noun" }>>;

const cache = new Map<string, Dictionaries>();

/** PETRARCH's comments: `<!-- … -->`, `#` anywhere, `;` in old TABARI lines. */
const clean = (line: string) => (line.startsWith("<!") ? "" : line.replace(/<!--.*?(-->|$)/g, "").replace(/[#;].*$/, "").trimEnd());

/** Words of a phrase, lower case; `_` and blanks both separate words. */
const wordsOf = (phrase: string) => phrase.toLowerCase().split(/[_\s]+/).filter(Boolean);

function phraseOf(text: string): Phrase {
  const words: string[] = [];
  const gapBefore: boolean[] = [];
  for (const m of text.toLowerCase().trim().matchAll(/([_\s]*)([^_\s]+)/g)) {
    words.push(m[2]);
    gapBefore.push(words.length > 1 && !m[1].includes("_"));
  }
  return { words, gapBefore };
}

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

// ---- verbs ----------------------------------------------------------------------------------

/** Prepositions a target may hang on, in the order they are tried after the object. */
const TARGET_PREPOSITIONS = ["to", "with", "against", "for", "from", "in", "into", "at", "on", "toward", "towards", "upon", "over", "between", "among", "of"];
/** Words that open a prepositional or particle phrase in a pattern rather than name what is acted on. */
const FUNCTION_WORDS = new Set([...TARGET_PREPOSITIONS, "by", "about", "down", "off", "out", "up", "away", "back", "as", "than", "under", "through", "across", "near", "after", "before", "during", "within", "without", "behind", "since"]);
const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "some", "any", "this", "that", "these", "those"]);
const MARKERS = new Set(["+", "$", "%", "^"]);
const DEFAULT_TARGET: readonly Slot[] = ["obj", "iobj", ...TARGET_PREPOSITIONS];

/** A verb of a block: one word, or the marked word of a multi-word verb with the words around it. */
interface BlockVerb {
  lemma: string;
  before: string[];
  tail: string[];
}

function readVerbs(files: readonly string[]): { verbs: Map<string, Predicate[]>; forms: Forms } {
  const verbs = new Map<string, Predicate[]>();
  const forms: Forms = new Map();
  for (const file of files) {
    const lines = readFileSync(file, "utf8").split(/\r?\n/).map((raw) => clean(raw).trim());
    const synsets = readSynsets(lines);
    let block: { verbs: BlockVerb[]; code?: string } | undefined;
    let n = 0;
    for (const line of lines) {
      if (!line) continue;
      if (line.startsWith("---")) {
        block = { verbs: [], code: /\[(?<code>[^\]]*)\]/.exec(line)?.groups?.code.trim() ?? "---" };
        continue;
      }
      // A synset between blocks ends the block before it.
      if (line.startsWith("&")) block = undefined;
      if (!block) continue;
      const code = /\[(?<code>[^\]]*)\]/.exec(line)?.groups?.code.trim() ?? block.code;
      const body = line.replace(/\[[^\]]*\]/g, "");
      if (line.startsWith("-")) {
        // Only CAMEO codes and the null code mean something; other marks (+++, ###) are notes, not patterns.
        if (code !== "---" && !/^\d/.test(code ?? "")) continue;
        for (const verb of block.verbs) for (const p of patterns(verb, body.slice(1), code, synsets, n++)) add(verbs, p);
        continue;
      }
      // A lone `+FORM` is one more form of the block's verb, not a verb of its own.
      if (/^\+[^_\s]+$/.test(body.trim()) && block.verbs[0]) {
        addForm(forms, body.trim().slice(1).toLowerCase(), block.verbs[0].lemma);
        continue;
      }
      const irregular = /\{(?<forms>[^}]*)\}/.exec(body)?.groups?.forms.trim().split(/\s+/).filter(Boolean);
      const verb = blockVerb(body.replace(/\{[^}]*\}/g, "").trim());
      if (!verb) continue;
      block.verbs.push(verb);
      addForm(forms, verb.lemma, verb.lemma);
      for (const form of irregular ?? regularForms(verb.lemma)) {
        const inflected = blockVerb(form)?.lemma ?? form.toLowerCase();
        addForm(forms, inflected, verb.lemma);
      }
      add(verbs, predicate(verb, code, "", {}));
    }
  }
  for (const list of verbs.values()) list.sort((a, b) => specificity(b) - specificity(a));
  return { verbs, forms };
}

/** `&NAME` followed by `+PHRASE` lines, as lists of phrases (each a list of words); `+&OTHER` includes another set. */
function readSynsets(lines: readonly string[]): Map<string, string[][]> {
  const raw = new Map<string, { plurals: boolean; entries: string[] }>();
  let current: { plurals: boolean; entries: string[] } | undefined;
  for (const line of lines) {
    if (line.startsWith("&")) {
      const name = line.split(/\s+/)[0];
      current = { plurals: !name.endsWith("_"), entries: [] };
      raw.set(name.replace(/_+$/, "").toLowerCase(), current);
    } else if (current && line.startsWith("+")) current.entries.push(line.slice(1).trim());
    else if (line) current = undefined;
  }
  const resolved = new Map<string, string[][]>();
  const resolve = (name: string, depth: number): string[][] => {
    const known = resolved.get(name);
    if (known) return known;
    const set = raw.get(name);
    if (!set || depth > 4) return [];
    const out: string[][] = [];
    for (const entry of set.entries) {
      if (entry.startsWith("&")) {
        out.push(...resolve(entry.replace(/_+$/, "").toLowerCase(), depth + 1));
        continue;
      }
      const words = wordsOf(entry);
      if (!words.length) continue;
      out.push(words);
      if (set.plurals && !entry.endsWith("_")) out.push([...words.slice(0, -1), pluralOf(words[words.length - 1])]);
    }
    resolved.set(name, out);
    return out;
  };
  for (const name of raw.keys()) resolve(name, 0);
  return resolved;
}

/** PETRARCH's regular plural: -Y → -IES, -S → -SES, else -S. */
function pluralOf(noun: string): string {
  if (noun.endsWith("y")) return noun.slice(0, -1) + "ies";
  if (noun.endsWith("s")) return noun + "es";
  return noun + "s";
}

/** "BREAK", "+BREAK_DOWN", "WIRE_+TAP": the verb word and the words that must come with it. */
function blockVerb(text: string): BlockVerb | undefined {
  const parts = text.split(/[_\s]+/).filter(Boolean);
  if (!parts.length) return undefined;
  const marked = parts.findIndex((p) => p.startsWith("+"));
  const at = marked < 0 ? 0 : marked;
  const lower = parts.map((p) => p.replace(/^\+/, "").toLowerCase());
  // A phrase without a marked verb other than a single word names no verb PETRARCH would find.
  if (marked < 0 && parts.length > 1) return undefined;
  return { lemma: lower[at], before: lower.slice(0, at), tail: lower.slice(at + 1) };
}

/** PETRARCH generates the regular forms of a verb without {…}: -S (-ES after S, X, Z), -ED (-D after E), -ING. */
function regularForms(verb: string): string[] {
  const s = /[sxz]$/.test(verb) ? verb + "es" : verb + "s";
  return verb.endsWith("e") ? [s, verb + "d", verb.slice(0, -1) + "ing"] : [s, verb + "ed", verb + "ing"];
}

/** A CAMEO code and its paired reverse ("032:033"); null codes (---, +++, ###) name no event. */
function codes(code: string | undefined): { code?: string; reverseCode?: string } {
  if (!code || !/^\d/.test(code)) return {};
  const [a, b] = code.split(":");
  return { code: a, ...(b && /^\d/.test(b) && { reverseCode: b }) };
}

interface Frame {
  object?: ReadonlySet<string>;
  before?: readonly string[];
  tail?: readonly string[];
  source?: readonly Slot[];
  target?: readonly Slot[];
}

function predicate(verb: BlockVerb, code: string | undefined, suffix: string, frame: Frame): Predicate {
  const before = [...verb.before, ...(frame.before ?? [])];
  const tail = [...verb.tail, ...(frame.tail ?? [])];
  const name = [...verb.before, verb.lemma, ...verb.tail].join("_");
  return {
    id: `dictionaries/verbs:${name}${suffix}`,
    pos: "verb",
    lemma: verb.lemma,
    tail,
    ...codes(code),
    ...(frame.object && { object: frame.object }),
    ...(before.length > 0 && { before }),
    source: frame.source ?? ["subj"],
    target: frame.target ?? DEFAULT_TARGET,
    symmetric: false,
  };
}

/** How much of the sentence a predicate asks for: PETRARCH tries the longest pattern first. */
function specificity(p: Predicate): number {
  return p.tail.length + (p.object ? 1 : 0) + (p.before?.length ?? 0);
}

/** Patterns a synset may multiply into, at most: one predicate each. */
const MAX_VARIANTS = 64;

/**
 * A `PRE * POST` pattern as predicates: PRE's words must come shortly before the verb; POST's leading
 * prepositions or particles right after it, and the head of its first phrase (a word, or any head of
 * a synset) is what the verb acts on; a `+`/`$` after a preposition puts the target/source in that
 * prepositional phrase, a `+` before the verb puts the target in the subject. A synset anywhere but in
 * that head gives one predicate per phrase of the synset, as PETRARCH expands it.
 */
function patterns(verb: BlockVerb, text: string, code: string | undefined, synsets: ReadonlyMap<string, string[][]>, n: number): Predicate[] {
  const [preText, postText = ""] = text.replace(/[{}()]/g, " ").split("*");
  const tokens = (s: string) => s.toLowerCase().split(/[_\s]+/).filter(Boolean);
  const pre = tokens(preText);
  // A compound subject ("% *") asks the coder for something a predicate cannot say.
  if (pre.includes("%")) return [];
  const variants: Array<{ pre: string[]; post: string[] }> = [];
  const expand = (pre: string[], post: string[]) => {
    if (variants.length >= MAX_VARIANTS) return;
    const head = headOf(post);
    const keptAsHead = head >= 0 && post[head].startsWith("&") && (synsets.get(post[head]) ?? []).every((phrase) => !phrase.some((w) => FUNCTION_WORDS.has(w)));
    const inPre = pre.findIndex((t) => t.startsWith("&"));
    const inPost = post.findIndex((t, k) => t.startsWith("&") && !(keptAsHead && k === head));
    if (inPre < 0 && inPost < 0) {
      variants.push({ pre, post });
      return;
    }
    const [list, at] = inPre >= 0 ? [pre, inPre] : [post, inPost];
    for (const phrase of synsets.get(list[at]) ?? []) {
      const spliced = [...list.slice(0, at), ...phrase, ...list.slice(at + 1)];
      if (inPre >= 0) expand(spliced, post);
      else expand(pre, spliced);
    }
  };
  expand(pre, tokens(postText));
  const seen = new Set<string>();
  return variants.flatMap(({ pre, post }, v) => {
    const frame: Frame = { ...(pre.includes("+") && { target: ["subj", "obj"] }) };
    let k = 0;
    const tail: string[] = [];
    while (k < post.length && FUNCTION_WORDS.has(post[k])) tail.push(post[k++]);
    const head = headOf(post);
    for (; k < post.length; k++) {
      const prep = FUNCTION_WORDS.has(post[k - 1] ?? "") ? post[k - 1] : undefined;
      if (post[k] === "+" || post[k] === "%") frame.target = prep ? [prep] : ["obj", "iobj"];
      else if (post[k] === "$") frame.source = prep ? [prep] : ["obj", "iobj"];
    }
    const object = head < 0 ? undefined : post[head].startsWith("&") ? (synsets.get(post[head]) ?? []).map((phrase) => phrase[phrase.length - 1]) : [post[head]];
    const before = pre.filter((t) => !MARKERS.has(t));
    // Variants that differ only in words the coder does not check are one predicate.
    const key = JSON.stringify([tail, before, object, frame]);
    if (seen.has(key)) return [];
    seen.add(key);
    return [predicate(verb, code, `#${n}${variants.length > 1 ? "." + v : ""}`, { ...frame, tail, before, ...(object && { object: new Set(object) }) })];
  });
}

/** The head of a pattern's first phrase after its leading prepositions: its last content word. */
function headOf(post: readonly string[]): number {
  let k = 0;
  while (k < post.length && (FUNCTION_WORDS.has(post[k]) || DETERMINERS.has(post[k]))) k++;
  let head = -1;
  for (; k < post.length && !MARKERS.has(post[k]) && !FUNCTION_WORDS.has(post[k]); k++) if (!DETERMINERS.has(post[k])) head = k;
  return head;
}

function add(map: Map<string, Predicate[]>, p: Predicate): void {
  const list = map.get(p.lemma) ?? [];
  list.push(p);
  map.set(p.lemma, list);
}

function addForm(forms: Forms, form: string, lemma: string): void {
  const list = forms.get(form) ?? [];
  if (!list.some((f) => f.lemma === lemma)) list.push({ lemma, pos: "verb" });
  forms.set(form, list);
}

// ---- actors and agents ----------------------------------------------------------------------

/** YYMMDD (00–30 read as 20YY, as KEDS and TABARI do) or YYYYMMDD, as YYYYMMDD. */
const day = (date: string) => (date.length > 7 ? date.slice(0, 8) : `${Number(date.slice(0, 2)) <= 30 ? "20" : "19"}${date}`);

/** `[CODE]`, `[CODE <date]`, `[CODE >date]`, `[CODE date-date]` as a restriction (unbounded for a default). */
function restrictionOf(bracket: string): Restriction | undefined {
  const m = /^\s*(?<code>[^\s\]]+)\s*(?<rest>.*)$/.exec(bracket);
  if (!m?.groups) return undefined;
  const { code, rest } = m.groups;
  const dates = [...rest.matchAll(/\d{6,8}/g)].map((d) => day(d[0]));
  if (rest.includes("<") && dates[0]) return { code, from: "0", to: dates[0] };
  if (rest.includes(">") && dates[0]) return { code, from: dates[0], to: "99999999" };
  if (dates.length === 2) return { code, from: dates[0], to: dates[1] };
  return { code, from: "0", to: "99999999" };
}

function readActors(file: string): Actor[] {
  const out: Actor[] = [];
  let codes: ActorCodes | undefined;
  const note = (r: Restriction | undefined) => {
    if (!r || !codes) return;
    if (r.from === "0" && r.to === "99999999") codes.fallback = r.code;
    else codes.restricted.push(r);
  };
  for (const raw of readFileSync(file, "utf8").split(/\r?\n/)) {
    const line = clean(raw);
    if (!line.trim()) continue;
    const brackets = [...line.matchAll(/\[(?<inner>[^\]]*)\]/g)].map((m) => restrictionOf(m.groups!.inner));
    const name = line.replace(/\[[^\]]*\]/g, "").trim();
    if (!name || /^\s/.test(line)) {
      brackets.forEach(note);
      continue;
    }
    if (!name.startsWith("+")) codes = { restricted: [] };
    brackets.forEach(note);
    const phrase = phraseOf(name.replace(/^\+/, ""));
    if (codes && phrase.words.length) out.push({ ...phrase, codes });
  }
  return out;
}

function readAgents(file: string): Agent[] {
  const out: Agent[] = [];
  const sets = new Map<string, string[]>();
  for (const raw of readFileSync(file, "utf8").split(/\r?\n/)) {
    const line = clean(raw).trim();
    const set = /^!(?<name>[^!]+)!\s*=\s*(?<words>.+)$/.exec(line);
    if (set?.groups) {
      sets.set(set.groups.name, set.groups.words.split(",").map((w) => w.trim()).filter(Boolean));
      continue;
    }
    const m = /^(?<name>[^[{]+?)\s*(?:\{(?<plural>[^}]*)\})?\s*\[\s*(?<code>[^\]]+?)\s*\]/.exec(line);
    if (!m?.groups) continue;
    const prefix = m.groups.code.endsWith("~");
    const code = m.groups.code.replace(/~/g, "").trim();
    const store = (name: string) => out.push({ ...phraseOf(name), code, prefix });
    const name = m.groups.name;
    const marker = /!(?<set>[^!]+)!/.exec(name);
    if (marker?.groups) {
      // Each substitute replaces the marker as written, with no plural of its own.
      for (const sub of sets.get(marker.groups.set) ?? []) store(name.replace(marker[0], sub));
      continue;
    }
    store(name);
    const plural = m.groups.plural === undefined ? name.toLowerCase().replace(/[^_\s]+$/, (last) => pluralOf(last)) : m.groups.plural.trim();
    if (plural) store(plural);
  }
  return out.filter((a) => a.words.length > 0);
}

function byFirstWord<T extends Phrase>(list: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const c of list) {
    const bucket = out.get(c.words[0]) ?? [];
    bucket.push(c);
    out.set(c.words[0], bucket);
  }
  return out;
}

/** The code an actor has on a date: the first restriction that holds, else its default. */
function pickCode(codes: ActorCodes, date: string | undefined): string | undefined {
  const restricted = date ? codes.restricted.find((r) => r.from <= date && date <= r.to)?.code : undefined;
  const code = restricted ?? codes.fallback ?? (date ? undefined : codes.restricted[0]?.code);
  return code && code !== "---" ? code : undefined;
}

/** Words a blank in a phrase may skip, at most; never across a clause or a list. */
const MAX_GAP = 3;
const BREAKS = new Set([",", ";", ":", "and", "or", "but", "(", ")", ".", "said", "says"]);

/** Where a phrase matches from word i: the index of its last word, or -1. */
function matchAt(phrase: Phrase, forms: readonly string[], i: number): number {
  let at = i;
  for (let k = 1; k < phrase.words.length; k++) {
    let next = at + 1;
    if (phrase.gapBefore[k]) {
      while (next < forms.length && next - at - 1 < MAX_GAP && forms[next] !== phrase.words[k] && !BREAKS.has(forms[next])) next++;
    }
    if (forms[next] !== phrase.words[k]) return -1;
    at = next;
  }
  return at;
}

/** Longest phrases from left to right, skipping words already taken. */
function longest<T extends Phrase>(index: ReadonlyMap<string, T[]>, forms: readonly string[], taken: ReadonlySet<number>): Array<{ first: number; last: number; entry: T }> {
  const found: Array<{ first: number; last: number; entry: T }> = [];
  for (let i = 0; i < forms.length; i++) {
    if (taken.has(i)) continue;
    let best: { last: number; entry: T } | undefined;
    for (const entry of index.get(forms[i]) ?? []) {
      const last = matchAt(entry, forms, i);
      if (last >= 0 && (!best || entry.words.length > best.entry.words.length)) best = { last, entry };
    }
    if (best) {
      found.push({ first: i, ...best });
      i = best.last;
    }
  }
  return found;
}

/**
 * Actors and agents of a sentence, combined as PETRARCH combines them in a noun phrase: an agent right
 * after an actor ("Arnorian police"), before it ("MSF Arnor diplomat") or heading it through "of"/"in"
 * ("lawmakers in Fornost and Gondor") adds its code to the actor's; an agent alone stands for an
 * unknown actor ("---GOV").
 */
function findActors(words: readonly Token[], actors: ReadonlyMap<string, Actor[]>, agents: ReadonlyMap<string, Agent[]>, date: string | undefined): Array<{ start: number; end: number; entity: Entity }> {
  const forms = words.map((w) => (w.form ?? w.text).toLowerCase());
  const found = longest(actors, forms, new Set()).map((a) => ({ first: a.first, last: a.last, code: pickCode(a.entry.codes, date), before: "", after: "" }));
  const taken = new Set(found.flatMap((a) => range(a.first, a.last)));
  const clear = (from: number, to: number) => range(from, to - 1).every((k) => !BREAKS.has(forms[k]));
  const coded = found.filter((a) => a.code !== undefined);
  for (const g of longest(agents, forms, taken)) {
    const { code, prefix } = g.entry;
    const owners: typeof found = [];
    const left = coded.filter((a) => a.last < g.first && g.first - a.last <= MAX_GAP && clear(a.last + 1, g.first)).at(-1);
    const right = coded.find((a) => a.first === g.last + 1);
    if (left) owners.push(left);
    else if (right) owners.push(right);
    else if (["of", "in"].includes(forms[g.last + 1] ?? "")) {
      // The agent heads the actors of its complement, conjoined ones included.
      const first = coded.find((a) => a.first > g.last && a.first - g.last <= MAX_GAP && clear(g.last + 1, a.first));
      if (first) {
        owners.push(first);
        for (const a of coded) {
          const last = owners[owners.length - 1].last;
          if (a.first > last && a.first - last <= 2 && /^(and|,)$/.test(forms[last + 1])) owners.push(a);
        }
      }
    }
    if (!owners.length) {
      found.push({ first: g.first, last: g.last, code: prefix ? code : `---${code}`, before: "", after: "" });
      continue;
    }
    for (const a of owners) {
      if (a.code!.includes(code) || a.before.includes(code) || a.after.includes(code)) continue;
      if (prefix) a.before = code + a.before;
      else a.after += code;
    }
    owners[0].first = Math.min(owners[0].first, g.first);
    owners[0].last = Math.max(owners[0].last, g.last);
  }
  // "Bree Prime Minister Romendacil": names of the same actor side by side are one noun phrase.
  const phrases: typeof found = [];
  for (const a of found.filter((f) => f.code !== undefined).sort((x, y) => x.first - y.first)) {
    const previous = phrases.at(-1);
    if (previous && previous.code === a.code && a.first === previous.last + 1) {
      previous.last = a.last;
      previous.before ||= a.before;
      previous.after ||= a.after;
    } else phrases.push(a);
  }
  return phrases.map((a) => {
    const code = a.before + a.code + a.after;
    return { start: words[a.first].start, end: words[a.last].end, entity: { id: `dictionaries:${code}`, name: code, type: "ORG", actor: code, mentions: [] } };
  });
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);
}
