import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import Database from "better-sqlite3";
import { isGazetteError } from "../../errors.js";
import { storeConformance, storeContent } from "../conformance.js";
import { openStore } from "../open-store.js";
import { laterRecord, makeRecord, secondReport, seedRecord } from "../test-records.js";
import { LATEST_VERSION } from "./migrations.js";
import { SqliteStore } from "./sqlite-store.js";

const dir = mkdtempSync(join(tmpdir(), "gazette-store-"));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const tempFile = () => join(dir, `db-${++n}.db`);

storeConformance("sqlite", () => openStore(tempFile()));

const code = (error: unknown) => (isGazetteError(error) ? error.code : String(error));

describe("SQLite adapter", () => {
  it("creates the schema by migrations, in WAL mode", async () => {
    const path = tempFile();
    const store = (await openStore(`sqlite:${path}`)) as SqliteStore;
    assert.equal(store.database.pragma("user_version", { simple: true }), LATEST_VERSION);
    assert.equal(store.database.pragma("journal_mode", { simple: true }), "wal");
    await store.close();
    // Opening again applies nothing and keeps the data.
    const again = await openStore(path);
    assert.equal((await again.stats()).schemaVersion, LATEST_VERSION);
    await again.close();
  });

  it("refuses a database from a newer gazette, and a file that is not one", async () => {
    const newer = tempFile();
    const db = new Database(newer);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    await assert.rejects(openStore(newer), (e) => code(e) === "E204");
    const foreign = tempFile();
    const other = new Database(foreign);
    other.exec("CREATE TABLE people (name TEXT)");
    other.close();
    await assert.rejects(openStore(foreign), (e) => code(e) === "E203");
    const text = tempFile();
    writeFileSync(text, "this is not a database, just some text that is long enough to have a header".repeat(20));
    await assert.rejects(openStore(text), (e) => code(e) === "E203");
    await assert.rejects(openStore(join(dir, "no", "such", "folder.db")), (e) => code(e) === "E200");
    await assert.rejects(openStore("postgres://localhost/gazette"), (e) => code(e) === "E206");
  });

  it("a read-only database gives a clear error and loses nothing", async () => {
    const path = tempFile();
    const writer = await openStore(path);
    await writer.add(seedRecord());
    const before = await storeContent(writer);
    await writer.close();
    const reader = await openStore(`${path}?mode=ro`);
    await assert.rejects(reader.add(secondReport()), (e) => code(e) === "E201" && /read-only/.test((e as Error).message));
    assert.deepEqual(await storeContent(reader), before);
    await reader.close();
    const reopened = await openStore(path);
    assert.deepEqual(await storeContent(reopened), before);
    await reopened.close();
  });

  it("a full disk gives a clear error, keeps what was stored, and the next run finishes the job", async () => {
    const path = tempFile();
    const store = (await openStore(path)) as SqliteStore;
    await store.add(seedRecord());
    const before = await storeContent(store);
    // Simulated disk full: SQLite may not grow the file by another page.
    const pages = Number(store.database.pragma("page_count", { simple: true }));
    store.database.pragma(`max_page_count = ${pages}`);
    const big = makeRecord({ text: "Un très long article. ".repeat(4000), url: "https://big.example/1" });
    await assert.rejects(store.add(big), (e) => code(e) === "E202");
    assert.deepEqual(await storeContent(store), before);
    await store.close();
    const again = await openStore(path);
    assert.equal((await again.add(big)).status, "new");
    assert.equal((await again.add(laterRecord())).status, "new");
    assert.equal((await again.stats()).documents, 3);
    await again.close();
  });
});
