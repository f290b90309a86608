/**
 * NER: exact-span P/R/F1 per type on each dev corpus (the model alone), and entity recall/precision
 * on the gold articles by the rule of ../shared/tools/score.py (a gold entity is found when one of its
 * occurrences overlaps at least half of a predicted mention of the same type, GPE ~ LOC), for the NER
 * model alone, the gazetteer recogniser alone, and the full pipeline (recogniser + NER + linking).
 */
import { NER_TYPES } from "../../src/stages/ner/labeller.js";
import { nerModel, type NerModel } from "../../src/stages/ner/model.js";
import { documents } from "../../src/stages/ner/document-memory.js";
import { nerInput } from "../../src/stages/ner/ner.js";
import { segment } from "../../src/stages/segment/segment.js";
import { nerCorpora } from "../train/ner-corpora.js";
import type { NerSentence } from "../../src/stages/ner/train-ner.js";
import { analyseGold, readGold } from "./gold.js";
import type { EvalRow, EvalSuite } from "./suite.js";

export interface SpanCounts {
  tp: number;
  predicted: number;
  gold: number;
}

const f1 = (c: SpanCounts) => (c.tp === 0 ? 0 : (2 * c.tp) / (c.predicted + c.gold));
const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/** Exact token-span matches per type (and "all"), counting only the types the corpus annotates. */
export function scoreCorpus(model: NerModel, sentences: readonly NerSentence[], types: readonly string[]): Map<string, SpanCounts> {
  const counts = new Map<string, SpanCounts>();
  const add = (type: string, field: keyof SpanCounts) => {
    for (const key of [type, "all"]) {
      const c = counts.get(key) ?? { tp: 0, predicted: 0, gold: 0 };
      c[field]++;
      counts.set(key, c);
    }
  };
  const labelled = documents(sentences).flatMap((d) => model.documentSpans(d));
  sentences.forEach((s, i) => {
    const predicted = labelled[i].filter((p) => types.includes(NER_TYPES[p.type]));
    const gold = new Set(s.spans.map((g) => `${g.first}:${g.last}:${g.type}`));
    for (const g of s.spans) add(NER_TYPES[g.type], "gold");
    for (const p of predicted) {
      add(NER_TYPES[p.type], "predicted");
      if (gold.has(`${p.first}:${p.last}:${p.type}`)) add(NER_TYPES[p.type], "tp");
    }
  });
  return counts;
}

export function devRows(lang: string, only?: (name: string) => boolean): EvalRow[] {
  const model = nerModel(lang);
  if (!model) return [];
  const rows: EvalRow[] = [];
  for (const c of nerCorpora.filter((c) => c.lang === lang && c.name.endsWith("-dev") && (!only || only(c.name)))) {
    const counts = scoreCorpus(model, c.read(), c.types);
    for (const type of ["all", ...c.types]) {
      const k = counts.get(type) ?? { tp: 0, predicted: 0, gold: 0 };
      if (type === "all") {
        rows.push({ lang, corpus: c.name, metric: "precision", value: ratio(k.tp, k.predicted), n: k.predicted });
        rows.push({ lang, corpus: c.name, metric: "recall", value: ratio(k.tp, k.gold), n: k.gold });
      }
      rows.push({ lang, corpus: c.name, metric: type === "all" ? "f1" : `f1_${type}`, value: f1(k), n: k.gold });
    }
  }
  return rows;
}

// ——— gold articles ———

interface GoldEntity {
  text: string;
  type: string;
  required?: boolean;
  mentions?: unknown[];
}

export interface GoldNerArticle {
  id: string;
  lang: string;
  publishedAt?: string;
  text: string;
  entities: GoldEntity[];
}

export function readGoldNer(): GoldNerArticle[] {
  return readGold<{ entities?: GoldEntity[] }>().map((gold) => ({ ...gold, entities: gold.entities ?? [] }));
}

export interface PredictedMention {
  start: number;
  end: number;
  type: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Every whole-word occurrence of a surface form (score.py's `occurrences`). */
function occurrences(text: string, surface: string): Array<[number, number]> {
  if (!surface) return [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}_])${escape(surface)}(?![\\p{L}\\p{N}_])`, "gu");
  return [...text.matchAll(re)].map((m) => [m.index!, m.index! + surface.length]);
}

const sameSpan = (a: readonly [number, number], b: readonly [number, number]) => {
  const inter = Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
  return inter > 0 && inter * 2 >= Math.max(a[1] - a[0], b[1] - b[0]);
};
const sameType = (a: string, b: string) => a === b || ((a === "GPE" || a === "LOC") && (b === "GPE" || b === "LOC"));

export interface GoldScore {
  gold: number;
  found: number;
  predicted: number;
  onGold: number;
  missed: string[];
}

export function scoreGoldArticle(article: GoldNerArticle, predicted: readonly PredictedMention[]): GoldScore {
  const spansOf = (e: GoldEntity) => {
    const forms = new Set([e.text, ...(e.mentions ?? []).filter((m): m is string => typeof m === "string")]);
    return [...forms].flatMap((f) => occurrences(article.text, f));
  };
  const required = article.entities.filter((e) => e.required !== false);
  const allSpans = article.entities.flatMap(spansOf);
  let found = 0;
  const missed: string[] = [];
  for (const g of required) {
    const spans = spansOf(g);
    if (predicted.some((p) => sameType(p.type, g.type) && spans.some((s) => sameSpan([p.start, p.end], s)))) found++;
    else missed.push(`${g.text}/${g.type}`);
  }
  const onGold = predicted.filter((p) => allSpans.some((s) => sameSpan([p.start, p.end], s))).length;
  return { gold: required.length, found, predicted: predicted.length, onGold, missed };
}

/** The NER model alone over an article, on gazette's own segmentation. */
export function nerMentionsOf(model: NerModel, text: string, lang: string): PredictedMention[] {
  const sentences = segment(text, lang).tokens.map((tokens) => nerInput(text, tokens));
  return model.documentSpans(sentences).flatMap((spans, i) => spans.map((s) => ({ start: sentences[i].starts[s.first], end: sentences[i].ends[s.last], type: NER_TYPES[s.type] })));
}

/** Every entity mention of the full pipeline's record, typed by its entity. */
export async function pipelineMentionsOf(article: GoldNerArticle): Promise<PredictedMention[]> {
  const entities = (await analyseGold(article)).layers.entities ?? [];
  return entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type })));
}

export async function goldRows(log?: (line: string) => void): Promise<EvalRow[]> {
  const rows: EvalRow[] = [];
  const articles = readGoldNer();
  for (const lang of [...new Set(articles.map((a) => a.lang))]) {
    const model = nerModel(lang);
    const mine = articles.filter((a) => a.lang === lang);
    const systems: Array<[string, (a: GoldNerArticle) => Promise<PredictedMention[]>]> = [["pipeline", pipelineMentionsOf]];
    if (model) systems.unshift(["ner", async (a) => nerMentionsOf(model, a.text, lang)]);
    for (const [system, run] of systems) {
      const total: GoldScore = { gold: 0, found: 0, predicted: 0, onGold: 0, missed: [] };
      const seed: GoldScore = { ...total };
      for (const a of mine) {
        const s = scoreGoldArticle(a, await run(a));
        for (const acc of a.id.startsWith("seed") ? [total, seed] : [total]) {
          acc.gold += s.gold;
          acc.found += s.found;
          acc.predicted += s.predicted;
          acc.onGold += s.onGold;
        }
        if (s.missed.length) log?.(`${system} ${a.id} missed: ${s.missed.join(", ")}`);
      }
      const p = ratio(total.onGold, total.predicted);
      const r = ratio(total.found, total.gold);
      const corpus = `gold-${system}`;
      rows.push({ lang, corpus, metric: "entity_precision", value: p, n: total.predicted });
      rows.push({ lang, corpus, metric: "entity_recall", value: r, n: total.gold });
      rows.push({ lang, corpus, metric: "entity_f1", value: p + r === 0 ? 0 : (2 * p * r) / (p + r), n: total.gold });
      if (seed.gold) rows.push({ lang, corpus: `seed-${system}`, metric: "entities_found", value: seed.found, n: seed.gold });
    }
  }
  return rows;
}

export const nerSuite: EvalSuite = {
  name: "ner",
  title: "NER: exact-span F1 per type on dev corpora (model alone); gold-article entities by score.py's rule (model alone, full pipeline)",
  async run() {
    const rows = [...devRows("fr"), ...devRows("en")];
    rows.push(...(await goldRows(process.env.NER_EVAL_VERBOSE ? (l) => console.error(l) : undefined)));
    return rows;
  },
};
