/** The `gazette` command: a thin shell over the library. Each command lives in commands/<name>.ts. */
import { Command } from "commander";
import { registerExtract } from "./commands/extract.js";
import { registerIngest } from "./commands/ingest.js";
import { registerEvents } from "./commands/events.js";
import { registerActors } from "./commands/actors.js";
import { registerQuotes } from "./commands/quotes.js";
import { registerDocuments } from "./commands/documents.js";
import { registerSearch } from "./commands/search.js";
import { registerExport } from "./commands/export.js";
import { registerServe } from "./commands/serve.js";
import { runCli } from "./run.js";

const program = new Command("gazette")
  .description("Who did what to whom, when and where: news articles into sourced, structured event records.")
  .version("0.1.0")
  .showHelpAfterError("(run with --help for examples)")
  .configureHelp({ sortSubcommands: false })
  .addHelpText(
    "after",
    `
Start here:
  $ gazette extract article.txt --published-at 2024-12-07     what gazette finds in one article
  $ gazette extract article.txt --format json | jq .events     the record, for scripts
  $ gazette <command> --help                                   each command, with examples`,
  );

registerExtract(program);
registerIngest(program);
registerEvents(program);
registerActors(program);
registerQuotes(program);
registerDocuments(program);
registerSearch(program);
registerExport(program);
registerServe(program);

await runCli(program, process.argv);
