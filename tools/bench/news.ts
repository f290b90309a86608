/** News text for benchmarks: the Wikinews articles of ../shared/data/news, repeated to a target size. */
import { readText } from "../corpora/conllu.js";
import { dataPath } from "../data.js";

export interface NewsArticle {
  id: string;
  lang: string;
  title?: string;
  publishedAt?: string;
  text: string;
}

const files: Record<string, string> = { fr: "news/fr/wikinews-fr-2012.jsonl.gz", en: "news/en/wikinews-en-semeval2015.jsonl.gz" };

export function newsArticles(lang: string): NewsArticle[] {
  return readText(dataPath(files[lang]))
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as NewsArticle);
}

/** The articles' texts, repeated until they reach `bytes` in total. */
export function newsCorpus(lang: string, bytes: number): string[] {
  const articles = newsArticles(lang).map((a) => a.text);
  const out: string[] = [];
  let size = 0;
  for (let k = 0; size < bytes; k++) {
    const text = articles[k % articles.length];
    out.push(text);
    size += text.length;
  }
  return out;
}

export const benchLanguages = Object.keys(files);
