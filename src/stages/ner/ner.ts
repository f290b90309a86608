/**
 * The ner stage: the trained labeller's spans over each sentence's surface tokens, as the private
 * `nerMentions` layer. The recogniser merges them into `mentions` (see merge.ts), so names that no
 * list knows yet still reach linking, and known names keep the knowledge base's identity.
 */
import { docLang, layer, type Doc } from "../../pipeline/doc.js";
import type { Stage } from "../../pipeline/stage.js";
import type { RecognisedMention } from "../recognise/mention.js";
import { NER_TYPES } from "./labeller.js";
import { nerModel, NER_VERSION, type NerInput, type NerModel } from "./model.js";
import type { Token } from "../../model/record.js";

declare module "../../pipeline/doc.js" {
  interface Layers {
    /** What the NER model found, before the recogniser merges it with the gazetteer's mentions. */
    nerMentions: RecognisedMention[];
  }
}

export const nerStage: Stage = {
  name: "ner",
  version: String(NER_VERSION),
  requires: ["sentences", "tokens"],
  assigns: ["nerMentions"],
  languages: ["fr", "en"],
  run(doc) {
    const model = nerModel(docLang(doc));
    doc.layers.nerMentions = model ? nerMentions(doc, model) : [];
  },
};

/** A sentence's surface tokens as the labeller reads them: the words of a multi-word token ("du" = de + le) share its span. */
export function nerInput(text: string, tokens: readonly Token[]): NerInput {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const t of tokens) {
    if (starts.length > 0 && starts[starts.length - 1] === t.start) continue;
    starts.push(t.start);
    ends.push(t.end);
  }
  return { text, starts, ends };
}

/** The model's mentions over the whole document: one call, so that each sentence can use what the others say. */
export function nerMentions(doc: Doc, model: NerModel): RecognisedMention[] {
  const sentences = layer(doc, "sentences");
  const surface = layer(doc, "tokens").map((tokens) => nerInput(doc.text, tokens));
  const out: RecognisedMention[] = [];
  model.documentSpans(surface).forEach((spans, s) => {
    const { starts, ends } = surface[s];
    const outsideBody = sentences[s]?.role !== "body";
    for (const span of spans) {
      // "Ag Attia, député touareg": no name runs on past a comma; what follows it is an apposition.
      let last = span.first;
      while (last < span.last && doc.text.slice(starts[last + 1], ends[last + 1]) !== ",") last++;
      const start = starts[span.first];
      const end = ends[last];
      out.push({
        start, end, sentence: s, text: doc.text.slice(start, end), type: NER_TYPES[span.type], kind: "name", producedBy: model.name,
        ...(outsideBody && { outsideBody }),
      });
    }
  });
  return out;
}
