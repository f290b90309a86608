import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The package root (where package.json is), found from this module whether it runs from src/ or dist/. */
function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "gazette") return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("internal: gazette's package.json not found above " + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

export const packageRoot = findPackageRoot();
export const resourcesDir = join(packageRoot, "resources");
export const modelsDir = join(packageRoot, "models");
