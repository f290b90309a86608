/**
 * HTML → the article's text and metadata. Readability finds the main text (it is what browsers' reader
 * views use); linkedom gives it a DOM at a tenth of jsdom's cost. Paragraph structure is kept as blank
 * lines, because sentence and paragraph boundaries downstream rely on it.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export interface HtmlArticle {
  text: string;
  title?: string;
  byline?: string;
  publishedAt?: string;
  lang?: string;
  source?: string;
  url?: string;
}

const blockTags = new Set([
  "P", "DIV", "SECTION", "ARTICLE", "MAIN", "HEADER", "FOOTER", "ASIDE", "BLOCKQUOTE", "PRE", "LI", "UL", "OL",
  "DL", "DT", "DD", "TABLE", "TR", "TD", "TH", "H1", "H2", "H3", "H4", "H5", "H6", "FIGCAPTION", "FIGURE", "BR", "HR",
]);
const skippedTags = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "OBJECT", "CANVAS", "NAV", "FORM", "BUTTON", "SELECT"]);

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart();
  if (/^<(!doctype\s+html|html|head|body|article|meta|title)[\s>]/i.test(head)) return true;
  const tags = head.match(/<\/?(p|div|span|a|br|h[1-6]|script|section|li|table)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 3;
}

/** Visible text of an element, one paragraph per block element, inline whitespace collapsed (no-break spaces kept). */
function blockText(root: Element): string {
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    const p = current.replace(/[ \t\r\n\f]+/g, " ").trim();
    if (p) paragraphs.push(p);
    current = "";
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (skippedTags.has(tag)) return;
    const block = blockTags.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join("\n\n");
}

const meta = (document: Document, selectors: string[]): string | undefined => {
  for (const selector of selectors) {
    const el = document.querySelector(selector);
    const value = el?.getAttribute("content") ?? el?.getAttribute("datetime") ?? el?.getAttribute("href") ?? undefined;
    if (value && value.trim()) return value.trim();
  }
  return undefined;
};

function jsonLdDate(document: Document): string | undefined {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    const match = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? "");
    if (match) return match[1];
  }
  return undefined;
}

export function extractHtml(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const title =
    meta(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
    (document.querySelector("title")?.textContent?.trim() || undefined);
  const publishedAt =
    meta(document, [
      'meta[property="article:published_time"]',
      'meta[name="date"]',
      'meta[name="pubdate"]',
      'meta[itemprop="datePublished"]',
      'meta[name="DC.date.issued"]',
      "time[datetime]",
    ]) ?? jsonLdDate(document);
  const lang = document.documentElement?.getAttribute("lang")?.split(/[-_]/)[0]?.toLowerCase() || undefined;
  const source = meta(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
  const url = meta(document, ['link[rel="canonical"]', 'meta[property="og:url"]']);
  const author = meta(document, ['meta[name="author"]', 'meta[property="article:author"]']);

  let text = "";
  let byline: string | undefined;
  try {
    const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
    if (article?.content) {
      const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
      text = blockText(content.body as unknown as Element);
      byline = article.byline?.trim() || undefined;
    }
  } catch {
    // Readability gives up on some malformed pages; the plain walk below still reads them.
  }
  if (!text) {
    const { document: again } = parseHTML(html);
    if (again.body) text = blockText(again.body as unknown as Element);
  }
  if (title && text && !text.startsWith(title)) text = `${title}\n\n${text}`;
  return {
    text,
    ...(title && { title }),
    ...((byline ?? author) && { byline: byline ?? author }),
    ...(publishedAt && { publishedAt }),
    ...(lang && { lang }),
    ...(source && { source }),
    ...(url && { url }),
  };
}
