/**
 * Merging the NER model's mentions with the gazetteer recogniser's. The knowledge base knows identities;
 * the model knows where names are and what they are in context. So: a name the knowledge base knows,
 * and every title, agent, group or pronoun mention, stays as the recogniser found it; the recogniser's
 * guesses about unknown capitalised words give way to the model's spans and types where they overlap;
 * the model's other spans are added.
 */
import type { RecognisedMention } from "../recognise/mention.js";

/** A gazetteer mention that stands on knowledge-base or lexicon evidence, not on capitals alone. */
const known = (m: RecognisedMention) => m.kind !== "name" || (m.phrases !== undefined && m.phrases.length > 0);
const overlaps = (a: RecognisedMention, b: RecognisedMention) => a.start < b.end && b.start < a.end;

export function mergeNerMentions(gazetteer: readonly RecognisedMention[], ner: readonly RecognisedMention[] | undefined): RecognisedMention[] {
  if (!ner || ner.length === 0) return [...gazetteer];
  const out: RecognisedMention[] = gazetteer.filter(known);
  const guesses = gazetteer.filter((m) => !known(m));
  const replaced = new Set<RecognisedMention>();
  for (const m of ner) {
    if (out.some((k) => overlaps(k, m) && known(k))) continue;
    const under = guesses.filter((g) => overlaps(g, m));
    for (const g of under) replaced.add(g);
    // A title before the guess ("le président X") told the recogniser more than the model sees: keep it.
    const titled = under.find((g) => g.role !== undefined || g.gender !== undefined || g.country !== undefined);
    if (titled && m.type === "PER") {
      out.push({ ...titled, start: m.start, end: m.end, text: m.text, type: "PER", producedBy: m.producedBy });
    } else out.push(m);
  }
  for (const g of guesses) if (!replaced.has(g)) out.push(g);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
