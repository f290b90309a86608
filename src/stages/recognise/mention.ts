/**
 * The private `mentions` layer: every span that may name an entity, before linking. The gazetteer
 * recogniser (recognise.ts) fills it from the knowledge base; a trained NER model adds its own spans
 * (with only start, end, sentence, type, kind and producedBy); the entities stage links them all.
 */
import type { EntityType, MentionKind } from "../../model/record.js";
import type { Phrase } from "../../kb/phrase-index.js";

/** What the dateline's reader produces: its place ("SEOUL") and its source ("(AP)"). */
export const DATELINE_PLACE = "dateline/place";
export const DATELINE_SOURCE = "dateline/source";
export const isDatelineMention = (producedBy: string | undefined) => producedBy === DATELINE_PLACE || producedBy === DATELINE_SOURCE;

export interface RecognisedMention {
  start: number;
  end: number;
  sentence: number;
  text: string;
  type: EntityType;
  kind: MentionKind;
  producedBy: string;
  /** What the phrase index found for the span (knowledge-base aliases, demonyms, groups…). */
  phrases?: Phrase[];
  /** A country named with the mention: "le président russe", "l'armée du Mali", "forces russes". */
  country?: string;
  /** The office a title names ("head of state"), for title mentions and names with a title. */
  role?: string;
  /** A CAMEO actor a person takes from the organisation whose title they hold, where it is no country's ("NGO"). */
  actor?: string;
  /** CAMEO sector the title or agent word gives (GOV, MIL, OPP…). */
  sector?: string;
  gender?: "m" | "f";
  /** "son homologue biélorusse": the same office as the person just named, in `country`. */
  counterpart?: boolean;
  /** After a locative preposition ("à Minsk"): a place, not a government. */
  locative?: boolean;
  /** Evidence only (a lone country adjective: "armes russes"): weighs the document's countries, names no entity. */
  signal?: boolean;
  /** A people named as an ethnic group ("ethnic Albanians"): of the country it lives in, not its own. */
  ethnic?: boolean;
  /** An unknown name whose type is a default, for want of any clue in its words or context. */
  presumed?: boolean;
  /** In a headline or dateline rather than body prose. */
  outsideBody?: boolean;
}

declare module "../../pipeline/doc.js" {
  interface Layers {
    mentions: RecognisedMention[];
  }
}
