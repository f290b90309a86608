import assert from "node:assert/strict";
import { test } from "node:test";
import { segmentRules } from "../segment/rules.js";
import { tokenize } from "../segment/tokenize.js";
import { documentMemory, documents, memoryValue, type MemorySentence } from "./document-memory.js";

const PER = 0;
const LOC = 2;
const TYPES = 4;

/** A sentence of our own with spans given by their surface text. */
function sentence(text: string, spans: Array<[string, number]>): MemorySentence & { token: (form: string) => number } {
  const { starts, ends } = tokenize(text, segmentRules("en"));
  const token = (form: string) => starts.findIndex((s, k) => text.slice(s, ends[k]) === form);
  return {
    text, starts, ends, token,
    spans: spans.map(([surface, type]) => {
      const at = text.indexOf(surface);
      return { first: starts.indexOf(at), last: ends.indexOf(at + surface.length), type };
    }),
  };
}

test("a word named in full elsewhere in the document remembers that name's type", () => {
  const doc = [
    sentence("Joshua Norton arrived in 1849.", [["Joshua Norton", PER]]),
    sentence("Later Norton collapsed in the street.", [["Norton", LOC]]),
    sentence("Crowds mourned Norton's death.", [["Norton's", LOC]]),
  ];
  const memory = documentMemory(doc, TYPES);
  // The full name of the first sentence, and the possessive of the third, which is the same word.
  assert.equal(memory[1][doc[1].token("Norton")], memoryValue(PER, LOC));
  // The first sentence hears only the others: two single readings as a place, no full name.
  assert.equal(memory[0][doc[0].token("Norton")], memoryValue(-1, LOC));
});

test("a sentence's own labels are no evidence about itself, and small words carry none", () => {
  const doc = [sentence("The Bank of Canada met Anna Weber.", [["Bank of Canada", 1], ["Anna Weber", PER]]), sentence("Nothing of note happened.", [])];
  const memory = documentMemory(doc, TYPES);
  assert.ok(memory[0].every((v) => v === 0), "nothing else in the document names these words");
  assert.equal(memory[1][doc[1].token("of")], 0, "'of' is no name's word, whatever span held it");
});

test("a capitalised word inside a sentence and in no name is remembered as outside", () => {
  const doc = [sentence("Senators met on Friday with Anna Weber.", [["Anna Weber", PER]]), sentence("Most Senators stayed home.", [])];
  const memory = documentMemory(doc, TYPES);
  assert.equal(memory[0][doc[0].token("Senators")], memoryValue(-1, TYPES), "second sentence: capitalised, inside, no name");
  assert.equal(memory[1][doc[1].token("Senators")], 0, "the first sentence's opening capital says nothing");
});

test("documents are runs of sentences with the same document id", () => {
  const groups = documents([{ doc: "a" }, { doc: "a" }, {}, { doc: "b" }, { doc: "a" }]);
  assert.deepEqual(groups.map((g) => g.length), [2, 1, 1, 1]);
});
