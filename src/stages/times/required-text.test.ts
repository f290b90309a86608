import assert from "node:assert/strict";
import { test } from "node:test";
import { DIGIT, mayMatch, requiredText } from "./required-text.js";

const req = (source: string) => {
  const r = requiredText(source);
  return r === null ? null : [...r].map((s) => (s === DIGIT ? "<digit>" : s)).sort();
};

test("a rule requires its longest literal, one word of an alternation, or a digit", () => {
  assert.deepEqual(req("(?:le )?(?<m>janvier|février)\\s+(?<y>\\d{4})"), ["février", "janvier"]);
  assert.deepEqual(req("il\\s+y\\s+a\\s+(?<n>\\d+)\\s+jours"), ["jours"]);
  assert.deepEqual(req("(?<d>[0-3]?\\d)/(?<m>[01]?\\d)"), ["<digit>"]);
  assert.deepEqual(req("aujourd['’]hui"), ["aujourd"]);
});

test("what is optional, looked around or generic is no requirement", () => {
  assert.deepEqual(req("(?:dès )?(?<=en )mars"), ["mars"]);
  assert.deepEqual(req("ans(?= ?[,).;])"), ["ans"]);
  assert.equal(req("(?:lundi)?\\p{L}+"), null);
  assert.equal(req("(?:hier|.)"), null);
});

test("a text is skipped only when it holds none of the requirement", () => {
  const months = requiredText("(?:janvier|mars)")!;
  assert.equal(mayMatch(months, "signé en mars dernier", false), true);
  assert.equal(mayMatch(months, "aucune date ici", false), false);
  assert.equal(mayMatch(requiredText("\\d+ h")!, "à 8 h", true), true);
  assert.equal(mayMatch(null, "", false), true);
});
