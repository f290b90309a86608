/**
 * `npm run train -- <model> --lang fr|en [options]`: trains one of gazette's models from ../shared/data
 * (or $GAZETTE_DATA) and writes its weights and card under models/<lang>/.
 */
import { trainSentences } from "./train/sentences.js";
import { trainSyntax } from "./train/syntax.js";
import { trainNerModel } from "./train/ner.js";

const trainers: Record<string, (args: string[]) => Promise<void>> = { sentences: trainSentences, syntax: trainSyntax, ner: trainNerModel };

const [model, ...rest] = process.argv.slice(2);
if (!model || !trainers[model]) {
  const known = Object.keys(trainers);
  console.error(
    `usage: npm run train -- <model> --lang <lang>\n  models: ${known.length ? known.join(", ") : "(none yet)"}`,
  );
  process.exitCode = 2;
} else {
  await trainers[model](rest);
}
