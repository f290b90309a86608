/**
 * The words that name the speaker, read outwards from the cue: leftwards for a subject ("Le porte-parole
 * du Kremlin a déclaré"), rightwards for an inverted one ("a déclaré le président Lula lors de…").
 * Only the span is found here; which entity it names is resolve-speaker.ts's business.
 */
import { isMark, phraseAt, phraseEndingAt, type View } from "./view.js";

export interface SpeakerSpan {
  from: number;
  /** Exclusive. */
  to: number;
  /** Read through a relative pronoun ("l'organisation, qui affirme"): the antecedent is at the end. */
  antecedent?: boolean;
}

const MAX_WORDS = 20;
const MAX_RIGHT = 12;
/** A name written before an apposition ("Ramos, le président de la Chambre, a dit"). */
const MAX_NAME = 4;

export const isVerbTag = (view: View, k: number) => view.upos?.[k] === "VERB" || view.upos?.[k] === "AUX";
/** A word of a name: capitalised and, with a tagger, a proper noun ("Barroso,", not "Cependant,"). */
export const isNameWord = (view: View, j: number) => view.capitalised[j] && !view.punct[j] && (!view.upos || view.upos[j] === "PROPN" || view.upos[j] === "X");
/** A hyphen written against the words on both sides, before a capital ("Thomas-Greenfield", split as UD English splits it), joins a name. */
export const isGluedHyphen = (view: View, k: number) =>
  /^[-‐]$/.test(view.words[k]) && k > 0 && k + 1 < view.tokens.length && view.capitalised[k + 1] &&
  view.tokens[k - 1].end === view.tokens[k].start && view.tokens[k].end === view.tokens[k + 1].start;
const isBreak = (view: View, k: number) => (view.punct[k] && view.words[k] !== "," && !isGluedHyphen(view, k)) || isMark(view, k);

/** An acronym in brackets opens at word k: "(ESA)", "(NCSC)". */
const acronymInBrackets = (view: View, k: number) => view.words[k] === "(" && view.words[k + 2] === ")" && /^\p{Lu}{2,}$/u.test(view.tokens[k + 1]?.text ?? "");

/** The subject phrase that ends just before word `end`. */
export function speakerBefore(view: View, end: number, allowRelative = true, antecedent = false): SpeakerSpan | undefined {
  let k = end - 1;
  if (k < 0) return undefined;
  // "Expanding on that point he stated": a subject pronoun is the whole subject ("lui", "him" are objects).
  if (k > 0 && !view.punct[k - 1] && view.rules.subjectPronouns.has(view.words[k])) return { from: k, to: end };
  if (allowRelative && view.words[k] !== "," && phraseEndingAt(view, k, "relative") === 1) {
    let j = k - 1;
    if (view.words[j] === ",") j--;
    const phrase = speakerBefore(view, j + 1, false, true);
    return phrase && { ...phrase, antecedent: true };
  }
  // "X, apposition, a déclaré": the phrase runs back over the apposition to the comma that opens it.
  let commas = 0;
  if (view.words[k] === ",") {
    commas = 1;
    k--;
  }
  const to = k + 1;
  let stoppedBy: "comma" | "boundary" | "start" | "other" = "start";
  while (k >= 0 && to - k <= MAX_WORDS) {
    if (view.words[k] === ",") {
      if (commas > 0) {
        commas--;
        k--;
        continue;
      }
      stoppedBy = "comma";
      break;
    }
    // "L'Agence européenne des médicaments (EMA) a indiqué": the acronym in brackets goes on.
    if (k >= 2 && acronymInBrackets(view, k - 2)) {
      k -= 3;
      continue;
    }
    if (isBreak(view, k) || (commas === 0 && isVerbTag(view, k))) {
      stoppedBy = "other";
      break;
    }
    const boundary = commas === 0 ? phraseEndingAt(view, k, "boundary") : 0;
    if (boundary) {
      stoppedBy = "boundary";
      break;
    }
    k--;
  }
  let from = k + 1;
  if (stoppedBy === "comma") {
    const name = nameBefore(view, k, antecedent);
    if (name !== undefined) from = name;
  }
  if (from >= to) return stoppedBy === "boundary" ? sentenceSubject(view, end) : undefined;
  // "by Boeing spokesman X said", "after bank chief X said": a subject never opens with a preposition or
  // a subordinator; what follows it is the speaker.
  while (from < to && isLinkTag(view, from)) from++;
  return from < to ? { from, to } : undefined;
}

const isLinkTag = (view: View, k: number) => view.upos?.[k] === "ADP" || view.upos?.[k] === "SCONJ";

/**
 * A short capitalised name that ends before the comma at `comma` and starts its clause, if any. Before
 * an apposition a relative takes up ("avec Jean Morel, le maire, qui a dit"), the name may be an object.
 */
function nameBefore(view: View, comma: number, anywhere = false): number | undefined {
  let k = comma - 1;
  while (k >= 0 && (isNameWord(view, k) || isGluedHyphen(view, k)) && comma - k <= MAX_NAME) k--;
  const starts = anywhere || k < 0 || view.words[k] === "," || isBreak(view, k) || phraseEndingAt(view, k, "boundary") > 0;
  return starts && k + 1 < comma ? k + 1 : undefined;
}

/**
 * "X a condamné le crime et estimé que…", "X a réfuté l'idée, affirmant que…": a verb with no subject of
 * its own shares the sentence's subject, the words from the start of the sentence (or of its last clause
 * after a colon) to its first verb
 * (appositions included: "Le président de PSA, Philippe Varin, a précisé").
 */
export function sentenceSubject(view: View, before: number): SpeakerSpan | undefined {
  // "La nuit fut chaude : Météo France a relevé 27 degrés, mais précise que…": a colon or a semicolon
  // opens a clause of its own, whose subject it is.
  let from = 0;
  for (let k = before - 1; k > 0; k--) {
    if (view.words[k] === ":" || view.words[k] === ";") {
      from = k + 1;
      break;
    }
  }
  while (from < before && (view.punct[from] || phraseAt(view, from, "boundary"))) {
    // "“…,” Das said, adding that": a quotation that opens the sentence is what was said, not who said it.
    const quoted = view.opens.get(from);
    const close = quoted ? [...view.closes].find(([, q]) => q === quoted)?.[0] : undefined;
    from = close !== undefined && close < before ? close + 1 : from + 1;
  }
  let to = from;
  while (to < before && !isVerbTag(view, to) && !phraseAt(view, to, "auxiliary") && !view.groups.some((g) => g.start === to)) {
    // "The National Cyber Security Centre (NCSC) said": the acronym in brackets is part of the subject.
    if (to > from && acronymInBrackets(view, to)) to += 3;
    else if (isBreak(view, to)) break;
    else to++;
  }
  // "He also declined…, saying that": an adverb between subject and verb is no part of the subject.
  while (to > from && (view.words[to - 1] === "," || phraseEndingAt(view, to - 1, "filler") === 1)) to--;
  return to > from && to < before ? { from, to } : undefined;
}

/** The inverted subject that starts at word `from` ("le président Lula" in "a déclaré le président Lula lors de…"). */
export function speakerAfter(view: View, from: number): SpeakerSpan | undefined {
  // "said in a statement": an adverbial, not an inverted subject.
  if (isLinkTag(view, from)) return undefined;
  let k = from;
  while (k < view.words.length && k - from < MAX_RIGHT) {
    // "le directeur général de l'Agence spatiale européenne (ESA), Josef Aschbacher": an acronym in brackets goes on.
    if (k > from && acronymInBrackets(view, k)) {
      k += 3;
      continue;
    }
    if ((view.punct[k] && !isGluedHyphen(view, k)) || isMark(view, k)) break;
    if (k > from && (phraseAt(view, k, "stop") || isVerbTag(view, k) || view.groups.some((g) => g.start === k))) break;
    k++;
  }
  if (k === from) return undefined;
  // "a déclaré le secrétaire général de la CGT, Philippe Martinez.": the name set off after a title.
  if (view.words[k] === ",") {
    let end = k + 1;
    while (end < view.words.length && isNameWord(view, end) && end - k <= MAX_NAME) end++;
    const closes = end === view.words.length || view.punct[end];
    if (end - k > 2 && closes && !view.capitalised[from]) return { from, to: end };
  }
  return { from, to: k };
}
