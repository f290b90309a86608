/**
 * Time expressions of a plain text, outside the pipeline: for the example runner, the evaluations and
 * callers that have no Doc. Without sentence spans, each line is a sentence.
 */
import { gazetteError } from "../../errors.js";
import { findAnchor } from "./anchor.js";
import { findTimes, type FoundTime } from "./extract.js";
import { ruleSet } from "./rules.js";

export interface TextOptions {
  publishedAt?: string;
  dateline?: string;
  sentences?: readonly { start: number; end: number }[];
}

const lineBreak = /\n/g;

export function lineSentences(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let start = 0;
  lineBreak.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = lineBreak.exec(text)) !== null) {
    if (match.index > start) spans.push({ start, end: match.index });
    start = match.index + 1;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

export function timesInText(lang: string, text: string, options: TextOptions = {}): FoundTime[] {
  const set = ruleSet(lang);
  if (!set) throw gazetteError("E132", { file: `resources/${lang}/times/patterns.tsv` });
  const sentences = options.sentences ?? lineSentences(text);
  const anchor = findAnchor(set, options.publishedAt, options.dateline, text, sentences);
  return findTimes(set, text, sentences, { anchor: anchor.day, anchorName: anchor.name });
}
