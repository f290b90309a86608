/**
 * Coreference that needs no parse of earlier sentences: which entity named before an anaphor ("l'ONG",
 * "the agency") or a personal pronoun ("elle", "they") stands for, read from the entities layer's
 * mentions. The quotes stage reads its speakers through it, the events stage its actors.
 */
import type { Entity, MentionKind } from "../../model/record.js";
import { fold } from "../../kb/fold.js";
import { loadTable } from "../../resources/table.js";
import { isDatelineMention } from "../recognise/mention.js";

/** What a personal pronoun can stand for: "n" (English "it") never a person. */
export interface Agreement {
  gender?: "m" | "f" | "n";
  plural: boolean;
  /** Stands for people only: English "he", "she"; French "il" may take up "le groupe". */
  person?: boolean;
}

export interface MentionRef {
  start: number;
  end: number;
  sentence: number;
  kind?: MentionKind;
  /** Read from the dateline ("SEOUL (AP) —"): it names where and who wrote, not what a pronoun takes up. */
  dateline?: boolean;
  entity: Entity;
}

export function mentionIndex(entities: readonly Entity[]): MentionRef[] {
  return entities
    .flatMap((entity) =>
      entity.mentions.map((m) => ({
        start: m.start, end: m.end, sentence: m.sentence, ...(m.kind && { kind: m.kind }), ...(isDatelineMention(m.producedBy) && { dateline: true }), entity,
      })),
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/** How far back (in characters, a few paragraphs) "l'ONG" may find the organisation it refers to. */
const ANAPHOR_REACH = 1500;

/**
 * The organisation "l'organisation", "the agency" stands for: of the organisations named within reach,
 * the one named most often so far (the story's subject), the latest on a tie. Only names count: a
 * description ("le gouvernement espagnol") is not what such an anaphor takes up.
 */
export function anaphorOrganisation(mentions: readonly MentionRef[], at: number, described?: (m: MentionRef) => boolean, onlyDescribed = false): Entity | undefined {
  const counts = new Map<Entity, { count: number; last: number; described: boolean }>();
  for (const m of mentions) {
    if (m.end > at) break;
    if (m.entity.type !== "ORG" || m.kind !== "name") continue;
    const c = counts.get(m.entity) ?? { count: 0, last: 0, described: false };
    counts.set(m.entity, { count: c.count + 1, last: m.end, described: c.described || !!described?.(m) });
  }
  let best: { entity: Entity; count: number; last: number; described: boolean } | undefined;
  for (const [entity, c] of counts) {
    if (at - c.last > ANAPHOR_REACH || (onlyDescribed && !c.described)) continue;
    // One the story introduced by the anaphor's own noun ("le quotidien Le Figaro") comes first.
    const better = !best || (c.described && !best.described) || (c.described === best.described && (c.count > best.count || (c.count === best.count && c.last > best.last)));
    if (better) best = { entity, ...c };
  }
  return best?.entity;
}

/**
 * The person "le chercheur", "the analyst" stands for: the latest person named within reach whom that
 * noun described ("le chercheur Paul Morel", "Dan Cook, the senior market analyst at IG Markets").
 * Nobody else: an anaphor without such a person may be someone the story never named.
 */
export function anaphorPerson(mentions: readonly MentionRef[], at: number, described: (m: MentionRef) => boolean): Entity | undefined {
  let found: Entity | undefined;
  for (const m of mentions) {
    if (m.end > at) break;
    if (m.entity.type === "PER" && m.kind === "name" && at - m.end <= ANAPHOR_REACH && described(m)) found = m.entity;
  }
  return found;
}

/** How many words after a name its apposition may describe it in ("Dan Cook, the senior market analyst"). */
const APPOSITION_REACH = 6;

/** Whether a person's name comes with a noun: within a few words before it, or in the apposition after its comma. */
export function describedAround(text: string, noun: string): (m: MentionRef) => boolean {
  const before = describedBy(text, noun);
  return (m) => {
    if (before(m)) return true;
    const after = text.slice(m.end, m.end + 80);
    if (!/^\s*,/.test(after)) return false;
    const apposition = fold(after.split(/[.,;:!?]/)[1] ?? "").split(/[\s']+/).filter(Boolean);
    return apposition.slice(0, APPOSITION_REACH).includes(noun);
  };
}

/** How many words before a name may describe it ("le quotidien français Le Figaro"). */
const DESCRIPTOR_REACH = 3;

/**
 * Whether a mention is introduced by the noun of an anaphor within a few words before it: "la chaîne
 * France 24", "the rights group Human Rights Watch". `noun` is folded.
 */
export function describedBy(text: string, noun: string): (m: MentionRef) => boolean {
  return (m) => {
    // "la Commission européenne" is described by its own first word, as "la chaîne France 24" by the noun before it.
    if (fold(text.slice(m.start, m.end)).split(/[\s']+/)[0] === noun) return true;
    const before = fold(text.slice(Math.max(0, m.start - 60), m.start)).split(/[\s']+/).filter(Boolean);
    return before.slice(-DESCRIPTOR_REACH).includes(noun);
  };
}

/** How many sentences back a personal pronoun looks for what it stands for (as the linker does). */
const PRONOUN_REACH = 3;

/**
 * The entity a personal pronoun that no coreference mention covers stands for: a singular one a person
 * whose own pronouns agree in gender, else an organisation (French "elle" for "l'ONG"); "it" an
 * organisation or a state, never the dateline's agency; a plural one an organisation, a group or a
 * people. A sentence's subject goes first ("Le ministre X a rencontré son homologue. « … », a-t-il
 * dit": the minister), then the latest mention.
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
  const before = mentions.filter((m) => m.end <= at && sentence - m.sentence <= PRONOUN_REACH && !m.dateline);
  const pick = (ok: (m: MentionRef) => boolean) => (before.findLast((m) => ok(m) && isSubject(m)) ?? before.findLast(ok))?.entity;
  const organisation = (m: MentionRef) => m.entity.type === "ORG";
  // "it" takes up an organisation or a state: "South Korea said it would hold talks".
  if (agreement.gender === "n") return pick((m) => organisation(m) || m.entity.type === "GPE");
  // "ils" may also take up a group ("les dirigeants européens") or a people ("les Américains").
  if (agreement.plural) return pick((m) => organisation(m) || m.kind === "nominal" || (m.entity.type === "MISC" && m.entity.country !== undefined));
  const genders = new Map<Entity, Set<Agreement["gender"]>>();
  for (const m of mentions) {
    if (m.kind !== "pronoun") continue;
    const g = genderOf(m);
    if (g) genders.set(m.entity, (genders.get(m.entity) ?? new Set()).add(g));
  }
  const agrees = (e: Entity) => !agreement.gender || !genders.has(e) || genders.get(e)!.has(agreement.gender);
  // A person a subject pronoun already stood for is still the topic ("Il fut exclu… Surpris par le
  // président X, il déclara": not X); otherwise only names and titles count.
  const person = (m: MentionRef) => m.entity.type === "PER" && agrees(m.entity);
  const topic = before.findLast((m) => person(m) && isSubject(m));
  const found = topic?.entity ?? pick((m) => person(m) && m.kind !== "pronoun");
  if (found || !agreement.person) return found ?? pick(organisation);
  // "he" names no organisation: past the usual reach, the latest person the story named ("Henderson … He").
  return mentions.findLast((m) => m.end <= at && person(m) && m.kind === "name")?.entity;
}

const phraseCache = new Map<string, readonly string[]>();

/** The phrases of a language's entities/FILE, read once. */
function phraseList(lang: string, file: string): readonly string[] {
  const key = `${lang}/${file}`;
  let phrases = phraseCache.get(key);
  if (!phrases) {
    phrases = (loadTable(lang, "entities", file, ["phrase"])?.rows ?? []).map((r) => r.phrase);
    phraseCache.set(key, phrases);
  }
  return phrases;
}

/** The noun phrases that take up an organisation named before ("l'ONG", "the agency"), from anaphors.tsv. */
export const anaphorPhrases = (lang: string) => phraseList(lang, "anaphors.tsv");

/** The noun phrases that take up a person named with that noun ("le chercheur", "the analyst"), from person-anaphors.tsv. */
export const personAnaphorPhrases = (lang: string) => phraseList(lang, "person-anaphors.tsv");

/** The noun of an anaphor phrase, folded: "l'ONG" → "ong", "the agency" → "agency". */
export const anaphorNoun = (phrase: string): string => fold(phrase).split(/[\s']+/).filter(Boolean).at(-1) ?? "";

const nounCache = new Map<string, ReadonlySet<string>>();
const institutionCache = new Map<string, ReadonlySet<string>>();

/**
 * The nouns of anaphors written with a capital ("la Commission", "the Council"): the short name of an
 * institution named before in full, which takes up only an organisation so named, never the story's
 * most named one.
 */
export function institutionNouns(lang: string): ReadonlySet<string> {
  let nouns = institutionCache.get(lang);
  if (!nouns) {
    nouns = new Set(anaphorPhrases(lang).filter((p) => /(?:^|[\s'’])\p{Lu}\p{Ll}/u.test(p)).map(anaphorNoun));
    institutionCache.set(lang, nouns);
  }
  return nouns;
}

/**
 * The nouns of those phrases, folded: each phrase is an article and a noun ("l'ONG" → "ong", "the
 * agency" → "agency"). Such a noun right before an unknown name makes it an organisation, and
 * describes the one an anaphor takes up ("le quotidien Le Figaro").
 */
export function anaphorNouns(lang: string): ReadonlySet<string> {
  let nouns = nounCache.get(lang);
  if (!nouns) {
    nouns = new Set(anaphorPhrases(lang).map(anaphorNoun));
    nounCache.set(lang, nouns);
  }
  return nouns;
}

const possessiveCache = new Map<string, ReadonlyMap<string, Agreement>>();

/**
 * Possessive determiners ("sa réélection", "their withdrawal") and the number of their possessor, from
 * possessives.tsv: the possessor is what a personal pronoun of that number would stand for.
 */
export function possessives(lang: string): ReadonlyMap<string, Agreement> {
  let map = possessiveCache.get(lang);
  if (!map) {
    const rows = loadTable(lang, "entities", "possessives.tsv", ["form", "number"])?.rows ?? [];
    map = new Map(rows.map((r) => [r.form.toLowerCase(), { ...(r.gender && { gender: r.gender as Agreement["gender"] }), plural: r.number === "pl" }]));
    possessiveCache.set(lang, map);
  }
  return map;
}
