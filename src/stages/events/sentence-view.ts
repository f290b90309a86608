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

export function buildView(
  index: number,
  span: { start: number; end: number; role: "headline" | "dateline" | "body" },
  tokens: readonly Token[],
  tags: readonly WordTags[] | undefined,
  arcs: readonly WordArc[] | undefined,
  mentions: ReadonlyArray<{ start: number; end: number; entity: Entity }>,
  times: readonly TimeExpression[],
  eventNoun?: (word: string) => string | undefined,
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
  if (parsed && tagged && eventNoun) promotePreposedNouns(words, eventNoun);
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
