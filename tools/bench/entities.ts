/**
 * The knowledge base and linking: how long a fresh process takes to load the knowledge base (what a
 * user's first command pays), and what share of the whole pipeline's time goes to recognising and
 * linking entities, on news, one core.
 */
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { createDoc } from "../../src/pipeline/doc.js";
import { defaultPipeline } from "../../src/pipeline/default.js";
import { packageRoot } from "../../src/resources/paths.js";
import { benchLanguages, newsArticles, newsCorpus } from "./news.js";
import type { BenchRow, BenchSuite } from "./suite.js";

/** Stages that find and link entities: the gazetteer recogniser and the linker. */
const LINKING = new Set(["recognise", "entities"]);

function coldLoadMs(lang: string): number {
  const script = `const { knowledge } = await import("./src/kb/knowledge.ts");
const started = performance.now();
knowledge(${JSON.stringify(lang)});
console.log(performance.now() - started);`;
  const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: packageRoot, encoding: "utf8" });
  return Number(out.trim().split("\n").pop());
}

export const entitiesBench: BenchSuite = {
  name: "entities",
  async run() {
    const rows: BenchRow[] = [];
    for (const lang of benchLanguages) {
      const samples = [coldLoadMs(lang), coldLoadMs(lang), coldLoadMs(lang)].sort((a, b) => a - b);
      rows.push({ stage: "knowledge base", lang, metric: "load ms", value: samples[1], detail: "median of 3 fresh processes: world tables, word lists, phrase index" });

      const publishedAt = newsArticles(lang)[0]?.publishedAt?.slice(0, 10) ?? "2012-01-01";
      const texts = newsCorpus(lang, 300_000);
      const { stages } = defaultPipeline();
      const spent = new Map<string, number>();
      // One pass to load and warm every stage, then the timed one.
      for (const timed of [false, true]) {
        for (const text of texts) {
          const doc = createDoc(text, { lang, publishedAt });
          for (const stage of stages) {
            if (stage.languages && !stage.languages.includes(lang)) continue;
            const started = performance.now();
            await stage.run(doc, { publishedAt });
            if (timed) spent.set(stage.name, (spent.get(stage.name) ?? 0) + performance.now() - started);
          }
        }
      }
      const total = [...spent.values()].reduce((a, b) => a + b, 0);
      const linking = [...spent].filter(([name]) => LINKING.has(name)).reduce((a, [, ms]) => a + ms, 0);
      const byStage = [...spent].map(([name, ms]) => `${name} ${((ms / total) * 100).toFixed(0)}%`).join(", ");
      rows.push({ stage: "recognise+entities", lang, metric: "% of pipeline", value: (linking / total) * 100, detail: byStage });
    }
    return rows;
  },
};
