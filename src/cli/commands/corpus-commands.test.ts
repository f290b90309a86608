import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { Command } from "commander";
import { isGazetteError } from "../../errors.js";
import { openStore } from "../../store/open-store.js";
import { laterRecord, secondReport, seedRecord } from "../../store/test-records.js";
import { registerActors } from "./actors.js";
import { registerDocuments } from "./documents.js";
import { registerEvents } from "./events.js";
import { registerExport } from "./export.js";
import { formatSummary, registerIngest } from "./ingest.js";
import { registerQuotes } from "./quotes.js";
import { registerSearch } from "./search.js";
import { renderTable } from "./corpus-common.js";

const dir = mkdtempSync(join(tmpdir(), "gazette-cli-"));
const db = join(dir, "corpus.db");
after(() => rmSync(dir, { recursive: true, force: true }));

before(async () => {
  const store = await openStore(db);
  for (const r of [seedRecord(), secondReport(), laterRecord()]) await store.add(r);
  await store.close();
});

/** Runs `gazette ARGS…` in this process and returns what it printed on standard output. */
async function gazette(...args: string[]): Promise<string> {
  const program = new Command("gazette").exitOverride();
  for (const register of [registerIngest, registerEvents, registerActors, registerQuotes, registerDocuments, registerSearch, registerExport]) register(program);
  let out = "";
  const write = process.stdout.write;
  // Only text is captured: node:test's own reports to the parent process go through stdout as bytes.
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) =>
    typeof chunk === "string" ? ((out += chunk), true) : (write as (...a: unknown[]) => boolean).call(process.stdout, chunk, ...rest)) as typeof process.stdout.write;
  try {
    await program.parseAsync(args, { from: "user" });
  } finally {
    process.stdout.write = write;
  }
  return out;
}

describe("corpus commands", () => {
  it("events: filters and JSON pages", async () => {
    const page = JSON.parse(await gazette("events", "--db", db, "--actor", "RUS", "--format", "json"));
    assert.equal(page.total, 2);
    assert.deepEqual(page.items.map((e: { code: string }) => e.code).sort(), ["040", "057"]);
    const csv = await gazette("events", "--db", db, "--quad", "4", "--format", "csv");
    assert.match(csv, /^id,day,code,quad,source,target,place,mentions,articles,sources\r\n\d+,2025-01-10,138,4,/);
    await assert.rejects(gazette("events", "--db", db, "--code", "x5"), (e) => isGazetteError(e) && e.code === "E122");
  });

  it("actors, quotes, documents and search", async () => {
    assert.match(await gazette("actors", "--db", db, "--type", "PER", "--format", "csv"), /person:alexander-lukashenko,Alexander Lukashenko,PER,BLR,BLRGOV,3,/);
    assert.equal(JSON.parse(await gazette("quotes", "--db", db, "--speaker", "person:vladimir-putin", "-f", "json")).total, 1);
    assert.equal(JSON.parse(await gazette("documents", "--db", db, "--source", "La Gazette", "-f", "json")).total, 2);
    assert.deepEqual(JSON.parse(await gazette("documents", seedRecord().id, "--db", db)), seedRecord());
    const hits = JSON.parse(await gazette("search", "bielorusse", "--db", db, "-f", "json"));
    assert.equal(hits.items[0].id, seedRecord().id);
  });

  it("export to a file with a header", async () => {
    const out = join(dir, "events.tsv");
    await gazette("export", "--db", db, "--format", "gdelt-events", "--out", out, "--header", "--root", "05");
    const lines = readFileSync(out, "utf8").trim().split("\n");
    assert.equal(lines.length, 2);
    assert.equal(lines[0].split("\t").length, 61);
    assert.equal(lines[1].split("\t")[26], "057");
    await assert.rejects(gazette("export", "--db", db, "--format", "csv", "--out", join(dir, "no", "such", "dir.csv")), (e) => isGazetteError(e) && e.code === "E230");
  });

  it("ingest prints its summary as JSON", async () => {
    const file = join(dir, "article.txt");
    writeFileSync(file, "Le gouvernement a annoncé un nouveau budget pour les écoles de la région.");
    const summary = JSON.parse(await gazette("ingest", file, "--db", db, "--lang", "fr", "--format", "json", "--no-progress"));
    assert.equal(summary.read, 1);
    assert.equal(summary.new + summary.failed, 1);
    const again = JSON.parse(await gazette("ingest", file, "--db", db, "--lang", "fr", "--format", "json", "--no-progress"));
    assert.equal(again.new, 0);
  });

  it("renders tables and summaries for people", () => {
    const table = renderTable(["id", "name"], [[1, "Minsk"], [22, undefined]]);
    assert.equal(table, "id  name\n──  ─────\n1   Minsk\n22");
    const text = formatSummary({
      read: 3, new: 1, duplicate: 0, nearDuplicate: 0, failed: 2, seconds: 1, interrupted: false,
      failures: [
        { label: "a.txt", code: "E110", error: "error E110: the input is empty (hint: …)" },
        { label: "b.txt", code: "E110", error: "error E110: the input is empty (hint: …)" },
      ],
    });
    assert.match(text, /^read 3 · new 1 · duplicate 0 · near-duplicate 0 · failed 2/);
    assert.match(text, /2 × error E110: the input is empty/);
    assert.match(text, /e\.g\. a\.txt, b\.txt/);
  });
});
