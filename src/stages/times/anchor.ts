/**
 * What relative expressions are resolved against: the publication date when known, else the date in
 * the dateline ("MINSK, 6 déc. (Reuters)"), else the first full date in the lead; else nothing, and
 * relative values stay underspecified (XXXX-12-06) with `anchor: "none"`.
 */
import { parseIsoDay, type Ymd } from "./calendar.js";
import { findTimes } from "./extract.js";
import type { RuleSet } from "./rules.js";

export interface Anchor {
  day?: Ymd;
  name?: "publishedAt" | "dateline" | "lead";
}

/** How many sentences count as the lead when looking for a date. */
const LEAD_SENTENCES = 3;

const fullDate = /^\d{4}-\d{2}-\d{2}/;

function firstFullDate(set: RuleSet, text: string, sentences: readonly { start: number; end: number }[]): Ymd | undefined {
  const found = findTimes(set, text, sentences).find((t) => t.anchor === undefined && fullDate.test(t.value));
  return found ? parseIsoDay(found.value) : undefined;
}

export function findAnchor(
  set: RuleSet,
  publishedAt: string | undefined,
  dateline: string | undefined,
  text: string,
  sentences: readonly { start: number; end: number }[],
): Anchor {
  const published = publishedAt ? parseIsoDay(publishedAt) : undefined;
  if (published) return { day: published, name: "publishedAt" };
  if (dateline) {
    const day = parseIsoDay(dateline) ?? firstFullDate(set, dateline, [{ start: 0, end: dateline.length }]);
    if (day) return { day, name: "dateline" };
  }
  const lead = firstFullDate(set, text, sentences.slice(0, LEAD_SENTENCES));
  return lead ? { day: lead, name: "lead" } : {};
}
