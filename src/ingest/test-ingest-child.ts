/**
 * Run by ingest.test.ts as a separate process, so that it can be killed with SIGKILL mid-run:
 * `node --import tsx test-ingest-child.ts DB SOURCE…` ingests with the keyword analyser, slowed a little.
 */
import { openStore } from "../store/open-store.js";
import { ingest } from "./ingest.js";
import { keywordAnalyze } from "./test-analyzer.js";

const [db, ...sources] = process.argv.slice(2);
const store = await openStore(db);
const summary = await ingest(store, sources, {
  analyze: async (input, options) => {
    await new Promise((resolve) => setTimeout(resolve, 2));
    return keywordAnalyze(input, options);
  },
});
await store.close();
process.stdout.write(JSON.stringify(summary) + "\n");
