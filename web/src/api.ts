/** The API client: typed GETs and POSTs, errors as the server's one-line message. */
import type { ActorSummary, DocumentSummary, EventCluster, EventMention, QuoteRow, SearchHit, StoreStats } from "../../src/store/store.js";
import type { DocumentRecord } from "../../src/model/record.js";

export type { ActorSummary, DocumentSummary, EventCluster, EventMention, QuoteRow, SearchHit, DocumentRecord };

export interface ApiPage<T> {
  items: T[];
  total: number;
  limit: number;
  nextCursor?: string;
}

export type Counts = [number, number, number, number];

export interface GraphNode {
  id: string;
  label: string;
  actor: string;
  country?: string;
  events: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  weight: number;
  mentions: number;
  articles: number;
  goldstein: number;
  quad: Counts;
  quadClass: 1 | 2 | 3 | 4;
  events: number[];
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  totalEdges: number;
}

export interface Timeline {
  interval: "day" | "week";
  buckets: Array<{ period: string; counts: Counts; total: number }>;
  total: number;
}

export interface Place {
  name: string;
  country?: string;
  entity?: string;
  lat: number;
  lon: number;
  events: number;
  counts: Counts;
  sample: number[];
}

export interface Places {
  places: Place[];
  unplaced: number;
}

export interface EventDetail {
  event: EventCluster;
  mentions: EventMention[];
}

export interface DocumentDetail {
  record: DocumentRecord;
  clusters: Record<string, number>;
}

export type Stats = StoreStats & { tokenRequired: boolean };

export interface AddResult {
  status: "new" | "duplicate" | "near-duplicate";
  id: string;
  title?: string;
  events: number;
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
