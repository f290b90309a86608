/**
 * The Lefff's conjugated verbs (package french-verbs-lefff: 7,826 verbs, every form), inverted into
 * the tagger's outside lexicon: a UPOS feature for unseen forms and lemmas for unseen verbs.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Lexicon } from "../../src/stages/tag/tagger.js";

type Conjugations = Record<string, Record<string, Array<string | null>>>;

export function lefffVerbs(): Lexicon {
  const main = createRequire(import.meta.url).resolve("french-verbs-lefff");
  const verbs = JSON.parse(readFileSync(join(dirname(main), "conjugations.json"), "utf8")) as Conjugations;
  const entries: string[] = [];
  for (const lemma of Object.keys(verbs).sort()) {
    // Pronominal entries ("uwSe") duplicate their verb; names with spaces cannot be one word.
    if (/[^\p{Ll}\p{Lu}'-]/u.test(lemma) || /[a-z]Se$/.test(lemma)) continue;
    const forms = new Set<string>();
    for (const tense of Object.values(verbs[lemma])) {
      for (const form of tense) if (form && form !== "NA" && !form.includes(" ")) forms.add(form.toLowerCase());
    }
    forms.delete(lemma);
    entries.push([lemma.toLowerCase(), ...[...forms].sort()].join(" "));
  }
  return { upos: ["VERB", "AUX"], entries };
}
