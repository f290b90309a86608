import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { DOMParser } from "linkedom";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import { laterRecord, makeRecord, secondReport, seedRecord } from "../store/test-records.js";
import { exportCorpus, type ExportFormat, type ExportOptions } from "./export.js";
import { GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, type Column } from "./gdelt.js";

let store: Store;
before(async () => {
  store = await openStore(":memory:");
  for (const r of [seedRecord(), secondReport(), laterRecord(), makeRecord({ text: "Sans événement.\tAvec une tabulation." })]) {
    await store.add(r, { addedAt: "2024-12-08T09:15:00.000Z" });
  }
});
after(() => store.close());

async function exported(format: ExportFormat, options: ExportOptions = {}): Promise<{ text: string; rows: number }> {
  let text = "";
  const rows = await exportCorpus(store, format, (chunk) => void (text += chunk), options);
  return { text, rows };
}

const tsv = (text: string) => text.split("\n").filter((l) => l !== "").map((l) => l.split("\t"));

const checks: Record<Column["kind"], RegExp> = {
  int: /^-?\d+$/,
  "int?": /^(-?\d+)?$/,
  float: /^-?\d+(\.\d+)?$/,
  "float?": /^(-?\d+(\.\d+)?)?$/,
  text: /^[^\t\n]*$/,
  date8: /^\d{8}$/,
  date6: /^\d{6}$/,
  year: /^\d{4}$/,
  fraction: /^\d{4}\.\d{4}$/,
  datetime14: /^\d{14}$/,
};

function assertTypes(rows: string[][], columns: readonly Column[]) {
  for (const row of rows) {
    assert.equal(row.length, columns.length, `a row has ${row.length} columns, not ${columns.length}`);
    columns.forEach((c, i) => assert.match(row[i], checks[c.kind], `${c.name} = '${row[i]}' is not ${c.kind}`));
  }
}

describe("export", () => {
  it("GDELT events: 61 typed columns, one row per real-world event", async () => {
    assert.equal(GDELT_EVENT_COLUMNS.length, 61);
    const { text, rows } = await exported("gdelt-events");
    const table = tsv(text);
    assert.equal(rows, 4);
    assert.equal(table.length, 4);
    assertTypes(table, GDELT_EVENT_COLUMNS);
  });

  it("GDELT events of the seed article read back correctly", async () => {
    const { text } = await exported("gdelt-events", { filter: { code: "057" }, header: true });
    const [header, row] = tsv(text);
    assert.deepEqual(header, GDELT_EVENT_COLUMNS.map((c) => c.name));
    const get = (name: string) => row[header.indexOf(name)];
    assert.equal(get("SQLDATE"), "20241206");
    assert.equal(get("MonthYear"), "202412");
    assert.equal(get("Year"), "2024");
    assert.equal(get("FractionDate"), (2024 + (12 * 30 + 6) / 365).toFixed(4));
    assert.equal(get("Actor1Code"), "RUSGOV");
    assert.equal(get("Actor1Name"), "VLADIMIR PUTIN");
    assert.equal(get("Actor1CountryCode"), "RUS");
    assert.equal(get("Actor1Type1Code"), "GOV");
    assert.equal(get("Actor2Code"), "BLRGOV");
    assert.equal(get("Actor2CountryCode"), "BLR");
    assert.equal(get("IsRootEvent"), "1");
    assert.equal(get("EventCode"), "057");
    assert.equal(get("EventBaseCode"), "057");
    assert.equal(get("EventRootCode"), "05");
    assert.equal(get("QuadClass"), "1");
    assert.equal(get("GoldsteinScale"), "8.0");
    assert.equal(get("NumMentions"), "2");
    assert.equal(get("NumSources"), "2");
    assert.equal(get("NumArticles"), "2");
    assert.equal(get("Actor1Geo_Type"), "1");
    assert.equal(get("Actor1Geo_CountryCode"), "RS");
    assert.equal(get("Actor2Geo_CountryCode"), "BO");
    assert.equal(get("ActionGeo_Type"), "4");
    assert.equal(get("ActionGeo_FullName"), "Minsk, Belarus");
    assert.equal(get("ActionGeo_CountryCode"), "BO");
    assert.equal(get("ActionGeo_Lat"), "53.9");
    assert.equal(get("ActionGeo_Long"), "27.5667");
    assert.equal(get("DATEADDED"), "20241208091500");
    assert.equal(get("SOURCEURL"), seedRecord().url);
  });

  it("GDELT mentions: 16 typed columns, one row per reporting sentence, with offsets", async () => {
    assert.equal(GDELT_MENTION_COLUMNS.length, 16);
    const { text, rows } = await exported("gdelt-mentions");
    const table = tsv(text);
    assert.equal(rows, 5);
    assertTypes(table, GDELT_MENTION_COLUMNS);
    const second = secondReport();
    const row = table.find((r) => r[5] === second.url)!;
    assert.equal(row[4], "Le Quotidien");
    assert.equal(row[6], "1");
    assert.equal(row[7], String(second.text.indexOf("Poutine")));
    assert.equal(row[8], String(second.text.indexOf("Loukachenko")));
    assert.equal(row[9], "0");
    assert.equal(row[11], "80");
    assert.equal(row[12], String(second.text.length));
    assert.equal(row[14], "srclc:fre;eng:gazette");
    assert.equal(row[2], "20241208000000");
  });

  it("JSON lines give back the records themselves", async () => {
    const { text, rows } = await exported("jsonl");
    assert.equal(rows, 4);
    const records = text.trim().split("\n").map((l) => JSON.parse(l));
    assert.deepEqual(records[0], seedRecord());
    assert.equal((await exported("jsonl", { filter: { source: "Le Quotidien" } })).rows, 1);
  });

  it("CSV has a header and one row per event", async () => {
    const { text, rows } = await exported("csv", { filter: { actor: "RUS" } });
    const lines = text.trim().split("\r\n");
    assert.equal(rows, 2);
    assert.equal(lines.length, 3);
    assert.match(lines[0], /^id,day,date,code,/);
  });

  it("GraphML and GEXF hold the actor network as well-formed XML", async () => {
    for (const format of ["graphml", "gexf"] as const) {
      const { text, rows } = await exported(format);
      assert.equal(rows, 3, format);
      const doc = new DOMParser().parseFromString(text, "text/xml");
      assert.equal(doc.querySelectorAll("node").length, 3, format);
      assert.equal(doc.querySelectorAll("edge").length, 3, format);
      const putin = doc.querySelector('node[id="person:vladimir-putin"]');
      assert.ok(putin, format);
    }
  });
});
