/**
 * Time expressions: extraction F1 (strict: same span; relaxed: overlapping spans) and value F1 / accuracy
 * on French TimeBank dev (TempEval-3 definitions), and value accuracy on the gold articles
 * (../shared/data/gold/README.md). chrono-node's French and English parsers run on the same data as a peer.
 * TimeML annotates the two ends of a range apart, so on TimeBank a range counts as its two ends.
 */
import * as chrono from "chrono-node";
import { segment } from "../../src/stages/segment/segment.js";
import { findTimes } from "../../src/stages/times/extract.js";
import { parseIsoDay } from "../../src/stages/times/calendar.js";
import { ruleSet } from "../../src/stages/times/rules.js";
import { readText } from "../corpora/conllu.js";
import { dataPath } from "../data.js";
import { analyseGold, readGold } from "./gold.js";
import type { EvalRow, EvalSuite } from "./suite.js";

export interface TimeSpan {
  start: number;
  end: number;
  value: string;
}

export interface TimebankDoc {
  file: string;
  dct: string;
  text: string;
  times: Array<TimeSpan & { type: string }>;
}

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => entities[e]);
const tag = /<(?<close>\/?)(?<name>[A-Za-z0-9_]+)(?<attrs>[^>]*?)(?<self>\/?)>/g;
const attr = /(?<key>\w+)="(?<value>[^"]*)"/g;

/** The text inside <TEXT> with its TIMEX3 spans, and the creation time (DCT). */
export function parseTimeml(file: string, tml: string): TimebankDoc {
  const dct = /<DCT>[\s\S]*?value="(?<v>[^"]+)"/.exec(tml)?.groups?.v ?? "";
  const body = tml.slice(tml.indexOf("<TEXT>") + 6, tml.indexOf("</TEXT>"));
  let text = "";
  let last = 0;
  let open: { start: number; attrs: Record<string, string> } | undefined;
  const times: TimebankDoc["times"] = [];
  for (const m of body.matchAll(tag)) {
    text += decode(body.slice(last, m.index));
    last = m.index + m[0].length;
    const { close, name, attrs, self } = m.groups!;
    if (name !== "TIMEX3" || self) continue;
    if (!close) open = { start: text.length, attrs: Object.fromEntries([...attrs.matchAll(attr)].map((a) => [a.groups!.key, a.groups!.value])) };
    else if (open) {
      if (text.length > open.start) times.push({ start: open.start, end: text.length, value: open.attrs.value ?? "", type: open.attrs.type ?? "" });
      open = undefined;
    }
  }
  text += decode(body.slice(last));
  return { file, dct, text, times };
}

export function readTimebank(split: "dev" | "train"): TimebankDoc[] {
  return readText(dataPath("time", "fr", "fr-timebank", `${split}.jsonl.gz`))
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => {
      const { file, tml } = JSON.parse(l) as { file: string; tml: string };
      return parseTimeml(file, tml);
    });
}

/** gazette on one text, ranges split into their ends. */
export function gazetteTimes(lang: string, text: string, publishedAt: string): TimeSpan[] {
  const day = parseIsoDay(publishedAt);
  const found = findTimes(ruleSet(lang)!, text, segment(text, lang).sentences, { anchor: day, anchorName: day && "publishedAt" });
  return found.flatMap((t) => t.parts ?? [t]);
}

const two = (n: number) => String(n).padStart(2, "0");

/** chrono's result as a TIMEX3 value, at the finest granularity it is certain of. */
function chronoValue(c: chrono.ParsedComponents): string {
  const y = String(c.get("year")).padStart(4, "0");
  let value: string;
  if (c.isCertain("day") || c.isCertain("weekday") || !c.isCertain("month")) value = `${y}-${two(c.get("month")!)}-${two(c.get("day")!)}`;
  else value = `${y}-${two(c.get("month")!)}`;
  if (!c.isCertain("month") && !c.isCertain("day") && !c.isCertain("weekday") && c.isCertain("year")) value = y;
  if (c.isCertain("hour")) value += `T${two(c.get("hour")!)}:${two(c.get("minute") ?? 0)}`;
  return value;
}

export function chronoTimes(parser: chrono.Chrono, text: string, publishedAt: string): TimeSpan[] {
  const ref = new Date(`${publishedAt.slice(0, 10)}T12:00:00`);
  return parser.parse(text, ref).map((r) => ({ start: r.index, end: r.index + r.text.length, value: chronoValue(r.start) }));
}

export interface Scores {
  gold: number;
  predicted: number;
  strict: number;
  relaxed: number;
  value: number;
}

const f1 = (tp: number, predicted: number, gold: number) => (tp === 0 ? 0 : (2 * tp) / (predicted + gold));

/** TempEval-3 style: one-to-one matching, strict on exact spans, relaxed on overlap; value on relaxed matches. */
export function scoreSpans(gold: readonly TimeSpan[], predicted: readonly TimeSpan[]): Scores {
  const strictUsed = new Set<number>();
  const relaxedUsed = new Set<number>();
  let strict = 0;
  let relaxed = 0;
  let value = 0;
  for (const g of gold) {
    const s = predicted.findIndex((p, i) => !strictUsed.has(i) && p.start === g.start && p.end === g.end);
    if (s >= 0) {
      strictUsed.add(s);
      strict++;
    }
    // Prefer an overlapping prediction with the right value, then any overlapping one.
    const overlapping = predicted.map((p, i) => i).filter((i) => !relaxedUsed.has(i) && predicted[i].start < g.end && predicted[i].end > g.start);
    const r = overlapping.find((i) => predicted[i].value === g.value) ?? overlapping[0];
    if (r !== undefined) {
      relaxedUsed.add(r);
      relaxed++;
      if (predicted[r].value === g.value) value++;
    }
  }
  return { gold: gold.length, predicted: predicted.length, strict, relaxed, value };
}

export function addScores(a: Scores, b: Scores): Scores {
  return { gold: a.gold + b.gold, predicted: a.predicted + b.predicted, strict: a.strict + b.strict, relaxed: a.relaxed + b.relaxed, value: a.value + b.value };
}

export const emptyScores: Scores = { gold: 0, predicted: 0, strict: 0, relaxed: 0, value: 0 };

function timebankRows(corpus: string, s: Scores): EvalRow[] {
  return [
    { lang: "fr", corpus, metric: "strict_f1", value: f1(s.strict, s.predicted, s.gold), n: s.gold },
    { lang: "fr", corpus, metric: "relaxed_f1", value: f1(s.relaxed, s.predicted, s.gold), n: s.gold },
    { lang: "fr", corpus, metric: "value_f1", value: f1(s.value, s.predicted, s.gold), n: s.gold },
    { lang: "fr", corpus, metric: "value_accuracy", value: s.relaxed ? s.value / s.relaxed : 0, n: s.relaxed },
  ];
}

export interface GoldTime {
  text: string;
  value: string;
  alsoAccept?: string[];
  required?: boolean;
}

export interface GoldArticle {
  id: string;
  lang: string;
  publishedAt: string;
  text: string;
  times: GoldTime[];
}

export function readGoldArticles(): GoldArticle[] {
  return readGold<{ times?: GoldTime[] }>().map((gold) => ({ ...gold, publishedAt: gold.publishedAt ?? "", times: gold.times ?? [] }));
}

/** Where a gold surface text occurs (case-insensitively when it does not occur as written). */
function occurrences(text: string, surface: string): Array<[number, number]> {
  const find = (hay: string, needle: string) => {
    const out: Array<[number, number]> = [];
    for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) out.push([i, i + needle.length]);
    return out;
  };
  const exact = find(text, surface);
  return exact.length ? exact : find(text.toLowerCase(), surface.toLowerCase());
}

/** README rule: right when a prediction overlapping half the gold span has the value or an accepted one. */
export function goldTimeRight(text: string, gold: GoldTime, predicted: readonly TimeSpan[]): boolean {
  const accepted = new Set([gold.value, ...(gold.alsoAccept ?? [])]);
  return occurrences(text, gold.text).some(([start, end]) =>
    predicted.some((p) => Math.min(end, p.end) - Math.max(start, p.start) >= (end - start) / 2 && accepted.has(p.value)),
  );
}

export async function pipelineTimes(article: GoldArticle): Promise<TimeSpan[]> {
  return (await analyseGold(article)).layers.times ?? [];
}

function goldRows(corpus: string, right: number, required: number, seedRight: number, seedRequired: number): EvalRow[] {
  return [
    { lang: "fr", corpus, metric: "value_accuracy", value: required ? right / required : 0, n: required },
    { lang: "fr", corpus, metric: "seed_value_accuracy", value: seedRequired ? seedRight / seedRequired : 0, n: seedRequired },
  ];
}

type Predictor = (lang: string, text: string, publishedAt: string) => TimeSpan[] | Promise<TimeSpan[]>;

export const timesSuite: EvalSuite = {
  name: "times",
  title: "time expressions: French TimeBank dev (TempEval-3 F1) and gold articles (value accuracy); chrono-node as peer",
  async run() {
    const rows: EvalRow[] = [];
    const dev = readTimebank("dev");
    const predictors: Array<[string, Predictor]> = [
      ["", gazetteTimes],
      ["/chrono-fr", (_lang, text, at) => chronoTimes(chrono.fr.casual, text, at)],
      ["/chrono-en", (_lang, text, at) => chronoTimes(chrono.en.casual, text, at)],
    ];
    for (const [suffix, predict] of predictors) {
      let total = emptyScores;
      for (const doc of dev) total = addScores(total, scoreSpans(doc.times, await predict("fr", doc.text, doc.dct)));
      rows.push(...timebankRows(`fr-timebank-dev${suffix}`, total).map((row) => (suffix ? { ...row, peer: true } : row)));
    }
    const articles = readGoldArticles();
    const onArticles: Array<[string, (article: GoldArticle) => TimeSpan[] | Promise<TimeSpan[]>]> = [
      ["", pipelineTimes],
      ["/chrono-fr", (article) => chronoTimes(chrono.fr.casual, article.text, article.publishedAt)],
      ["/chrono-en", (article) => chronoTimes(chrono.en.casual, article.text, article.publishedAt)],
    ];
    for (const [suffix, predict] of onArticles) {
      let right = 0;
      let required = 0;
      let seedRight = 0;
      let seedRequired = 0;
      for (const article of articles) {
        const predicted = await predict(article);
        for (const time of article.times) {
          if (time.required === false) continue;
          const ok = goldTimeRight(article.text, time, predicted);
          required++;
          if (ok) right++;
          if (article.id.startsWith("seed-")) {
            seedRequired++;
            if (ok) seedRight++;
          }
        }
      }
      rows.push(...goldRows(`gold-articles${suffix}`, right, required, seedRight, seedRequired).map((row) => (suffix ? { ...row, peer: true } : row)));
    }
    return rows;
  },
};
