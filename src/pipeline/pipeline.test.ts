import assert from "node:assert/strict";
import { test } from "node:test";
import { isGazetteError } from "../errors.js";
import { createDoc } from "./doc.js";
import { buildPipeline, runPipeline } from "./pipeline.js";
import type { Stage } from "./stage.js";

const stage = (name: string, requires: Stage["requires"], assigns: Stage["assigns"], languages?: string[]): Stage => ({
  name,
  version: "test-1",
  requires,
  assigns,
  ...(languages && { languages }),
  run(doc) {
    for (const layer of assigns) (doc.layers as Record<string, unknown>)[layer] = layer === "language" ? { code: "xx", confidence: 1 } : [];
  },
});

test("a stage listed before the stage that assigns what it needs is refused at build time", () => {
  assert.throws(
    () => buildPipeline([stage("tag", ["tokens"], ["tags"]), stage("segment", ["language"], ["tokens"])]),
    (error) => isGazetteError(error) && error.code === "E130" && /'tag' needs 'tokens'/.test(error.message),
  );
});

test("stages run in order and record what produced each layer", async () => {
  const pipeline = buildPipeline([stage("language", [], ["language"]), stage("segment", ["language"], ["sentences", "tokens"])]);
  const doc = await runPipeline(pipeline, createDoc("text"), {});
  assert.deepEqual(doc.producedBy, { language: "language@test-1", sentences: "segment@test-1", tokens: "segment@test-1" });
});

test("a stage for other languages is skipped, and so is everything that needs its layers", async () => {
  const pipeline = buildPipeline([
    stage("language", [], ["language"]),
    stage("segment", ["language"], ["sentences", "tokens"]),
    stage("tag", ["tokens"], ["tags"], ["fr", "en"]),
    stage("parse", ["tags"], ["syntax"]),
    stage("times", ["sentences"], ["times"]),
  ]);
  const doc = await runPipeline(pipeline, createDoc("text"), {});
  assert.equal(doc.layers.tags, undefined);
  assert.equal(doc.layers.syntax, undefined);
  assert.deepEqual(doc.layers.times, []);
});
