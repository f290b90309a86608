/**
 * One sentence as the coder reads it: words with lemma, tag and arc when those layers exist, the
 * entity mention and the time expression each word belongs to, and the children of each word.
 */
import type { Entity, TimeExpression, Token } from "../../model/record.js";
import type { WordArc, WordTags } from "../../pipeline/doc.js";

export interface Word {
  readonly form: string;
  /** Lower-cased form. */
  readonly lower: string;
  /** The tagger's lemma, lower case; the lower-cased form without a tagger. */
  readonly lemma: string;
  readonly upos?: string;
  readonly feats?: string;
  readonly head: number;
  readonly deprel: string;
  readonly start: number;
  readonly end: number;
}

export interface SentenceView {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly role: "headline" | "dateline" | "body";
  readonly words: readonly Word[];
  /** True when the parse layer gave heads and relations. */
  readonly parsed: boolean;
  readonly tagged: boolean;
  readonly children: ReadonlyArray<readonly number[]>;
  /** Per word: the entity one of whose mentions covers it. */
  readonly entityAt: ReadonlyArray<Entity | undefined>;
  /** Per word: the first word of the mention covering it (to tell two mentions apart). */
  readonly mentionStart: readonly number[];
  readonly times: ReadonlyArray<{ time: TimeExpression; first: number; last: number }>;
}

/** What the view needs from the lexicon to correct the parse where the coder depends on it. */
export interface ParseHints {
  /** The lemma of the event noun a word is a form of, if it is one. */
  eventNoun(word: string): string | undefined;
  /** Prepositions, simple or multiword, that introduce an agent: ["par"], ["de", "la", "part", "de"]. */
  readonly agentPhrases: ReadonlyArray<readonly string[]>;
}

export function buildView(
  index: number,
  span: { start: number; end: number; role: "headline" | "dateline" | "body" },
  tokens: readonly Token[],
  tags: readonly WordTags[] | undefined,
  arcs: readonly WordArc[] | undefined,
  mentions: ReadonlyArray<{ start: number; end: number; entity: Entity }>,
  times: readonly TimeExpression[],
  hints?: ParseHints,
): SentenceView {
  const parsed = arcs !== undefined && arcs.length === tokens.length;
  const tagged = tags !== undefined && tags.length === tokens.length;
  const words: Array<Mutable<Word>> = tokens.map((t, i) => {
    const form = t.form ?? t.text;
    const lower = form.toLowerCase();
    const tag = tagged ? tags[i] : undefined;
    const lemma = tag?.lemma ? tag.lemma.toLowerCase() : lower;
    return {
      form,
      lower,
      lemma,
      ...(tag && { upos: tag.upos }),
      ...(tag?.feats && { feats: tag.feats }),
      head: parsed ? arcs[i].head : -1,
      deprel: parsed ? arcs[i].deprel : "",
      start: t.start,
      end: t.end,
    };
  });
  if (parsed && tagged && hints) {
    promotePreposedNouns(words, hints.eventNoun);
    repairAttachments(words, hints);
  }
  const children: number[][] = words.map(() => []);
  if (parsed) words.forEach((w, i) => w.head >= 0 && w.head < words.length && w.head !== i && children[w.head].push(i));
  const entityAt: Array<Entity | undefined> = new Array(words.length).fill(undefined);
  const mentionStart: number[] = new Array(words.length).fill(-1);
  for (const m of mentions) {
    let first = -1;
    for (let i = 0; i < words.length; i++) {
      if (words[i].start < m.end && m.start < words[i].end) {
        if (first < 0) first = i;
        // A mention already there keeps the word ("forces russes" over "russes"), unless it names no actor code.
        const held = entityAt[i];
        if (held === undefined || (held.actor === undefined && held.country === undefined && (m.entity.actor ?? m.entity.country) !== undefined)) {
          entityAt[i] = m.entity;
          mentionStart[i] = first;
        }
      }
    }
  }
  const located = times.map((time) => {
    let first = -1;
    let last = -1;
    for (let i = 0; i < words.length; i++) {
      if (words[i].start < time.end && time.start < words[i].end) {
        if (first < 0) first = i;
        last = i;
      }
    }
    return { time, first, last };
  }).filter((t) => t.first >= 0);
  return { index, start: span.start, end: span.end, role: span.role, words, parsed, tagged, children, entityAt, mentionStart, times: located };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * "de vives critiques", "de fortes pressions": after a pre-posed adjective the tagger may read the
 * event noun as an adjective of the word before it. An event noun tagged ADJ that modifies the word
 * just before it becomes the head of that phrase again, with the phrase's relation and dependents.
 */
function promotePreposedNouns(words: Array<Mutable<Word>>, eventNoun: (word: string) => string | undefined): void {
  words.forEach((w, j) => {
    const h = j - 1;
    if (w.upos !== "ADJ" || w.head !== h || !w.deprel.startsWith("amod") || words[h].upos !== "NOUN") return;
    const lemma = eventNoun(w.lemma) ?? eventNoun(w.lower);
    if (!lemma || eventNoun(words[h].lemma)) return;
    for (const other of words) if (other.head === h && other !== w) other.head = j;
    Object.assign(w, { upos: "NOUN", lemma, head: words[h].head, deprel: words[h].deprel });
    Object.assign(words[h], { upos: "ADJ", head: j, deprel: "amod" });
  });
}

/**
 * Two attachment errors of parsers that lose an event's actors, undone with what the lexicon knows:
 * - an agent phrase ("par la Russie", "de la part des pays voisins") that directly follows an
 *   event noun's phrase but hangs on a word that cannot take an agent (a plain noun, an active verb)
 *   belongs to that event noun ("les suites de l'invasion du Koweït par l'Irak");
 * - a "conjunct" with no coordinating word and a preposition of its own, other than its head's, is
 *   another complement of the word its head hangs on ("de la France au Mali").
 */
function repairAttachments(words: Array<Mutable<Word>>, hints: ParseHints): void {
  const children: number[][] = words.map(() => []);
  words.forEach((w, i) => w.head >= 0 && w.head < words.length && w.head !== i && children[w.head].push(i));
  const reattach = (j: number, head: number, deprel: string) => {
    const old = children[words[j].head];
    old.splice(old.indexOf(j), 1);
    children[head].push(j);
    Object.assign(words[j], { head, deprel });
  };
  const preposition = (j: number) => {
    const mark = children[j].find((c) => words[c].deprel === "case");
    return mark === undefined ? undefined : words[mark].lemma;
  };
  const isEventNoun = (k: number) => words[k].upos === "NOUN" && hints.eventNoun(words[k].lemma) !== undefined;
  const isPassive = (k: number) => children[k].some((c) => /^(aux:pass|nsubj:pass)/.test(words[c].deprel));
  const isAgentPhrase = (j: number) => hints.agentPhrases.some((parts) => parts.length === 1
    ? preposition(j) === parts[0]
    : words[j].lemma === parts[parts.length - 2] && preposition(j) === parts[0] && children[j].some((c) => preposition(c) === parts[parts.length - 1]));
  const leftmost = (j: number): number => children[j].reduce((m, c) => Math.min(m, leftmost(c)), j);

  words.forEach((w, j) => {
    if (!w.deprel.startsWith("conj") || children[j].some((c) => words[c].deprel === "cc")) return;
    const own = preposition(j);
    const head = words[w.head];
    if (own === undefined || head.head < 0 || preposition(w.head) === undefined || preposition(w.head) === own) return;
    reattach(j, head.head, head.deprel);
  });

  words.forEach((w, j) => {
    const head = w.head;
    if (head < 0 || isEventNoun(head) || (words[head].upos === "VERB" && isPassive(head)) || !isAgentPhrase(j)) return;
    const start = leftmost(j);
    // Up from the word just before the phrase, below the phrase's head: the event noun whose phrase it ends.
    for (let k = start - 1, hops = 0; k >= 0 && k < start && k !== head && hops < 8; k = words[k].head, hops++) {
      if (isEventNoun(k)) {
        reattach(j, k, "nmod");
        return;
      }
    }
  });
}
