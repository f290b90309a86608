import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import type { ExampleCheckers } from "./examples.js";
import { packageRoot, resourcesDir } from "./paths.js";
import { parseTable } from "./table.js";

const languages = readdirSync(resourcesDir).filter((d) => /^[a-z]{2,3}$/.test(d));

for (const lang of languages) {
  for (const stage of readdirSync(join(resourcesDir, lang))) {
    const files = readdirSync(join(resourcesDir, lang, stage)).filter((f) => f.endsWith(".tsv"));
    const module = join(packageRoot, "src", "stages", stage, "examples.ts");
    for (const file of files) {
      const content = readFileSync(join(resourcesDir, lang, stage, file), "utf8");
      const header = content.split("\n").find((line) => line.trim() && !line.startsWith("#")) ?? "";
      const columns = header.split("\t").map((c) => c.trim());
      const exampleColumn = columns.find((c) => c === "example" || c === "examples");
      if (!exampleColumn) continue;
      test(`examples of resources/${lang}/${stage}/${file}`, { skip: !existsSync(module) && `no src/stages/${stage}/examples.ts` }, async () => {
        const table = parseTable(content, `${lang}/${stage}/${file}`, []);
        const { checkers } = (await import(pathToFileURL(module).href)) as { checkers: ExampleCheckers };
        const check = checkers[file] ?? checkers["*"];
        assert.ok(check, `src/stages/${stage}/examples.ts has no checker for ${file}`);
        const failures = table.rows
          .filter((row) => row[exampleColumn])
          .map((row) => [row.line, check(row, lang)] as const)
          .filter(([, problem]) => problem !== undefined)
          .map(([line, problem]) => `line ${line}: ${problem}`);
        assert.deepEqual(failures, []);
      });
    }
  }
}
