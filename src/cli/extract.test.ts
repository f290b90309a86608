import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { validateRecord } from "../model/schema.js";

const gazette = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], { input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
const scratch = mkdtempSync(join(tmpdir(), "gazette-extract-"));

/** One line on stderr, naming an error code and a hint, no stack trace, non-zero exit. */
function assertCleanFailure(result: ReturnType<typeof gazette>, errorCode: string) {
  assert.notEqual(result.status, 0);
  const lines = result.stderr.trim().split("\n");
  assert.equal(lines.length, 1, `one line on stderr, got:\n${result.stderr}`);
  assert.match(lines[0], new RegExp(`^error ${errorCode}: .+ \\(hint: .+\\)$`));
  assert.doesNotMatch(result.stderr, /\s+at .+:\d+:\d+/);
}

test("extract prints a valid record with headline, dateline and body sentences", () => {
  const result = gazette(["extract", "fixtures/fr-sommet-ankara.txt", "--format", "json", "--lang", "fr", "--published-at", "2025-03-15"]);
  assert.equal(result.status, 0, result.stderr);
  const record = validateRecord(JSON.parse(result.stdout));
  assert.equal(record.lang, "fr");
  assert.equal(record.publishedAt, "2025-03-15");
  assert.deepEqual(record.sentences.map((s) => s.role), ["headline", "dateline", ...Array(8).fill("body")]);
  assert.equal(record.dateline?.place, "ANKARA");
  assert.ok(record.producedBy.tokens.startsWith("segment@"));
});

test("the language is detected when not given", () => {
  const result = gazette(["extract", "fixtures/en-harbour-strike.txt", "--format", "json"]);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(JSON.parse(result.stdout).lang, "en");
});

test("standard input, and JSON lines for many files", () => {
  const stdin = gazette(["extract", "-", "--format", "json", "--lang", "fr"], "Le sommet a eu lieu. Il a duré deux jours.");
  assert.equal(stdin.status, 0, stdin.stderr);
  assert.equal(JSON.parse(stdin.stdout).sentences.length, 2);
  const many = gazette(["extract", "fixtures/fr-sommet-ankara.txt", "fixtures/en-harbour-strike.txt", "--format", "jsonl"]);
  assert.equal(many.status, 0, many.stderr);
  assert.deepEqual(many.stdout.trim().split("\n").map((l) => JSON.parse(l).lang), ["fr", "en"]);
});

test("Windows-1252 bytes give a correct record", () => {
  const result = gazette(["extract", "fixtures/fr-windows-1252.txt", "--format", "json"]);
  assert.equal(result.status, 0, result.stderr);
  assert.match(JSON.parse(result.stdout).text, /signé l'accord à Genève le 3 décembre/);
});

test("invalid UTF-8 gives a record, read as Windows-1252", () => {
  const file = join(scratch, "invalid-utf8.txt");
  writeFileSync(file, Buffer.concat([Buffer.from("Le pr"), Buffer.from([0xe9]), Buffer.from("sident est parti. Il reviendra.")]));
  const result = gazette(["extract", file, "--format", "json", "--lang", "fr"]);
  assert.equal(result.status, 0, result.stderr);
  assert.match(JSON.parse(result.stdout).text, /^Le président est parti\./);
});

test("bad inputs give one clear line and a non-zero exit", () => {
  const empty = join(scratch, "empty.txt");
  writeFileSync(empty, "");
  assertCleanFailure(gazette(["extract", empty]), "E110");

  const image = join(scratch, "photo.png");
  writeFileSync(image, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  assertCleanFailure(gazette(["extract", image]), "E111");

  const huge = join(scratch, "huge.txt");
  writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, "Le sommet a eu lieu. "));
  assertCleanFailure(gazette(["extract", huge]), "E112");

  const script = join(scratch, "script.html");
  writeFileSync(script, "<!doctype html><html><head><script>alert(1)</script></head><body><script>x()</script></body></html>");
  assertCleanFailure(gazette(["extract", script]), "E113");

  assertCleanFailure(gazette(["extract", join(scratch, "does-not-exist.txt")]), "E100");
  assertCleanFailure(gazette(["extract", scratch]), "E101");
  assertCleanFailure(gazette(["extract", "fixtures/fr-sommet-ankara.txt", "--published-at", "yesterday"]), "E121");
  assertCleanFailure(gazette(["extract", "fixtures/fr-sommet-ankara.txt", "--lang", "French"]), "E120");
});

test("with many files, a bad one is reported and the others are still printed", () => {
  const result = gazette(["extract", "fixtures/fr-sommet-ankara.txt", join(scratch, "missing.txt"), "--format", "jsonl"]);
  assert.equal(result.status, 1);
  assert.equal(result.stdout.trim().split("\n").length, 1);
  assert.match(result.stderr, /missing\.txt: error E100/);
});

test("--help teaches by example", () => {
  const result = gazette(["extract", "--help"]);
  assert.equal(result.status, 0);
  assert.match(result.stdout, /Examples:/);
  assert.match(result.stdout, /--published-at/);
});
