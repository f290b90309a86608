/**
 * Which entity a speaker phrase names, through the entities layer's mentions: the entities stage has
 * already linked names, titles ("le porte-parole du Kremlin") and pronouns (coreference), so a speaker
 * is the entity of a mention inside its phrase. Where no mention covers it, an anaphor ("l'ONG") or a
 * personal pronoun ("she told") is read back to the entity it stands for (entities/anaphora.ts).
 */
import type { Entity } from "../../model/record.js";
import type { MentionRef } from "../entities/anaphora.js";

export type SpeakerMode = "phrase" | "antecedent" | "pronoun";

/**
 * The entity a speaker span names. A person named in the phrase wins ("La procureure de la CPI,
 * Mme Fatou Bensouda" is Bensouda, not the court); else the mention at the head, which opens a subject
 * phrase ("le porte-parole du Kremlin") and closes an antecedent ("…l'organisation, qui"); else an
 * organisation in a complement ("les analystes du groupe X"); a country there ("l'association des
 * imams du Mali") comes last: the speaker's country is what event coding can still use.
 * `headEnd` is where the head's words end.
 */
export function resolveSpeaker(
  mentions: readonly MentionRef[],
  start: number,
  end: number,
  mode: SpeakerMode,
  headEnd = end,
  text?: string,
): Entity | undefined {
  const inside = mentions.filter((m) => m.start < end && start < m.end);
  if (!inside.length) return undefined;
  if (mode === "pronoun") return inside.find((m) => m.start <= start && end <= m.end)?.entity ?? inside[0].entity;
  if (mode === "antecedent") {
    // "Bernard Morel, le successeur de Jean Durand, qui…": the relative takes up the person whose
    // apposition ends the phrase, not the one named in its "de" complement.
    const last = inside[inside.length - 1];
    const complement = text !== undefined && /\b(?:de|du|des|d'|d’|of)\s*$/iu.test(text.slice(Math.max(start, last.start - 6), last.start));
    const named = complement ? inside.find((m) => m !== last && m.entity.type === "PER" && m.kind === "name" && text!.slice(m.end, m.end + 2).trimStart().startsWith(",")) : undefined;
    return (named ?? last).entity;
  }
  const person = inside.find((m) => m.entity.type === "PER" && m.kind === "name");
  // "The US car manufacturer General Motors said": a country's adjective at the head qualifies the speaker.
  const head = inside.find((m) => m.start < headEnd && !isPlace(m.entity)) ?? inside.find((m) => m.start < headEnd);
  const complement = inside.find((m) => m.entity.type !== "GPE" && m.entity.type !== "LOC");
  // "China's mission to the European Union": a country that owns the head noun is whose it is.
  const owns = !!head && text !== undefined && /^['’]s\b/u.test(text.slice(head.end, head.end + 3));
  return (person ?? (head && isPlace(head.entity) && !owns ? complement ?? head : head) ?? complement ?? inside[0]).entity;
}

export const isPlace = (e: Entity) => e.type === "GPE" || e.type === "LOC";
