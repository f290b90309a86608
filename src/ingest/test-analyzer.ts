/**
 * A stand-in for `analyze` in the ingest tests: the real input preparation (bytes, HTML, metadata),
 * then entities and events found by keyword, so the tests hold whatever the analysis stages find today.
 */
import type { AnalyzeOptions } from "../analyze.js";
import { prepareInput } from "../input/prepare.js";
import type { DocumentRecord } from "../model/record.js";
import { makeRecord, type EntitySpec, type EventSpec } from "../store/test-records.js";
import type { ItemInput } from "./sources.js";

const PUTIN: EntitySpec = { id: "person:vladimir-putin", name: "Vladimir Putin", type: "PER", country: "RUS", actor: "RUSGOV", forms: ["Poutine"] };
const LUKASHENKO: EntitySpec = { id: "person:alexander-lukashenko", name: "Alexander Lukashenko", type: "PER", country: "BLR", actor: "BLRGOV", forms: ["Loukachenko"] };
const MINSK: EntitySpec = { id: "place:minsk-BY", name: "Minsk", type: "GPE", country: "BLR", forms: ["Minsk"] };

export async function keywordAnalyze(input: ItemInput, options: AnalyzeOptions = {}): Promise<DocumentRecord> {
  const { maxBytes, pipeline: _, ...meta } = options;
  const prepared = prepareInput(input, meta, maxBytes);
  const text = prepared.text;
  const entities = [PUTIN, LUKASHENKO, MINSK].filter((e) => e.forms.some((f) => text.includes(f)));
  const events: EventSpec[] = [];
  const date = prepared.meta.publishedAt?.slice(0, 10);
  text.split(/(?<=[.!?])\s+/).forEach((sentence, i) => {
    if (/traité/.test(sentence) && entities.length >= 2) {
      events.push({ code: "057", quadClass: 1, goldstein: 8, source: PUTIN.id, target: LUKASHENKO.id, ...(date && { date }), ...(text.includes("Minsk") && { place: MINSK.id }), sentences: [i] });
    }
    if (/menace/.test(sentence) && entities.length >= 2) {
      events.push({ code: "138", quadClass: 4, goldstein: -7, source: LUKASHENKO.id, target: PUTIN.id, ...(date && { date }), sentences: [i] });
    }
  });
  const m = prepared.meta;
  return makeRecord({
    text,
    ...(m.lang && { lang: m.lang }),
    ...(m.title && { title: m.title }),
    ...(m.url && { url: m.url }),
    ...(m.source && { source: m.source }),
    ...(m.publishedAt && { publishedAt: m.publishedAt }),
    entities,
    events,
  });
}
