/** `gazette events`: the real-world events of the corpus, each with how many articles report it. */
import { Command } from "commander";
import { addRowOptions, paging, printPage, withStore, type CorpusOptions } from "./corpus-common.js";
import { addEventFilters, eventFilter, type EventFilterOptions } from "./event-filter-options.js";

const examples = `
Examples:
  $ gazette events
      the latest events: day, CAMEO code, who did what to whom, where, and how many reports
  $ gazette events --actor RUS --quad 4 --from 2024-12-01
      material conflict involving Russian actors since 1 December
  $ gazette events --actor person:alexander-lukashenko --root 05 --format csv > talks.csv
  $ gazette events --country BLR --text "traité" --page 2
  $ gazette events --format json | jq '.items[] | {code, source: .source.actor, articles: .numArticles}'

Events reported by several articles are one event: "mentions", "articles" and "sources" count
its reports (GDELT's NumMentions, NumArticles, NumSources).`;

export function registerEvents(program: Command): void {
  const command = program.command("events").description("list the events of the corpus, with filters");
  addEventFilters(addRowOptions(command))
    .addHelpText("after", examples)
    .action(async (o: CorpusOptions & EventFilterOptions) => {
      await withStore(o.db, async (store) => {
        const page = await store.events({ ...eventFilter(o), ...paging(o) });
        printPage(
          page,
          o.format,
          ["id", "day", "code", "quad", "source", "target", "place", "mentions", "articles", "sources"],
          (e) => [
            e.id,
            e.day,
            e.code,
            e.quadClass,
            e.source ? `${e.source.name ?? ""} (${e.source.actor})`.trim() : undefined,
            e.target ? `${e.target.name ?? ""} (${e.target.actor})`.trim() : undefined,
            e.place?.name,
            e.numMentions,
            e.numArticles,
            e.numSources,
          ],
          "no events match (is the corpus empty? run gazette ingest first)",
        );
      });
    });
}
