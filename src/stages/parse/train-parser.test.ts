import assert from "node:assert/strict";
import { test } from "node:test";
import { decodeWeights, encodeWeights } from "../../learn/weights-file.js";
import { tinyCorpus } from "../tag/tiny-corpus.fixture.test.js";
import { parserFromBundle } from "./model.js";
import { trainParser, type ParserTrainOptions } from "./train-parser.js";

const options: ParserTrainOptions = { seed: 5, epochs: 8, transitionBits: 12, labelBits: 12, exploreFrom: 1, explore: 0.9 };

test("training the parser twice with the same seed gives identical weights", () => {
  const a = trainParser(tinyCorpus, options);
  const b = trainParser(tinyCorpus, options);
  assert.deepEqual(a.meta, b.meta);
  assert.deepEqual(a.models.transition.weights, b.models.transition.weights);
  assert.deepEqual(a.models.label.weights, b.models.label.weights);
});

test("a trained parser survives a save/load round trip and parses its training sentences", () => {
  const parser = parserFromBundle(decodeWeights(encodeWeights(trainParser(tinyCorpus, options))));
  for (const s of tinyCorpus) {
    parser.load(s.forms, s.upos, s.feats);
    const out = parser.parse();
    assert.deepEqual(Array.from(out.heads.subarray(0, s.forms.length)), s.heads);
    assert.deepEqual(Array.from(out.labels.subarray(0, s.forms.length), (l) => parser.meta.labels[l]), s.deprels);
  }
});
