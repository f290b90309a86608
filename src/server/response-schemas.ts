/**
 * What the API answers, as zod schemas: they name the components of the OpenAPI document, and the
 * API tests parse real answers with them, so the published contract is checked against the code.
 */
import { z } from "zod";
import { documentRecordSchema } from "../model/schema.js";

const quad = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const modality = z.enum(["occurred", "planned", "intended", "negated", "hypothetical", "reported"]);

export const errorSchema = z.object({
  error: z.object({
    code: z.string().describe("the catalogue code, e.g. E400"),
    message: z.string(),
    hint: z.string(),
  }),
});

const clusterActor = z.object({ actor: z.string(), country: z.string().optional(), entity: z.string().optional(), name: z.string().optional() });
const place = z.object({ name: z.string(), country: z.string().optional(), lat: z.number().optional(), lon: z.number().optional(), entity: z.string().optional() });

export const eventClusterSchema = z.object({
  id: z.number().int().describe("stable id (GDELT's GLOBALEVENTID)"),
  code: z.string(),
  rootCode: z.string(),
  quadClass: quad,
  goldstein: z.number(),
  plover: z.string().optional(),
  source: clusterActor.optional(),
  target: clusterActor.optional(),
  date: z.string().optional(),
  day: z.string(),
  place: place.optional(),
  isRoot: z.boolean(),
  numMentions: z.number().int(),
  numArticles: z.number().int(),
  numSources: z.number().int(),
  addedAt: z.string(),
  document: z.string().describe("the first report"),
  url: z.string().optional(),
});

export const eventMentionSchema = z.object({
  cluster: z.number().int(),
  document: z.string(),
  event: z.string(),
  sentence: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  sourceOffset: z.number().int().optional(),
  targetOffset: z.number().int().optional(),
  confidence: z.number(),
  modality,
  url: z.string().optional(),
  source: z.string().optional(),
  lang: z.string(),
  publishedAt: z.string().optional(),
  addedAt: z.string(),
  eventAddedAt: z.string(),
  documentLength: z.number().int(),
});

export const eventDetailSchema = z.object({ event: eventClusterSchema, mentions: z.array(eventMentionSchema) });

export const documentSummarySchema = z.object({
  id: z.string(),
  title: z.string().optional(),
  url: z.string().optional(),
  source: z.string().optional(),
  lang: z.string(),
  publishedAt: z.string().optional(),
  addedAt: z.string(),
  story: z.string(),
  similarTo: z.string().optional(),
  similarity: z.number().optional(),
  length: z.number().int(),
  entities: z.number().int(),
  events: z.number().int(),
  quotes: z.number().int(),
});

export const documentDetailSchema = z.object({
  record: documentRecordSchema,
  clusters: z.record(z.string(), z.number().int()).describe("for each event of the record, the real-world event (cluster) it belongs to"),
});

export const addResultSchema = z.object({
  status: z.enum(["new", "duplicate", "near-duplicate"]),
  id: z.string(),
  story: z.string().optional(),
  similarTo: z.string().optional(),
  similarity: z.number().optional(),
  title: z.string().optional(),
  events: z.number().int(),
});

export const actorSummarySchema = z.object({
  entity: z.string(),
  name: z.string(),
  type: z.string(),
  country: z.string().optional(),
  actor: z.string().optional(),
  role: z.string().optional(),
  documents: z.number().int(),
  mentions: z.number().int(),
  events: z.number().int(),
});

export const quoteRowSchema = z.object({
  document: z.string(),
  title: z.string().optional(),
  url: z.string().optional(),
  publishedAt: z.string().optional(),
  kind: z.enum(["direct", "indirect"]),
  text: z.string(),
  speaker: z.string().optional(),
  speakerText: z.string().optional(),
  cue: z.string().optional(),
  sentence: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
});

export const searchHitSchema = z.object({
  id: z.string(),
  title: z.string().optional(),
  url: z.string().optional(),
  publishedAt: z.string().optional(),
  snippet: z.string().describe("the best passage, with matches in [brackets]"),
  score: z.number(),
});

const counts = z.tuple([z.number().int(), z.number().int(), z.number().int(), z.number().int()]).describe("events per QuadClass 1…4");

export const graphSchema = z.object({
  nodes: z.array(z.object({ id: z.string(), label: z.string(), actor: z.string(), country: z.string().optional(), events: z.number().int() })),
  edges: z.array(
    z.object({
      id: z.string(),
      source: z.string(),
      target: z.string(),
      weight: z.number().int().describe("real-world events from source to target"),
      mentions: z.number().int(),
      articles: z.number().int(),
      goldstein: z.number().describe("mean Goldstein score"),
      quad: counts,
      quadClass: quad.describe("the QuadClass with the most events (the edge's colour)"),
      events: z.array(z.number().int()).describe("ids of the events behind the edge (the heaviest first, at most 50)"),
    }),
  ),
  totalEdges: z.number().int().describe("edges before keeping the heaviest"),
});

export const timelineSchema = z.object({
  interval: z.enum(["day", "week"]),
  buckets: z.array(z.object({ period: z.string().describe("the day, or the Monday that starts the week"), counts, total: z.number().int() })),
  total: z.number().int(),
});

export const placesSchema = z.object({
  places: z.array(
    z.object({
      name: z.string(),
      country: z.string().optional(),
      entity: z.string().optional(),
      lat: z.number(),
      lon: z.number(),
      events: z.number().int(),
      counts,
      sample: z.array(z.number().int()).describe("ids of its most recent events, at most 20"),
    }),
  ),
  unplaced: z.number().int().describe("matching events without coordinates"),
});

export const statsSchema = z.object({
  documents: z.number().int(),
  stories: z.number().int(),
  events: z.number().int(),
  clusters: z.number().int(),
  entities: z.number().int(),
  quotes: z.number().int(),
  schemaVersion: z.number().int(),
  tokenRequired: z.boolean().describe("whether POST /api/documents needs the server's token"),
});

/** A page of rows: pass nextCursor back as ?cursor= for the next one; absent on the last page. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), nextCursor: z.string().optional() });

export const eventPageSchema = pageOf(eventClusterSchema);
export const documentPageSchema = pageOf(documentSummarySchema);
export const actorPageSchema = pageOf(actorSummarySchema);
export const quotePageSchema = pageOf(quoteRowSchema);
export const searchPageSchema = pageOf(searchHitSchema);

/** The named components of the OpenAPI document. */
export const namedSchemas: Array<[string, z.ZodType]> = [
  ["Error", errorSchema],
  ["DocumentRecord", documentRecordSchema],
  ["EventCluster", eventClusterSchema],
  ["EventMention", eventMentionSchema],
  ["EventDetail", eventDetailSchema],
  ["EventPage", eventPageSchema],
  ["DocumentSummary", documentSummarySchema],
  ["DocumentPage", documentPageSchema],
  ["DocumentDetail", documentDetailSchema],
  ["AddResult", addResultSchema],
  ["ActorSummary", actorSummarySchema],
  ["ActorPage", actorPageSchema],
  ["QuoteRow", quoteRowSchema],
  ["QuotePage", quotePageSchema],
  ["SearchHit", searchHitSchema],
  ["SearchPage", searchPageSchema],
  ["Graph", graphSchema],
  ["Timeline", timelineSchema],
  ["Places", placesSchema],
  ["Stats", statsSchema],
];
