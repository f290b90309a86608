/**
 * Matching one cue pattern against one sentence. Fixed elements (verbs, literal words) anchor the
 * match; gaps (the quotation, the clause, the speaker) are read from the words around them.
 */
import type { Quoted } from "./marks.js";
import type { Element, Pattern } from "./pattern.js";
import { isGluedHyphen, isNameWord, isVerbTag, sentenceSubject, speakerAfter, speakerBefore, type SpeakerSpan } from "./speaker-phrase.js";
import { isMark, phraseAt, type VerbGroup, type View } from "./view.js";

export type Content = { quote: Quoted } | { clause: { from: number; to: number } };

export interface Match {
  pattern: Pattern;
  /** Row of the pattern in cues.tsv: lower wins. */
  rank: number;
  view: View;
  content: Content;
  speaker?: SpeakerSpan;
  /** A subject pronoun inside the verb group ("-t-il"). */
  pronoun?: number;
  /** Word range of the cue: the verb group and the literal words around it. */
  cue: { from: number; to: number };
}

interface State {
  e: number;
  i: number;
  content?: Content;
  speaker?: SpeakerSpan;
  pronoun?: number;
  group?: VerbGroup;
  cueFrom: number;
  cueTo: number;
}

const MAX_MIDDLE_SPEAKER = 15;
const MAX_SUBJECT = 10;
const MAX_GAP = 6;
const MAX_TAIL = 5;

/** Does the speaker span name someone? `named` answers from the entities layer, or from capitals. */
export type NamedCheck = (view: View, span: SpeakerSpan) => boolean;

export function matchPattern(view: View, pattern: Pattern, rank: number, named: NamedCheck): Match[] {
  if (!couldMatch(view, pattern)) return [];
  const els = pattern.elements;
  const n = view.words.length;
  const out: Match[] = [];
  let lead = 0;
  const anchored = els[0].kind === "start";
  if (anchored) lead = 1;
  const first = els[lead];
  const finish = (s: State) => {
    if (!s.content) return;
    if (s.cueFrom > s.cueTo) return;
    // "…a “humanitarian gesture” and denied": a conjunction alone is nobody.
    if (s.speaker && s.speaker.to - s.speaker.from === 1 && view.upos?.[s.speaker.from] === "CCONJ") return;
    out.push({
      pattern,
      rank,
      view,
      content: s.content,
      ...(s.speaker && { speaker: s.speaker }),
      ...(s.pronoun !== undefined && { pronoun: s.pronoun }),
      cue: { from: s.cueFrom, to: s.cueTo },
    });
  };
  const base = (e: number, i: number): State => ({ e, i, cueFrom: Number.MAX_SAFE_INTEGER, cueTo: -1 });

  if (first.kind === "quote") {
    for (const [close, quote] of view.closes) {
      for (const s of run(view, els, base(lead + 1, close + 1), named)) finish({ ...s, content: s.content ?? { quote } });
    }
  } else if (first.kind === "speaker" || first.kind === "clause") {
    for (let p = 1; p < n; p++) {
      for (const s of run(view, els, base(lead + 1, p), named)) {
        if (first.kind === "speaker") {
          const group = view.groups.find((g) => g.start === p);
          if (group?.governed) continue;
          // A gerund ("…, ajoutant que") reports for the sentence's subject, not for the noun before it; after
          // a cue set off in the sentence ("…, the military said, adding that"), for that cue's speaker.
          const speaker = (group?.gerund ? cueBefore(view, p) ?? sentenceSubject(view, p) : undefined) ?? speakerBefore(view, p);
          if (!speaker || (first.named && !named(view, speaker))) continue;
          finish({ ...s, speaker });
        } else {
          const from = clauseStart(view);
          if (!from.ok || from.at >= p || !wordsBetween(view, from.at, p) || crossesMark(view, from.at, p)) continue;
          // What is reported is a clause: "Le ministre, Bruno Le Maire, a présenté le budget", "Le ministre
          // délégué aux Transports, Clément Beaune, a critiqué…" and "L'Algérie, qui a rompu…, a annoncé…" report nothing.
          if (view.upos && !view.opens.has(from.at) && !hasMainVerb(view, from.at, p)) continue;
          finish({ ...s, content: { clause: { from: from.at, to: trimEnd(view, p) } } });
        }
      }
    }
  } else {
    for (let p = 0; p < n; p++) {
      if (anchored && !atClauseStart(view, p)) continue;
      for (const s of run(view, els, base(lead, p), named)) finish(s);
    }
  }
  return bestPerCue(out);
}

/**
 * What every match of the pattern needs in the sentence: a speech verb (with the tag asked), a quotation
 * mark, each required literal word. Most sentences lack one, and are then not searched word by word.
 */
function couldMatch(view: View, pattern: Pattern): boolean {
  for (const el of pattern.elements) {
    if (el.kind === "verb" && !view.groups.some((g) => !el.tag || view.rules.verbTags.get(g.lemma)?.has(el.tag))) return false;
    if (el.kind === "pron" && !view.groups.some((g) => g.pronoun !== undefined)) return false;
    if (el.kind === "quote" && !view.opens.size && !view.closes.size && !view.next?.opens.has(0)) return false;
    if (el.kind === "literal" && !el.optional && !el.alternatives.some((alt) => view.words.includes(alt[0]))) return false;
  }
  return true;
}

/**
 * One match per cue: where a gap could end at several places ("comme le précise l'ambassadeur, Jean
 * Martin : « … »"), the reading whose content opens with a quotation wins, then the shortest speaker.
 */
function bestPerCue(matches: Match[]): Match[] {
  const best = new Map<number, Match>();
  const score = (m: Match) => {
    const opensQuote = "quote" in m.content || m.view.opens.has(m.content.clause.from);
    // The shortest speaker, unless a longer one ends with the name set off after it ("selon le ministre, Jean Martin, …").
    return (opensQuote ? 0 : 1000) + (m.speaker ? m.speaker.to - m.speaker.from - (endsWithApposedName(m.view, m.speaker) ? 100 : 0) : 0);
  };
  for (const m of matches) {
    const other = best.get(m.cue.from);
    if (!other || score(m) < score(other)) best.set(m.cue.from, m);
  }
  return [...best.values()];
}

/** The speaker of a speech verb that ends right before the comma before word `p` ("…, the military said, adding"). */
function cueBefore(view: View, p: number): SpeakerSpan | undefined {
  if (view.words[p - 1] !== ",") return undefined;
  const cue = view.groups.find((g) => g.end === p - 1 && !g.gerund && !g.governed);
  if (!cue || view.words[cue.start - 1] === ",") return undefined;
  const speaker = speakerBefore(view, cue.start);
  return speaker && view.words[speaker.from - 1] === "," ? speaker : undefined;
}

/** Whether a speaker phrase ends with a name of two words or more set off by a comma ("le porte-parole, le colonel Li Xi"). */
function endsWithApposedName(view: View, speaker: SpeakerSpan): boolean {
  const { from, to } = speaker;
  if (to - from < 4 || !isNameWord(view, to - 1) || !isNameWord(view, to - 2)) return false;
  for (let k = to - 3; k > from; k--) {
    if (view.words[k] === ",") return true;
    if (isNameWord(view, k) || !view.capitalised[k]) continue;
    return false;
  }
  return false;
}

/** All ways the elements from `s.e` on match from word `s.i`. */
function run(view: View, els: readonly Element[], s: State, named: NamedCheck): State[] {
  if (s.e >= els.length) return [s];
  const el = els[s.e];
  const n = view.words.length;
  const next = (patch: Partial<State>) => run(view, els, { ...s, ...patch, e: s.e + 1 }, named);
  const cue = (from: number, to: number) => ({ cueFrom: Math.min(s.cueFrom, from), cueTo: Math.max(s.cueTo, to) });
  switch (el.kind) {
    case "literal": {
      const results: State[] = [];
      for (const alt of el.alternatives) {
        if (alt.every((f, k) => view.words[s.i + k] === f)) {
          const punct = alt.every((_, k) => view.punct[s.i + k]);
          results.push(...next({ i: s.i + alt.length, ...(punct ? {} : cue(s.i, s.i + alt.length)) }));
        }
      }
      if (el.optional) results.push(...next({}));
      return results;
    }
    case "verb": {
      const group = view.groups.find((g) => g.start === s.i && (!el.tag || view.rules.verbTags.get(g.lemma)?.has(el.tag)));
      if (!group) return [];
      // "se félicitent du vote": a verb of feeling followed by what it is about reports no words.
      if (view.rules.verbTags.get(group.lemma)?.has("topic") && phraseAt(view, group.end, "topic")) return [];
      // A gerund has no subject of its own ("…, adding that"): it only follows a subject read leftwards.
      if (group.gerund && !(s.e === leadOf(els) + 1 && els[s.e - 1].kind === "speaker")) return [];
      return next({ i: group.end, group, ...cue(group.start, group.end), ...(group.pronoun !== undefined && { pronoun: group.pronoun }) });
    }
    case "pron":
      return s.group?.pronoun !== undefined ? next({ pronoun: s.group.pronoun }) : [];
    case "gap": {
      const results: State[] = [...next({})];
      // Words between a verb and its quotation: a prepositional phrase ("a dit aux journalistes que"),
      // or an object for verbs that take one ("told reporters that"), never a noun a relative "que" follows.
      const object = s.group !== undefined && view.rules.verbTags.get(s.group.lemma)?.has("object");
      if (!object && !phraseAt(view, s.i, "stop")) return results;
      for (let len = 1; len <= MAX_GAP && s.i + len <= n; len++) {
        const k = s.i + len - 1;
        if (view.punct[k] || isMark(view, k) || (k > s.i && phraseAt(view, k, "boundary"))) break;
        results.push(...next({ i: s.i + len }));
      }
      return results;
    }
    case "quote": {
      // A quotation announced at the sentence's end may open the next one, where the segmenter cut.
      const quote = view.opens.get(s.i) ?? (s.i === n && s.e === els.length - 1 ? view.next?.opens.get(0) : undefined);
      if (!quote) return [];
      const close = [...view.closes].find(([, q]) => q === quote)?.[0];
      if (close === undefined) return s.e === els.length - 1 ? [{ ...s, e: s.e + 1, content: { quote } }] : [];
      return next({ i: close + 1, content: { quote } });
    }
    case "clause": {
      // A clause ends the sentence (a leading clause is read by matchPattern).
      if (s.e !== els.length - 1 && els[s.e + 1]?.kind !== "end") return [];
      let from = s.i;
      // "he said, would…": a verb followed by a comma is an aside, not the clause's cue.
      if (view.words[from] === "," && els[s.e - 1]?.kind === "verb") return [];
      while (from < n && view.punct[from] && !isMark(view, from)) from++;
      if (el.opens && !el.opens.some((alt) => alt.every((f, k) => view.words[from + k] === f))) return [];
      const to = trimEnd(view, n);
      if (!wordsBetween(view, from, to) || closesBefore(view, from, to)) return [];
      // Without "that", only a clause with a verb is reported: "announced it was unable to pay", not
      // "announced a new phone".
      const prev = els[s.e - 1];
      if (prev?.kind === "verb" && prev.tag === "bare" && view.upos && !hasVerb(view, from, to)) return [];
      return next({ i: n, content: { clause: { from, to } } });
    }
    case "speaker": {
      if (s.e === els.length - 1 || els[s.e + 1].kind === "end") {
        // "…, told reporters in Paris": after such a verb comes whom it is said to.
        if (s.group && view.rules.verbTags.get(s.group.lemma)?.has("addressed")) return [];
        const speaker = speakerAfter(view, s.i);
        if (!speaker || (el.named && !named(view, speaker))) return [];
        return next({ i: speaker.to, speaker });
      }
      const results: State[] = [];
      let commas = 0;
      // A subject before its verb ("…, the spokeswoman said") is short; a phrase after "selon" may be long.
      const max = els[s.e + 1].kind === "verb" ? MAX_SUBJECT : MAX_MIDDLE_SPEAKER;
      for (let to = s.i + 1; to <= n && to - s.i <= max; to++) {
        const k = to - 1;
        if (view.words[k] === ",") commas++;
        if ((view.punct[k] && view.words[k] !== "," && !isGluedHyphen(view, k)) || isMark(view, k) || commas > 2) break;
        if (view.words[k] === ",") {
          // "Philippe Martinez, head of the union, told": the comma closing an apposition before the verb.
          if (commas === 2 && els[s.e + 1].kind === "verb" && !(el.named && !named(view, { from: s.i, to: k }))) results.push(...next({ i: to, speaker: { from: s.i, to: k } }));
          continue;
        }
        const speaker = { from: s.i, to };
        if (el.named && !named(view, speaker)) continue;
        results.push(...next({ i: to, speaker }));
      }
      return results;
    }
    case "end":
      return endsSentence(view, s.i) ? next({}) : [];
    case "start":
      return atClauseStart(view, s.i) ? next({}) : [];
  }
}

/** Whether a word from `from` to `to` (exclusive) is tagged a verb or an auxiliary. */
const hasVerb = (view: View, from: number, to: number) => {
  for (let k = from; k < to; k++) if (isVerbTag(view, k)) return true;
  return false;
};

/** Whether a finite verb from `from` to `to` (exclusive) heads a clause of its own, not a relative one ("qui a rompu"). */
function hasMainVerb(view: View, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (!isVerbTag(view, k) || (view.finite && !view.finite[k])) continue;
    let j = k - 1;
    while (j >= from && view.words[j] !== "," && phraseAt(view, j, "relative") === 0) j--;
    if (j < from || view.words[j] === ",") return true;
  }
  return false;
}

const leadOf = (els: readonly Element[]) => (els[0].kind === "start" ? 1 : 0);

/** Only a few words, and no quotation or colon, are left in the sentence from `i`, and no clause opens there ("said that…"). */
function endsSentence(view: View, i: number): boolean {
  if (view.upos?.[i] === "SCONJ") return false;
  let words = 0;
  for (let k = i; k < view.words.length; k++) {
    if (isMark(view, k) || view.words[k] === ":") return false;
    if (!view.punct[k]) words++;
  }
  return words <= MAX_TAIL;
}

/** Word `p` starts the sentence, or follows only conjunctions and punctuation. */
function atClauseStart(view: View, p: number): boolean {
  let k = 0;
  while (k < p) {
    if (view.punct[k] && !isMark(view, k)) k++;
    else {
      const len = phraseAt(view, k, "boundary");
      if (!len) return false;
      k += len;
    }
  }
  return k === p;
}

function clauseStart(view: View): { ok: boolean; at: number } {
  let k = 0;
  while (k < view.words.length && ((view.punct[k] && !isMark(view, k)) || phraseAt(view, k, "boundary"))) k += Math.max(1, phraseAt(view, k, "boundary"));
  return { ok: k < view.words.length, at: k };
}

/** End of the clause before `to`, without the punctuation that closes it. */
function trimEnd(view: View, to: number): number {
  let k = to;
  while (k > 0 && view.punct[k - 1] && !isMark(view, k - 1)) k--;
  return k;
}

const wordsBetween = (view: View, from: number, to: number) => {
  let words = 0;
  for (let k = from; k < to; k++) if (!view.punct[k]) words++;
  return words >= 2;
};

/** A clause must not close a quotation that opened before it. */
function closesBefore(view: View, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const q = view.closes.get(k);
    if (q && q.open < view.tokens[from].start) return true;
  }
  return false;
}

/** A leading clause must not cut a quotation in two. */
function crossesMark(view: View, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const open = view.opens.get(k);
    if (open && (open.close === undefined || open.close >= view.tokens[to - 1].end)) return true;
    const close = view.closes.get(k);
    if (close && close.open < view.tokens[from].start) return true;
  }
  return false;
}
