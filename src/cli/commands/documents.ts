/** `gazette documents [ID]`: the articles of the corpus, or one article's full record. */
import { Command } from "commander";
import { gazetteError } from "../../errors.js";
import { addRowOptions, isoDay, paging, printPage, withStore, type CorpusOptions } from "./corpus-common.js";
import type { DocumentFilter } from "../../store/store.js";

const examples = `
Examples:
  $ gazette documents
      the latest articles, with their story (near-duplicates share one) and counts
  $ gazette documents --source "La Gazette" --from 2024-12-01 --to 2024-12-31
  $ gazette documents --story 3f2a9c1d0b7e4a55
      every copy of one story
  $ gazette documents 3f2a9c1d0b7e4a55
      one article's full record, as JSON`;

/** The store's document filters, as options of the command. */
interface DocumentOptions extends CorpusOptions, DocumentFilter {}

export function registerDocuments(program: Command): void {
  const command = program.command("documents").description("list the articles of the corpus, or print one").argument("[id]", "an article id: print its record");
  addRowOptions(command)
    .option("-t, --text <words>", "articles containing these words")
    .option("--source <name>", "articles from this publisher")
    .option("-l, --lang <code>", "articles in this language")
    .option("--from <date>", "published on or after this day", isoDay("--from"))
    .option("--to <date>", "published on or before this day", isoDay("--to"))
    .option("--story <id>", "the articles of one story (near-duplicates)")
    .addHelpText("after", examples)
    .action(async (id: string | undefined, o: DocumentOptions) => {
      await withStore(o.db, async (store) => {
        if (id) {
          const record = await store.get(id);
          if (!record) throw gazetteError("E122", { value: id, option: "id", expected: "an id that gazette documents lists" });
          process.stdout.write(JSON.stringify(record, null, 1) + "\n");
          return;
        }
        const page = await store.documents({
          ...(o.text && { text: o.text }),
          ...(o.source && { source: o.source }),
          ...(o.lang && { lang: o.lang }),
          ...(o.from && { from: o.from }),
          ...(o.to && { to: o.to }),
          ...(o.story && { story: o.story }),
          ...paging(o),
        });
        printPage(
          page,
          o.format,
          ["id", "published", "lang", "source", "title", "story", "events", "entities"],
          (d) => [d.id, d.publishedAt?.slice(0, 10), d.lang, d.source, d.title, d.story === d.id ? "" : d.story, d.events, d.entities],
          "no articles match (run gazette ingest first)",
        );
      });
    });
}
