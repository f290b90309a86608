/**
 * What the rest of a document says about a word. A story that names "Joshua Norton" once goes on with
 * "Norton" alone, and a sentence on its own cannot tell that Norton is no town: the document can
 * (non-local consistency, Krishnan & Manning 2006, here as features of a second pass). A first pass
 * labels every sentence alone; each capitalised word then gets the type the document's *other*
 * sentences gave it most often, and whether inside a name of several words. Leaving the sentence's own
 * labels out lets training compute the same thing from jackknifed predictions (tools/train/ner.ts).
 */
import type { LabelledSpan } from "../../learn/bilou.js";
import { foldedHash } from "./token-view.js";

/** A labelled sentence of a document: its own text (shared or not), token offsets, and spans. */
export interface MemorySentence {
  text: string;
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
  spans: readonly LabelledSpan[];
}

/**
 * A memory value holds two readings of the word elsewhere in the document: the type most given to it
 * inside names of several words ("Joshua Norton", strong evidence), and the type most given to it
 * alone or, when it stood capitalised inside a sentence in no name, "outside" (`types`); -1 for either:
 * none. 0: nothing known.
 */
export const memoryValue = (multiType: number, singleSlot: number) => (multiType + 1) * 8 + singleSlot + 1;

/** The folded word, without an English possessive: "Norton's" is Norton. */
function wordKey(text: string, start: number, end: number): number {
  if (end - start > 2 && text.charCodeAt(end - 1) === 115 && /['’]/.test(text.charAt(end - 2))) end -= 2;
  else if (end - start > 1 && /['’]/.test(text.charAt(end - 1)) && text.charAt(end - 2) === "s") end -= 1;
  return foldedHash(text, start, end);
}

const isCapitalised = (text: string, start: number) => {
  const c = text.charAt(start);
  return c !== c.toLowerCase() && c === c.toUpperCase();
};

/** Each sentence's memory per token (Int32Array of its token count), from the other sentences' labels. */
export function documentMemory(sentences: readonly MemorySentence[], types: number): Int32Array[] {
  const slots = 2 * types + 1;
  const words: Int32Array[] = [];
  const slotOf: Int32Array[] = [];
  const total = new Map<number, Int32Array>();
  for (const s of sentences) {
    const n = s.starts.length;
    const w = new Int32Array(n);
    const slot = new Int32Array(n).fill(-1);
    for (const span of s.spans) {
      const multi = span.last > span.first ? 1 : 0;
      for (let k = span.first; k <= span.last; k++) slot[k] = 2 * span.type + multi;
    }
    for (let k = 0; k < n; k++) {
      w[k] = wordKey(s.text, s.starts[k], s.ends[k]);
      // Only capitalised words carry memory ("of" in "Bank of England" says nothing), and a capital at a
      // sentence's start is no evidence of a name.
      if (!isCapitalised(s.text, s.starts[k]) || (slot[k] < 0 && k === 0)) slot[k] = -1;
      else if (slot[k] < 0) slot[k] = 2 * types;
      if (slot[k] < 0) continue;
      let counts = total.get(w[k]);
      if (!counts) total.set(w[k], (counts = new Int32Array(slots)));
      counts[slot[k]]++;
    }
    words.push(w);
    slotOf.push(slot);
  }
  const counts = new Int32Array(slots);
  return sentences.map((s, i) => {
    const n = s.starts.length;
    const memory = new Int32Array(n);
    const w = words[i];
    for (let k = 0; k < n; k++) {
      const all = total.get(w[k]);
      if (!all) continue;
      counts.set(all);
      // This sentence's own labels are no evidence about itself.
      for (let j = 0; j < n; j++) if (w[j] === w[k] && slotOf[i][j] >= 0) counts[slotOf[i][j]]--;
      let multi = -1;
      let single = -1;
      for (let t = 0; t < types; t++) {
        if (counts[2 * t + 1] > 0 && (multi < 0 || counts[2 * t + 1] > counts[2 * multi + 1])) multi = t;
        if (counts[2 * t] > 0 && (single < 0 || counts[2 * t] > counts[2 * single])) single = t;
      }
      // "Outside" is a slot of the single reading: t = types.
      if (counts[2 * types] > 0 && (single < 0 || counts[2 * types] > counts[2 * single])) single = types;
      memory[k] = multi < 0 && single < 0 ? 0 : memoryValue(multi, single);
    }
    return memory;
  });
}

/** Runs of consecutive sentences of one document; a sentence with no document stands alone. */
export function documents<S extends { doc?: string }>(sentences: readonly S[]): S[][] {
  const out: S[][] = [];
  sentences.forEach((s, i) => {
    if (i > 0 && s.doc !== undefined && s.doc === sentences[i - 1].doc) out[out.length - 1].push(s);
    else out.push([s]);
  });
  return out;
}
