/**
 * The gold articles of ../shared/data/gold (format: its README.md), read once for every suite, and
 * each analysed once by the default pipeline: suites score different layers of the same Doc.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createDoc, type Doc } from "../../src/pipeline/doc.js";
import { defaultPipeline } from "../../src/pipeline/default.js";
import { runPipeline } from "../../src/pipeline/pipeline.js";
import { dataPath } from "../data.js";

export interface GoldBase {
  id: string;
  lang: string;
  publishedAt?: string;
  /** The article as published (the gold's `text` names its file). */
  text: string;
}

let articles: Array<GoldBase & Record<string, unknown>> | undefined;

/** Every gold article, its JSON fields as they are plus `text`, sorted by file name. */
export function readGold<T extends object>(): Array<GoldBase & T> {
  if (!articles) {
    const dir = dataPath("gold");
    articles = readdirSync(dir)
      .filter((f) => f.endsWith(".gold.json"))
      .sort()
      .map((file) => {
        const gold = JSON.parse(readFileSync(join(dir, file), "utf8")) as Record<string, unknown> & { id: string; lang?: string; text?: string };
        const text = readFileSync(join(dir, gold.text ?? `${gold.id}.txt`), "utf8");
        return { ...gold, lang: gold.lang ?? "fr", text };
      });
  }
  return articles as Array<GoldBase & T>;
}

const analysed = new Map<string, Promise<Doc>>();

/** The article analysed by the default pipeline, once per process. */
export function analyseGold(article: GoldBase): Promise<Doc> {
  let doc = analysed.get(article.id);
  if (!doc) {
    const meta = { lang: article.lang, ...(article.publishedAt && { publishedAt: article.publishedAt }) };
    const created = createDoc(article.text, meta);
    doc = runPipeline(defaultPipeline(), created, article.publishedAt ? { publishedAt: article.publishedAt } : {});
    analysed.set(article.id, doc);
  }
  return doc;
}
