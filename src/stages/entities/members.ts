/**
 * Groups named by their role in an organisation or a place: "les analystes de la banque Natixis",
 * "la direction de la radio", "leur direction", "Google's employees", "residents of Timbuktu". Such a
 * group is an entity of its own ("Natixis analysts"), with the owner's country and actor code: it
 * speaks, protests and is quoted as itself, not as the whole organisation. The role nouns are data
 * (resources/<lang>/entities/members.tsv); the owner is the name that follows ("de X", "of X"), the name
 * before (English "X's", "X analysts"), an anaphor ("de la chaîne") or a possessive ("leur").
 */
import { fold, slug } from "../../kb/fold.js";
import { hasWordKind, type Lexicon } from "../../kb/lexicon.js";
import type { Entity, EntityType, Token } from "../../model/record.js";
import type { WordTags } from "../../pipeline/doc.js";
import { loadTable } from "../../resources/table.js";
import { anaphorNouns, anaphorOrganisation, describedBy, mentionIndex, possessives, pronounAntecedent, type Agreement } from "./anaphora.js";

export interface MemberNoun {
  /** Folded words of the role noun ("direction", "forces de l'ordre"). */
  words: string[];
  /** English name of the group, after its owner's name ("management"). */
  name: string;
  type: EntityType;
  /** CAMEO sector appended to a place's country ("residents" → CVL); an organisation keeps its own code. */
  sector?: string;
}

const MEMBERS = "entities/members";

interface MemberLexicon {
  /** Longest first. */
  nouns: readonly MemberNoun[];
  /** Finds the first word of any noun, as written or without its accents, in any case. */
  firstWords: RegExp;
}

const cache = new Map<string, MemberLexicon>();

function memberLexicon(lang: string): MemberLexicon {
  let lexicon = cache.get(lang);
  if (!lexicon) {
    const rows = loadTable(lang, "entities", "members.tsv", ["phrase", "name", "type"])?.rows ?? [];
    const nouns = rows
      .map((r) => ({ words: fold(r.phrase).split(" "), name: r.name, type: r.type as EntityType, ...(r.sector && { sector: r.sector }) }))
      .sort((a, b) => b.words.length - a.words.length);
    const words = new Set(rows.flatMap((r) => [r.phrase.split(" ")[0].toLowerCase(), fold(r.phrase.split(" ")[0])]));
    const escaped = [...words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    const firstWords = new RegExp(`(?<![\\p{L}])(?:${escaped.join("|") || "(?!)"})(?![\\p{L}])`, "iu");
    lexicon = { nouns, firstWords };
    cache.set(lang, lexicon);
  }
  return lexicon;
}

/** A syntactic word as the grammar sees it: "du" is "de" + "le". */
const wordOf = (w: Token) => w.form ?? w.text;

/** An owner a group can belong to: an organisation, a country or a place (not a person: "his lawyers"). */
const canOwn = (e: Entity) => e.type === "ORG" || e.type === "GPE" || e.type === "LOC";

/**
 * The member groups of a document, as new entities (one per owner and role, with every mention), given
 * its sentences' words and the entities linked so far. A group of a group belongs to the first's owner
 * ("leur direction" after "les journalistes de France 24" is France 24's). Words already inside a
 * mention are left alone: "les forces russes" is an agent of Russia, not a member group.
 */
export function memberGroups(
  lang: string,
  lexicon: Lexicon,
  text: string,
  sentences: readonly Token[][],
  entities: readonly Entity[],
  tags?: readonly WordTags[][],
): Entity[] {
  const { nouns, firstWords } = memberLexicon(lang);
  if (!nouns.length || !firstWords.test(text)) return [];
  const mentions = mentionIndex(entities);
  const article = (w: Token | undefined) => !!w && hasWordKind(lexicon, wordOf(w), "article");
  // "la chaîne", "l'ONG" without their article: the noun that takes up an organisation named before.
  const organisationNouns = anaphorNouns(lang);
  const possessive = possessives(lang);
  const owners = new Map<string, Entity>();
  const groups = new Map<string, Entity>();
  const covered = (start: number, end: number) => mentions.some((m) => m.start < end && start < m.end);
  const startingAt = (w: Token | undefined) => (w ? mentions.find((m) => m.start === w.start) : undefined);
  const endingAt = (w: Token | undefined) => (w ? mentions.findLast((m) => m.end === w.end) : undefined);

  sentences.forEach((words, sentence) => {
    // Most sentences name no member group: fold only those that hold a noun's first word.
    if (!words.length || !firstWords.test(text.slice(words[0].start, words[words.length - 1].end))) return;
    const folded = words.map((w) => fold(wordOf(w)));
    const matchAt = (k: number, phrase: readonly string[]) => phrase.length > 0 && phrase.every((f, j) => folded[k + j] === f);
    const wordAt = (offset: number) => words.findIndex((w) => w.start >= offset);
    /** Whose group the noun at k…last names, where its mention starts and ends. */
    const ownerOf = (k: number, last: number, agreement: Agreement | undefined): { owner: Entity; first: number; end: number } | undefined => {
      const before = words[k - 1];
      if (agreement) {
        // "leur direction", "its management": whoever the possessive stands for.
        const owner = pronounAntecedent(mentions, before.start, sentence, agreement, () => undefined, () => false);
        return owner && { owner, first: k - 1, end: words[last].end };
      }
      // "France 24's management", "Natixis analysts": the name before.
      const genitive = before && /^['’]s$/.test(before.text) ? endingAt(words[k - 2]) : undefined;
      const compound = !genitive && lang === "en" && endingAt(before)?.entity.type === "ORG" ? endingAt(before) : undefined;
      const named = genitive ?? compound;
      if (named) return { owner: named.entity, first: wordAt(named.start), end: words[last].end };
      if (!words[last + 1] || !hasWordKind(lexicon, wordOf(words[last + 1]), "member-of")) return undefined;
      // "de X", "du groupe X", "de la chaîne" (an anaphor of the organisation named before).
      let j = last + 2;
      while (article(words[j])) j++;
      const anaphor = j < words.length && organisationNouns.has(folded[j]);
      const after = startingAt(words[last + 2]) ?? startingAt(words[j]) ?? (anaphor ? startingAt(words[j + 1]) : undefined);
      if (after) return { owner: after.entity, first: k, end: after.end };
      if (!anaphor) return undefined;
      const owner = anaphorOrganisation(mentions, words[k].start, describedBy(text, folded[j]));
      return owner && { owner, first: k, end: words[j].end };
    };
    for (let k = 0; k < words.length; k++) {
      const noun = nouns.find((n) => matchAt(k, n.words));
      if (!noun) continue;
      const last = k + noun.words.length - 1;
      if (covered(words[k].start, words[last].end)) continue;
      // French names a group with a determiner ("les analystes de…", "leur direction"); without one the
      // noun is something else ("en direction de Bamako"). English bare plurals name groups too.
      const before = words[k - 1];
      const agreement = before && possessive.get(before.text.toLowerCase());
      const upos = (j: number) => tags?.[sentence]?.[j]?.upos;
      const determiner = (j: number) => article(words[j]) || upos(j) === "DET" || upos(j) === "NUM";
      // "les analystes", "deux experts", "de nombreux habitants"
      const determined = !!agreement || determiner(k - 1) || (upos(k - 1) === "ADJ" && (determiner(k - 2) || upos(k - 2) === "ADP"));
      if (lang !== "en" && !determined) continue;
      const found = ownerOf(k, last, agreement);
      if (!found) continue;
      let { first } = found;
      const owner = owners.get(found.owner.id) ?? found.owner;
      if (first < 0 || !canOwn(owner)) continue;
      while (first > 0 && article(words[first - 1])) first--;
      const group = groupOf(owner, noun, groups);
      owners.set(group.id, owner);
      const start = words[first].start;
      group.mentions.push({ start, end: found.end, text: text.slice(start, found.end), sentence, kind: "nominal", producedBy: MEMBERS });
      k = last;
    }
  });
  return [...groups.values()];
}

function groupOf(owner: Entity, noun: MemberNoun, groups: Map<string, Entity>): Entity {
  const id = `group:${owner.id}/${slug(noun.name)}`;
  let group = groups.get(id);
  if (!group) {
    const actor = owner.type === "ORG" ? owner.actor : owner.country && noun.sector ? `${owner.country}${noun.sector}` : owner.actor;
    group = {
      id,
      name: `${owner.name} ${noun.name}`,
      type: noun.type,
      ...(owner.country && { country: owner.country }),
      ...(actor && { actor }),
      role: noun.name,
      mentions: [],
    };
    groups.set(id, group);
  }
  return group;
}
