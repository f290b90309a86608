/**
 * Data files are TSV with a header line; `#` starts a comment line. Each row is checked against the
 * columns the caller needs, so a broken data file fails loudly at load with its file and line.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gazetteError } from "../errors.js";
import { packageRoot, resourcesDir } from "./paths.js";

export type Row = Record<string, string> & { readonly line: number };

export interface Table {
  readonly file: string;
  readonly columns: readonly string[];
  readonly rows: readonly Row[];
}

const cache = new Map<string, Table | undefined>();

export function resourcePath(lang: string, stage: string, file: string): string {
  return join(resourcesDir, lang, stage, file);
}

export function parseTable(content: string, file: string, required: readonly string[]): Table {
  const lines = content.split(/\r?\n/);
  let columns: string[] | undefined;
  const rows: Row[] = [];
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "" || raw.startsWith("#")) return;
    const cells = raw.split("\t");
    if (!columns) {
      columns = cells.map((c) => c.trim());
      const missing = required.filter((c) => !columns!.includes(c));
      if (missing.length) throw gazetteError("E131", { file, line, reason: `header lacks column(s) ${missing.join(", ")}` });
      return;
    }
    if (cells.length > columns.length) {
      throw gazetteError("E131", { file, line, reason: `${cells.length} cells for ${columns.length} columns` });
    }
    const row: Record<string, string> = { line: String(line) };
    columns.forEach((c, k) => (row[c] = (cells[k] ?? "").trim()));
    for (const c of required) {
      if (!row[c]) throw gazetteError("E131", { file, line, reason: `empty '${c}'` });
    }
    rows.push(Object.assign(row, { line }) as unknown as Row);
  });
  if (!columns) throw gazetteError("E131", { file, line: 1, reason: "no header line" });
  return { file, columns, rows };
}

/** A language's data file for a stage, or undefined when the language has none (read once, cached). */
export function loadTable(lang: string, stage: string, file: string, required: readonly string[]): Table | undefined {
  const path = resourcePath(lang, stage, file);
  const key = path + "\u0000" + required.join(",");
  if (cache.has(key)) return cache.get(key);
  const table = existsSync(path)
    ? parseTable(readFileSync(path, "utf8"), relative(packageRoot, path), required)
    : undefined;
  cache.set(key, table);
  return table;
}

/** A JSON data file for a stage, or undefined when the language has none. */
export function loadJson<T>(lang: string, stage: string, file: string): T | undefined {
  const path = resourcePath(lang, stage, file);
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, "utf8")) as T;
  } catch (error) {
    throw gazetteError("E131", { file: relative(packageRoot, path), line: 1, reason: (error as Error).message });
  }
}
