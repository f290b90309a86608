/** `gazette export --format …`: the corpus for other tools (GDELT tables, JSON lines, CSV, Gephi). */
import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import { Command, Option } from "commander";
import { gazetteError } from "../../errors.js";
import { EXPORT_FORMATS, exportCorpus, type ExportFormat } from "../../export/export.js";
import { addDbOption, withStore } from "./corpus-common.js";
import { addEventFilters, eventFilter, type EventFilterOptions } from "./event-filter-options.js";

const examples = `
Examples:
  $ gazette export --format gdelt-events > events.tsv
      GDELT 2.0 events table: 61 tab-separated columns, one row per real-world event
  $ gazette export --format gdelt-mentions --out mentions.tsv --header
      GDELT 2.0 mentions table (16 columns), one row per reporting sentence; --header names the columns
  $ gazette export --format jsonl --out corpus.jsonl
      every record, one JSON object per line (gazette ingest reads it back, analysing the texts anew)
  $ gazette export --format csv --actor RUS --from 2024-12-01
  $ gazette export --format gexf --out actors.gexf
      the actor network (who acts on whom, weighted by events) for Gephi; graphml for yEd, NetworkX`;

interface ExportCliOptions extends EventFilterOptions {
  db: string;
  format: ExportFormat;
  out?: string;
  header?: boolean;
}

async function openOut(path: string): Promise<WriteStream> {
  const stream = createWriteStream(path);
  try {
    // once() rejects with the stream's error when it fails to open.
    await once(stream, "open");
  } catch (error) {
    throw gazetteError("E230", { path, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
  }
  return stream;
}

export function registerExport(program: Command): void {
  const command = program.command("export").description("write the corpus as GDELT tables, JSON lines, CSV, GraphML or GEXF");
  addEventFilters(addDbOption(command))
    .addOption(new Option("-f, --format <format>", "what to write").choices([...EXPORT_FORMATS]).makeOptionMandatory())
    .option("-o, --out <file>", "write to this file instead of standard output")
    .option("--header", "begin GDELT tables with a line of column names")
    .addHelpText("after", examples)
    .action(async (o: ExportCliOptions) => {
      const filter = eventFilter(o);
      // `gazette export … | head` closes the pipe early: that ends the export, it is no error.
      if (!o.out) process.stdout.on("error", (error: NodeJS.ErrnoException) => error.code === "EPIPE" && process.exit(0));
      await withStore(o.db, async (store) => {
        const out: NodeJS.WritableStream = o.out ? await openOut(o.out) : process.stdout;
        const sink = (chunk: string) => (out.write(chunk) ? undefined : once(out, "drain").then(() => undefined));
        await exportCorpus(store, o.format, sink, { filter, ...(o.header && { header: true }) });
        if (o.out) await new Promise<void>((resolve, reject) => (out as WriteStream).end((error?: Error | null) => (error ? reject(gazetteError("E230", { path: o.out!, reason: error.message })) : resolve())));
      });
    });
}
