/** The words as written: multi-word tokens ("du" = de + le) collapsed back to one surface token. */
import type { Token } from "../../model/record.js";

export function surfaceTokens(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) if (out.length === 0 || out[out.length - 1].start !== t.start) out.push(t);
  return out;
}

/** Headlines in capitals: case says nothing there, and acronyms cannot be told from words. */
export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 8 && text.replace(/[^\p{Lu}]/gu, "").length > letters.length * 0.8;
}
