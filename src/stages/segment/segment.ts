/** The segment stage: paragraphs, headline, dateline, sentences and words, all as offsets into the text. */
import type { Token } from "../../model/record.js";
import { docLang, type SentenceSpan } from "../../pipeline/doc.js";
import type { Stage } from "../../pipeline/stage.js";
import { boundaryModel } from "./boundary-model.js";
import { findDateline, type FoundDateline } from "./dateline.js";
import { expandToken } from "./multiword.js";
import { segmentRules } from "./rules.js";
import { splitSentences } from "./sentences.js";
import { tokenize } from "./tokenize.js";

export interface Segmentation {
  paragraphs: Array<{ start: number; end: number }>;
  dateline: FoundDateline | undefined;
  sentences: SentenceSpan[];
  tokens: Token[][];
}

const lineEnd = (text: string, from: number) => {
  const nl = text.indexOf("\n", from);
  return nl < 0 ? text.length : nl;
};

/** A first line that is short, followed by more text, and either unpunctuated or in capitals. */
function isHeadline(line: string): boolean {
  if (line.length === 0 || line.length > 250 || !/\s/.test(line.trim())) return false;
  const letters = line.replace(/[^\p{L}]/gu, "");
  const capitals = line.replace(/[^\p{Lu}]/gu, "").length;
  return !/[.!?…:;,»"”]$/.test(line.trim()) || capitals > letters.length * 0.7;
}

export function segment(text: string, lang: string): Segmentation {
  const rules = segmentRules(lang);
  const firstStart = text.length - text.trimStart().length;
  const firstEnd = lineEnd(text, firstStart);
  const multiline = text.slice(firstEnd).trim() !== "";
  let headline: { start: number; end: number } | undefined;
  let dateline = findDateline(text, firstStart, rules);
  if (!dateline && multiline && isHeadline(text.slice(firstStart, firstEnd))) {
    headline = { start: firstStart, end: firstEnd };
    let next = firstEnd;
    while (next < text.length && /\s/.test(text[next])) next++;
    dateline = findDateline(text, next, rules);
  }

  const offsets = tokenize(text, rules);
  const cuts = splitSentences(text, offsets, rules, dateline ? [dateline] : [], boundaryModel(lang));
  const { starts, ends } = offsets;
  const sentences: SentenceSpan[] = [];
  const tokens: Token[][] = [];
  const paragraphs: Array<{ start: number; end: number }> = [];
  for (const cut of cuts) {
    const start = starts[cut.from];
    const end = ends[cut.to - 1];
    const role = headline && end <= headline.end ? "headline" : dateline && end <= dateline.end && start >= dateline.start ? "dateline" : "body";
    sentences.push({ start, end, paragraph: cut.line, role });
    const words: Token[] = [];
    for (let k = cut.from; k < cut.to; k++) {
      expandToken(text, starts[k], ends[k], () => (k > cut.from ? text.slice(starts[k - 1], ends[k - 1]) : undefined), rules, words);
    }
    tokens.push(words);
    const paragraph = paragraphs[cut.line];
    if (paragraph) paragraph.end = end;
    else paragraphs[cut.line] = { start, end };
  }
  return { paragraphs: paragraphs.filter(Boolean), dateline, sentences, tokens };
}

export const segmentStage: Stage = {
  name: "segment",
  version: "rules-1",
  requires: ["language"],
  assigns: ["paragraphs", "dateline", "sentences", "tokens"],
  run(doc) {
    const result = segment(doc.text, docLang(doc));
    doc.layers.paragraphs = result.paragraphs;
    doc.layers.sentences = result.sentences;
    doc.layers.tokens = result.tokens;
    if (result.dateline) {
      const { producedBy, ...dateline } = result.dateline;
      doc.layers.dateline = dateline;
      doc.producedBy.dateline = producedBy;
    } else doc.layers.dateline = null;
  },
};
