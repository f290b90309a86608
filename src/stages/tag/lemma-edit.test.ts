import assert from "node:assert/strict";
import { test } from "node:test";
import { applyEdit, EditIndex, editClass, parseEditClass } from "./lemma-edit.js";

test("edit classes strip and append suffixes, lower-casing when that is shorter", () => {
  assert.equal(editClass("dénonçaient", "dénoncer"), "0|çaient|cer");
  assert.equal(editClass("Les", "le"), "1|s|");
  assert.equal(editClass("Paris", "Paris"), "0||");
  assert.equal(applyEdit("annonçaient", parseEditClass("0|çaient|cer")), "annoncer");
  assert.equal(applyEdit("mangeait", parseEditClass("0|çaient|cer")), undefined);
});

test("the index lists only the classes whose suffix the word has", () => {
  const index = new EditIndex(["0||", "0|s|", "0|aient|er", "1|s|"]);
  const fits = index.candidates("Parlaient", []).map((id) => index.classes[id]);
  assert.deepEqual(fits.map((c) => `${c.lower ? 1 : 0}|${c.strip}|${c.append}`).sort(), ["0|aient|er", "0||"]);
});
