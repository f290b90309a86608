/**
 * The words as written: a multi-word token collapsed back to one surface token ("du" = de + le),
 * unless its words spell it out in order ("Taiwan's" = Taiwan + 's): then each word keeps its own
 * part of the text, so that "Taiwan" is found as the country it is.
 */
import type { Token } from "../../model/record.js";

export function surfaceTokens(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; ) {
    const t = tokens[k];
    let n = 1;
    while (k + n < tokens.length && tokens[k + n].start === t.start) n++;
    const words = tokens.slice(k, k + n);
    if (n > 1 && words.map((w) => w.form ?? "").join("") === t.text) {
      let at = t.start;
      for (const w of words) {
        const form = w.form!;
        out.push({ ...w, text: form, start: at, end: at + form.length });
        at += form.length;
      }
    } else out.push(t);
    k += n;
  }
  return out;
}

/** Headlines in capitals: case says nothing there, and acronyms cannot be told from words. */
export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 8 && text.replace(/[^\p{Lu}]/gu, "").length > letters.length * 0.8;
}
