/** `gazette actors`: who appears in the corpus, in how many articles, in how many events. */
import { Command, Option } from "commander";
import { addRowOptions, paging, printPage, withStore, type CorpusOptions } from "./corpus-common.js";

const examples = `
Examples:
  $ gazette actors
      the most present people, organisations and places first
  $ gazette actors --type PER --country BLR
  $ gazette actors --name Lukash
  $ gazette actors --name RUSGOV --format csv`;

export function registerActors(program: Command): void {
  const command = program.command("actors").description("list the people, organisations and places of the corpus");
  addRowOptions(command)
    .option("--name <name>", "part of the name, an entity id, or a CAMEO actor code prefix")
    .addOption(new Option("--type <type>", "entity type").choices(["PER", "ORG", "GPE", "LOC", "MISC"]))
    .option("-c, --country <iso3>", "ISO alpha-3 country")
    .addHelpText("after", examples)
    .action(async (o: CorpusOptions & { name?: string; type?: "PER" | "ORG" | "GPE" | "LOC" | "MISC"; country?: string }) => {
      await withStore(o.db, async (store) => {
        const page = await store.actors({ ...(o.name && { name: o.name }), ...(o.type && { type: o.type }), ...(o.country && { country: o.country }), ...paging(o) });
        printPage(
          page,
          o.format,
          ["entity", "name", "type", "country", "actor", "documents", "mentions", "events"],
          (a) => [a.entity, a.name, a.type, a.country, a.actor, a.documents, a.mentions, a.events],
          "no actors match",
        );
      });
    });
}
