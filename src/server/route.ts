/**
 * The contract of one API endpoint: its method, path, schemas and handler, as one value. The app
 * (app.ts) validates and dispatches from these values and the OpenAPI document (openapi.ts) is
 * generated from the very same ones.
 */
import type { z } from "zod";
import type { Store } from "../store/store.js";
import type { AnalyzeRequestOptions } from "./analyze-request.js";

export interface RouteContext {
  store: Store;
  /** A second, read-only connection for long streams (exports), so they never hold the main one. */
  openReader?: () => Promise<Store>;
  analysis: AnalyzeRequestOptions;
  tokenRequired: boolean;
  request: Request;
}

export interface ResponseSpec {
  description: string;
  /** A named component (response-schemas.ts), or an inline schema. */
  schema?: z.ZodType;
  /** application/json unless given. */
  contentTypes?: string[];
}

/** A handler answers a JSON body (status 200 unless given), or a whole Response (streams, files). */
export type Reply = { status?: number; json: unknown } | Response;

type Input<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface Route<P extends z.ZodType | undefined, Q extends z.ZodType | undefined, B extends z.ZodType | undefined> {
  method: "get" | "post";
  /** Hono's syntax: /api/events/:id. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  /** Changes the store: needs the token when GAZETTE_TOKEN is set. */
  write?: boolean;
  params?: P;
  query?: Q;
  body?: B;
  responses: Record<number, ResponseSpec>;
  handle(input: { params: Input<P>; query: Input<Q>; body: Input<B> }, context: RouteContext): Promise<Reply>;
}

export type AnyRoute = Route<z.ZodType | undefined, z.ZodType | undefined, z.ZodType | undefined>;

/** Keeps each route's own types while it is written, then files it among the others. */
export const defineRoute = <P extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined, B extends z.ZodType | undefined = undefined>(
  route: Route<P, Q, B>,
): AnyRoute => route as unknown as AnyRoute;
