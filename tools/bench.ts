/** `npm run bench [-- --json] [--only SUITE…]`: throughput per stage and language on ../shared/data/news. */
import type { BenchRow } from "./bench/suite.js";
import { benches } from "./bench/suites.js";

const args = process.argv.slice(2);
const asJson = args.includes("--json");
const only = args.flatMap((a, i) => (args[i - 1] === "--only" ? a.split(",") : []));
const all: Array<BenchRow & { suite: string }> = [];
for (const bench of benches) {
  if (only.length && !only.includes(bench.name)) continue;
  for (const row of await bench.run()) {
    all.push({ suite: bench.name, ...row });
    if (!asJson) {
      const value = row.value >= 100 ? Math.round(row.value).toLocaleString("en-US") : row.value.toFixed(2);
      console.log(`${bench.name.padEnd(10)} ${row.stage.padEnd(18)} ${row.lang.padEnd(4)} ${value.padStart(12)} ${row.metric.padEnd(12)} ${row.detail ?? ""}`);
    }
  }
}
if (asJson) console.log(JSON.stringify(all, null, 2));
