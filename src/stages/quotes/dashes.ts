/**
 * Speech marked by dashes instead of quotation marks: dialogue turns ("— Nous partirons, a dit le
 * général.") and block quotes signed after a dash ("… —Marie Durand, journaliste").
 */
import type { DashUse } from "./rules.js";
import { speakerAfter } from "./speaker-phrase.js";
import { phraseAt, type View } from "./view.js";

export interface DashQuote {
  start: number;
  end: number;
  use: DashUse;
  /** The inverted cue of a dialogue turn, or the signature of a block quote. */
  view?: View;
  group?: { from: number; to: number; pronoun?: number };
  speaker?: { from: number; to: number } | { start: number; end: number };
}

const SIGNATURE_WORDS = 8;
const MIN_WORDS = 4;
const SPACE = /[\s\u00a0\u202f]/u;

interface Line {
  start: number;
  end: number;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const part of text.split("\n")) {
    out.push({ start, end: start + part.length });
    start += part.length + 1;
  }
  return out;
}

const wordCount = (s: string) => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

export function findDashQuotes(text: string, dashes: ReadonlyMap<string, ReadonlySet<DashUse>>, views: readonly View[]): DashQuote[] {
  const out: DashQuote[] = [];
  const viewsIn = (line: Line) => views.filter((v) => v.tokens.length && v.tokens[0].start < line.end && v.tokens[v.tokens.length - 1].end > line.start);
  const firstPerson = (vs: readonly View[], start: number, end: number) =>
    vs.some((v) => v.tokens.some((t, i) => t.start >= start && t.end <= end && phraseAt(v, i, "first-person") > 0));

  for (const line of lines(text)) {
    let s = line.start;
    while (s < line.end && SPACE.test(text[s])) s++;
    const lineEnd = trimEnd(text, s, line.end);
    if (s >= lineEnd) continue;

    if (dashes.get(text[s])?.has("dialogue") && SPACE.test(text[s + 1] ?? "")) {
      let from = s + 1;
      while (from < lineEnd && SPACE.test(text[from])) from++;
      const vs = viewsIn(line);
      const cue = invertedCue(vs, from, lineEnd);
      if (cue) {
        out.push({ start: from, end: trimEnd(text, from, cue.commaAt), use: "dialogue", view: cue.view, group: cue.group, ...(cue.speaker && { speaker: cue.speaker }) });
      } else if (firstPerson(vs, from, lineEnd) && wordCount(text.slice(from, lineEnd)) >= MIN_WORDS) {
        out.push({ start: from, end: lineEnd, use: "dialogue" });
      }
      continue;
    }

    // A signature: the last attribution dash of the line, followed by a short capitalised name.
    for (let d = lineEnd - 1; d > s; d--) {
      if (!dashes.get(text[d])?.has("attribution")) continue;
      const signature = text.slice(d + 1, lineEnd).trim();
      if (!/^\p{Lu}/u.test(signature) || wordCount(signature) > SIGNATURE_WORDS || /[.!?:;«»“”"]/.test(signature.replace(/\.$/, ""))) break;
      const contentEnd = trimEnd(text, s, d);
      const content = text.slice(s, contentEnd);
      const vs = viewsIn(line);
      if (wordCount(content) < MIN_WORDS || !(firstPerson(vs, s, contentEnd) || /[.!?»”"\]]$/.test(content))) break;
      let nameStart = d + 1;
      while (SPACE.test(text[nameStart])) nameStart++;
      const comma = text.indexOf(",", nameStart);
      const nameEnd = comma >= 0 && comma < lineEnd ? comma : trimEnd(text, nameStart, lineEnd);
      out.push({ start: s, end: contentEnd, use: "attribution", speaker: { start: nameStart, end: trimEnd(text, nameStart, nameEnd) } });
      break;
    }
  }
  return out;
}

/** The first inverted cue of a dialogue turn: ", a déclaré le général" or ", dit-il". */
function invertedCue(views: readonly View[], from: number, to: number) {
  for (const view of views) {
    for (const group of view.groups) {
      const comma = group.start - 1;
      if (comma < 0 || view.words[comma] !== "," || view.tokens[comma].start < from || view.tokens[group.start].start >= to) continue;
      const speaker = group.pronoun === undefined ? speakerAfter(view, group.end) : undefined;
      if (group.pronoun === undefined && !speaker) continue;
      return {
        view,
        commaAt: view.tokens[comma].start,
        group: { from: group.start, to: group.end, ...(group.pronoun !== undefined && { pronoun: group.pronoun }) },
        ...(speaker && { speaker: { from: speaker.from, to: speaker.to } }),
      };
    }
  }
  return undefined;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && (SPACE.test(text[e - 1]) || text[e - 1] === "\r")) e--;
  return e;
}
