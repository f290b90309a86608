/**
 * Trigger words (resources/<lang>/ner/triggers.tsv): titles, honorifics, heads of organisation and
 * place names, locative prepositions… Each word's classes are a bit mask, keyed by its folded hash, so
 * a feature looks one up by integer.
 */
import { gazetteError } from "../../errors.js";
import { loadTable } from "../../resources/table.js";
import { foldedHash } from "./token-view.js";

export const TRIGGER_CLASSES = ["title", "honorific", "org-head", "loc-head", "misc-head", "locative", "agent", "connector", "speech"] as const;
export type TriggerClass = (typeof TRIGGER_CLASSES)[number];

const cache = new Map<string, Map<number, number>>();

/** Folded word hash → bit mask over TRIGGER_CLASSES; empty when the language has no file. */
export function triggerWords(lang: string): Map<number, number> {
  let map = cache.get(lang);
  if (map) return map;
  map = new Map();
  const table = loadTable(lang, "ner", "triggers.tsv", ["word", "class"]);
  for (const row of table?.rows ?? []) {
    const bit = TRIGGER_CLASSES.indexOf(row.class as TriggerClass);
    if (bit < 0) throw gazetteError("E131", { file: table!.file, line: row.line, reason: `unknown class '${row.class}' (known: ${TRIGGER_CLASSES.join(", ")})` });
    const key = foldedHash(row.word, 0, row.word.length);
    map.set(key, (map.get(key) ?? 0) | (1 << bit));
  }
  cache.set(lang, map);
  return map;
}
