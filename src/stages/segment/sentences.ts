/**
 * Sentence boundaries over surface tokens, in two passes. The rules mark where a sentence ends: at a
 * hard line break, or after terminal punctuation (and any closing quotes or brackets right after it)
 * when the next token can open a sentence; known abbreviations, initials and acronyms end one only
 * before a typical sentence starter. Then, where a trained boundary model exists for the language, it
 * decides every gap inside a line, with the rules' verdict as one of its features: it learns what the
 * rules cannot see, such as headings and sentences written without final punctuation.
 */
import type { Scorer } from "../../learn/linear-model.js";
import { gapFeatures, isCandidateGap, MAX_FEATURES, type GapContext } from "./boundary-features.js";
import { isLower, isWordChar } from "./chars.js";
import { foldApostrophes, type SegmentRules } from "./rules.js";
import type { TokenOffsets } from "./tokenize.js";

export interface SentenceCut {
  /** Index of the sentence's first and one-past-last token. */
  from: number;
  to: number;
  /** Index of the hard line (paragraph) the sentence starts in. */
  line: number;
}

/** Per gap after token k: no boundary, a boundary by the rules, or a hard line break. */
export const GAP_NONE = 0;
export const GAP_RULE = 1;
export const GAP_HARD = 2;

const TERMINAL = /^[.!?…]+$/;
const CLOSERS = new Set(["»", "”", "’", ")", "]", "›", "'"]);
const NO_OPEN_AFTER = /^[,;:)\]»”%]/;
const OPENERS = new Set(["«", "“", "(", "[", "‹", "„"]);
/** A single capital and its period: an initial ("J. K. Rowling"). */
const INITIAL = /^\p{Lu}\.$/u;
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
/** The boundary model's margin (score difference, a few tens at most) that overrules "a name goes on". */
const NAME_MARGIN = 15;

/** Whether the gap between two tokens holds a line break that ends a paragraph (not a wrapped line). */
function hardBreak(text: string, prevEnd: number, nextStart: number, prevToken: string): boolean {
  const first = text.indexOf("\n", prevEnd);
  if (first < 0 || first >= nextStart) return false;
  const second = text.indexOf("\n", first + 1);
  if (second >= 0 && second < nextStart) return true;
  // A single line break before a lower-case word, after a line with no closing punctuation, is a wrap.
  return !(isLower(text.charCodeAt(nextStart)) && !/[.!?…:;»"”)]$/.test(prevToken));
}

/** The rules' verdict on every gap (the last token always ends a sentence). */
export function ruleGaps(
  text: string,
  tokens: TokenOffsets,
  rules: SegmentRules,
  forced: ReadonlyArray<{ start: number; end: number }> = [],
): Uint8Array {
  const { starts, ends } = tokens;
  const n = starts.length;
  const gaps = new Uint8Array(n);
  const tokenText = (k: number) => text.slice(starts[k], ends[k]);
  let openAsciiQuote = false;
  for (let k = 0; k < n; k++) {
    const t = tokenText(k);
    if (t === '"') openAsciiQuote = !openAsciiQuote;
    if (k + 1 === n) {
      gaps[k] = GAP_HARD;
      break;
    }
    if (hardBreak(text, ends[k], starts[k + 1], t)) {
      gaps[k] = GAP_HARD;
      openAsciiQuote = false;
      continue;
    }
    if (forced.some((f) => ends[k] > f.start && ends[k] <= f.end && starts[k + 1] >= f.end)) {
      gaps[k] = GAP_HARD;
      continue;
    }
    if (forced.some((f) => ends[k] > f.start && ends[k] < f.end)) continue;
    const last = terminalEnd(k, t);
    if (last < 0) continue;
    for (let q = k + 1; q <= last; q++) if (tokenText(q) === '"') openAsciiQuote = !openAsciiQuote;
    const lineEnds = last + 1 === n || hardBreak(text, ends[last], starts[last + 1], tokenText(last));
    gaps[last] = lineEnds ? GAP_HARD : GAP_RULE;
    if (lineEnds) openAsciiQuote = false;
    k = last;
  }
  return gaps;

  /** After a terminal at k: the index of the sentence's last token, or -1 when no sentence ends here. */
  function terminalEnd(k: number, t: string): number {
    const pure = TERMINAL.test(t);
    if (!pure && !(t.length > 1 && t.endsWith(".") && abbreviationMayEnd(t))) return -1;
    if (pure && k > 0 && opensNext(k)) return -1; // "won! ...Now": a lead-in to what follows
    let j = k + 1;
    let quoteOpen = openAsciiQuote;
    while (j < n && !text.slice(ends[j - 1], starts[j]).includes("\n")) {
      const c = tokenText(j);
      if (opensNext(j)) break;
      if (c === '"' && (quoteOpen || starts[j] === ends[j - 1])) {
        quoteOpen = false;
        j++;
      } else if (CLOSERS.has(c) || (TERMINAL.test(c) && pure)) j++;
      else break;
    }
    if (j >= n || text.slice(ends[j - 1], starts[j]).includes("\n")) return j - 1;
    const next = tokenText(j);
    if (NO_OPEN_AFTER.test(next)) return -1;
    if (!pure) return rules.starters.has(foldApostrophes(next)) ? j - 1 : -1;
    return isLower(next.charCodeAt(0)) ? -1 : j - 1;
  }

  /** Whether the mark at k, set off from the token before and glued to the word after, opens what follows ('say? "THE'). */
  function opensNext(k: number): boolean {
    return starts[k] > ends[k - 1] && k + 1 < n && starts[k + 1] === ends[k] && isWordChar(text.charCodeAt(starts[k + 1]));
  }

  function abbreviationMayEnd(t: string): boolean {
    // titles never end a sentence; common abbreviations, initials and acronyms: the next word decides
    return rules.abbreviations.get(t) !== "title";
  }
}

/**
 * How sure the boundary model must be to end a sentence where the rules see none. Never right after an
 * opening quote or bracket, before a closing one, a comma or a stray period, or after a title or an
 * initial; only when confident between two capitalised words, which are mostly a name going on ("said
 * Governor Alma Reyes"), unless the second one typically opens a sentence ("Chronologie Elle attire").
 */
function requiredMargin(token: string, next: string, rules: SegmentRules): number {
  if (OPENERS.has(token) || CLOSERS.has(next) || NO_OPEN_AFTER.test(next) || TERMINAL.test(next)) return Infinity;
  if (rules.abbreviations.get(token) === "title" || INITIAL.test(token)) return Infinity;
  // "Lewis W. Whitfield": an initial goes on a name too.
  if (TITLE_CASE.test(token) && (INITIAL.test(next) || (TITLE_CASE.test(next) && !rules.starters.has(foldApostrophes(next))))) return NAME_MARGIN;
  return 0;
}

/** Whether a quotation is open after a one-character token (ASCII quotes toggle). */
export function quoteState(code: number, open: boolean): boolean {
  if (code === 34) return !open;
  if (code === 0xab || code === 0x201c) return true;
  if (code === 0xbb || code === 0x201d) return false;
  return open;
}

export function splitSentences(
  text: string,
  tokens: TokenOffsets,
  rules: SegmentRules,
  /** Spans that form one sentence of their own (a dateline). */
  forced: ReadonlyArray<{ start: number; end: number }> = [],
  model?: Scorer,
): SentenceCut[] {
  const gaps = ruleGaps(text, tokens, rules, forced);
  const n = tokens.starts.length;
  const context: GapContext = { text, starts: tokens.starts, ends: tokens.ends, rule: gaps, rules };
  const features = new Int32Array(MAX_FEATURES);
  const scores = new Float32Array(2);
  const cuts: SentenceCut[] = [];
  let from = 0;
  let line = 0;
  let quoteOpen = false;
  const { starts, ends: tokenEnds } = tokens;
  for (let k = 0; k < n; k++) {
    if (tokenEnds[k] - starts[k] === 1) quoteOpen = quoteState(text.charCodeAt(starts[k]), quoteOpen);
    let ends = gaps[k] !== GAP_NONE;
    if (model && gaps[k] !== GAP_HARD && isCandidateGap(text, starts, tokenEnds, gaps[k], k) && !forced.some((f) => tokenEnds[k] > f.start && tokenEnds[k] < f.end)) {
      // Where no margin could end a sentence (before a comma, after a title…), the model is not asked.
      const required = gaps[k] === GAP_RULE ? 0 : requiredMargin(text.slice(starts[k], tokenEnds[k]), text.slice(starts[k + 1], tokenEnds[k + 1]), rules);
      if (required !== Infinity) {
        model.score(features, gapFeatures(context, k, k - from + 1, quoteOpen, features), scores);
        const margin = scores[1] - scores[0];
        ends = margin > 0 && margin > required;
      }
    }
    if (!ends) continue;
    cuts.push({ from, to: k + 1, line });
    from = k + 1;
    if (gaps[k] === GAP_HARD && k + 1 < n && text.slice(tokenEnds[k], starts[k + 1]).includes("\n")) {
      line++;
      quoteOpen = false;
    }
  }
  return cuts;
}
