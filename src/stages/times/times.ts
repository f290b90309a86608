/**
 * The times stage: time expressions (DATE, TIME, DURATION, SET) with TIMEX3 values, resolved against
 * the publication date. All words and patterns live in resources/<lang>/times/; see rules.ts.
 */
import type { TimeExpression } from "../../model/record.js";
import { layer } from "../../pipeline/doc.js";
import { docLang } from "../../pipeline/doc.js";
import type { Stage } from "../../pipeline/stage.js";
import { findAnchor } from "./anchor.js";
import { findTimes } from "./extract.js";
import { ruleSet } from "./rules.js";

export const timesStage: Stage = {
  name: "times",
  version: "rules-1",
  requires: ["sentences"],
  assigns: ["times"],
  languages: ["fr", "en"],
  run(doc, context) {
    const set = ruleSet(docLang(doc));
    if (!set) {
      doc.layers.times = [];
      return;
    }
    const sentences = layer(doc, "sentences");
    const anchor = findAnchor(set, context.publishedAt ?? doc.meta.publishedAt, doc.layers.dateline?.date, doc.text, sentences);
    const found = findTimes(set, doc.text, sentences, {
      anchor: anchor.day,
      anchorName: anchor.name,
      tokens: doc.layers.tokens,
      tags: doc.layers.tags,
    });
    doc.layers.times = found.map((t): TimeExpression => {
      const expression: TimeExpression = {
        start: t.start,
        end: t.end,
        text: doc.text.slice(t.start, t.end),
        sentence: t.sentence,
        type: t.type,
        value: t.value,
        producedBy: t.producedBy,
      };
      if (t.mod) expression.mod = t.mod;
      if (t.anchor) expression.anchor = t.anchor;
      return expression;
    });
  },
};
