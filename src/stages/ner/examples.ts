/** The examples of resources/<lang>/ner/*.tsv: each trigger word is found, with its class, in its example. */
import type { ExampleCheckers } from "../../resources/examples.js";
import { segmentRules } from "../segment/rules.js";
import { tokenize } from "../segment/tokenize.js";
import { foldedHash } from "./token-view.js";
import { TRIGGER_CLASSES, triggerWords, type TriggerClass } from "./triggers.js";

export const checkers: ExampleCheckers = {
  "triggers.tsv": (row, lang) => {
    const { starts, ends } = tokenize(row.example, segmentRules(lang));
    const bit = 1 << TRIGGER_CLASSES.indexOf(row.class as TriggerClass);
    const words = triggerWords(lang);
    const hit = starts.some((s, k) => foldedHash(row.example, s, ends[k]) === foldedHash(row.word, 0, row.word.length) && ((words.get(foldedHash(row.example, s, ends[k])) ?? 0) & bit) !== 0);
    return hit ? undefined : `'${row.word}' is not a token of class ${row.class} in "${row.example}"`;
  },
};
