/** Bytes → text: UTF-8 when it decodes cleanly, else Windows-1252 (a superset of Latin-1 for text); binary refused. */
import { gazetteError } from "../errors.js";

const signatures: Array<[string, number[]]> = [
  ["PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["PDF document", [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ["ZIP archive or office document", [0x50, 0x4b, 0x03, 0x04]],
  ["gzip archive", [0x1f, 0x8b]],
  ["ELF executable", [0x7f, 0x45, 0x4c, 0x46]],
  ["RIFF media (WebP, WAV, AVI)", [0x52, 0x49, 0x46, 0x46]],
  ["Ogg media", [0x4f, 0x67, 0x67, 0x53]],
  ["MP3 audio", [0x49, 0x44, 0x33]],
  ["SQLite database", [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]],
];

export interface Decoded {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
}

export function sniffBinary(bytes: Uint8Array): string | undefined {
  for (const [kind, magic] of signatures) {
    if (magic.every((b, i) => bytes[i] === b)) return kind;
  }
  return undefined;
}

/** Windows-1252's 0x80–0x9F (€, ‚, ƒ, „, …, smart quotes, dashes); Node's decoder reads them as C1 controls. */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk);
  }
  return out.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  const kind = sniffBinary(bytes);
  if (kind) throw gazetteError("E111", { kind });
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  // NUL bytes or many control bytes never occur in text in a single-byte or UTF-8 encoding.
  const head = bytes.subarray(0, 65536);
  let controls = 0;
  for (const b of head) {
    if (b === 0) throw gazetteError("E111", { kind: "NUL bytes" });
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  if (controls > head.length / 100 + 2) throw gazetteError("E111", { kind: "control bytes" });
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}
