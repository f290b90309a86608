/** What the corpus commands share: --db, --format, paging, and rendering rows as a table, JSON or CSV. */
import { Command, Option } from "commander";
import { gazetteError } from "../../errors.js";
import { csvLine } from "../../export/csv.js";
import { checkIsoDate } from "../../input/prepare.js";
import { defaultDatabase, openStore } from "../../store/open-store.js";
import { DEFAULT_PAGE, MAX_PAGE, type Page, type Store } from "../../store/store.js";

export type RowFormat = "table" | "json" | "csv";

export interface CorpusOptions {
  db: string;
  format?: RowFormat;
  limit: number;
  page: number;
}

export function addDbOption(command: Command): Command {
  return command.option("--db <path>", "the database file ($GAZETTE_DB when set)", defaultDatabase());
}

export function addRowOptions(command: Command): Command {
  return addDbOption(command)
    .addOption(new Option("-f, --format <format>", "table, json or csv (default: table on a terminal, else json)").choices(["table", "json", "csv"]))
    .option("-n, --limit <n>", `rows per page (at most ${MAX_PAGE})`, (v) => positive(v, "--limit"), DEFAULT_PAGE)
    .option("--page <n>", "which page, from 1", (v) => positive(v, "--page"), 1);
}

export function positive(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw gazetteError("E122", { value, option, expected: "a positive whole number" });
  return n;
}

export const isoDay = (option: string) => (value: string) => checkIsoDate(value, option).slice(0, 10);

export const paging = (o: CorpusOptions) => ({ limit: o.limit, offset: (o.page - 1) * o.limit });

/** Opens the store, runs the command, and closes it whatever happens. */
export async function withStore<T>(db: string, run: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(db);
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

type Cell = string | number | boolean | undefined;

function truncate(text: string, width: number): string {
  return text.length <= width ? text : text.slice(0, Math.max(1, width - 1)) + "…";
}

/** Columns padded to their widest cell; the widest column gives way when the terminal is narrow. */
export function renderTable(columns: string[], rows: Cell[][]): string {
  const cells = rows.map((r) => r.map((c) => (c === undefined ? "" : String(c).replace(/\s+/g, " "))));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i].length)));
  const room = (process.stdout.columns || 160) - 2 * (columns.length - 1);
  while (widths.reduce((a, b) => a + b, 0) > room) {
    const widest = widths.indexOf(Math.max(...widths));
    if (widths[widest] <= 12) break;
    widths[widest] = Math.max(12, widths[widest] - Math.ceil((widths.reduce((a, b) => a + b, 0) - room) / 2));
  }
  const line = (r: string[]) => r.map((c, i) => truncate(c, widths[i]).padEnd(widths[i])).join("  ").trimEnd();
  return [line(columns), line(widths.map((w) => "─".repeat(w))), ...cells.map(line)].join("\n");
}

/** Prints a page of rows in the chosen format; the table ends with where the page is and how to go on. */
export function printPage<T>(page: Page<T>, format: RowFormat | undefined, columns: string[], toRow: (item: T) => Cell[], empty: string): void {
  const chosen = format ?? (process.stdout.isTTY ? "table" : "json");
  if (chosen === "json") {
    process.stdout.write(JSON.stringify(page, null, 1) + "\n");
    return;
  }
  if (chosen === "csv") {
    process.stdout.write(csvLine(columns) + page.items.map((item) => csvLine(toRow(item))).join(""));
    return;
  }
  if (page.total === 0) {
    console.log(empty);
    return;
  }
  console.log(renderTable(columns, page.items.map(toRow)));
  const first = page.offset + 1;
  const last = page.offset + page.items.length;
  const pageNo = Math.floor(page.offset / page.limit) + 1;
  const more = last < page.total ? ` · next: --page ${pageNo + 1}` : "";
  console.log(page.items.length ? `\n${first}–${last} of ${page.total}${more}` : `\nno rows on page ${pageNo} (${page.total} in all)`);
}
