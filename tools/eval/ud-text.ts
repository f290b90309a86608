/**
 * The running text of a UD file, rebuilt as the CoNLL 2018 shared task and ../shared/tools/score.py do:
 * tokens joined by their SpaceAfter, sentences by a space, documents by a line break. Gold tokens,
 * words and sentences come back as offsets into that text.
 */
import type { UdSentence } from "../corpora/conllu.js";

export interface GoldSegmentation {
  text: string;
  tokens: Array<[number, number]>;
  /** start, end, index inside a multi-word token, form, and the UD word itself. */
  words: Array<{ start: number; end: number; part: number; form: string; sentence: number; index: number }>;
  sentences: Array<[number, number]>;
}

export function goldSegmentation(sentences: UdSentence[]): GoldSegmentation {
  const parts: string[] = [];
  const gold: GoldSegmentation = { text: "", tokens: [], words: [], sentences: [] };
  let pos = 0;
  let lastChar = "";
  const emit = (s: string) => {
    parts.push(s);
    pos += s.length;
    lastChar = s[s.length - 1] ?? lastChar;
  };
  sentences.forEach((s, si) => {
    if (s.newDoc && si > 0) emit("\n");
    const start = pos;
    for (const t of s.tokens) {
      gold.tokens.push([pos, pos + t.form.length]);
      t.words.forEach((w, part) =>
        gold.words.push({ start: pos, end: pos + t.form.length, part, form: s.words[w].form, sentence: si, index: w }),
      );
      emit(t.form);
      if (t.spaceAfter) emit(" ");
    }
    gold.sentences.push([start, lastChar === " " ? pos - 1 : pos]);
    if (lastChar !== " ") emit(" ");
  });
  emit("\n");
  gold.text = parts.join("");
  return gold;
}

export function f1(gold: Set<string>, predicted: Set<string>): { precision: number; recall: number; f1: number } {
  let tp = 0;
  for (const p of predicted) if (gold.has(p)) tp++;
  const precision = predicted.size ? tp / predicted.size : 0;
  const recall = gold.size ? tp / gold.size : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
