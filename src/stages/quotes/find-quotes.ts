/**
 * Quotes of one document: quotations in marks and by dashes, reported clauses, and who said them.
 *
 * Each quotation takes the best cue that attributes it (cues.tsv order): one that touches it ("a déclaré :
 * « … »", "« … », a-t-il ajouté") or, for a passage, a cue whose reported clause holds it ("Pour X, les
 * Américains « ne gagneront pas »"). A passage with no cue of its own goes on with the speaker of the
 * quotation before it in the paragraph, else with the story's main source. A short quotation (a term in
 * scare quotes) is a quote only when a cue touches it. A reported clause is a quote unless a passage in
 * marks reports the same words.
 */
import type { Entity, Quote, Span, Token } from "../../model/record.js";
import type { SentenceSpan, WordTags } from "../../pipeline/doc.js";
import { findDashQuotes, type DashQuote } from "./dashes.js";
import { findQuoted, type Quoted } from "./marks.js";
import { matchPattern, type Match, type NamedCheck } from "./match.js";
import { norm } from "./norm.js";
import { fold } from "../../kb/fold.js";
import { anaphorOrganisation, anaphorPerson, describedAround, describedBy, institutionNouns, mentionIndex, pronounAntecedent, type MentionRef } from "../entities/anaphora.js";
import { isPlace, resolveSpeaker, type SpeakerMode } from "./resolve-speaker.js";
import type { Pattern } from "./pattern.js";
import type { QuoteRules } from "./rules.js";
import { sentenceSubject, speakerBefore } from "./speaker-phrase.js";
import { buildView, pronounNorm, type View } from "./view.js";

export interface QuoteInput {
  text: string;
  sentences: readonly SentenceSpan[];
  tokens: readonly (readonly Token[])[];
  tags?: readonly (readonly WordTags[])[] | undefined;
  entities?: readonly Entity[] | undefined;
  times?: ReadonlyArray<{ start: number; end: number }> | undefined;
}

/** Fewer words than this in marks is a term, not a passage ("qualifié de « provocation »"). */
const PASSAGE_WORDS = 4;
/** How far into a reported clause its quotation may open and still be the clause itself ("qu'en « … »"). */
const CLAUSE_LEAD = 2;
/** The head of a speaker phrase lies in its first words ("le porte-parole", "la présidente"). */
const HEAD_WORDS = 3;

const wordCount = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** A whole sentence in marks ("“Every day counts.”") is a passage however short: a term has no capital and stop. */
const isSentence = (text: string) => /^\p{Lu}/u.test(text) && /[.!?…]$/u.test(text);

interface Attributed {
  kind: "direct" | "indirect";
  start: number;
  end: number;
  match?: Match;
  dash?: DashQuote;
  inherit?: Quote;
  producedBy: string;
}

export function findQuotes(input: QuoteInput, rules: QuoteRules): Quote[] {
  const { text } = input;
  const quoted = findQuoted(text, rules.marks);
  const names = new Map<number, Array<{ start: number; end: number }>>();
  for (const e of input.entities ?? []) {
    if (e.type !== "PER" && e.type !== "ORG") continue;
    for (const m of e.mentions) {
      const spans = names.get(m.sentence) ?? [];
      spans.push(m);
      names.set(m.sentence, spans);
    }
  }
  const views = input.sentences.map((_, i) =>
    buildView(i, input.tokens[i] ?? [], input.tags?.[i] as WordTags[] | undefined, quoted, input.times ?? [], rules, names.get(i)),
  );
  views.forEach((v, i) => {
    if (i + 1 < views.length && input.sentences[i + 1].paragraph === input.sentences[i].paragraph) v.next = views[i + 1];
  });
  const mentions = mentionIndex(input.entities ?? []);
  const isSubject = subjectCheck(views);
  const named = namedCheck(mentions, input.entities !== undefined);
  const matches = views.flatMap((view) => rules.patterns.flatMap((pattern, rank) => matchPattern(view, pattern, rank, named)));
  const lang = rules.lang;
  const rule = (id: string) => `${lang}/quotes/${id}`;

  const tokenOf = (q: Quoted): { view: View; k: number } | undefined => {
    for (const view of views) for (const [k, x] of view.opens) if (x === q) return { view, k };
    return undefined;
  };
  const better = (a: Match | undefined, b: Match) => (!a || b.rank < a.rank ? b : a);

  const tagged = views.some((v) => v.upos !== undefined);
  const found: Attributed[] = [];
  for (const q of quoted) {
    const content = text.slice(q.start, q.end);
    const wholeSentence = wordCount(content) > 1 && isSentence(content);
    const passage = wholeSentence || wordCount(content) >= PASSAGE_WORDS;
    const at = tokenOf(q);
    let tight: Match | undefined;
    let loose: Match | undefined;
    for (const m of matches) {
      if ("quote" in m.content) {
        if (m.content.quote === q) tight = better(tight, m);
      } else if (at && m.view === at.view && m.content.clause.from <= at.k && at.k < m.content.clause.to) {
        if (at.k - m.content.clause.from <= CLAUSE_LEAD) tight = better(tight, m);
        else loose = better(loose, m);
      }
    }
    const match = tight ?? (passage ? (loose ?? sentenceCue(at)) : undefined);
    if (match) found.push({ kind: "direct", start: q.start, end: q.end, match, producedBy: rule(match.pattern.id) });
    // With no cue at all, a passage must at least say something: a title or a name in marks has no verb.
    else if (passage && (!tagged || wholeSentence || hasVerb(views, q.start, q.end))) found.push({ kind: "direct", start: q.start, end: q.end, producedBy: rule("unattributed") });
  }

  for (const d of findDashQuotes(text, rules.dashes, views)) {
    if (found.some((f) => f.start < d.end && d.start < f.end)) continue;
    found.push({ kind: "direct", start: d.start, end: d.end, dash: d, producedBy: rule(d.use === "dialogue" ? "dash-dialogue" : "dash-signature") });
  }

  // A cue reports one thing: once it introduces a quotation, it yields no clause as well.
  const used = found.flatMap((f) => (f.match && "quote" in f.match.content ? [f.match] : []));
  const free = matches.filter((m) => !used.some((u) => u.view === m.view && u.cue.from < m.cue.to && m.cue.from < u.cue.to));
  for (const m of reportedClauses(free, text)) {
    const { view } = m;
    const clause = "clause" in m.content ? m.content.clause : undefined;
    if (!clause) continue;
    const start = view.tokens[clause.from].start;
    let end = view.tokens[clause.to - 1].end;
    // A quotation opened in the clause and closed past the sentence's end ("il s'agit de « propos. »") ends it.
    for (const q of quoted) if (q.open >= start && q.open < end && q.close !== undefined && q.close >= end) end = q.close + 1;
    if (found.some((f) => f.dash && f.start < end && start < f.end)) continue;
    found.push({ kind: "indirect", start, end, match: m, producedBy: rule(m.pattern.id) });
  }


  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const quotes: Quote[] = [];
  const sentenceOf = (offset: number) => {
    const k = input.sentences.findIndex((s) => s.start <= offset && offset < s.end);
    return k >= 0 ? k : Math.max(0, input.sentences.findIndex((s) => s.start > offset) - 1);
  };
  for (const f of found) {
    const sentence = sentenceOf(f.start);
    const quote: Quote = { start: f.start, end: f.end, text: text.slice(f.start, f.end), sentence, kind: f.kind, producedBy: f.producedBy };
    if (f.match) Object.assign(quote, speakerOf(f.match, mentions, text, isSubject));
    else if (f.dash) Object.assign(quote, dashSpeaker(f.dash, mentions, text, isSubject));
    else {
      // No cue of its own: a passage goes on with the quotation before it in the paragraph, or with the
      // one that closed the paragraph before, when the passage opens its own ("…," said X. ¶ "…").
      const paragraph = (k: number) => input.sentences[k]?.paragraph;
      const last = quotes.findLast((p) => p.kind === "direct");
      const opensParagraph = paragraph(sentence - 1) !== paragraph(sentence) && text.slice(input.sentences[sentence].start, f.start).trim().length <= 1;
      const closedPrevious = !!last && sentenceOf(last.end - 1) === sentence - 1 && paragraph(sentence - 1) === paragraph(sentence) - 1;
      const previous = last && (paragraph(last.sentence) === paragraph(sentence) || (opensParagraph && closedPrevious)) ? last : undefined;
      if (previous && (previous.speaker || previous.speakerText)) {
        quote.producedBy = rule("continuation");
        if (previous.speaker) quote.speaker = previous.speaker;
        if (previous.speakerText) quote.speakerText = previous.speakerText;
      }
    }
    quotes.push(quote);
  }
  const main = mainSource(quotes);
  if (main) {
    for (const q of quotes) {
      if (q.speaker || q.speakerText || q.cue) continue;
      q.speaker = main;
      q.producedBy = rule("main-source");
    }
  }
  return quotes;
}

/** Quotes attributed to one entity before it is the story's main source. */
const MAIN_SOURCE_QUOTES = 2;

/**
 * A passage that no cue attributes and nothing before it in its paragraph speaks for ("Il apparaît que
 * les détenus restent enfermés dans « … »") is most likely the words of the story's main source: the
 * entity most of its quotes are attributed to, if one clearly is.
 */
function mainSource(quotes: readonly Quote[]): string | undefined {
  const counts = new Map<string, number>();
  for (const q of quotes) if (q.speaker) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && first[1] >= MAIN_SOURCE_QUOTES && (!second || second[1] < first[1]) ? first[0] : undefined;
}

/**
 * A passage with no cue of its own, after a speech verb of the same sentence ("Le syndicat a condamné
 * les menaces contre les enseignants, « qui doivent pouvoir enseigner en paix »"): that verb's speaker.
 */
function sentenceCue(at: { view: View; k: number } | undefined): Match | undefined {
  if (!at) return undefined;
  const { view, k } = at;
  for (const group of [...view.groups].reverse()) {
    if (group.end > k || group.governed) continue;
    const speaker = group.gerund ? sentenceSubject(view, group.start) : speakerBefore(view, group.start);
    if (!speaker) continue;
    const pattern: Pattern = { id: "sentence-cue", elements: [], clause: false };
    const quote = view.opens.get(k)!;
    return { pattern, rank: Number.MAX_SAFE_INTEGER, view, content: { quote }, speaker, ...(group.pronoun !== undefined && { pronoun: group.pronoun }), cue: { from: group.start, to: group.end } };
  }
  return undefined;
}

/**
 * The clauses that stand as indirect quotes. A clause that a quotation opens is that quotation; one
 * that holds a passage in marks yields the passage, unless a colon introduces it ("a précisé que les
 * milices… : « … »": the clause stops at the colon). Of nested clauses ("Selon X, Y a dit que Z") the
 * innermost is kept.
 */
function reportedClauses(matches: readonly Match[], text: string): Match[] {
  const kept: Match[] = [];
  for (const m of [...matches].sort((a, b) => a.rank - b.rank)) {
    if (!("clause" in m.content)) continue;
    const { view } = m;
    let { from, to } = m.content.clause;
    let skip = false;
    for (const [k, q] of view.opens) {
      if (k < from || k >= to) continue;
      if (k - from <= CLAUSE_LEAD) skip = true;
      else if (view.words[k - 1] === ":") to = Math.min(to, k - 1);
      else if (wordCount(text.slice(q.start, q.end)) >= PASSAGE_WORDS) skip = true;
    }
    while (to > from && view.punct[to - 1]) to--;
    if (skip || to - from < 2) continue;
    const clause = { from, to };
    const same = kept.find((x) => x.view === view && overlaps((x.content as { clause: typeof clause }).clause, clause));
    if (same) {
      const other = (same.content as { clause: typeof clause }).clause;
      // "X said that A, adding that B": a gerund's cue inside the other clause ends it; both are reported.
      const later = m.cue.from > same.cue.from ? m : same;
      const earlier = later === m ? same : m;
      const earlierClause = later === m ? other : clause;
      if (later.cue.from > earlierClause.from && later.cue.from < earlierClause.to && later.view.groups.some((g) => g.start === later.cue.from && g.gerund)) {
        let end = later.cue.from;
        while (end > earlierClause.from && view.punct[end - 1]) end--;
        if (end - earlierClause.from >= 2) {
          const trimmed = { ...earlier, content: { clause: { from: earlierClause.from, to: end } } };
          const laterClause = later === m ? clause : other;
          kept.splice(kept.indexOf(same), 1, trimmed, { ...later, content: { clause: laterClause } });
          continue;
        }
      }
      // The inner clause is the reported one; an equal one keeps the better-ranked cue.
      if (clause.from > other.from || (clause.from === other.from && clause.to < other.to)) kept.splice(kept.indexOf(same), 1, { ...m, content: { clause } });
      continue;
    }
    kept.push({ ...m, content: { clause } });
  }
  return kept;
}

const hasVerb = (views: readonly View[], start: number, end: number) =>
  views.some((v) => v.upos !== undefined && v.tokens.some((t, i) => t.start >= start && t.end <= end && (v.upos![i] === "VERB" || v.upos![i] === "AUX")));

const overlaps = (a: { from: number; to: number }, b: { from: number; to: number }) => a.from < b.to && b.from < a.to;

function span(view: View, from: number, to: number, text: string): Span {
  const start = view.tokens[from].start;
  const end = view.tokens[to - 1].end;
  return { start, end, text: text.slice(start, end) };
}

/** Whether a mention lies in its sentence's subject (the words before its first verb). */
type SubjectCheck = (m: MentionRef) => boolean;

function subjectCheck(views: readonly View[]): SubjectCheck {
  const spans = new Map<number, { start: number; end: number } | undefined>();
  const spanOf = (sentence: number) => {
    if (!spans.has(sentence)) {
      const view = views[sentence];
      const subject = view && sentenceSubject(view, view.words.length);
      spans.set(sentence, subject && { start: view.tokens[subject.from].start, end: view.tokens[subject.to - 1].end });
    }
    return spans.get(sentence);
  };
  return (m) => {
    const span = spanOf(m.sentence);
    return !!span && span.start <= m.start && m.end <= span.end;
  };
}

function speakerOf(m: Match, mentions: readonly MentionRef[], text: string, isSubject: SubjectCheck): Partial<Quote> {
  const out: Partial<Quote> = { cue: span(m.view, m.cue.from, m.cue.to, text) };
  const { view } = m;
  let start: number;
  let end: number;
  let mode: SpeakerMode;
  /** The speaker is a personal pronoun ("-t-elle", "Il a dit", "she told"): its normalised form. */
  let pronoun: string | undefined;
  if (m.pronoun !== undefined) {
    const t = view.tokens[m.pronoun];
    ({ start, end } = t);
    mode = "pronoun";
    out.speakerText = pronounNorm(view, m.pronoun) ?? t.text;
    pronoun = norm(out.speakerText);
  } else if (m.speaker) {
    const s = span(view, m.speaker.from, m.speaker.to, text);
    ({ start, end } = s);
    mode = m.speaker.antecedent ? "antecedent" : "phrase";
    out.speakerText = s.text;
    if (m.speaker.to - m.speaker.from === 1) pronoun = view.words[m.speaker.from];
  } else {
    return out;
  }
  const head = m.speaker ? view.tokens[Math.min(m.speaker.from + HEAD_WORDS, m.speaker.to) - 1].end : end;
  const named = resolveSpeaker(mentions, start, end, mode, head, text);
  // An organisation taken up by an anaphor ("la rédaction de la chaîne") speaks rather than a country named beside it.
  const anaphor = m.speaker && (!named || isPlace(named)) ? anaphorIn(view, m.speaker, mode, mentions, text) : undefined;
  const agreement = pronoun !== undefined ? view.rules.personal.get(pronoun) : undefined;
  const genderOf = (x: MentionRef) => view.rules.personal.get(norm(text.slice(x.start, x.end)))?.gender;
  // Whom the quotation itself names is what the speaker talks about, not whom the pronoun takes up.
  const quote = m.content && "quote" in m.content ? m.content.quote : undefined;
  const candidates = quote ? mentions.filter((x) => x.end <= quote.start || x.start >= quote.end) : mentions;
  const entity = anaphor ?? named ?? (agreement && pronounAntecedent(candidates, start, view.sentence, agreement, genderOf, isSubject));
  if (entity) out.speaker = entity.id;
  return out;
}

/**
 * "L'ONG estime que…", "une riposte de l'organisation rebelle, qui affirme": the organisation an
 * anaphor of the speaker phrase takes up (the last one of an antecedent, which ends at its head).
 */
function anaphorIn(view: View, speaker: { from: number; to: number }, mode: SpeakerMode, mentions: readonly MentionRef[], text: string): Entity | undefined {
  const find = (role: "anaphor" | "person-anaphor") => {
    const anaphors = view.rules.phrases.get(role) ?? [];
    let found: { at: number; noun: string } | undefined;
    // "the firm", and "the auto firm": one word may qualify the noun after its article.
    const at = (p: { forms: string[] }, k: number, gap: number) =>
      k + p.forms.length + gap <= speaker.to && p.forms.every((f, j) => view.words[k + j + (j > 0 ? gap : 0)] === f) && (gap === 0 || !view.punct[k + 1]);
    for (let k = speaker.from; k < speaker.to; k++) {
      const p = anaphors.find((p) => at(p, k, 0) || (p.forms.length === 2 && at(p, k, 1)));
      if (!p) continue;
      found = { at: k, noun: fold(p.forms[p.forms.length - 1]) };
      if (mode !== "antecedent") break;
    }
    return found;
  };
  // "a poursuivi le chercheur": the person the story named with that noun.
  const person = mode === "phrase" ? find("person-anaphor") : undefined;
  if (person && person.at === speaker.from) return anaphorPerson(mentions, view.tokens[person.at].start, describedAround(text, person.noun));
  const found = find("anaphor");
  return found && anaphorOrganisation(mentions, view.tokens[found.at].start, describedBy(text, found.noun), institutionNouns(view.rules.lang).has(found.noun));
}

function dashSpeaker(d: DashQuote, mentions: readonly MentionRef[], text: string, isSubject: SubjectCheck): Partial<Quote> {
  if (d.view && d.group) {
    const m = { view: d.view, cue: d.group, ...(d.group.pronoun !== undefined && { pronoun: d.group.pronoun }), ...(d.speaker && "from" in d.speaker && { speaker: d.speaker }) } as Match;
    return speakerOf(m, mentions, text, isSubject);
  }
  if (d.speaker && "start" in d.speaker) {
    const { start, end } = d.speaker;
    const entity = resolveSpeaker(mentions, start, end, "phrase");
    return { speakerText: text.slice(start, end), ...(entity && { speaker: entity.id }) };
  }
  return {};
}

/** A speaker phrase names someone when an entity of a person, organisation or country lies in it, or (with no entities layer) a capitalised word past the sentence's first. */
function namedCheck(mentions: readonly MentionRef[], haveEntities: boolean): NamedCheck {
  return (view, s) => {
    const start = view.tokens[s.from].start;
    const end = view.tokens[s.to - 1].end;
    if (haveEntities && mentions.some((m) => m.start < end && start < m.end && m.entity.type !== "LOC")) return true;
    for (let k = Math.max(s.from, 1); k < s.to; k++) if (view.capitalised[k] && !view.punct[k]) return true;
    return false;
  };
}
