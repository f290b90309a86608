/** Reads a CLI input (a path or "-") as bytes, refusing what is not a readable file before reading it. */
import { readFileSync, statSync } from "node:fs";
import { gazetteError } from "../errors.js";

export async function readInputBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  if (path === "-") return readStdin(maxBytes);
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw gazetteError("E100", { path });
    throw gazetteError("E102", { path, reason: code ?? String(error) });
  }
  if (stats.isDirectory()) throw gazetteError("E101", { path });
  if (stats.size > maxBytes) throw gazetteError("E112", { size: stats.size, limit: maxBytes });
  try {
    return readFileSync(path);
  } catch (error) {
    throw gazetteError("E102", { path, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
}

async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw gazetteError("E112", { size: `more than ${maxBytes}`, limit: maxBytes });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
