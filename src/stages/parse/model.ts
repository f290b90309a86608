/** The trained parser of a language, loaded from models/<lang>/ on first use and kept for the process. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { gazetteError } from "../../errors.js";
import { once } from "../../learn/once.js";
import { loadWeights, type WeightBundle } from "../../learn/weights-file.js";
import { modelsDir } from "../../resources/paths.js";
import { Parser, type ParserMeta } from "./parser.js";

export const PARSER_VERSION = "parser-1";

export function parserPath(lang: string, dir: string = modelsDir): string {
  return join(dir, lang, `${PARSER_VERSION}.gzw`);
}

export function parserFromBundle(bundle: WeightBundle<ParserMeta>): Parser {
  const { transition, label } = bundle.models;
  if (!transition || !label) throw new Error("internal: a parser weight file lacks one of its models");
  return new Parser(bundle.meta, { transition, label });
}

export const loadParser = once((lang: string): Parser => {
  const path = parserPath(lang);
  if (!existsSync(path)) throw gazetteError("E133", { lang, file: path });
  return parserFromBundle(loadWeights<ParserMeta>(path));
});
