import assert from "node:assert/strict";
import { test } from "node:test";
import { decodeBilou, encodeBilou } from "../../learn/bilou.js";
import { encodeWeights } from "../../learn/weights-file.js";
import { createDoc } from "../../pipeline/doc.js";
import { segment } from "../segment/segment.js";
import { segmentRules } from "../segment/rules.js";
import { tokenize } from "../segment/tokenize.js";
import { GAZETTEER_KINDS, gazetteer, markGazetteer } from "./gazetteer.js";
import { NER_TYPES } from "./labeller.js";
import { mergeNerMentions } from "./merge.js";
import { nerModel, type NerModel } from "./model.js";
import { nerMentions } from "./ner.js";
import { isCaseless, TokenView } from "./token-view.js";
import { trainNer, type NerSentence } from "./train-ner.js";
import { triggerWords } from "./triggers.js";
import type { RecognisedMention } from "../recognise/mention.js";

/** A tiny corpus of our own: "Name Name verb … City" sentences. */
function tinyCorpus(): NerSentence[] {
  const rules = segmentRules("en");
  const lines: Array<[string, Array<[string, string]>]> = [
    ["Maria Lopez visited Boston on Monday.", [["Maria Lopez", "PER"], ["Boston", "LOC"]]],
    ["The Acme Corporation hired Tom Baker.", [["Acme Corporation", "ORG"], ["Tom Baker", "PER"]]],
    ["Officials in Lyon met Anna Weber.", [["Lyon", "LOC"], ["Anna Weber", "PER"]]],
    ["Nothing happened there yesterday.", []],
  ];
  return lines.map(([text, entities]) => {
    const { starts, ends } = tokenize(text, rules);
    const spans = entities.map(([surface, type]) => {
      const at = text.indexOf(surface);
      return { first: starts.findIndex((s) => s === at), last: ends.findIndex((e) => e === at + surface.length), type: NER_TYPES.indexOf(type as (typeof NER_TYPES)[number]) };
    });
    return { text, starts, ends, spans };
  });
}

test("BILOU encodes and decodes spans", () => {
  const spans = [{ first: 0, last: 1, type: 0 }, { first: 3, last: 3, type: 2 }];
  assert.deepEqual(decodeBilou(encodeBilou(5, spans), 5), spans);
});

test("training twice with the same seed gives identical weights", () => {
  const options = { seed: 3, epochs: 4, bits: 14, capsShare: 0.5, triggers: triggerWords("en") };
  const a = encodeWeights({ meta: {}, models: { ner: trainNer(tinyCorpus(), options) } });
  const b = encodeWeights({ meta: {}, models: { ner: trainNer(tinyCorpus(), options) } });
  assert.ok(a.length > 100);
  assert.deepEqual(a, b);
});

/** Our own modern sentences (not the gold articles): which entities the committed model finds. */
function found(lang: string, text: string): string[] {
  const model = nerModel(lang);
  assert.ok(model, `models/${lang}/ner-1.gzw is committed`);
  const seg = segment(text, lang);
  const doc = createDoc(text, { lang });
  doc.layers.sentences = seg.sentences;
  doc.layers.tokens = seg.tokens;
  return nerMentions(doc, model).map((m) => `${m.text}/${m.type}`);
}

test("the French model finds people, organisations and places in modern news", () => {
  const got = found("fr", "Le Premier ministre Jean Dupontel a rencontré mardi à Lyon les dirigeants de la Banque mondiale. Selon le ministère de la Santé, Marie Lefèvre quittera Marseille.");
  for (const want of ["Jean Dupontel/PER", "Lyon/LOC", "Marie Lefèvre/PER", "Marseille/LOC"]) assert.ok(got.includes(want), `${want} in ${got.join(", ")}`);
  assert.ok(got.some((m) => m.startsWith("Banque mondiale") && m.endsWith("/ORG")), `an ORG in ${got.join(", ")}`);
});

test("the English model finds people, organisations and places in modern news", () => {
  const got = [
    ...found("en", "Karl Hoffmann, a manager at Microsoft, moved to Detroit last year."),
    ...found("en", "The European Commission said on Friday that Karl Hoffmann would visit Ottawa."),
  ];
  for (const want of ["Karl Hoffmann/PER", "Microsoft/ORG", "Detroit/LOC", "European Commission/ORG", "Ottawa/LOC"]) assert.ok(got.includes(want), `${want} in ${got.join(", ")}`);
});

test("a sentence is caseless in capitals, or typed in lower case where the model learned such text", () => {
  const caseless = (text: string, lowerCase: boolean) => {
    const { starts, ends } = tokenize(text, segmentRules("en"));
    return isCaseless(text, starts, ends, starts.length, lowerCase);
  };
  assert.ok(caseless("PRESIDENT MEETS PRIME MINISTER", false));
  assert.ok(caseless("i think we should fly to denver", true));
  assert.ok(caseless("Anyone know a good dentist in san diego? I need one", true), "a capital on the first word and on 'I' says nothing");
  assert.ok(!caseless("i think we should fly to denver", false));
  assert.ok(!caseless("We flew to Denver on Monday", true));
});

test("the English model reads names in text typed in lower case", () => {
  const got = [...found("en", "my sister lives in germany near berlin"), ...found("en", "has anyone met john smith from microsoft")];
  for (const want of ["germany/LOC", "berlin/LOC", "john smith/PER", "microsoft/ORG"]) assert.ok(got.includes(want), `${want} in ${got.join(", ")}`);
});

test("the model's spans replace the recogniser's guesses, never its knowledge-base names", () => {
  const m = (start: number, end: number, type: RecognisedMention["type"], extra: Partial<RecognisedMention> = {}): RecognisedMention =>
    ({ start, end, sentence: 0, text: "x", type, kind: "name", producedBy: "test", ...extra });
  const kb = m(0, 5, "GPE", { phrases: [{ what: "pronoun", pronoun: { form: "x", plural: false } }] });
  const guess = m(10, 15, "MISC");
  const merged = mergeNerMentions([kb, guess], [m(0, 5, "LOC"), m(10, 20, "ORG"), m(30, 35, "PER")]);
  assert.deepEqual(merged.map((x) => `${x.start}-${x.end}/${x.type}`), ["0-5/GPE", "10-20/ORG", "30-35/PER"]);
});

test("the second pass reads each sentence with what the rest of its document says, as a full pass would", () => {
  const model = nerModel("en");
  assert.ok(model);
  const text = "Joshua Norton moved to San Francisco in 1849. Later Norton lost his fortune. Crowds cheered Norton in the street.";
  const seg = segment(text, "en");
  const sentences = seg.tokens.map((tokens) => ({ text, starts: tokens.map((t) => t.start), ends: tokens.map((t) => t.end) }));
  const memory = model.memoryOf(sentences);
  assert.ok(memory[1].some((m) => m !== 0), "the second sentence hears of Joshua Norton");
  const full = sentences.map((s, i) => model.spans(text, s.starts, s.ends, s.starts.length, memory[i].some((m) => m !== 0) ? memory[i] : undefined));
  assert.deepEqual(model.documentSpans(sentences), full);
});

test("the gazetteer marks given names, but a country that is also a given name stays a country", () => {
  const text = "Gloria met Jordan in Chad.";
  const { starts, ends } = tokenize(text, segmentRules("en"));
  const view = new TokenView();
  view.load(text, starts, ends, starts.length, false);
  const kinds = new Int32Array(starts.length);
  const parts = new Int32Array(starts.length);
  markGazetteer(gazetteer("en"), view, kinds, parts);
  const tokenAt = (word: string) => starts.findIndex((s) => s === text.indexOf(word));
  const kindsOf = (word: string) => GAZETTEER_KINDS.filter((_, b) => (kinds[tokenAt(word)] & (1 << b)) !== 0);
  assert.deepEqual(kindsOf("Gloria"), ["given"]);
  assert.ok(kindsOf("Jordan").includes("country") && !kindsOf("Jordan").includes("given"));
  assert.ok(!kindsOf("Chad").includes("given"));
});

test("a model's span stops before a comma: what follows is an apposition", () => {
  const text = "Nock Ag Attia, député touareg, a parlé.";
  const seg = segment(text, "fr");
  const doc = createDoc(text, { lang: "fr" });
  doc.layers.sentences = seg.sentences;
  doc.layers.tokens = seg.tokens;
  // A model that runs the name on to the apposition, as the French model trained on old newspapers may.
  const model = { name: "test-ner", documentSpans: () => [[{ first: 0, last: 5, type: NER_TYPES.indexOf("PER") }]] } as unknown as NerModel;
  assert.deepEqual(nerMentions(doc, model).map((m) => m.text), ["Nock Ag Attia"]);
});
