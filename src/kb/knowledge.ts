/** Everything the entity stages need for one language, built lazily once per process and language. */
import { loadLexicon, type Lexicon } from "./lexicon.js";
import { buildPhraseIndex, type PhraseIndex } from "./phrase-index.js";
import { loadWorld, type World } from "./world.js";

export interface Knowledge {
  world: World;
  lexicon: Lexicon;
  index: PhraseIndex;
}

const cache = new Map<string, Knowledge | undefined>();

/** The knowledge for `lang`, or undefined when the language has no resources/<lang>/entities/. */
export function knowledge(lang: string): Knowledge | undefined {
  if (cache.has(lang)) return cache.get(lang);
  const lexicon = loadLexicon(lang);
  const world = lexicon && loadWorld();
  const result = lexicon && world ? { world, lexicon, index: buildPhraseIndex(world, lexicon) } : undefined;
  cache.set(lang, result);
  return result;
}
