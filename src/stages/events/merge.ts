/**
 * One event per real-world event: the mentions of a document (headline, lead, body) that report the
 * same thing — same root code, compatible actors and dates — become one Event whose mentions are the
 * sentence spans that report it. A mention that names no actor ("le déploiement est prévu pour…") is
 * an anaphor of the latest event with its code, or is dropped.
 */
import type { Actor, Event, Mention } from "../../model/record.js";
import { cameoCode } from "./codes.js";
import type { DateSource, EventMention } from "./coder.js";
import { actsForItsCountry } from "../../kb/world.js";

/** An Event with how its date was found: "document" flags the publication date used for want of another. */
export interface CodedEvent extends Event {
  dateFrom?: DateSource;
  /** The code goes both ways (signing, meeting, fighting): source and target may be swapped. */
  symmetric?: boolean;
}

interface Draft {
  mentions: EventMention[];
  first: EventMention;
  source?: Actor;
  target?: Actor;
  date?: string;
  dateSource?: DateSource;
}

const STRENGTH: Record<DateSource, number> = { clause: 3, sentence: 2, document: 1 };

/** The country or bloc an actor stands for: what two mentions must share to be the same participant. */
export function actorKey(a: Actor | undefined): string | undefined {
  if (!a) return undefined;
  return a.country ?? a.actor.slice(0, 3);
}

function sameActors(m: EventMention, d: Draft): boolean {
  const ms = actorKey(m.source?.actor);
  const mt = actorKey(m.target?.actor);
  const ds = actorKey(d.source);
  const dt = actorKey(d.target);
  const straight = ms === ds && (mt === undefined || dt === undefined || mt === dt);
  const swapped = (m.symmetric || d.first.symmetric) && ms === dt && (mt === undefined || mt === ds);
  return straight || swapped;
}

function sameDate(m: EventMention, d: Draft): boolean {
  if (!m.date || !d.date || m.dateSource === "document" || d.dateSource === "document") return true;
  return m.date.startsWith(d.date) || d.date.startsWith(m.date);
}

/**
 * Two named sources that are neither the same entity nor a country (which stands for all its
 * institutions) are two participants: "le gouvernement nigérien a dénoncé…" and "l'Union des
 * producteurs agricoles du Niger a condamné…" are two condemnations, though both are Nigerien.
 */
function sameSource(m: EventMention, d: Draft): boolean {
  return sameParticipant(m, d, "source");
}

/** Likewise two named targets: "l'assassin du préfet Érignac, tué en 1998" and "Sollacaro a été abattu" are two killings. */
function sameTarget(m: EventMention, d: Draft): boolean {
  return sameParticipant(m, d, "target");
}

function sameParticipant(m: EventMention, d: Draft, role: "source" | "target"): boolean {
  const entity = m[role]?.actor.entity;
  if (entity === undefined || entity.startsWith("country:")) return true;
  return d.mentions.every((x) => {
    const other = x[role]?.actor.entity;
    return other === undefined || other === entity || other.startsWith("country:");
  });
}

/** Roots of material actions and protest: done to someone, at home when no one else is named. */
const DOMESTIC_ROOTS = new Set(["08", "11", "12", "13", "14", "15", "17", "18", "19", "20"]);
/** Of those, what an international body does to the country a story is about when it names no one else. */
const BODY_ROOTS = new Set(["11", "12", "14", "17", "18", "19", "20"]);

export function mergeMentions(
  mentions: readonly EventMention[],
  sentences: ReadonlyArray<{ start: number; end: number }>,
  text: string,
  /** home: the country the story is about, when one leads clearly. */
  options: { requireTarget?: boolean; home?: string } = {},
): CodedEvent[] {
  const drafts: Draft[] = [];
  for (const m of mentions) {
    const root = m.code.slice(0, 2);
    const sameRoot = drafts.filter((d) => d.first.code.slice(0, 2) === root);
    let into: Draft | undefined;
    if (!m.source) {
      // An anaphor only counts when it adds something: a date of its own or a modality.
      const informative = m.dateSource === "clause" || m.dateSource === "sentence" || m.modality !== "occurred";
      into = informative ? [...sameRoot].reverse().find((d) => d.first.predicate.lemma === m.predicate.lemma && sameDate(m, d)) : undefined;
      if (!into) continue;
    } else {
      // Two mentions in one sentence are two events ("après l'attaque de …, ils ont repris leurs attaques contre les convois").
      into = sameRoot.find((d) => !d.mentions.some((x) => x.sentence === m.sentence) && sameActors(m, d) && sameDate(m, d) && sameSource(m, d) && sameTarget(m, d) && (d.first.modality === m.modality || d.mentions.some((x) => x.modality === m.modality)));
    }
    if (!into) {
      drafts.push({
        mentions: [m], first: m,
        ...(m.source && { source: m.source.actor }), ...(m.target && { target: m.target.actor }),
        ...(m.date && { date: m.date }), ...(m.dateSource && { dateSource: m.dateSource }),
      });
      continue;
    }
    into.mentions.push(m);
    if (!into.target && m.target && actorKey(m.target.actor) !== actorKey(into.source)) into.target = m.target.actor;
    if (m.date && m.dateSource && (!into.dateSource || STRENGTH[m.dateSource] > STRENGTH[into.dateSource])) {
      into.date = m.date;
      into.dateSource = m.dateSource;
    }
  }
  // A protest, a crackdown, an assault or a fight with no one named on the other side happens at home:
  // its target is the source's own country, as GDELT codes domestic events. An international body (or its
  // official: Guterres at the UN) has no home of its own: what it condemns is in the story's country.
  for (const d of drafts) {
    if (d.target || !d.source || !DOMESTIC_ROOTS.has(d.first.code.slice(0, 2))) continue;
    const country = d.source.country;
    // (A body's warning or its yielding says too little of whom it is about to guess: only what it condemns or does.)
    const home = actsForItsCountry(d.source.actor, country) ? country : BODY_ROOTS.has(d.first.code.slice(0, 2)) ? options.home : undefined;
    if (home) d.target = { actor: home, country: home };
  }
  // A one-sided report ("X a déclaré", "X a reçu") is not a dyadic event: CAMEO codes who did what to whom.
  const requireTarget = options.requireTarget ?? true;
  return drafts.filter((d) => d.target || !requireTarget).map((d, k) => toEvent(d, k, sentences, text));
}

function toEvent(d: Draft, k: number, sentences: ReadonlyArray<{ start: number; end: number }>, text: string): CodedEvent {
  const first = d.first;
  const entry = cameoCode(first.code);
  // An anaphor that says "prévu" turns a bare first report into what it is: a plan.
  const modality = first.modality === "occurred" ? d.mentions.find((m) => m.modality !== "occurred" && !m.source)?.modality ?? "occurred" : first.modality;
  const place = d.mentions.find((m) => m.place)?.place;
  const seen = new Set<number>();
  const evidence: Mention[] = [];
  for (const m of d.mentions) {
    if (seen.has(m.sentence)) continue;
    seen.add(m.sentence);
    const s = sentences[m.sentence];
    evidence.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), sentence: m.sentence, producedBy: m.predicate.id });
  }
  const confidence = Math.min(1, Math.max(...d.mentions.map((m) => m.confidence)) + 0.05 * (evidence.length - 1));
  return {
    id: `event:${k + 1}`,
    code: first.code,
    rootCode: entry.root,
    quadClass: entry.quadClass,
    goldstein: entry.goldstein,
    ...(entry.plover && { plover: entry.plover }),
    ...(d.source && { source: d.source }),
    ...(d.target && { target: d.target }),
    ...(d.date && { date: d.date }),
    ...(d.dateSource === "document" && { dateFrom: "document" as const }),
    ...(place && { place }),
    modality,
    ...(d.mentions.some((m) => m.background) && { background: true }),
    confidence: Math.round(confidence * 100) / 100,
    mentions: evidence,
    producedBy: first.predicate.id,
    ...(first.symmetric && { symmetric: true }),
  };
}
