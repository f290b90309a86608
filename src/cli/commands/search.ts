/** `gazette search WORDS…`: full-text search over titles and texts. */
import { Command } from "commander";
import { addRowOptions, paging, printPage, withStore, type CorpusOptions } from "./corpus-common.js";

const examples = `
Examples:
  $ gazette search biélorusse opposition
      articles with both words; accents and case do not matter ("bielorusse" finds "Biélorusse")
  $ gazette search Loukachenko --lang fr --format json`;

export function registerSearch(program: Command): void {
  const command = program.command("search").description("find articles by the words they contain").argument("<words...>", "every word must occur");
  addRowOptions(command)
    .option("-l, --lang <code>", "only articles in this language")
    .addHelpText("after", examples)
    .action(async (words: string[], o: CorpusOptions & { lang?: string }) => {
      await withStore(o.db, async (store) => {
        const page = await store.search({ text: words.join(" "), ...(o.lang && { lang: o.lang }), ...paging(o) });
        printPage(page, o.format, ["id", "published", "title", "snippet"], (h) => [h.id, h.publishedAt?.slice(0, 10), h.title, h.snippet], "no article contains all these words");
      });
    });
}
