/** The dateline ("MINSK, 6 déc. (Reuters) -", "Paris / La Gazette"): a line or line prefix, from data patterns. */
import type { Dateline } from "../../model/record.js";
import type { SegmentRules } from "./rules.js";

export interface FoundDateline extends Dateline {
  producedBy: string;
}

/** Looks at the first line, or the line after the headline, for a dateline. */
export function findDateline(text: string, lineStart: number, rules: SegmentRules): FoundDateline | undefined {
  let lineEnd = text.indexOf("\n", lineStart);
  if (lineEnd < 0) lineEnd = text.length;
  // A dateline opens its line, which may be a whole paragraph ("22 mai 2012. - Prévu…"): its head is enough.
  const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 400));
  for (const { id, pattern } of rules.datelines) {
    const match = pattern.exec(line);
    if (!match) continue;
    const raw = match[0].replace(/\s+$/, "");
    const groups = match.groups ?? {};
    return {
      start: lineStart,
      end: lineStart + raw.length,
      text: raw,
      ...(groups.place && { place: groups.place.trim() }),
      ...(groups.source && { source: groups.source.trim() }),
      ...(groups.date && { date: groups.date.trim() }),
      producedBy: id,
    };
  }
  return undefined;
}
