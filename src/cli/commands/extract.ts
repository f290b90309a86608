/** `gazette extract FILE… | -`: analyse articles and print their records. */
import { Command, Option } from "commander";
import cliProgress from "cli-progress";
import { analyze } from "../../analyze.js";
import { gazetteError } from "../../errors.js";
import { checkIsoDate, DEFAULT_MAX_BYTES } from "../../input/prepare.js";
import type { DocumentRecord } from "../../model/record.js";
import { formatRecordText } from "../format-text.js";
import { readInputBytes } from "../read-input.js";
import { describeError } from "../run.js";

interface ExtractOptions {
  format?: "json" | "jsonl" | "text";
  lang?: string;
  publishedAt?: string;
  title?: string;
  url?: string;
  maxBytes: number;
  progress?: boolean;
  dictionaries?: string;
}

const examples = `
Examples:
  $ gazette extract article.txt --published-at 2024-12-07
      a readable summary: sentences, entities, times, quotes, events
  $ gazette extract article.txt --format json --lang fr --published-at 2024-12-07 > record.json
      the full DocumentRecord (every offset is a UTF-16 index into "text")
  $ gazette extract page.html --format json
      HTML works too: the main text, title, author and date are taken from the page
  $ cat story.txt | gazette extract - --lang en
      read standard input
  $ gazette extract news/*.txt --format jsonl > records.jsonl
      many files: one record per line, a progress bar on the terminal
  $ gazette extract article.txt --format json | jq '.events[] | {code, source: .source.actor, date}'

Relative dates ("vendredi", "last week") are resolved against --published-at, else against the
page's own date or the dateline; without either they stay underspecified.`;

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("analyse articles (text or HTML) and print their records")
    .argument("<files...>", "files to read, or - for standard input")
    .addOption(new Option("-f, --format <format>", "json, jsonl or text (default: text on a terminal, else json)").choices(["json", "jsonl", "text"]))
    .option("-l, --lang <code>", "the language (ISO 639-1, e.g. fr, en); detected when omitted")
    .option("-p, --published-at <date>", "publication date, the reference for relative dates (e.g. 2024-12-07)")
    .option("--title <title>", "the article's title")
    .option("--url <url>", "where the article was published")
    .option("--max-bytes <n>", "refuse inputs larger than this", (v) => parsePositive(v, "--max-bytes"), DEFAULT_MAX_BYTES)
    .option("--no-progress", "no progress bar, even on a terminal")
    .option("--dictionaries <dir>", "code events with PETRARCH-format verb, actor and agent dictionaries from this folder")
    .addHelpText("after", examples)
    .action(async (files: string[], options: ExtractOptions) => {
      if (options.publishedAt) checkIsoDate(options.publishedAt);
      if (options.lang && !/^[a-z]{2,3}$/.test(options.lang)) throw gazetteError("E120", { lang: options.lang });
      const format = options.format ?? (process.stdout.isTTY ? "text" : files.length > 1 ? "jsonl" : "json");
      const bar =
        files.length > 1 && process.stderr.isTTY && options.progress !== false
          ? new cliProgress.SingleBar({ format: "{bar} {value}/{total} files · {eta_formatted} left · {file}", stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic)
          : undefined;
      bar?.start(files.length, 0, { file: "" });
      const records: DocumentRecord[] = [];
      let failed = 0;
      for (const file of files) {
        bar?.update({ file });
        try {
          const bytes = await readInputBytes(file, options.maxBytes);
          const record = await analyze(bytes, {
            maxBytes: options.maxBytes,
            ...(options.lang && { lang: options.lang }),
            ...(options.publishedAt && { publishedAt: options.publishedAt }),
            ...(options.title && { title: options.title }),
            ...(options.url && { url: options.url }),
            ...(options.dictionaries && { dictionaries: options.dictionaries }),
          });
          if (format === "jsonl") process.stdout.write(JSON.stringify(record) + "\n");
          else if (format === "text") process.stdout.write(formatRecordText(record, file) + "\n\n");
          else records.push(record);
        } catch (error) {
          if (files.length === 1) throw error;
          failed++;
          bar?.stop();
          console.error(`${file}: ${describeError(error)}`);
        }
        bar?.increment();
      }
      bar?.stop();
      if (format === "json") {
        process.stdout.write(JSON.stringify(records.length === 1 && files.length === 1 ? records[0] : records, null, 1) + "\n");
      }
      if (failed) process.exitCode = 1;
    });
}

function parsePositive(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw gazetteError("E122", { value, option, expected: "a positive whole number" });
  return n;
}
