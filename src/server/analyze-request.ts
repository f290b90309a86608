/**
 * The body of POST /api/analyze and /api/documents → a DocumentRecord. A URL is fetched under the
 * ingest rules (address policy, deadline, size and type limits) before the library analyses it.
 */
import { analyze as analyzeDefault, type AnalyzeOptions } from "../analyze.js";
import { gazetteError } from "../errors.js";
import { looksLikeFeed } from "../ingest/feed.js";
import { fetchUrl, type FetchOptions } from "../ingest/fetch-url.js";
import type { DocumentRecord } from "../model/record.js";
import type { AnalyzeBody } from "./request-schemas.js";

export type AnalyzeFunction = (input: { text: string } | { html: string } | { bytes: Uint8Array }, options: AnalyzeOptions) => Promise<DocumentRecord>;

export interface AnalyzeRequestOptions {
  analyze?: AnalyzeFunction;
  maxBytes: number;
  allowPrivate: boolean;
  fetchTimeoutMs?: number;
}

export async function analyzeRequest(body: AnalyzeBody, options: AnalyzeRequestOptions): Promise<DocumentRecord> {
  const run = options.analyze ?? analyzeDefault;
  const meta: AnalyzeOptions = {
    maxBytes: options.maxBytes,
    ...(body.lang && { lang: body.lang }),
    ...(body.publishedAt && { publishedAt: body.publishedAt }),
    ...(body.title && { title: body.title }),
    ...(body.source && { source: body.source }),
  };
  if (body.url !== undefined) {
    const fetchOptions: FetchOptions = {
      allowPrivate: options.allowPrivate,
      maxBytes: options.maxBytes,
      ...(options.fetchTimeoutMs && { timeoutMs: options.fetchTimeoutMs }),
    };
    const page = await fetchUrl(body.url, fetchOptions);
    // One article per request: a feed belongs to `gazette ingest`, which reads each of its items.
    if (looksLikeFeed(page.body.toString("utf8", 0, 2000))) throw gazetteError("E214", { url: body.url, type: `${page.contentType} (a feed, where an article was expected)` });
    return run({ bytes: page.body }, { ...meta, url: page.url });
  }
  if (body.html !== undefined) return run({ html: body.html }, meta);
  return run({ text: body.text! }, meta);
}
