/** The `gazette` command: a thin shell over the library. Each command lives in commands/<name>.ts. */
import { Command } from "commander";
import { registerExtract } from "./commands/extract.js";
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

await runCli(program, process.argv);
