import assert from "node:assert/strict";
import { test } from "node:test";
import { mix2 } from "./hash.js";
import { argmax } from "./linear-model.js";
import { Perceptron } from "./perceptron.js";
import { Random } from "./random.js";
import { decodeWeights, encodeWeights } from "./weights-file.js";

/** A toy task: the class is the sum of two small integers mod 3, seen through hashed features. */
function train(seed: number) {
  const random = new Random(seed);
  const p = new Perceptron(3, 10);
  const features = new Int32Array(3);
  const scores = new Float32Array(3);
  const items = Array.from({ length: 60 }, (_, k) => [k % 5, (k * 7) % 4] as const);
  for (let epoch = 0; epoch < 5; epoch++) {
    for (const [a, b] of random.shuffle([...items])) {
      features[0] = mix2(1, a);
      features[1] = mix2(2, b);
      features[2] = mix2(3, a * 8 + b);
      p.model.score(features, 3, scores);
      const guess = argmax(scores, 0, 3);
      const gold = (a + b) % 3;
      p.tick();
      if (guess !== gold) {
        p.update(features, 3, gold, 1);
        p.update(features, 3, guess, -1);
      }
    }
  }
  return p.averaged();
}

test("training twice with the same seed gives identical weights", () => {
  assert.deepEqual(train(7).weights, train(7).weights);
  assert.notDeepEqual(train(7).weights, new Float32Array(train(7).weights.length));
});

test("the averaged model learns the toy task", () => {
  const model = train(3);
  const features = new Int32Array(3);
  const scores = new Float32Array(3);
  let right = 0;
  for (let a = 0; a < 5; a++) {
    for (let b = 0; b < 4; b++) {
      features[0] = mix2(1, a);
      features[1] = mix2(2, b);
      features[2] = mix2(3, a * 8 + b);
      model.score(features, 3, scores);
      if (argmax(scores, 0, 3) === (a + b) % 3) right++;
    }
  }
  assert.ok(right >= 18, `${right} of 20`);
});

test("a weight file round trip keeps every weight within its quantisation step", () => {
  const model = train(5);
  const back = decodeWeights<{ labels: string[] }>(encodeWeights({ meta: { labels: ["a", "b", "c"] }, models: { toy: model } }));
  assert.deepEqual(back.meta, { labels: ["a", "b", "c"] });
  const copy = back.models.toy;
  assert.equal(copy.nClasses, 3);
  assert.equal(copy.bits, 10);
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  for (let i = 0; i < model.weights.length; i++) assert.ok(Math.abs(copy.weight(i) - model.weights[i]) <= max / 32767);
});

test("the same weights always encode to the same bytes", () => {
  const model = train(5);
  assert.deepEqual(encodeWeights({ meta: {}, models: { m: model } }), encodeWeights({ meta: {}, models: { m: model } }));
});
