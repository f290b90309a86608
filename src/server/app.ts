/**
 * The HTTP app: the API routes (routes.ts) behind validation, a body limit and the write token, the
 * OpenAPI document, and the built web app. Runs anywhere hono runs; `app.request()` serves the tests.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { gazetteError } from "../errors.js";
import type { Store } from "../store/store.js";
import type { AnalyzeFunction } from "./analyze-request.js";
import { errorResponse, validationError } from "./http-error.js";
import { openApiDocument } from "./openapi.js";
import type { AnyRoute, RouteContext } from "./route.js";
import { routes } from "./routes.js";
import { webFiles } from "./static-files.js";

export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;

export interface AppOptions {
  store: Store;
  /** Opens a read-only connection to the same corpus, for exports streamed while other requests run. */
  openReader?: () => Promise<Store>;
  /** When set, write endpoints need `Authorization: Bearer TOKEN`. */
  token?: string;
  /** Origins allowed to call the API from other sites; none (no CORS headers) by default. */
  corsOrigins?: string[];
  /** Fetch URLs on loopback and private addresses (as `ingest --allow-private`). */
  allowPrivate?: boolean;
  /** Request bodies and fetched pages over this many bytes are refused. */
  maxBytes?: number;
  /** The built web app (dist/web); the API alone when omitted. */
  webRoot?: string;
  /** The analysis to run (tests pass one that needs no models). */
  analyze?: AnalyzeFunction;
  version?: string;
  log?: (line: string) => void;
}

/**
 * The app's own page may load only its own scripts and styles and talk only to its own origin; text
 * from articles is rendered as text, and this makes an injected script inert even if that slipped.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const digest = (value: string) => createHash("sha256").update(value).digest();

function checkToken(c: Context, token: string | undefined): void {
  if (!token) return;
  const given = /^Bearer\s+(?<value>\S+)$/i.exec(c.req.header("authorization") ?? "")?.groups?.value;
  // Compare digests, so the comparison takes the same time whatever the lengths.
  if (!given || !timingSafeEqual(digest(given), digest(token))) throw gazetteError("E401");
}

function readQuery(c: Context): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, values] of Object.entries(c.req.queries())) {
    if (values.length > 1) throw gazetteError("E400", { where: "query parameter", name, reason: "given more than once" });
    out[name] = values[0];
  }
  return out;
}

async function readJson(c: Context): Promise<unknown> {
  const type = (c.req.header("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (type !== "application/json") throw gazetteError("E415", { type: type || "none" });
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch (error) {
    throw gazetteError("E420", { reason: (error as Error).message.split("\n")[0].slice(0, 120) });
  }
}

function parse(schema: AnyRoute["query"], value: unknown, where: string): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(result.error, where, value);
  return result.data;
}

export function createApp(options: AppOptions): Hono {
  const maxBytes = options.maxBytes ?? DEFAULT_BODY_LIMIT;
  const log = options.log ?? ((line: string) => console.error(line));
  const app = new Hono();
  let openapi: unknown;

  app.onError((error) => errorResponse(error, log));

  app.use("*", async (c, next) => {
    await next();
    c.header("x-content-type-options", "nosniff");
    c.header("referrer-policy", "no-referrer");
    c.header("x-frame-options", "DENY");
    if (!c.res.headers.has("content-security-policy")) c.header("content-security-policy", CONTENT_SECURITY_POLICY);
  });

  if (options.corsOrigins?.length) {
    app.use("/api/*", cors({ origin: options.corsOrigins, allowMethods: ["GET", "POST"], allowHeaders: ["content-type", "authorization"], maxAge: 600 }));
  }

  app.use("/api/*", async (c, next) => {
    if (c.req.method !== "POST") return next();
    return bodyLimit({ maxSize: maxBytes, onError: () => errorResponse(gazetteError("E413", { limit: maxBytes })) })(c, next);
  });

  app.get("/api/openapi.json", (c) => c.json((openapi ??= openApiDocument(routes, options.version ?? "0.0.0"))));

  const context = (request: Request): RouteContext => ({
    store: options.store,
    ...(options.openReader && { openReader: options.openReader }),
    analysis: { maxBytes, allowPrivate: options.allowPrivate ?? false, ...(options.analyze && { analyze: options.analyze }) },
    tokenRequired: Boolean(options.token),
    request,
  });

  for (const route of routes) {
    app.on(route.method.toUpperCase(), route.path, async (c) => {
      if (route.write) checkToken(c, options.token);
      const input = {
        params: parse(route.params, c.req.param(), "path parameter"),
        query: parse(route.query, readQuery(c), "query parameter"),
        body: route.body ? parse(route.body, await readJson(c), "body field") : undefined,
      };
      // Paths without a query schema take none: a stray parameter is a client's mistake worth telling.
      if (!route.query && new URL(c.req.url).search.length > 1) {
        throw gazetteError("E400", { where: "query parameter", name: [...new URL(c.req.url).searchParams.keys()][0], reason: "unknown parameter" });
      }
      const reply = await route.handle(input as Parameters<AnyRoute["handle"]>[0], context(c.req.raw));
      if (reply instanceof Response) return reply;
      return c.json(reply.json as object, (reply.status ?? 200) as 200);
    });
  }

  app.all("/api/*", (c) => errorResponse(gazetteError("E405", { method: c.req.method, path: new URL(c.req.url).pathname })));

  if (options.webRoot) {
    const files = webFiles(options.webRoot);
    app.get("*", (c) => files(new URL(c.req.url).pathname));
  }
  return app;
}
