/** RSS and Atom feeds (rss-parser: it takes Atom's <published>, not <updated>, as the date). */
import Parser from "rss-parser";
import { gazetteError } from "../errors.js";

export interface FeedEntry {
  title?: string;
  link?: string;
  publishedAt?: string;
  /** The article's HTML when the feed carries it whole. */
  content?: string;
}

export interface Feed {
  title?: string;
  entries: FeedEntry[];
}

/** Body text shorter than this is a teaser: the entry's page is fetched instead. */
export const FULL_CONTENT_CHARS = 600;

const parser = new Parser<Record<string, unknown>, { "content:encoded"?: string }>({ customFields: { item: ["content:encoded"] } });

export function looksLikeFeed(body: string): boolean {
  const head = body.slice(0, 2000).replace(/^\uFEFF/, "").trimStart();
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}

/** Links may be relative to the feed's own address; a link that cannot be made absolute is dropped. */
function absolute(link: string, base: string): string | undefined {
  try {
    return new URL(link.trim(), /^https?:/i.test(base) ? base : undefined).toString();
  } catch {
    return undefined;
  }
}

export async function parseFeed(xml: string, url: string): Promise<Feed> {
  let output: Awaited<ReturnType<typeof parser.parseString>>;
  try {
    output = await parser.parseString(xml);
  } catch (error) {
    throw gazetteError("E220", { url, reason: (error as Error).message.split("\n")[0] });
  }
  return {
    ...(output.title && { title: output.title.trim() }),
    entries: output.items.map((item) => {
      const content = item["content:encoded"] ?? item.content;
      return {
        ...(item.title && { title: item.title.trim() }),
        ...(item.link && absolute(item.link, url) && { link: absolute(item.link, url) }),
        ...(item.isoDate && { publishedAt: item.isoDate }),
        ...(content && { content }),
      };
    }),
  };
}

/** Whether the entry's own content is the article, not a teaser. */
export function carriesArticle(entry: FeedEntry): boolean {
  if (!entry.content) return false;
  return entry.content.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim().length >= FULL_CONTENT_CHARS;
}
