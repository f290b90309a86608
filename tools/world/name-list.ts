/** Writing a generated list of names: resources/world/FILE, a comment header, then name → tags, sorted. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { resourcesDir } from "../../src/resources/paths.js";

/** Adds a tag to a name's set. */
export function tag<T>(names: Map<string, Set<T>>, name: string, value: T): void {
  const tags = names.get(name) ?? new Set<T>();
  tags.add(value);
  names.set(name, tags);
}

/** Writes the list, tags joined by `separator`, and says how many names it holds. */
export function writeNameList(file: string, comments: string[], columns: [string, string], names: Map<string, Set<string>>, separator: string): void {
  const rows = [...names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, tags]) => `${name}\t${[...tags].sort().join(separator)}`);
  const header = [...comments.map((line) => `# ${line}`), columns.join("\t")];
  writeFileSync(join(resourcesDir, "world", file), header.concat(rows).join("\n") + "\n");
  console.log(`${file}: ${rows.length} names`);
}
