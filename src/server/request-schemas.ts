/**
 * What the API accepts: one zod schema per query, path and body. The same schemas validate every
 * request and generate the OpenAPI document (openapi.ts), so the two cannot drift apart.
 * Query values arrive as strings; numbers are coerced, everything else is checked as text.
 */
import { z } from "zod";

/** Rows per page the API hands out at most; the Store allows more, but a browser needs no more. */
export const MAX_API_PAGE = 500;
export const DEFAULT_API_PAGE = 50;

const validDay = (value: string) => {
  const date = new Date(value + "T00:00:00Z");
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

const day = (description: string) =>
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a day as YYYY-MM-DD").refine(validDay, "no such day").describe(description);

/** Free text from a search box: bounded so that no query string can make the store do unbounded work. */
const words = (description: string, max = 200) => z.string().trim().min(1, "must not be empty").max(max, `at most ${max} characters`).describe(description);

const limit = z.coerce
  .number({ error: "expected a whole number" })
  .int("expected a whole number")
  .min(1, "must be at least 1")
  .max(MAX_API_PAGE, `at most ${MAX_API_PAGE}`)
  .optional()
  .describe(`rows per page (default ${DEFAULT_API_PAGE})`);

const cursor = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, "not a cursor this server handed out")
  .optional()
  .describe("the nextCursor of the previous page");

const paging = { limit, cursor };

const country = z.string().regex(/^[A-Za-z]{3}$/, "expected an ISO 3166-1 alpha-3 code such as FRA").describe("ISO 3166-1 alpha-3 code of either actor or of the place");
const lang = z.string().regex(/^[a-z]{2,3}$/, "expected an ISO 639-1 code such as fr or en");
const documentId = z.string().regex(/^[\w.:-]{1,128}$/, "expected a document id as GET /api/documents lists them");

/** The event filters, as the CLI's `gazette events` takes them (the Store's EventFilter). */
export const eventFilterShape = {
  actor: words("a CAMEO actor code or its prefix (RUS matches RUSGOV), an entity id (person:vladimir-putin), or part of a name", 100).optional(),
  country: country.optional(),
  code: z.string().regex(/^\d{2,4}$/, "expected a CAMEO event code such as 057, or its prefix").optional().describe("CAMEO event code or its prefix (05 matches 051…057)"),
  root: z.string().regex(/^\d{2}$/, "expected a two-digit CAMEO root code such as 05").optional().describe("CAMEO root code, exactly"),
  quad: z.coerce
    .number({ error: "expected 1, 2, 3 or 4" })
    .int("expected 1, 2, 3 or 4")
    .min(1, "expected 1, 2, 3 or 4")
    .max(4, "expected 1, 2, 3 or 4")
    .optional()
    .describe("1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict"),
  from: day("first day of the event (inclusive)").optional(),
  to: day("last day of the event (inclusive)").optional(),
  place: words("part of the place name, or its entity id", 100).optional(),
  text: words("words the reporting articles contain (accents and case do not matter)").optional(),
  document: documentId.optional().describe("only events reported by this article"),
};

export const eventsQuery = z.strictObject({ ...eventFilterShape, ...paging });

export const graphQuery = z.strictObject({
  ...eventFilterShape,
  maxEdges: z.coerce.number({ error: "expected a whole number" }).int("expected a whole number").min(1, "must be at least 1").max(2000, "at most 2000").optional()
    .describe("keep the heaviest edges only (default 200)"),
});

export const timelineQuery = z.strictObject({
  ...eventFilterShape,
  interval: z.enum(["day", "week"], { error: "expected day or week" }).optional().describe("bucket size (default day; weeks start on Monday)"),
});

export const placesQuery = z.strictObject({
  ...eventFilterShape,
  limit: z.coerce.number({ error: "expected a whole number" }).int("expected a whole number").min(1, "must be at least 1").max(2000, "at most 2000").optional()
    .describe("places with the most events first (default 500)"),
});

export const EXPORT_CONTENT_TYPES = {
  "gdelt-events": "text/tab-separated-values; charset=utf-8",
  "gdelt-mentions": "text/tab-separated-values; charset=utf-8",
  jsonl: "application/x-ndjson; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  graphml: "application/xml; charset=utf-8",
  gexf: "application/xml; charset=utf-8",
} as const;

export const exportQuery = z.strictObject({
  ...eventFilterShape,
  format: z.enum(["gdelt-events", "gdelt-mentions", "jsonl", "csv", "graphml", "gexf"], { error: "expected gdelt-events, gdelt-mentions, jsonl, csv, graphml or gexf" })
    .describe("the file format"),
  lang: lang.optional().describe("jsonl only: the articles' language"),
  source: words("jsonl only: the articles' source", 100).optional(),
  header: z.enum(["true", "false"], { error: "expected true or false" }).optional().describe("gdelt-*: a first line naming the columns"),
});

export const documentsQuery = z.strictObject({
  text: words("words the article contains").optional(),
  source: words("the source (outlet) as stored", 100).optional(),
  lang: lang.optional().describe("the article's language"),
  from: day("first publication day (inclusive)").optional(),
  to: day("last publication day (inclusive)").optional(),
  story: documentId.optional().describe("articles of this story (near-duplicates)"),
  ...paging,
});

export const actorsQuery = z.strictObject({
  name: words("part of the name, an entity id, or a CAMEO actor code prefix", 100).optional(),
  type: z.enum(["PER", "ORG", "GPE", "LOC", "MISC"], { error: "expected PER, ORG, GPE, LOC or MISC" }).optional(),
  country: country.optional(),
  ...paging,
});

export const quotesQuery = z.strictObject({
  speaker: words("the speaker's entity id, or part of how the speaker is named", 100).optional(),
  text: words("words of the quote itself").optional(),
  document: documentId.optional(),
  from: day("first publication day (inclusive)").optional(),
  to: day("last publication day (inclusive)").optional(),
  ...paging,
});

export const searchQuery = z.strictObject({
  q: words("words to find; each must occur (accents and case do not matter)"),
  lang: lang.optional(),
  ...paging,
});

export const documentParams = z.strictObject({ id: documentId });
export const eventParams = z.strictObject({
  id: z.coerce.number({ error: "expected an event id (a whole number)" }).int("expected an event id (a whole number)").min(1, "expected an event id (a whole number)").max(Number.MAX_SAFE_INTEGER),
});

/** An article to analyse: exactly one of text, html or url, with optional metadata. */
export const analyzeBody = z
  .strictObject({
    text: z.string().min(1, "must not be empty").optional().describe("plain text of the article"),
    html: z.string().min(1, "must not be empty").optional().describe("an HTML page; its main text, title and date are extracted"),
    url: z.url({ protocol: /^https?$/, error: "expected an http:// or https:// URL" }).max(2048, "at most 2048 characters").optional()
      .describe("a page to fetch; private and loopback addresses are refused unless the server allows them"),
    lang: lang.optional().describe("ISO 639-1; detected when omitted"),
    publishedAt: z.string().max(40).optional().describe("publication date (ISO), the reference for relative dates"),
    title: z.string().max(1000, "at most 1000 characters").optional(),
    source: z.string().max(200, "at most 200 characters").optional().describe("the outlet"),
  })
  .refine((b) => [b.text, b.html, b.url].filter((v) => v !== undefined).length === 1, { message: "give exactly one of text, html or url", path: ["text"] });

export type AnalyzeBody = z.output<typeof analyzeBody>;
