/** `gazette quotes`: who said what, across the corpus. */
import { Command } from "commander";
import { addRowOptions, isoDay, paging, printPage, withStore, type CorpusOptions } from "./corpus-common.js";

const examples = `
Examples:
  $ gazette quotes --speaker person:vladimir-putin
  $ gazette quotes --speaker Tikhanovska --from 2024-12-01
  $ gazette quotes --text "sanctions" --format json`;

interface QuoteOptions extends CorpusOptions {
  speaker?: string;
  text?: string;
  document?: string;
  from?: string;
  to?: string;
}

export function registerQuotes(program: Command): void {
  const command = program.command("quotes").description("list quotations, with who said them");
  addRowOptions(command)
    .option("-s, --speaker <who>", "the speaker's entity id, or part of how the article names the speaker")
    .option("-t, --text <words>", "words of the quotation")
    .option("--document <id>", "quotations of this article")
    .option("--from <date>", "articles published on or after this day", isoDay("--from"))
    .option("--to <date>", "articles published on or before this day", isoDay("--to"))
    .addHelpText("after", examples)
    .action(async (o: QuoteOptions) => {
      await withStore(o.db, async (store) => {
        const page = await store.quotes({
          ...(o.speaker && { speaker: o.speaker }),
          ...(o.text && { text: o.text }),
          ...(o.document && { document: o.document }),
          ...(o.from && { from: o.from }),
          ...(o.to && { to: o.to }),
          ...paging(o),
        });
        printPage(
          page,
          o.format,
          ["published", "speaker", "kind", "quote", "document"],
          (q) => [q.publishedAt?.slice(0, 10), q.speakerText ?? q.speaker, q.kind, q.text, q.document],
          "no quotations match",
        );
      });
    });
}
