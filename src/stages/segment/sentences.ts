/**
 * Sentence boundaries over surface tokens. A sentence ends at a hard line break, or after terminal
 * punctuation (and any closing quotes or brackets right after it) when the next token can open a
 * sentence. Known abbreviations, initials and acronyms end one only before a typical sentence starter.
 */
import { isLower } from "./chars.js";
import { foldApostrophes, type SegmentRules } from "./rules.js";
import type { TokenOffsets } from "./tokenize.js";

export interface SentenceCut {
  /** Index of the sentence's first and one-past-last token. */
  from: number;
  to: number;
  /** Index of the hard line (paragraph) the sentence starts in. */
  line: number;
}

const TERMINAL = /^[.!?…]+$/;
const CLOSERS = new Set(["»", "”", "’", ")", "]", "›", "'"]);
const NO_OPEN_AFTER = /^[,;:)\]»”%]/;

/** Whether the gap between two tokens holds a line break that ends a paragraph (not a wrapped line). */
function hardBreak(text: string, prevEnd: number, nextStart: number, prevToken: string): boolean {
  const first = text.indexOf("\n", prevEnd);
  if (first < 0 || first >= nextStart) return false;
  if (text.indexOf("\n", first + 1) >= 0 && text.indexOf("\n", first + 1) < nextStart) return true;
  // A single line break before a lower-case word, after a line with no closing punctuation, is a wrap.
  const wrapped = isLower(text.charCodeAt(nextStart)) && !/[.!?…:;»"”)]$/.test(prevToken);
  return !wrapped;
}

export function splitSentences(
  text: string,
  tokens: TokenOffsets,
  rules: SegmentRules,
  /** Offsets where a sentence must end (a dateline) and inside which none may. */
  forced: Array<{ start: number; end: number }> = [],
): SentenceCut[] {
  const { starts, ends } = tokens;
  const n = starts.length;
  const cuts: SentenceCut[] = [];
  let from = 0;
  let line = 0;
  let openAsciiQuote = false;
  const tokenText = (k: number) => text.slice(starts[k], ends[k]);
  const inForced = (offset: number) => forced.some((f) => offset > f.start && offset < f.end);
  const endsForced = (k: number) => forced.some((f) => ends[k] <= f.end && (k + 1 >= n || starts[k + 1] >= f.end) && ends[k] > f.start);

  for (let k = 0; k < n; k++) {
    const t = tokenText(k);
    if (t === '"') openAsciiQuote = !openAsciiQuote;
    let end = -1; // index of the last token of a sentence that ends here
    let nextLineBreak = false;
    if (k + 1 < n && hardBreak(text, ends[k], starts[k + 1], t)) {
      end = k;
      nextLineBreak = true;
    } else if (endsForced(k)) {
      end = k;
    } else if (k + 1 < n && !inForced(ends[k])) {
      end = terminalEnd(k);
    }
    if (k + 1 === n) end = k;
    if (end < 0) continue;
    if (end > k) {
      // closing quotes absorbed: skip over them, keeping the quote state right
      for (let q = k + 1; q <= end; q++) if (tokenText(q) === '"') openAsciiQuote = !openAsciiQuote;
      k = end;
      nextLineBreak = k + 1 < n && hardBreak(text, ends[k], starts[k + 1], tokenText(k));
    }
    cuts.push({ from, to: k + 1, line });
    from = k + 1;
    if (nextLineBreak) {
      line++;
      openAsciiQuote = false;
    }
  }

  /** After a terminal at k: the index of the sentence's last token, or -1 when no sentence ends here. */
  function terminalEnd(k: number): number {
    const t = tokenText(k);
    const pure = TERMINAL.test(t);
    if (!pure && !(t.length > 1 && t.endsWith(".") && abbreviationMayEnd(t))) return -1;
    let j = k + 1;
    let quoteOpen = openAsciiQuote;
    while (j < n && !text.slice(ends[j - 1], starts[j]).includes("\n")) {
      const c = tokenText(j);
      if (c === '"' && quoteOpen) {
        quoteOpen = false;
        j++;
      } else if (CLOSERS.has(c) || (TERMINAL.test(c) && pure)) j++;
      else break;
    }
    if (j >= n) return j - 1;
    if (text.slice(ends[j - 1], starts[j]).includes("\n")) return j - 1;
    const next = tokenText(j);
    if (NO_OPEN_AFTER.test(next)) return -1;
    const first = next.charCodeAt(0);
    if (!pure) return rules.starters.has(foldApostrophes(next)) ? j - 1 : -1;
    if (isLower(first)) return -1;
    return j - 1;
  }

  function abbreviationMayEnd(t: string): boolean {
    const kind = rules.abbreviations.get(t) ?? (rules.abbreviationsLower.has(t.toLowerCase()) ? "common" : undefined);
    if (kind === "title") return false;
    return true; // common abbreviations, initials and acronyms: decided by the next word
  }

  return cuts;
}
