import assert from "node:assert/strict";
import { test } from "node:test";
import { exchangeClusters } from "./word-clusters.js";

/** Words as small integers; two animals and two foods that only ever appear in their own frames. */
const [the, a, cat, dog, sleeps, runs, we, they, eat, bread, rice, cheese, fox] = Array.from({ length: 13 }, (_, i) => i + 1);

const corpus = [
  [the, cat, sleeps], [the, dog, sleeps], [a, cat, runs], [a, dog, runs], [the, fox, runs], [a, fox, sleeps],
  [we, eat, bread], [they, eat, rice], [we, eat, cheese], [they, eat, bread], [we, eat, rice], [they, eat, cheese],
];

test("words that share their neighbours share a class", () => {
  const classes = exchangeClusters(corpus, { classes: 4, iterations: 10, minCount: 1 });
  assert.equal(classes.get(cat), classes.get(dog));
  assert.equal(classes.get(cat), classes.get(fox));
  assert.equal(classes.get(bread), classes.get(rice));
  assert.equal(classes.get(bread), classes.get(cheese));
  assert.notEqual(classes.get(cat), classes.get(bread));
});

test("rare words are left out, and the result does not depend on run order", () => {
  const once = exchangeClusters(corpus, { classes: 4, iterations: 10, minCount: 3 });
  assert.equal(once.has(fox), false);
  assert.equal(once.has(sleeps), true);
  assert.equal(once.has(eat), true);
  assert.equal(once.has(cheese), false);
  assert.deepEqual(exchangeClusters(corpus, { classes: 4, iterations: 10, minCount: 3 }), once);
  for (const c of once.values()) assert.ok(c >= 0 && c < 4);
});
