import assert from "node:assert/strict";
import { test } from "node:test";
import { decodeWeights, encodeWeights } from "../../learn/weights-file.js";
import { taggerFromBundle } from "./model.js";
import { tinyCorpus } from "./tiny-corpus.fixture.test.js";
import { trainTagger, type TaggerTrainOptions } from "./train-tagger.js";

const options: TaggerTrainOptions = {
  seed: 11,
  epochs: 6,
  featNames: ["Gender", "Number", "Person", "Tense", "VerbForm"],
  uposBits: 12,
  featsBits: 12,
  lemmaBits: 14,
};

test("training the tagger twice with the same seed gives identical weights", () => {
  const a = trainTagger(tinyCorpus, options);
  const b = trainTagger(tinyCorpus, options);
  assert.deepEqual(a.meta, b.meta);
  for (const name of ["upos", "upos2", "feats", "lemma"] as const) assert.deepEqual(a.models[name].weights, b.models[name].weights);
});

test("a trained tagger survives a save/load round trip and tags its training words", () => {
  const bundle = trainTagger(tinyCorpus, options);
  const tagger = taggerFromBundle(decodeWeights(encodeWeights(bundle)));
  const s = tinyCorpus[1];
  const out = tagger.tag(s.forms);
  assert.deepEqual(
    Array.from(out.upos.subarray(0, s.forms.length), (u) => tagger.meta.upos[u]),
    s.upos,
  );
  assert.deepEqual(out.lemmas.slice(0, s.forms.length), s.lemmas);
  assert.equal(tagger.featsString(3), "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part");
});

test("an unseen verb form gets its lemma from an edit class", () => {
  const tagger = taggerFromBundle(trainTagger(tinyCorpus, options));
  // "parlait" → "parler" teaches strip "ait", append "er"; "chantait" was never seen.
  const out = tagger.tag(["Elle", "chantait", "."]);
  assert.equal(tagger.lemmatise(1, tagger.meta.upos.indexOf("VERB"), out.feats), "chanter");
});
