/**
 * The events stage: CAMEO/PLOVER events with their actors, date, place, modality and evidence.
 * Needs sentences, tokens and entities; reads tags, syntax and times when they are there (without a
 * parse the coder falls back on word order). `context.dictionaries` swaps in PETRARCH dictionaries.
 */
import { fold } from "../../kb/fold.js";
import type { Entity, TimeExpression } from "../../model/record.js";
import { docLang, layer } from "../../pipeline/doc.js";
import type { Doc } from "../../pipeline/doc.js";
import type { Stage, StageContext } from "../../pipeline/stage.js";
import { loadLexicon } from "../../kb/lexicon.js";
import { SentenceCoder, type AgentWord, type EventMention } from "./coder.js";
import { actsForItsCountry } from "../../kb/world.js";
import { eventLexicon, type EventLexicon } from "./lexicon.js";
import { mergeMentions } from "./merge.js";
import { loadDictionaries, type Dictionaries } from "./dictionaries.js";
import { buildView, type ParseHints } from "./sentence-view.js";
import { anaphorOrganisation, anaphorPhrases, describedBy, institutionNouns, mentionIndex, possessives, pronounAntecedent, type Agreement, type MentionRef } from "../entities/anaphora.js";
import { DATELINE_SOURCE } from "../recognise/mention.js";

export const EVENTS_VERSION = "coder-1";

export interface CodeOptions {
  readonly publishedAt?: string;
  readonly dictionaries?: Dictionaries;
}

/** Every event mention of a Doc, sentence by sentence, before merging. */
export function codeMentions(doc: Doc, lexicon: EventLexicon, options: CodeOptions = {}): EventMention[] {
  const sentences = layer(doc, "sentences");
  const tokens = layer(doc, "tokens");
  const entities = doc.layers.entities ?? [];
  const perSentence: Array<Array<{ start: number; end: number; entity: Entity }>> = sentences.map(() => []);
  for (const e of entities) for (const m of e.mentions) perSentence[m.sentence]?.push({ start: m.start, end: m.end, entity: e });
  const times: TimeExpression[][] = sentences.map(() => []);
  for (const t of doc.layers.times ?? []) times[t.sentence]?.push(t);
  const publishedAt = options.publishedAt ?? doc.meta.publishedAt;
  const domesticCountry = mainCountry(entities);
  const sceneCountry = placesCountry(entities);
  const agents = agentWords(docLang(doc));
  const coreferent = coreference(doc, entities, eventLexicon(docLang(doc))?.words.indefinite);
  const coderOptions = { ...(publishedAt && { publishedAt }), ...(domesticCountry && { domesticCountry }), ...(sceneCountry && { sceneCountry }), agents, coreferent, ...(options.dictionaries && { petrarch: true }) };
  const hints: ParseHints = {
    eventNoun: (word) => lexicon.forms.get(word)?.find((f) => f.pos === "noun")?.lemma,
    agentPhrases: [...lexicon.words.agent].map((a) => a.split(" ")),
  };
  const out: EventMention[] = [];
  sentences.forEach((span, s) => {
    if (span.role === "dateline") return;
    const words = tokens[s];
    // A user's actor dictionary speaks first: its codes win over the knowledge base's on the same words.
    const mentions = options.dictionaries ? [...options.dictionaries.actorMentions(words), ...perSentence[s]] : perSentence[s];
    const view = buildView(s, span, words, doc.layers.tags?.[s], doc.layers.syntax?.[s], mentions, times[s], hints);
    out.push(...new SentenceCoder(view, lexicon, coderOptions).code());
  });
  return out;
}

/**
 * What a third-person pronoun ("Elle", "Ils"), a possessive ("sa réélection") or an anaphor ("l'ONG")
 * stands for, by the rules the quotes stage reads speakers with; pronouns agree by their tagged features.
 */
function coreference(doc: Doc, entities: readonly Entity[], indefinite: ReadonlySet<string> = new Set()): (sentence: number, word: number) => Entity | undefined {
  const tags = doc.layers.tags;
  const syntax = doc.layers.syntax;
  if (!tags || !entities.length) return () => undefined;
  const lang = docLang(doc);
  const tokens = layer(doc, "tokens");
  const mentions = mentionIndex(entities);
  const anaphors = new Set(anaphorPhrases(lang).map(squeeze));
  const institutions = institutionNouns(lang);
  const possessive = possessives(lang);
  const featsAt = new Map<number, string>();
  const subjects: Array<[number, number]> = [];
  tokens.forEach((words, s) => words.forEach((t, k) => {
    const tag = tags[s]?.[k];
    if (tag?.upos === "PRON" && tag.feats) featsAt.set(t.start, tag.feats);
    if (syntax?.[s]?.[k]?.deprel.startsWith("nsubj")) subjects.push([t.start, t.end]);
  }));
  const isSubject = (m: MentionRef) => subjects.some(([start, end]) => start < m.end && m.start < end);
  const genderOf = (m: MentionRef) => genderIn(featsAt.get(m.start));
  return (sentence, word) => {
    const words = tokens[sentence];
    const tag = tags[sentence]?.[word];
    const token = words[word];
    if (!tag || !token || indefinite.has((token.form ?? token.text).toLowerCase())) return undefined;
    const feats = (tag.feats ?? "").split("|");
    let agreement: Agreement | undefined;
    if (tag.upos === "PRON" && feats.includes("Person=3") && !feats.includes("Reflex=Yes") && !syntax?.[sentence]?.[word]?.deprel.startsWith("expl")) {
      agreement = { ...(genderIn(tag.feats) && { gender: genderIn(tag.feats) }), plural: feats.includes("Number=Plur") };
    } else if (tag.upos === "DET") {
      agreement = possessive.get((token.form ?? token.text).toLowerCase());
    } else if (tag.upos === "NOUN" || tag.upos === "PROPN") {
      const phrase = (n: number) => words.slice(Math.max(0, word - n + 1), word + 1).map((t) => t.form ?? t.text).join("");
      const noun = fold(token.form ?? token.text);
      if ([1, 2, 3].some((n) => anaphors.has(squeeze(phrase(n))))) return anaphorOrganisation(mentions, token.start, describedBy(doc.text, noun), institutions.has(noun));
    }
    return agreement && pronounAntecedent(mentions, token.start, sentence, agreement, genderOf, isSubject);
  };
}

const squeeze = (phrase: string) => phrase.toLowerCase().replace(/’/g, "'").replace(/\s+/g, "");

const genderIn = (feats: string | undefined): Agreement["gender"] =>
  feats?.includes("Gender=Fem") ? "f" : feats?.includes("Gender=Masc") ? "m" : feats?.includes("Gender=Neut") ? "n" : undefined;

/** The country most mentioned in the story (by its entities' mentions), when one leads clearly. */
function mainCountry(entities: readonly Entity[]): string | undefined {
  const counts = new Map<string, number>();
  // (Not an international body's official: Guterres at the UN says nothing of where the story is; nor the
  // agency of the dateline, which says who wrote it: "NAIROBI (Reuters) -".)
  for (const e of entities) {
    const mentions = e.mentions.filter((m) => m.producedBy !== DATELINE_SOURCE).length;
    if (e.country && mentions && actsForItsCountry(e.actor, e.country)) counts.set(e.country, (counts.get(e.country) ?? 0) + mentions);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || (ranked[1] && ranked[1][1] * 2 > ranked[0][1])) return undefined;
  return ranked[0][0];
}

/** The country of most of the places (towns, provinces, squares) the story names, when one leads clearly. */
function placesCountry(entities: readonly Entity[]): string | undefined {
  return mainCountry(entities.filter((e) => e.id.startsWith("place:")));
}

const agentCache = new Map<string, ReadonlyMap<string, AgentWord>>();

/** Agents of the entities lexicon of one or two words ("manifestants", "hommes armés"), by lower-case words. */
function agentWords(lang: string): ReadonlyMap<string, AgentWord> {
  let map = agentCache.get(lang);
  if (!map) {
    const words = new Map<string, AgentWord>();
    for (const a of loadLexicon(lang)?.agents ?? []) if (a.phrase.split(" ").length <= 2) words.set(a.phrase.toLowerCase(), { code: a.code, role: a.role });
    map = words;
    agentCache.set(lang, map);
  }
  return map;
}

export const eventsStage: Stage = {
  name: "events",
  version: EVENTS_VERSION,
  requires: ["sentences", "tokens", "entities"],
  assigns: ["events"],
  run(doc: Doc, context: StageContext) {
    const base = eventLexicon(docLang(doc));
    if (!base) {
      doc.layers.events = [];
      return;
    }
    const dictionaries = context.dictionaries ? loadDictionaries(context.dictionaries, base) : undefined;
    const lexicon = dictionaries?.lexicon ?? base;
    if (dictionaries) dictionaries.date = (context.publishedAt ?? doc.meta.publishedAt ?? "").slice(0, 10).replace(/-/g, "") || undefined;
    const publishedAt = context.publishedAt ?? doc.meta.publishedAt;
    const mentions = codeMentions(doc, lexicon, { ...(publishedAt && { publishedAt }), ...(dictionaries && { dictionaries }) });
    const home = mainCountry(doc.layers.entities ?? []);
    doc.layers.events = mergeMentions(mentions, layer(doc, "sentences"), doc.text, { ...(home && { home }) });
  },
};
