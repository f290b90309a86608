/** Every endpoint of the API, in the order the OpenAPI document lists them. Each is a thin shell over the Store or the library. */
import { exportCorpus, type ExportFormat } from "../export/export.js";
import { gazetteError } from "../errors.js";
import { documentRecordSchema } from "../model/schema.js";
import type { EventFilter, Store } from "../store/store.js";
import { actorGraph, clustersOf, eventMentions, findEvent, places, timeline } from "./aggregate.js";
import { analyzeRequest } from "./analyze-request.js";
import { decodeCursor, toApiPage } from "./cursor.js";
import { textStream } from "./text-stream.js";
import { defineRoute, type AnyRoute } from "./route.js";
import * as rq from "./request-schemas.js";
import * as rs from "./response-schemas.js";

const bad = { description: "an invalid parameter: the error names it", schema: rs.errorSchema };
const missing = { description: "nothing stored under this id", schema: rs.errorSchema };

/** Validated query values, named as the CLI's options (`quad` is checked to be 1…4). */
type FilterInput = Omit<EventFilter, "quadClass"> & { quad?: number };

/** The Store's EventFilter from validated query values (dropping paging and view options). */
function eventFilter(q: FilterInput): EventFilter {
  const { actor, country, code, root, quad, from, to, place, text, document } = q;
  return {
    ...(actor && { actor }),
    ...(country && { country: country.toUpperCase() }),
    ...(code && { code }),
    ...(root && { root }),
    ...(quad && { quadClass: quad as EventFilter["quadClass"] }),
    ...(from && { from }),
    ...(to && { to }),
    ...(place && { place }),
    ...(text && { text }),
    ...(document && { document }),
  };
}

const paging = (q: { limit?: number; cursor?: string }) => ({ limit: q.limit ?? rq.DEFAULT_API_PAGE, offset: decodeCursor(q.cursor) });

/** A list query as the store takes it: its filters as they are, and the page its cursor names. */
function paged<Query extends { limit?: number; cursor?: string }>(query: Query) {
  const { limit: _limit, cursor: _cursor, ...filter } = query;
  return { ...filter, ...paging(query) };
}

const EXTENSIONS: Record<ExportFormat, string> = { "gdelt-events": "tsv", "gdelt-mentions": "tsv", jsonl: "jsonl", csv: "csv", graphml: "graphml", gexf: "gexf" };

async function analyzeAndStore(store: Store, body: rq.AnalyzeBody, context: Parameters<AnyRoute["handle"]>[1]) {
  // A URL already stored is not fetched again.
  if (body.url) {
    const known = await store.find({ url: body.url });
    if (known) return { status: 200, json: { status: "duplicate", id: known, events: 0 } };
  }
  const record = await analyzeRequest(body, context.analysis);
  const result = await store.add(record);
  return {
    status: result.status === "duplicate" ? 200 : 201,
    json: { ...result, ...(record.title && { title: record.title }), events: record.events.length },
  };
}

export const routes: AnyRoute[] = [
  defineRoute({
    method: "get", path: "/api/stats", operationId: "stats", tag: "corpus",
    summary: "What the corpus holds",
    responses: { 200: { description: "counts", schema: rs.statsSchema } },
    async handle(_, { store, tokenRequired }) {
      return { json: { ...(await store.stats()), tokenRequired } };
    },
  }),
  defineRoute({
    method: "post", path: "/api/analyze", operationId: "analyze", tag: "analysis", body: rq.analyzeBody,
    summary: "Analyse one article (text, HTML or a URL) and return its record, without storing it",
    description: "A URL is fetched under the ingest rules: http(s) only, a deadline, a size limit, and no private or loopback address unless the server was started with --allow-private.",
    responses: {
      200: { description: "the record", schema: documentRecordSchema },
      400: bad, 413: { description: "the body or the page is too large", schema: rs.errorSchema }, 415: { description: "not JSON", schema: rs.errorSchema },
      422: { description: "nothing readable in the input", schema: rs.errorSchema }, 502: { description: "the URL's server failed", schema: rs.errorSchema },
    },
    async handle({ body }, context) {
      return { json: await analyzeRequest(body, context.analysis) };
    },
  }),
  defineRoute({
    method: "post", path: "/api/documents", operationId: "addDocument", tag: "corpus", body: rq.analyzeBody, write: true,
    summary: "Analyse one article and store it",
    description: "Needs `Authorization: Bearer TOKEN` when the server has GAZETTE_TOKEN. An article already stored (same text or URL) is not stored again: 200 with status duplicate.",
    responses: {
      201: { description: "stored", schema: rs.addResultSchema }, 200: { description: "already stored", schema: rs.addResultSchema },
      400: bad, 401: { description: "the token is missing or wrong", schema: rs.errorSchema }, 413: { description: "too large", schema: rs.errorSchema },
    },
    async handle({ body }, context) {
      return analyzeAndStore(context.store, body, context);
    },
  }),
  defineRoute({
    method: "get", path: "/api/documents", operationId: "listDocuments", tag: "corpus", query: rq.documentsQuery,
    summary: "Stored articles, newest first",
    responses: { 200: { description: "a page of articles", schema: rs.documentPageSchema }, 400: bad },
    async handle({ query }, { store }) {
      return { json: toApiPage(await store.documents(paged(query))) };
    },
  }),
  defineRoute({
    method: "get", path: "/api/documents/:id", operationId: "getDocument", tag: "corpus", params: rq.documentParams,
    summary: "One stored article: its full record, and the real-world event each of its events belongs to",
    responses: { 200: { description: "the record", schema: rs.documentDetailSchema }, 400: bad, 404: missing },
    async handle({ params }, { store }) {
      const record = await store.get(params.id);
      if (!record) throw gazetteError("E404", { kind: "document", id: params.id, list: "documents" });
      return { json: { record, clusters: await clustersOf(store, params.id) } };
    },
  }),
  defineRoute({
    method: "get", path: "/api/search", operationId: "search", tag: "corpus", query: rq.searchQuery,
    summary: "Full-text search over titles and texts, best first",
    responses: { 200: { description: "a page of hits", schema: rs.searchPageSchema }, 400: bad },
    async handle({ query }, { store }) {
      return { json: toApiPage(await store.search({ text: query.q, ...(query.lang && { lang: query.lang }), ...paging(query) })) };
    },
  }),
  defineRoute({
    method: "get", path: "/api/events", operationId: "listEvents", tag: "events", query: rq.eventsQuery,
    summary: "Real-world events (clusters of reports), newest day first",
    responses: { 200: { description: "a page of events", schema: rs.eventPageSchema }, 400: bad },
    async handle({ query }, { store }) {
      return { json: toApiPage(await store.events({ ...eventFilter(query), ...paging(query) })) };
    },
  }),
  defineRoute({
    method: "get", path: "/api/events/:id", operationId: "getEvent", tag: "events", params: rq.eventParams,
    summary: "One real-world event and every sentence, in every article, that reports it",
    responses: { 200: { description: "the event and its mentions", schema: rs.eventDetailSchema }, 400: bad, 404: missing },
    async handle({ params }, { store }) {
      const event = await findEvent(store, params.id);
      if (!event) throw gazetteError("E404", { kind: "event", id: params.id, list: "events" });
      return { json: { event, mentions: await eventMentions(store, event) } };
    },
  }),
  defineRoute({
    method: "get", path: "/api/actors", operationId: "listActors", tag: "corpus", query: rq.actorsQuery,
    summary: "People, organisations and places, the most mentioned first",
    responses: { 200: { description: "a page of actors", schema: rs.actorPageSchema }, 400: bad },
    async handle({ query }, { store }) {
      const { country, ...rest } = paged(query);
      return { json: toApiPage(await store.actors({ ...rest, ...(country && { country: country.toUpperCase() }) })) };
    },
  }),
  defineRoute({
    method: "get", path: "/api/quotes", operationId: "listQuotes", tag: "corpus", query: rq.quotesQuery,
    summary: "Quotes and their speakers",
    responses: { 200: { description: "a page of quotes", schema: rs.quotePageSchema }, 400: bad },
    async handle({ query }, { store }) {
      return { json: toApiPage(await store.quotes(paged(query))) };
    },
  }),
  defineRoute({
    method: "get", path: "/api/graph", operationId: "graph", tag: "events", query: rq.graphQuery,
    summary: "The actor network: who acts on whom, one edge per (source, target) with the events behind it",
    responses: { 200: { description: "nodes and edges", schema: rs.graphSchema }, 400: bad },
    async handle({ query }, { store }) {
      return { json: await actorGraph(store, eventFilter(query), query.maxEdges ?? 200) };
    },
  }),
  defineRoute({
    method: "get", path: "/api/timeline", operationId: "timeline", tag: "events", query: rq.timelineQuery,
    summary: "Events per day or week, by QuadClass",
    responses: { 200: { description: "counts", schema: rs.timelineSchema }, 400: bad },
    async handle({ query }, { store }) {
      return { json: await timeline(store, eventFilter(query), query.interval ?? "day") };
    },
  }),
  defineRoute({
    method: "get", path: "/api/places", operationId: "places", tag: "events", query: rq.placesQuery,
    summary: "Where events happen: one point per place with coordinates, with counts by QuadClass",
    responses: { 200: { description: "places", schema: rs.placesSchema }, 400: bad },
    async handle({ query }, { store }) {
      return { json: await places(store, eventFilter(query), query.limit ?? 500) };
    },
  }),
  defineRoute({
    method: "get", path: "/api/export", operationId: "export", tag: "events", query: rq.exportQuery,
    summary: "The corpus as a file: GDELT 2.0 event or mention tables, JSON lines, CSV, GraphML or GEXF",
    responses: {
      200: { description: "the file, streamed", contentTypes: [...new Set(Object.values(rq.EXPORT_CONTENT_TYPES))] },
      400: bad,
    },
    async handle({ query }, { store, openReader }) {
      const { format, lang, source, header } = query;
      const options = { filter: { ...eventFilter(query), ...(lang && { lang }), ...(source && { source }) }, header: header === "true" };
      const headers = {
        "content-type": rq.EXPORT_CONTENT_TYPES[format],
        "content-disposition": `attachment; filename="gazette-${format}.${EXTENSIONS[format]}"`,
      };
      if (!openReader) {
        // One connection only: read it all before answering, so no other request finds it busy.
        const chunks: string[] = [];
        await exportCorpus(store, format, (chunk) => void chunks.push(chunk), options);
        return new Response(chunks.join(""), { headers });
      }
      const reader = await openReader();
      const body = textStream(async (sink) => {
        try {
          await exportCorpus(reader, format, sink, options);
        } finally {
          await reader.close();
        }
      });
      return new Response(body, { headers });
    },
  }),
];
