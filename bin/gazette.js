#!/usr/bin/env node
// The built CLI (npm install builds it); a clear line instead of a stack trace when it is missing.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const entry = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error("error: gazette is not built (hint: run `npm run build` in " + fileURLToPath(new URL("..", import.meta.url)) + ")");
  process.exit(1);
}
await import(entry.href);
