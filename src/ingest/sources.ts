/**
 * What `gazette ingest` is given (files, folders, JSON lines, feeds, URLs, gzip-compressed or not),
 * expanded into articles, one item each, in a stable order: folders sorted, lines in file order, feed
 * entries in feed order. Loading is deferred so that an article already stored is never fetched again.
 */
import { createReadStream, existsSync, readdirSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { createInterface } from "node:readline";
import { createGunzip, gunzipSync } from "node:zlib";
import type { Readable } from "node:stream";
import { gazetteError, isGazetteError } from "../errors.js";
import { checkIsoDate } from "../input/prepare.js";
import type { DocMeta } from "../pipeline/doc.js";
import { carriesArticle, looksLikeFeed, parseFeed, type Feed } from "./feed.js";
import type { Fetched } from "./fetch-url.js";

export type ItemInput = { bytes: Uint8Array } | { text: string } | { html: string };

export interface IngestItem {
  /** How the summary names it: a path, "path:line", or a URL. */
  label: string;
  /** The article's URL when known before loading, so a stored one is skipped without fetching. */
  url?: string;
  meta: DocMeta;
  load?: () => Promise<ItemInput>;
  /** Why the item could not even be read. */
  error?: unknown;
  /** Known to be stored already (a URL given again). */
  duplicate?: boolean;
}

export interface SourceContext {
  fetch(url: string): Promise<Fetched>;
  /** Whether an article with this URL is already stored. */
  known(url: string): Promise<boolean>;
  maxBytes: number;
}

const isUrl = (arg: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(arg);

type FileKind = "jsonl" | "json" | "feed" | "article";

function kindOf(path: string): FileKind | undefined {
  const name = basename(path).toLowerCase().replace(/\.gz$/, "");
  if (/\.(jsonl|ndjson)$/.test(name)) return "jsonl";
  if (/\.json$/.test(name)) return "json";
  if (/\.(xml|rss|atom)$/.test(name)) return "feed";
  if (/\.(txt|text|md|html?|xhtml)$/.test(name)) return "article";
  return undefined;
}

/** Files under a folder that gazette reads, depth first, sorted, hidden ones skipped. */
function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".")) continue;
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) out.push(...walk(path));
    else if (stat.isFile() && kindOf(path)) out.push(path);
  }
  return out;
}

async function readWhole(path: string, maxBytes: number): Promise<Buffer> {
  const size = statSync(path).size;
  const gz = path.toLowerCase().endsWith(".gz");
  if (!gz && size > maxBytes) throw gazetteError("E112", { size, limit: maxBytes });
  const bytes = await readFile(path);
  if (!gz) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw gazetteError("E112", { size: `more than ${maxBytes}`, limit: maxBytes });
    throw gazetteError("E102", { path, reason: (error as Error).message });
  }
}

const metaString = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined);

/** One JSON object with text or html and optional metadata → an item. */
function objectItem(value: unknown, label: string, path: string, line: number): IngestItem {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { label, meta: {}, error: gazetteError("E221", { path, line, reason: "not a JSON object" }) };
  }
  const o = value as Record<string, unknown>;
  const text = typeof o.text === "string" ? o.text : undefined;
  const html = typeof o.html === "string" ? o.html : undefined;
  const meta: DocMeta = {};
  for (const key of ["title", "url", "publishedAt", "lang", "source", "byline"] as const) {
    const v = metaString(o[key]);
    if (v !== undefined) meta[key] = v;
  }
  const name = metaString(o.id) ?? metaString(o.url);
  const itemLabel = name ? `${label} (${name})` : label;
  if (text === undefined && html === undefined) {
    return { label: itemLabel, meta, error: gazetteError("E221", { path, line, reason: 'no "text" or "html" field' }) };
  }
  if (meta.publishedAt !== undefined) {
    try {
      checkIsoDate(meta.publishedAt, "publishedAt");
    } catch {
      return { label: itemLabel, meta, error: gazetteError("E221", { path, line, reason: `publishedAt '${meta.publishedAt}' is not an ISO date such as 2024-12-07` }) };
    }
  }
  const input: ItemInput = text !== undefined ? { text } : { html: html! };
  return { label: itemLabel, ...(meta.url && { url: meta.url }), meta, load: async () => input };
}

async function* jsonLines(path: string): AsyncGenerator<IngestItem> {
  let stream: Readable = createReadStream(path);
  if (path.toLowerCase().endsWith(".gz")) stream = stream.pipe(createGunzip());
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const raw of lines) {
      line++;
      if (raw.trim() === "") continue;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch (error) {
        yield { label: `${path}:${line}`, meta: {}, error: gazetteError("E221", { path, line, reason: (error as Error).message }) };
        continue;
      }
      yield objectItem(value, `${path}:${line}`, path, line);
    }
  } catch (error) {
    yield { label: path, meta: {}, error: gazetteError("E102", { path, reason: (error as Error).message }) };
  }
}

/** A feed entry's content is an HTML fragment; the HTML reader wants a page. */
const asPage = (content: string) => `<!doctype html><html><body><article>${content}</article></body></html>`;

function* feedItems(feed: Feed, where: string, context: SourceContext): Generator<IngestItem> {
  let index = 0;
  for (const entry of feed.entries) {
    index++;
    const meta: DocMeta = {
      ...(entry.title && { title: entry.title }),
      ...(entry.publishedAt && { publishedAt: entry.publishedAt }),
      ...(feed.title && { source: feed.title }),
      ...(entry.link && { url: entry.link }),
    };
    const label = entry.link ?? `${where} entry ${index}`;
    if (carriesArticle(entry)) yield { label, ...(entry.link && { url: entry.link }), meta, load: async () => ({ html: asPage(entry.content!) }) };
    else if (entry.link && /^https?:/i.test(entry.link)) {
      const link = entry.link;
      yield { label, url: link, meta, load: async () => pageInput(await context.fetch(link), link) };
    } else if (entry.content) yield { label, meta, load: async () => ({ html: asPage(entry.content!) }) };
    else yield { label, meta, error: gazetteError("E220", { url: where, reason: `entry ${index} has neither a link nor content` }) };
  }
}

function pageInput(page: Fetched, url: string): ItemInput {
  if (/(rss|atom|xml)/.test(page.contentType) && looksLikeFeed(page.body.toString("utf8", 0, 2000))) {
    throw gazetteError("E214", { url, type: `${page.contentType} (a feed, where an article was expected)` });
  }
  return { bytes: page.body };
}

async function* fromUrl(url: string, context: SourceContext): AsyncGenerator<IngestItem> {
  if (await context.known(url)) {
    yield { label: url, url, meta: { url }, duplicate: true };
    return;
  }
  let page: Fetched;
  try {
    page = await context.fetch(url);
  } catch (error) {
    yield { label: url, url, meta: { url }, error };
    return;
  }
  const head = page.body.toString("utf8", 0, 2000);
  if (looksLikeFeed(head)) {
    try {
      yield* feedItems(await parseFeed(page.body.toString("utf8"), url), url, context);
    } catch (error) {
      yield { label: url, meta: {}, error };
    }
    return;
  }
  yield { label: url, url, meta: { url }, load: async () => ({ bytes: page.body }) };
}

async function* fromFile(path: string, context: SourceContext, explicit: boolean): AsyncGenerator<IngestItem> {
  const kind = kindOf(path) ?? (explicit ? "article" : undefined);
  if (kind === "jsonl") yield* jsonLines(path);
  else if (kind === "json" || kind === "feed") {
    let text: string;
    try {
      text = (await readWhole(path, 1024 * 1024 * 1024)).toString("utf8");
    } catch (error) {
      yield { label: path, meta: {}, error };
      return;
    }
    if (kind === "feed") {
      try {
        yield* feedItems(await parseFeed(text, path), path, context);
      } catch (error) {
        yield { label: path, meta: {}, error };
      }
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield { label: path, meta: {}, error: gazetteError("E221", { path, line: 1, reason: (error as Error).message }) };
      return;
    }
    const values = Array.isArray(value) ? value : [value];
    for (let i = 0; i < values.length; i++) yield objectItem(values[i], Array.isArray(value) ? `${path}[${i}]` : path, path, 1);
  } else if (kind === "article") {
    yield { label: path, meta: {}, load: async () => ({ bytes: await readWhole(path, context.maxBytes) }) };
  }
}

/** Every article the arguments name, in order. Unreadable ones come out as items with an error. */
export async function* expandSources(args: string[], context: SourceContext): AsyncGenerator<IngestItem> {
  for (const arg of args) {
    if (isUrl(arg)) {
      if (!/^https?:\/\//i.test(arg)) yield { label: arg, meta: {}, error: gazetteError("E217", { url: arg }) };
      else yield* fromUrl(arg, context);
      continue;
    }
    if (!existsSync(arg)) {
      yield { label: arg, meta: {}, error: gazetteError("E222", { path: arg }) };
      continue;
    }
    try {
      if (statSync(arg).isDirectory()) {
        const files = walk(arg);
        if (files.length === 0) yield { label: arg, meta: {}, error: gazetteError("E224", { path: arg }) };
        for (const file of files) yield* fromFile(file, context, false);
      } else yield* fromFile(arg, context, true);
    } catch (error) {
      yield { label: arg, meta: {}, error: isGazetteError(error) ? error : gazetteError("E102", { path: arg, reason: (error as Error).message }) };
    }
  }
}
