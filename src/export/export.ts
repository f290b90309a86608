/** `exportCorpus`: a store's content in one of the formats other tools read, written as a stream. */
import type { DocumentFilter, EventFilter, Store } from "../store/store.js";
import { csvLine } from "./csv.js";
import { EVENT_COLUMNS, eventRow } from "./event-rows.js";
import { GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, gdeltEventRow, gdeltMentionRow, tsvLine } from "./gdelt.js";
import { gexf, graphml, NetworkBuilder } from "./graph.js";

export const EXPORT_FORMATS = ["gdelt-events", "gdelt-mentions", "jsonl", "csv", "graphml", "gexf"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  /** Which events (gdelt-*, csv, graphml, gexf); jsonl uses its text, date range and `lang`/`source`. */
  filter?: EventFilter & Pick<DocumentFilter, "lang" | "source">;
  /** A first line naming the columns (GDELT's own files have none). */
  header?: boolean;
}

/** Where the text goes; it resolves when the destination can take more (backpressure). */
export type Sink = (chunk: string) => Promise<void> | void;

/** Writes the export and returns how many rows (events, mentions, records, or graph edges) it wrote. */
export async function exportCorpus(store: Store, format: ExportFormat, sink: Sink, options: ExportOptions = {}): Promise<number> {
  const { lang, source, ...filter } = options.filter ?? {};
  let rows = 0;
  switch (format) {
    case "gdelt-events":
      if (options.header) await sink(tsvLine(GDELT_EVENT_COLUMNS.map((c) => c.name)));
      for await (const event of store.allEvents(filter)) {
        await sink(tsvLine(gdeltEventRow(event)));
        rows++;
      }
      return rows;
    case "gdelt-mentions":
      if (options.header) await sink(tsvLine(GDELT_MENTION_COLUMNS.map((c) => c.name)));
      for await (const mention of store.mentions(filter)) {
        await sink(tsvLine(gdeltMentionRow(mention)));
        rows++;
      }
      return rows;
    case "csv":
      await sink(csvLine([...EVENT_COLUMNS]));
      for await (const event of store.allEvents(filter)) {
        const row = eventRow(event);
        await sink(csvLine(EVENT_COLUMNS.map((c) => row[c])));
        rows++;
      }
      return rows;
    case "jsonl":
      for await (const record of store.records({ text: filter.text, from: filter.from, to: filter.to, lang, source })) {
        await sink(JSON.stringify(record) + "\n");
        rows++;
      }
      return rows;
    case "graphml":
    case "gexf": {
      const builder = new NetworkBuilder();
      for await (const event of store.allEvents(filter)) builder.add(event);
      const network = builder.build();
      await sink(format === "graphml" ? graphml(network) : gexf(network));
      return network.edges.length;
    }
  }
}
