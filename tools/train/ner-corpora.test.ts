import assert from "node:assert/strict";
import { test } from "node:test";
import { NER_TYPES } from "../../src/stages/ner/labeller.js";
import { gumSentences } from "./ner-corpora.js";

/** A sentence of our own in GUM's CoNLL-U, with its nested entity brackets in MISC. */
const rows = [
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
] as const;
const conllu = [
  "# newdoc id = test_1",
  "# text = Anna Berg, mayor of New Haven, met Bernoulli and Euler.",
  ...rows.map(([form, upos, xpos, head, rel, misc], i) => [i + 1, form, form, upos, xpos, "_", head, rel, "_", misc].join("\t")),
  "",
].join("\n");

test("GUM: a name nested in an outer mention's modifiers is kept, and names joined by 'and' stay apart", () => {
  const [s] = gumSentences(conllu);
  const names = s.spans.map((span) => `${s.text.slice(s.starts[span.first], s.ends[span.last])}/${NER_TYPES[span.type]}`);
  assert.deepEqual(names, ["Anna Berg/PER", "New Haven/LOC", "Bernoulli/PER", "Euler/PER"]);
});
