/** Where the shared corpora are: $GAZETTE_DATA, else ../shared/data beside the checkout. */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { gazetteError } from "../src/errors.js";
import { packageRoot } from "../src/resources/paths.js";

export function dataDir(): string {
  const dir = process.env.GAZETTE_DATA ? resolve(process.env.GAZETTE_DATA) : resolve(packageRoot, "..", "shared", "data");
  if (!existsSync(dir)) throw gazetteError("E140", { path: dir });
  return dir;
}

export const dataPath = (...parts: string[]) => join(dataDir(), ...parts);
