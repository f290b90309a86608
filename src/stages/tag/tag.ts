/** The tag stage: UPOS, morphological features and a lemma for every word, from the language's trained tagger. */
import type { WordTags } from "../../pipeline/doc.js";
import { docLang, layer } from "../../pipeline/doc.js";
import type { Stage } from "../../pipeline/stage.js";
import { loadTagger, TAGGER_VERSION } from "./model.js";

export const tagStage: Stage = {
  name: "tag",
  version: TAGGER_VERSION,
  requires: ["tokens"],
  assigns: ["tags"],
  languages: ["fr", "en"],
  run(doc) {
    const tagger = loadTagger(docLang(doc));
    const forms: string[] = [];
    doc.layers.tags = layer(doc, "tokens").map((tokens) => {
      forms.length = tokens.length;
      for (let i = 0; i < tokens.length; i++) forms[i] = tokens[i].form ?? tokens[i].text;
      const out = tagger.tag(forms);
      const tags: WordTags[] = new Array(tokens.length);
      for (let i = 0; i < tokens.length; i++) {
        const feats = tagger.featsString(i);
        tags[i] = feats ? { upos: tagger.meta.upos[out.upos[i]], lemma: out.lemmas[i], feats } : { upos: tagger.meta.upos[out.upos[i]], lemma: out.lemmas[i] };
      }
      return tags;
    });
  },
};
