/**
 * Surface tokens with offsets into the text. Written by hand rather than with a library: Intl.Segmenter
 * and the npm sentence splitters break French elisions and abbreviations, and a char-class scanner
 * reaches millions of tokens per second. Whitespace is never inside a token except digit groups
 * ("1 084"); the text between tokens is whitespace only, so the text rebuilds from the tokens.
 */
import { LETTER, UPPER, charClass, isApostrophe, isDigit, isGluingSpace, isSpace, isWordChar } from "./chars.js";
import { foldApostrophes, type SegmentRules } from "./rules.js";

/** Flat token offsets: token k spans starts[k]…ends[k]. */
export interface TokenOffsets {
  starts: number[];
  ends: number[];
}

const URL_OR_EMAIL = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"«»]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/uy;
/** Characters that are always tokens of their own, wherever they stand. */
const ALWAYS_SPLIT = new Set([..."()[]{}«»\"“”„‹›;!?…¿¡|"]);
/** Characters split off at the edges of a chunk. */
const EDGE_SPLIT = new Set([...ALWAYS_SPLIT, ..."',:.’‘`*%/\\#@&+=<>~^$€£¥§°–—-"]);
/** "U.S.", "a.m.", "J.-C.": letters each followed by a period. */
const ACRONYM = /^(?:\p{L}\.){2,}$|^\p{L}\.-\p{L}\.$/u;

export function tokenize(text: string, rules: SegmentRules, from = 0, to = text.length): TokenOffsets {
  const out: TokenOffsets = { starts: [], ends: [] };
  let i = from;
  while (i < to) {
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (i >= to) break;
    let end = i;
    while (end < to && !isSpace(text.charCodeAt(end))) end++;
    end = extendDigitGroups(text, i, end, to, rules.spaceGroupsDigits);
    splitChunk(text, i, end, rules, out);
    i = end;
  }
  return out;
}

/** "1 084", "50 000": a run of 1–3 digits followed by groups of exactly three digits across a space. */
function extendDigitGroups(text: string, start: number, end: number, to: number, plainSpace: boolean): number {
  let run = 0;
  while (run < end - start && isDigit(text.charCodeAt(end - 1 - run))) run++;
  if (run === 0 || run > 3) return end;
  if (run < end - start && isWordChar(text.charCodeAt(end - 1 - run))) return end;
  for (;;) {
    const sep = text.charCodeAt(end);
    if (end + 4 > to || !(isGluingSpace(sep) || (plainSpace && sep === 32))) return end;
    if (!isDigit(text.charCodeAt(end + 1)) || !isDigit(text.charCodeAt(end + 2)) || !isDigit(text.charCodeAt(end + 3))) return end;
    if (end + 4 < to && isWordChar(text.charCodeAt(end + 4))) return end;
    end += 4;
    // punctuation or decimals after a group end the number ("1 084,5", "1 084.")
    let rest = end;
    while (rest < to && !isSpace(text.charCodeAt(rest))) rest++;
    if (rest > end) return rest;
  }
}

function push(out: TokenOffsets, start: number, end: number): void {
  if (end > start) {
    out.starts.push(start);
    out.ends.push(end);
  }
}

/** A run of the same punctuation character ("...", "!!", "--") is one token. */
function runOf(text: string, at: number, limit: number): number {
  const c = text.charCodeAt(at);
  let k = at + 1;
  while (k < limit && text.charCodeAt(k) === c) k++;
  return k;
}

/** Whether a URL or an e-mail address starts at `a` (cheap checks before the regex). */
function startsUrl(text: string, a: number, b: number): boolean {
  let hint = text.startsWith("www.", a);
  for (let k = a; k < b && !hint; k++) {
    const c = text.charCodeAt(k);
    hint = c === 64 /* @ */ || (c === 58 /* : */ && text.startsWith("//", k + 1));
  }
  if (!hint) return false;
  URL_OR_EMAIL.lastIndex = a;
  return URL_OR_EMAIL.test(text) && URL_OR_EMAIL.lastIndex <= b;
}

function splitChunk(text: string, a: number, b: number, rules: SegmentRules, out: TokenOffsets): void {
  // Most chunks are plain words: letters only, nothing to split, nothing to look up.
  let k = a;
  while (k < b && (charClass(text.charCodeAt(k)) & LETTER) !== 0) k++;
  if (k === b) return push(out, a, b);
  if (rules.protectedWords.has(foldApostrophes(text.slice(a, b).toLowerCase()))) return push(out, a, b);
  // leading punctuation
  while (a < b) {
    const c = text[a];
    if (!EDGE_SPLIT.has(c)) break;
    // "'s", "'ll" written apart stay whole; a quotation mark before a word does not
    if (isApostrophe(c.charCodeAt(0)) && rules.suffixes.includes(foldApostrophes(text.slice(a, b).toLowerCase()))) break;
    // "-t-il", "-elle": a clitic chunk on its own keeps its hyphen
    if (c === "-" && rules.clitics.includes(text.slice(a, b).toLowerCase())) break;
    if ((c === "+" || c === "-") && a + 1 < b && isDigit(text.charCodeAt(a + 1))) break;
    if (c !== "#" && c !== "@" && startsUrl(text, a, b)) break;
    const next = runOf(text, a, b);
    push(out, a, next);
    a = next;
  }
  if (a >= b) return;

  if (startsUrl(text, a, b)) {
    let e = URL_OR_EMAIL.lastIndex;
    while (e > a + 1 && ".,;:!?)»\"'’".includes(text[e - 1])) e--;
    push(out, a, e);
    splitChunk(text, e, b, rules, out);
    return;
  }

  // trailing punctuation, kept on a stack to emit after the core
  const trailing: number[] = [];
  while (b > a) {
    const c = text[b - 1];
    if (c === ".") {
      if (b - a >= 2 && text[b - 2] === ".") {
        let k = b - 2;
        while (k > a && text[k - 1] === ".") k--;
        // "Inc.." is an abbreviation and a period; "back.." a word and a run of dots
        if (b - k === 2 && k > a && keepsPeriod(text.slice(a, k + 1), rules)) k++;
        trailing.push(k, b);
        b = k;
        continue;
      }
      const word = text.slice(a, b);
      if (keepsPeriod(word, rules)) break;
      trailing.push(b - 1, b);
      b--;
      continue;
    }
    if (!EDGE_SPLIT.has(c) || c === "&" || c === "+" || c === "#" || c === "@") break;
    if (isApostrophe(c.charCodeAt(0)) && rules.suffixes.length && b - a > 1 && (text[b - 2] === "s" || text[b - 2] === "S")) {
      // English plural possessive ("parents'"): one token
      break;
    }
    if (c === "%" || c === "°") {
      trailing.push(b - 1, b);
      b--;
      continue;
    }
    if (c === ")" && text.slice(a, b - 1).includes("(")) break;
    let k = b - 1;
    while (k > a && text[k - 1] === c) k--;
    trailing.push(k, b);
    b = k;
  }
  splitCore(text, a, b, rules, out);
  for (let k = trailing.length - 2; k >= 0; k -= 2) push(out, trailing[k], trailing[k + 1]);
}

/** Whether a word ending in "." keeps it: known abbreviations, initials ("J."), acronyms ("U.S.", "J.-C."). */
function keepsPeriod(word: string, rules: SegmentRules): boolean {
  const elided = word.search(/['’][^'’]+$/);
  if (elided > 0 && keepsPeriod(word.slice(elided + 1), rules)) return true; // "l'art."
  if (rules.abbreviations.has(word) || rules.abbreviationsLower.has(word.toLowerCase())) return true;
  if (word.length === 2 && (charClass(word.charCodeAt(0)) & UPPER) !== 0) return true;
  return ACRONYM.test(word);
}

function splitCore(text: string, a: number, b: number, rules: SegmentRules, out: TokenOffsets): void {
  if (a >= b) return;
  const word = text.slice(a, b);
  const folded = foldApostrophes(word.toLowerCase());
  if (rules.protectedWords.has(folded)) return push(out, a, b);

  const apostrophe = folded.indexOf("'");
  if (apostrophe > 0) for (const prefix of rules.elisions) {
    if (folded.length > prefix.length && folded.startsWith(prefix) && isWordChar(text.charCodeAt(a + prefix.length))) {
      push(out, a, a + prefix.length);
      return splitCore(text, a + prefix.length, b, rules, out);
    }
  }
  if (/\d/.test(word)) for (const pattern of rules.splits) {
    const match = pattern.exec(word);
    if (!match?.indices?.groups) continue;
    for (const span of Object.values(match.indices.groups)) if (span) push(out, a + span[0], a + span[1]);
    return;
  }
  if (folded.includes("-")) for (const clitic of rules.clitics) {
    if (folded.length > clitic.length && folded.endsWith(clitic)) {
      const stem = b - clitic.length;
      if ((charClass(text.charCodeAt(stem - 1)) & LETTER) === 0) continue;
      splitCore(text, a, stem, rules, out);
      return push(out, stem, b);
    }
  }

  // inner punctuation: always-split characters, and , : % unless they sit inside a number
  let start = a;
  for (let k = a; k < b; k++) {
    const c = text[k];
    let split = ALWAYS_SPLIT.has(c);
    if (c === "(" && k > a && isWordChar(text.charCodeAt(k - 1)) && /^\(\p{L}{1,3}\)/u.test(text.slice(k, b))) {
      k += text.indexOf(")", k) - k; // "AUTRE(S)": an optional ending stays in its word
      continue;
    }
    if (c === "/") {
      const left = letterRun(text, k - 1, a, -1);
      const right = letterRun(text, k + 1, b, 1);
      split = left >= 1 && right >= 1 && Math.max(left, right) >= 2;
    } else if (c === "." && k + 1 < b && text[k + 1] === "." && k > a) split = true; // "past...and"
    else if (c === "-" && rules.splitHyphens && k > a && k + 1 < b) {
      split = (charClass(text.charCodeAt(k - 1)) & LETTER) !== 0 || (charClass(text.charCodeAt(k + 1)) & LETTER) !== 0;
      split &&= isWordChar(text.charCodeAt(k - 1)) && isWordChar(text.charCodeAt(k + 1));
      split &&= !rules.hyphenPrefixes.has(text.slice(k - letterRun(text, k - 1, a, -1), k).toLowerCase());
    }
    else if (!split && (c === "," || c === ":")) {
      split = !(k > a && k + 1 < b && isDigit(text.charCodeAt(k - 1)) && isDigit(text.charCodeAt(k + 1)));
    } else if (!split && (c === "%" || c === "€" || c === "$" || c === "£")) split = true;
    if (!split) continue;
    if (k > start) pushWord(text, start, k, rules, out);
    const next = runOf(text, k, b);
    push(out, k, next);
    start = next;
    k = next - 1;
  }
  if (start < b) pushWord(text, start, b, rules, out);
}

/** How many letters run from `at` in direction `step` (to the edge `limit`). */
function letterRun(text: string, at: number, limit: number, step: 1 | -1): number {
  let n = 0;
  for (let k = at; step > 0 ? k < limit : k >= limit; k += step) {
    if ((charClass(text.charCodeAt(k)) & LETTER) === 0) break;
    n++;
  }
  return n;
}

/** A piece between inner punctuation; elisions inside it ("(l'Union") are split again. */
function pushWord(text: string, a: number, b: number, rules: SegmentRules, out: TokenOffsets): void {
  if (a === 0 && b === text.length) return push(out, a, b);
  const folded = foldApostrophes(text.slice(a, b).toLowerCase());
  for (const prefix of rules.elisions) {
    if (folded.length > prefix.length && folded.startsWith(prefix) && !rules.protectedWords.has(folded)) {
      push(out, a, a + prefix.length);
      return push(out, a + prefix.length, b);
    }
  }
  push(out, a, b);
}
