/** `tsx tools/eval/segment-errors.ts LANG CORPUS [tokens|sentences] [N]`: where the segmenter disagrees with UD. */
import { scoreSegmentation, segmentCorpora } from "./segment.js";

const [lang = "fr", corpus = "sequoia-dev", what = "tokens", count = "40"] = process.argv.slice(2);
const entry = segmentCorpora.find((c) => c.lang === lang && c.corpus === corpus);
if (!entry) throw new Error(`unknown corpus ${lang} ${corpus}`);
const { gold, predicted } = scoreSegmentation(lang, entry.file);
const text = gold.text;
const show = (a: number, b: number) => JSON.stringify(text.slice(Math.max(0, a - 30), a) + "⟦" + text.slice(a, b) + "⟧" + text.slice(b, b + 30));
const missing: string[] = [];
if (what === "tokens") {
  const pred = new Set(predicted.tokens.flat().map((t) => `${t.start}:${t.end}`));
  for (const [a, b] of gold.tokens) if (!pred.has(`${a}:${b}`)) missing.push("gold  " + show(a, b));
  const goldSet = new Set(gold.tokens.map(([a, b]) => `${a}:${b}`));
  for (const t of predicted.tokens.flat()) if (!goldSet.has(`${t.start}:${t.end}`)) missing.push("pred  " + show(t.start, t.end));
} else if (what === "words") {
  const pred = new Set(predicted.tokens.flat().map((t) => `${t.start}:${t.end}:${t.part ?? 0}:${(t.form ?? t.text).toLowerCase()}`));
  for (const w of gold.words) if (!pred.has(`${w.start}:${w.end}:${w.part}:${w.form.toLowerCase()}`)) missing.push(`gold ${w.form} ` + show(w.start, w.end));
} else {
  const pred = new Set(predicted.sentences.map((s) => `${s.start}:${s.end}`));
  const goldSet = new Set(gold.sentences.map(([a, b]) => `${a}:${b}`));
  for (const [a, b] of gold.sentences) if (!pred.has(`${a}:${b}`)) missing.push("gold-end " + JSON.stringify(text.slice(b - 40, b) + "‖" + text.slice(b, b + 30)));
  for (const s of predicted.sentences) if (!goldSet.has(`${s.start}:${s.end}`)) missing.push("pred-end " + JSON.stringify(text.slice(s.end - 40, s.end) + "‖" + text.slice(s.end, s.end + 30)));
}
console.log(missing.length + " differences");
console.log(missing.slice(0, Number(count)).join("\n"));
