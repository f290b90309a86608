/** Any input (bytes, text, HTML) → the clean text every offset points into, plus its metadata. */
import { gazetteError } from "../errors.js";
import type { DocMeta } from "../pipeline/doc.js";
import { decodeBytes } from "./decode.js";
import { extractHtml, looksLikeHtml } from "./html.js";

export type AnalyzeInput = string | Uint8Array | { text?: string; html?: string; bytes?: Uint8Array };

export interface PreparedInput {
  text: string;
  meta: DocMeta;
  /** "text" or "html", and the encoding the bytes were read in. */
  format: "text" | "html";
  encoding?: string;
}

/** 10 MB: a thousand times a long article; beyond it the record (every token with offsets) gets unwieldy. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** ISO date or date-time, checked as a real calendar date; returns it as given. */
export function checkIsoDate(value: string, option = "--published-at"): string {
  const trimmed = value.trim();
  const day = trimmed.slice(0, 10);
  const date = new Date(day + "T00:00:00Z");
  if (!ISO_DATE.test(trimmed) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) {
    throw gazetteError("E121", { value, option });
  }
  return trimmed;
}

/** A date from page metadata, if it reads as one, reduced to the ISO form gazette uses. */
function normaliseMetaDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return undefined;
  return /T\d{2}:/.test(value) ? new Date(time).toISOString() : new Date(time).toISOString().slice(0, 10);
}

/**
 * NFC, LF line ends, no BOM, no control characters; every kind of space is kept as it is, and nothing is
 * trimmed, so that offsets also point into the input as given (CR LF aside).
 */
export function cleanText(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .normalize("NFC")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\uFEFF]/g, "");
}

export function prepareInput(input: AnalyzeInput, meta: DocMeta = {}, maxBytes = DEFAULT_MAX_BYTES): PreparedInput {
  let raw: string;
  let encoding: string | undefined;
  let forceHtml = false;
  if (typeof input === "string") raw = input;
  else if (input instanceof Uint8Array) {
    if (input.length > maxBytes) throw gazetteError("E112", { size: input.length, limit: maxBytes });
    ({ text: raw, encoding } = decodeBytes(input));
  } else if (input.bytes) return prepareInput(input.bytes, meta, maxBytes);
  else if (input.html !== undefined) {
    raw = input.html;
    forceHtml = true;
  } else raw = input.text ?? "";

  if (raw.length > maxBytes) throw gazetteError("E112", { size: raw.length, limit: maxBytes });
  if (raw.trim() === "") throw gazetteError("E110");

  if (forceHtml || looksLikeHtml(raw)) {
    const article = extractHtml(raw);
    const text = cleanText(article.text);
    if (!text.trim()) throw gazetteError("E113");
    const published = meta.publishedAt ?? normaliseMetaDate(article.publishedAt);
    return {
      text,
      format: "html",
      ...(encoding && { encoding }),
      meta: {
        ...meta,
        ...(meta.title === undefined && article.title && { title: article.title }),
        ...(meta.url === undefined && article.url && { url: article.url }),
        ...(meta.source === undefined && article.source && { source: article.source }),
        ...(meta.byline === undefined && article.byline && { byline: article.byline }),
        ...(meta.lang === undefined && article.lang && /^[a-z]{2,3}$/.test(article.lang) && { lang: article.lang }),
        ...(published && { publishedAt: published }),
      },
    };
  }
  const text = cleanText(raw);
  if (!text.trim()) throw gazetteError("E114");
  return { text, meta, format: "text", ...(encoding && { encoding }) };
}
