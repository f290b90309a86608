/** The parse stage: a head and a UD relation for every word, from the language's trained parser. */
import type { WordArc } from "../../pipeline/doc.js";
import { docLang, layer } from "../../pipeline/doc.js";
import type { Stage } from "../../pipeline/stage.js";
import { loadParser, PARSER_VERSION } from "./model.js";

export const parseStage: Stage = {
  name: "parse",
  version: PARSER_VERSION,
  requires: ["tokens", "tags"],
  assigns: ["syntax"],
  languages: ["fr", "en"],
  run(doc) {
    const parser = loadParser(docLang(doc));
    const tokens = layer(doc, "tokens");
    const forms: string[] = [];
    const upos: string[] = [];
    const feats: Array<string | undefined> = [];
    doc.layers.syntax = layer(doc, "tags").map((tags, s) => {
      const n = tags.length;
      forms.length = upos.length = feats.length = n;
      for (let i = 0; i < n; i++) {
        const t = tokens[s][i];
        forms[i] = t.form ?? t.text;
        upos[i] = tags[i].upos;
        feats[i] = tags[i].feats;
      }
      parser.load(forms, upos, feats);
      const out = parser.parse();
      const arcs: WordArc[] = new Array(n);
      for (let i = 0; i < n; i++) arcs[i] = { head: out.heads[i], deprel: parser.meta.labels[out.labels[i]] };
      return arcs;
    });
  },
};
