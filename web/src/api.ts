/** The API client: typed GETs and POSTs, errors as the server's one-line message. */
import type { ActorSummary, DocumentSummary, EventCluster, EventMention, QuoteRow, SearchHit, StoreStats } from "../../src/store/store.js";
import type { DocumentRecord } from "../../src/model/record.js";
import type { z } from "zod";

export type { ActorSummary, DocumentSummary, EventCluster, EventMention, QuoteRow, SearchHit, DocumentRecord };

/** The server's response types, read from the zod schemas that also write its OpenAPI document. */
type Schemas = typeof import("../../src/server/response-schemas.js");
type Of<K extends keyof Schemas> = Schemas[K] extends z.ZodType ? z.infer<Schemas[K]> : never;

export interface ApiPage<T> {
  items: T[];
  total: number;
  limit: number;
  nextCursor?: string;
}

export type Graph = Of<"graphSchema">;
export type GraphNode = Graph["nodes"][number];
export type GraphEdge = Graph["edges"][number];
export type Counts = GraphEdge["quad"];
export type Timeline = Of<"timelineSchema">;
export type Places = Of<"placesSchema">;
export type Place = Places["places"][number];
export type Stats = Of<"statsSchema">;
export type AddResult = Of<"addResultSchema">;

export interface EventDetail {
  event: EventCluster;
  mentions: EventMention[];
}

export interface DocumentDetail {
  record: DocumentRecord;
  clusters: Record<string, number>;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message);
  }
}

async function answer<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => undefined)) as { error?: { code: string; message: string; hint: string } } | undefined;
  if (!response.ok) {
    const e = body?.error;
    throw new ApiError(e ? `${e.message} (${e.hint})` : `the server answered HTTP ${response.status}`, response.status, e?.code);
  }
  return body as T;
}

export async function get<T>(path: string, signal?: AbortSignal): Promise<T> {
  return answer<T>(await fetch(path, { signal, headers: { accept: "application/json" } }));
}

export async function post<T>(path: string, body: unknown, token?: string): Promise<T> {
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  return answer<T>(await fetch(path, { method: "POST", headers, body: JSON.stringify(body) }));
}
