import assert from "node:assert/strict";
import { test } from "node:test";
import { NER_TYPES } from "../../src/stages/ner/labeller.js";
import { gumSentences } from "./ner-corpora.js";

type Row = readonly [form: string, upos: string, xpos: string, head: number, deprel: string, misc: string];

/** Sentences of our own in GUM's CoNLL-U, with their nested entity brackets in MISC. */
function conllu(text: string, rows: readonly Row[]): string {
  const lines = rows.map(([form, upos, xpos, head, rel, misc], i) => [i + 1, form, form, upos, xpos, "_", head, rel, "_", misc].join("\t"));
  return ["# newdoc id = test_1", `# text = ${text}`, ...lines, ""].join("\n");
}

function names(text: string, rows: readonly Row[]): string[] {
  const [s] = gumSentences(conllu(text, rows));
  return s.spans.map((span) => `${s.text.slice(s.starts[span.first], s.ends[span.last])}/${NER_TYPES[span.type]}`);
}

test("GUM: a name nested in an outer mention's modifiers is kept, and names joined by 'and' stay apart", () => {
  const rows: Row[] = [
    ["Anna", "PROPN", "NNP", 9, "nsubj", "Entity=(1-person"],
    ["Berg", "PROPN", "NNP", 1, "flat", "SpaceAfter=No"],
    [",", "PUNCT", ",", 4, "punct", "_"],
    ["mayor", "NOUN", "NN", 1, "appos", "Entity=(2-person"],
    ["of", "ADP", "IN", 7, "case", "_"],
    ["New", "PROPN", "NNP", 7, "compound", "Entity=(3-place"],
    ["Haven", "PROPN", "NNP", 4, "nmod", "Entity=3)2)1)|SpaceAfter=No"],
    [",", "PUNCT", ",", 1, "punct", "_"],
    ["met", "VERB", "VBD", 0, "root", "_"],
    ["Bernoulli", "PROPN", "NNP", 9, "obj", "Entity=(4-person|(5-person)"],
    ["and", "CCONJ", "CC", 12, "cc", "_"],
    ["Euler", "PROPN", "NNP", 10, "conj", "Entity=(6-person)4)|SpaceAfter=No"],
    [".", "PUNCT", ".", 9, "punct", "_"],
  ];
  assert.deepEqual(names("Anna Berg, mayor of New Haven, met Bernoulli and Euler.", rows), ["Anna Berg/PER", "New Haven/LOC", "Bernoulli/PER", "Euler/PER"]);
});

test("GUM: a title before a person's name is no part of it, unless no name follows", () => {
  const rows: Row[] = [
    ["Dr.", "PROPN", "NNP", 3, "compound", "Entity=(1-person"],
    ["Ray", "PROPN", "NNP", 3, "compound", "_"],
    ["Cole", "PROPN", "NNP", 4, "nsubj", "Entity=1)"],
    ["met", "VERB", "VBD", 0, "root", "_"],
    ["the", "DET", "DT", 6, "det", "Entity=(2-person"],
    ["King", "PROPN", "NNP", 4, "obj", "_"],
    ["of", "ADP", "IN", 8, "case", "_"],
    ["Tonga", "PROPN", "NNP", 6, "nmod", "Entity=(3-place)2)|SpaceAfter=No"],
    [".", "PUNCT", ".", 4, "punct", "_"],
  ];
  assert.deepEqual(names("Dr. Ray Cole met the King of Tonga.", rows), ["Ray Cole/PER", "King of Tonga/PER"]);
});
