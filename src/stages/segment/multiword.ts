/** Surface tokens → syntactic words: "du" → "de" + "le", "don't" → "do" + "n't" (UD multi-word tokens). */
import type { Token } from "../../model/record.js";
import { foldApostrophes, type SegmentRules } from "./rules.js";

/** Keeps the capital of a sentence-initial contraction on its first word ("Du" → "De" + "le"). */
const matchCase = (word: string, surface: string) =>
  surface[0] !== surface[0].toLowerCase() ? word[0].toUpperCase() + word.slice(1) : word;

export function expandToken(
  text: string,
  start: number,
  end: number,
  /** The previous token of the sentence, read only when a contraction depends on it. */
  previous: () => string | undefined,
  rules: SegmentRules,
  out: Token[],
): void {
  const surface = text.slice(start, end);
  if (surface.length > rules.longestContraction && !/['’ʼ]/.test(surface)) {
    out.push({ start, end, text: surface });
    return;
  }
  const folded = foldApostrophes(surface.toLowerCase());
  const contraction = rules.contractions.get(folded);
  const before = contraction && previous();
  if (contraction && !contraction.keepAfter.has(before === undefined ? "<start>" : foldApostrophes(before.toLowerCase()))) {
    contraction.words.forEach((word, part) =>
      out.push({ start, end, text: surface, form: part === 0 ? matchCase(word, surface) : word, part }),
    );
    return;
  }
  for (const suffix of rules.suffixes) {
    if (folded.length > suffix.length && folded.endsWith(suffix)) {
      const cut = surface.length - suffix.length;
      out.push({ start, end, text: surface, form: surface.slice(0, cut), part: 0 });
      out.push({ start, end, text: surface, form: surface.slice(cut), part: 1 });
      return;
    }
  }
  out.push({ start, end, text: surface });
}
