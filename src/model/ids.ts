import { createHash } from "node:crypto";

/** Normalised for identity: NFC, whitespace runs folded, trimmed, so re-encodings of one article share an id. */
export function normaliseForIdentity(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** A stable document id: hash of the normalised text, plus the URL when known. */
export function documentId(text: string, url?: string): string {
  const h = createHash("sha256");
  h.update(normaliseForIdentity(text));
  if (url) h.update("\u0000" + url);
  return h.digest("hex").slice(0, 16);
}

/** A readable id fragment: "Vladimir Poutine" → "vladimir-poutine". */
export function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}
