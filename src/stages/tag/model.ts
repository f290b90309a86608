/** The trained tagger of a language, loaded from models/<lang>/ on first use and kept for the process. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { gazetteError } from "../../errors.js";
import { once } from "../../learn/once.js";
import { loadWeights, type WeightBundle } from "../../learn/weights-file.js";
import { modelsDir } from "../../resources/paths.js";
import { Tagger, type TaggerMeta } from "./tagger.js";

export const TAGGER_VERSION = "tagger-1";

export function taggerPath(lang: string, dir: string = modelsDir): string {
  return join(dir, lang, `${TAGGER_VERSION}.gzw`);
}

export function taggerFromBundle(bundle: WeightBundle<TaggerMeta>): Tagger {
  const { upos, upos2, feats, lemma } = bundle.models;
  if (!upos || !upos2 || !feats || !lemma) throw new Error("internal: a tagger weight file lacks one of its models");
  return new Tagger(bundle.meta, { upos, upos2, feats, lemma });
}

export const loadTagger = once((lang: string): Tagger => {
  const path = taggerPath(lang);
  if (!existsSync(path)) throw gazetteError("E133", { lang, file: path });
  return taggerFromBundle(loadWeights<TaggerMeta>(path));
});
