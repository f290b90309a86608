/**
 * The quotes stage: direct and reported speech, with its cue and speaker. Needs only sentences and
 * words; uses the tagger's parts of speech, the time expressions and the entities (for speakers) when
 * earlier stages produced them.
 */
import { docLang, layer } from "../../pipeline/doc.js";
import type { Stage } from "../../pipeline/stage.js";
import { findQuotes } from "./find-quotes.js";
import { quoteRules } from "./rules.js";

export const quotesStage: Stage = {
  name: "quotes",
  version: "rules-1",
  requires: ["sentences", "tokens"],
  assigns: ["quotes"],
  run(doc) {
    const rules = quoteRules(docLang(doc));
    doc.layers.quotes = rules
      ? findQuotes(
          {
            text: doc.text,
            sentences: layer(doc, "sentences"),
            tokens: layer(doc, "tokens"),
            tags: doc.layers.tags,
            entities: doc.layers.entities,
            times: doc.layers.times,
          },
          rules,
        )
      : [];
  },
};
