/**
 * The events stage: CAMEO/PLOVER events with their actors, date, place, modality and evidence.
 * Needs sentences, tokens and entities; reads tags, syntax and times when they are there (without a
 * parse the coder falls back on word order). `context.dictionaries` swaps in PETRARCH dictionaries.
 */
import type { Entity, TimeExpression } from "../../model/record.js";
import { docLang, layer } from "../../pipeline/doc.js";
import type { Doc } from "../../pipeline/doc.js";
import type { Stage, StageContext } from "../../pipeline/stage.js";
import { SentenceCoder, type EventMention } from "./coder.js";
import { eventLexicon, type EventLexicon } from "./lexicon.js";
import { mergeMentions } from "./merge.js";
import { loadDictionaries, type Dictionaries } from "./petrarch.js";
import { buildView } from "./sentence-view.js";

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
  const out: EventMention[] = [];
  sentences.forEach((span, s) => {
    if (span.role === "dateline") return;
    const words = tokens[s];
    // A user's actor dictionary speaks first: its codes win over the knowledge base's on the same words.
    const mentions = options.dictionaries ? [...options.dictionaries.actorMentions(words), ...perSentence[s]] : perSentence[s];
    const view = buildView(s, span, words, doc.layers.tags?.[s], doc.layers.syntax?.[s], mentions, times[s]);
    out.push(...new SentenceCoder(view, lexicon, { ...(publishedAt && { publishedAt }) }).code());
  });
  return out;
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
    doc.layers.events = mergeMentions(mentions, layer(doc, "sentences"), doc.text);
  },
};
