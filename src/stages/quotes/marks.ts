/**
 * Quotations in marks, found over the whole text (not per sentence: a quotation may run over several
 * sentences and paragraphs). Only the outermost quotation of a nest is kept.
 */
import type { MarkPair } from "./rules.js";

export interface Quoted {
  /** Offset of the opening mark, and of the closing mark (undefined for dialogue turns). */
  open: number;
  close: number | undefined;
  /** The content, without marks and without the spaces inside them. */
  start: number;
  end: number;
  mark: string;
}

const SPACE = /[\s\u00a0\u202f\u2009]/u;
const LETTER = /[\p{L}\p{N}]/u;
/** What may stand before an opening symmetric mark: nothing, a space, an opening bracket or a dash. */
const BEFORE_OPEN = /[\s\u00a0\u202f([{\-–—/:]/u;

interface Open {
  pair: MarkPair;
  at: number;
}

export function findQuoted(text: string, marks: readonly MarkPair[]): Quoted[] {
  const opens = new Map<string, MarkPair[]>();
  for (const pair of marks) opens.set(pair.open, [...(opens.get(pair.open) ?? []), pair]);
  const out: Quoted[] = [];
  const stack: Open[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") {
      if (!stack.length) continue;
      // A quotation goes on across a line break only when the next line reopens it with the same mark.
      let j = i + 1;
      while (j < text.length && SPACE.test(text[j])) j++;
      if (text[j] === stack[0].pair.open && !closesAgain(text, j, stack[0].pair)) {
        stack.length = 1;
        i = j;
      } else if (/\n[\s\u00a0]*\n/.test(text.slice(i, j + 1)) || text[j] === undefined || !isWrapped(text, i)) {
        stack.length = 0;
      }
      continue;
    }
    const top = stack[stack.length - 1];
    if (top && c === top.pair.close && isClosing(text, i, top.pair)) {
      stack.pop();
      if (!stack.length) out.push(content(text, top.at, i, top.pair.id));
      continue;
    }
    const candidates = opens.get(c);
    if (candidates && isOpening(text, i, candidates[0])) stack.push({ pair: candidates[0], at: i });
  }
  return out;
}

/** Whether the mark at `j` (same open as close, like ") opens a new quotation on the next line rather than closing. */
function closesAgain(text: string, j: number, pair: MarkPair): boolean {
  return pair.open === pair.close && (j + 1 >= text.length || SPACE.test(text[j + 1]));
}

function isOpening(text: string, i: number, pair: MarkPair): boolean {
  const next = text[i + 1];
  if (next === undefined || next === "\n") return false;
  if (pair.open !== pair.close && !isApostrophe(pair.open)) return true;
  // A symmetric or apostrophe-like mark opens after a space or a bracket, before a non-space.
  const before = i === 0 ? " " : text[i - 1];
  return BEFORE_OPEN.test(before) && !SPACE.test(next);
}

function isClosing(text: string, i: number, pair: MarkPair): boolean {
  if (isApostrophe(pair.close) && LETTER.test(text[i + 1] ?? "")) return false; // "l’État" inside ‘…’
  if (pair.open === pair.close) return i > 0 && !SPACE.test(text[i - 1]);
  return true;
}

/** A line that stops mid-sentence was wrapped, so an open quotation goes on to the next one. */
function isWrapped(text: string, newline: number): boolean {
  let k = newline - 1;
  while (k >= 0 && SPACE.test(text[k])) k--;
  return k >= 0 && LETTER.test(text[k]);
}

const isApostrophe = (mark: string) => mark === "’" || mark === "'";

function content(text: string, open: number, close: number, mark: string): Quoted {
  let start = open + 1;
  let end = close;
  while (start < end && SPACE.test(text[start])) start++;
  while (end > start && SPACE.test(text[end - 1])) end--;
  // A comma before the closing mark belongs to the sentence around the quotation.
  if (end > start && text[end - 1] === ",") end--;
  return { open, close, start, end, mark };
}
