/**
 * Which entity a speaker phrase names, through the entities layer's mentions: the entities stage has
 * already linked names, titles ("le porte-parole du Kremlin") and pronouns (coreference), so a speaker
 * is the entity of a mention inside its phrase. Where no mention covers it, an anaphor ("l'ONG") or a
 * personal pronoun ("she told") is read back to the entity it stands for.
 */
import type { Entity, MentionKind } from "../../model/record.js";
import type { Agreement } from "./rules.js";

export interface MentionRef {
  start: number;
  end: number;
  sentence: number;
  kind?: MentionKind;
  entity: Entity;
}

export type SpeakerMode = "phrase" | "antecedent" | "pronoun";

export function mentionIndex(entities: readonly Entity[]): MentionRef[] {
  return entities
    .flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, sentence: m.sentence, ...(m.kind && { kind: m.kind }), entity })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The entity a speaker span names. A person named in the phrase wins ("La procureure de la CPI,
 * Mme Fatou Bensouda" is Bensouda, not the court); else the mention at the head, which opens a subject
 * phrase ("le porte-parole du Kremlin") and closes an antecedent ("…l'organisation, qui"); else an
 * organisation in a complement ("les analystes du groupe X"); a country there ("l'association des
 * imams du Mali") comes last: the speaker's country is what event coding can still use.
 * `headEnd` is where the head's words end.
 */
export function resolveSpeaker(mentions: readonly MentionRef[], start: number, end: number, mode: SpeakerMode, headEnd = end): Entity | undefined {
  const inside = mentions.filter((m) => m.start < end && start < m.end);
  if (!inside.length) return undefined;
  if (mode === "pronoun") return inside.find((m) => m.start <= start && end <= m.end)?.entity ?? inside[0].entity;
  if (mode === "antecedent") return inside[inside.length - 1].entity;
  const person = inside.find((m) => m.entity.type === "PER" && m.kind === "name");
  const head = inside.find((m) => m.start < headEnd);
  const complement = inside.find((m) => m.entity.type !== "GPE" && m.entity.type !== "LOC");
  return (person ?? head ?? complement ?? inside[0]).entity;
}

export const isPlace = (e: Entity) => e.type === "GPE" || e.type === "LOC";

/** How far back (in characters, a few paragraphs) "l'ONG" may find the organisation it refers to. */
const ANAPHOR_REACH = 1500;

/**
 * The organisation "l'organisation", "the agency" stands for: of the organisations named within reach,
 * the one named most often so far (the story's subject), the latest on a tie. Only names count: a
 * description ("le gouvernement espagnol") is not what such an anaphor takes up.
 */
export function anaphorOrganisation(mentions: readonly MentionRef[], at: number): Entity | undefined {
  const counts = new Map<Entity, { count: number; last: number }>();
  for (const m of mentions) {
    if (m.end > at) break;
    if (m.entity.type !== "ORG" || m.kind !== "name") continue;
    const c = counts.get(m.entity) ?? { count: 0, last: 0 };
    counts.set(m.entity, { count: c.count + 1, last: m.end });
  }
  let best: { entity: Entity; count: number; last: number } | undefined;
  for (const [entity, c] of counts) {
    if (at - c.last > ANAPHOR_REACH) continue;
    if (!best || c.count > best.count || (c.count === best.count && c.last > best.last)) best = { entity, ...c };
  }
  return best?.entity;
}

/** How many sentences back a personal pronoun looks for what it stands for (as the entities stage does). */
const PRONOUN_REACH = 3;

/**
 * The entity a personal pronoun that no coreference mention covers stands for: a singular one a person
 * whose own pronouns agree in gender, else an organisation (French "elle" for "l'ONG"); "it" only an
 * organisation; a plural one an organisation, a group or a people. A sentence's subject goes first
 * ("Le ministre X a rencontré son homologue. « … », a-t-il dit": the minister), then the latest mention.
 * `genderOf` reads a pronoun mention's gender ("Elle" → f).
 */
export function pronounAntecedent(
  mentions: readonly MentionRef[],
  at: number,
  sentence: number,
  agreement: Agreement,
  genderOf: (m: MentionRef) => Agreement["gender"],
  isSubject: (m: MentionRef) => boolean,
): Entity | undefined {
  const before = mentions.filter((m) => m.end <= at && sentence - m.sentence <= PRONOUN_REACH);
  const pick = (ok: (m: MentionRef) => boolean) => (before.findLast((m) => ok(m) && isSubject(m)) ?? before.findLast(ok))?.entity;
  const organisation = (m: MentionRef) => m.entity.type === "ORG";
  if (agreement.gender === "n") return pick(organisation);
  // "ils" may also take up a group ("les dirigeants européens") or a people ("les Américains").
  if (agreement.plural) return pick((m) => organisation(m) || m.kind === "nominal" || (m.entity.type === "MISC" && m.entity.country !== undefined));
  const genders = new Map<Entity, Set<Agreement["gender"]>>();
  for (const m of mentions) {
    if (m.kind !== "pronoun") continue;
    const g = genderOf(m);
    if (g) genders.set(m.entity, (genders.get(m.entity) ?? new Set()).add(g));
  }
  const agrees = (e: Entity) => !agreement.gender || !genders.has(e) || genders.get(e)!.has(agreement.gender);
  return pick((m) => m.entity.type === "PER" && m.kind !== "pronoun" && agrees(m.entity)) ?? pick(organisation);
}
