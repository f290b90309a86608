/**
 * `npm run eval [-- --json] [--only SUITE…] [--raise-floors]`: every accuracy figure gazette claims,
 * measured on ../shared/data (or $GAZETTE_DATA). A ratchet: exits 1 when a figure falls below its floor
 * in tools/eval/floors.json, or when a floored figure is no longer produced.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../src/resources/paths.js";
import { rowKey, type EvalRow } from "./eval/suite.js";
import { suites } from "./eval/suites.js";

const floorsPath = join(packageRoot, "tools", "eval", "floors.json");
const args = process.argv.slice(2);
const asJson = args.includes("--json");
const raise = args.includes("--raise-floors");
const only = args.flatMap((a, i) => (args[i - 1] === "--only" ? a.split(",") : []));

const floors: Record<string, number> = JSON.parse(readFileSync(floorsPath, "utf8"));
const results: Array<{ suite: string; title: string; rows: EvalRow[]; seconds: number }> = [];
for (const suite of suites) {
  if (only.length && !only.includes(suite.name)) continue;
  const started = performance.now();
  const rows = await suite.run();
  results.push({ suite: suite.name, title: suite.title, rows, seconds: (performance.now() - started) / 1000 });
  if (!asJson) printTable(suite.name, suite.title, rows, (performance.now() - started) / 1000);
}

const failures: string[] = [];
const measured = new Map(results.flatMap((r) => r.rows.filter((row) => !row.peer).map((row) => [rowKey(r.suite, row), row.value] as const)));
for (const [key, floor] of Object.entries(floors)) {
  if (only.length && !only.includes(key.split("/")[0])) continue;
  const value = measured.get(key);
  if (value === undefined) failures.push(`${key}: no longer measured (floor ${floor})`);
  else if (value + 1e-9 < floor) failures.push(`${key}: ${fmt(value)} is below its floor ${fmt(floor)}`);
}

if (raise) {
  for (const [key, value] of measured) {
    const rounded = Math.floor(value * 1000) / 1000;
    if (floors[key] === undefined || rounded > floors[key]) floors[key] = rounded;
  }
  const sorted = Object.fromEntries(Object.entries(floors).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(floorsPath, JSON.stringify(sorted, null, 2) + "\n");
}

if (asJson) {
  console.log(JSON.stringify({ results, failures, floors }, null, 2));
} else if (failures.length) {
  console.log("\nBelow the floor:\n" + failures.map((f) => "  - " + f).join("\n"));
} else {
  console.log(`\nAll ${Object.keys(floors).length} floored figures at or above their floors.`);
}
process.exitCode = failures.length ? 1 : 0;

function fmt(value: number): string {
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(4);
}

function printTable(name: string, title: string, rows: EvalRow[], seconds: number): void {
  console.log(`\n## ${name} — ${title} (${seconds.toFixed(1)} s)`);
  const metrics = [...new Set(rows.map((r) => r.metric))];
  const groups = [...new Set(rows.map((r) => `${r.lang}\t${r.corpus}`))];
  const header = ["lang", "corpus", ...metrics];
  const lines = groups.map((g) => {
    const [lang, corpus] = g.split("\t");
    return [
      lang,
      corpus,
      ...metrics.map((m) => {
        const row = rows.find((r) => r.lang === lang && r.corpus === corpus && r.metric === m);
        if (!row) return "";
        const floor = floors[rowKey(name, row)];
        return fmt(row.value) + (floor !== undefined && row.value + 1e-9 < floor ? " !" : "");
      }),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const show = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join("  ");
  console.log(show(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const l of lines) console.log(show(l));
}
