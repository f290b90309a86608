/** Checks for the example column of each entity data file (run by src/resources/examples.test.ts). */
import type { ExampleCheckers } from "../../resources/examples.js";
import type { Row } from "../../resources/table.js";
import type { Entity } from "../../model/record.js";
import { createDoc } from "../../pipeline/doc.js";
import { segment } from "../segment/segment.js";
import type { RecognisedMention } from "../recognise/mention.js";
import { recognise } from "../recognise/recognise.js";
import { linkEntities } from "./entities.js";
import { anaphorNoun, anaphorOrganisation, anaphorPerson, describedAround, mentionIndex, possessives, pronounAntecedent } from "./anaphora.js";

/** Segment, recognise and link one sentence, without the tagger and parser. */
export function analyseSentence(text: string, lang: string, publishedAt?: string): { mentions: RecognisedMention[]; entities: Entity[] } {
  const doc = createDoc(text, { lang, ...(publishedAt && { publishedAt }) });
  const seg = segment(text, lang);
  doc.layers.language = { code: lang, confidence: 1 };
  doc.layers.sentences = seg.sentences;
  doc.layers.tokens = seg.tokens;
  const mentions = recognise(doc);
  doc.layers.mentions = mentions;
  return { mentions, entities: linkEntities(doc, publishedAt) };
}

const describe = (r: ReturnType<typeof analyseSentence>) =>
  r.mentions.map((m) => `${m.text}[${m.kind}${m.country ? " " + m.country : ""}${m.role ? " " + m.role : ""}${m.sector ? " " + m.sector : ""}]`).join(", ");

export const checkers: ExampleCheckers = {
  "demonyms.tsv": (row: Row, lang) => {
    const r = analyseSentence(row.example, lang);
    const ok = r.mentions.some((m) => m.country === row.alpha3) || r.entities.some((e) => e.country === row.alpha3);
    return ok ? undefined : `no mention of ${row.alpha3}: ${describe(r)}`;
  },
  "titles.tsv": (row: Row, lang) => {
    const r = analyseSentence(row.example, lang);
    const ok = r.mentions.some((m) =>
      row.kind === "counterpart" ? m.counterpart : row.role ? m.role === row.role : row.sector ? m.sector === row.sector : m.gender === row.gender);
    return ok ? undefined : `the title does not show: ${describe(r)}`;
  },
  "agents.tsv": (row: Row, lang) => {
    const r = analyseSentence(row.example, lang);
    return r.entities.some((e) => e.actor?.endsWith(row.code) && e.country) ? undefined : `no ${row.code} actor: ${describe(r)}`;
  },
  "anaphors.tsv": (row: Row, lang) => {
    const r = analyseSentence(row.example, lang);
    const at = row.example.toLowerCase().lastIndexOf(row.phrase.toLowerCase());
    const named = r.entities.find((e) => e.type === "ORG");
    return at >= 0 && named && anaphorOrganisation(mentionIndex(r.entities), at) === named ? undefined : `"${row.phrase}" does not take up ${named?.name ?? "an organisation"}: ${describe(r)}`;
  },
  "person-anaphors.tsv": (row: Row, lang) => {
    const r = analyseSentence(row.example, lang);
    const at = row.example.toLowerCase().lastIndexOf(row.phrase.toLowerCase());
    const named = r.entities.find((e) => e.type === "PER");
    const found = at >= 0 ? anaphorPerson(mentionIndex(r.entities), at, describedAround(row.example, anaphorNoun(row.phrase))) : undefined;
    return named && found === named ? undefined : `"${row.phrase}" does not take up ${named?.name ?? "a person"}: ${describe(r)}`;
  },
  "possessives.tsv": (row: Row, lang) => {
    const r = analyseSentence(row.example, lang);
    const at = row.example.search(new RegExp(`(?<![\\p{L}])${row.form}(?![\\p{L}])`, "iu"));
    const agreement = possessives(lang).get(row.form.toLowerCase());
    // The example is a sentence or two, well within a pronoun's reach: any sentence of it will do.
    const sentence = Math.max(0, ...r.mentions.map((m) => m.sentence));
    const possessor = agreement && at >= 0 ? pronounAntecedent(mentionIndex(r.entities), at, sentence, agreement, () => undefined, () => false) : undefined;
    return possessor ? undefined : `"${row.form}" takes up nobody: ${describe(r)}`;
  },
  "members.tsv": (row: Row, lang) => {
    const r = analyseSentence(row.example, lang);
    const group = r.entities.find((e) => e.role === row.name && e.id.startsWith("group:"));
    return group ? undefined : `no "${row.name}" group: ${r.entities.map((e) => e.name).join(", ")}`;
  },
  "groups.tsv": (row: Row, lang) => {
    const r = analyseSentence(row.example, lang);
    return r.entities.some((e) => e.actor === row.actor) ? undefined : `no ${row.actor} entity: ${describe(r)}`;
  },
};
