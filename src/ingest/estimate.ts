/**
 * How many articles the sources hold, guessed cheaply before the run so the progress bar can show an
 * ETA: one per article file and URL, one per non-empty line of JSON lines files
 * (gzip-compressed too) up to a size where counting would cost more than it tells.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

const COUNT_LINES_UP_TO = 256 * 1024 * 1024;

function countFile(path: string): number {
  const lower = path.toLowerCase();
  if (!/\.(jsonl|ndjson)(\.gz)?$/.test(lower)) return /\.(txt|text|md|html?|xhtml)(\.gz)?$/.test(lower) ? 1 : 0;
  const gz = lower.endsWith(".gz");
  if (statSync(path).size > (gz ? COUNT_LINES_UP_TO / 8 : COUNT_LINES_UP_TO)) return 0;
  let bytes: Buffer;
  try {
    bytes = gz ? gunzipSync(readFileSync(path), { maxOutputLength: COUNT_LINES_UP_TO }) : readFileSync(path);
  } catch {
    return 0;
  }
  let lines = 0;
  let blank = true;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 10) {
      if (!blank) lines++;
      blank = true;
    } else if (b !== 32 && b !== 13 && b !== 9) blank = false;
  }
  return lines + (blank ? 0 : 1);
}

function countPath(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return countFile(path);
  let n = 0;
  for (const name of readdirSync(path)) if (!name.startsWith(".")) n += countPath(join(path, name));
  return n;
}

export function estimateCount(sources: string[]): number {
  let n = 0;
  for (const source of sources) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) n++;
    else if (existsSync(source)) {
      try {
        n += countPath(source);
      } catch {
        n++;
      }
    }
  }
  return n;
}
