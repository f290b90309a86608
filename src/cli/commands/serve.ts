/** `gazette serve`: the HTTP API and the web app over a corpus. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Command } from "commander";
import { gazetteError } from "../../errors.js";
import { packageRoot } from "../../resources/paths.js";
import { DEFAULT_BODY_LIMIT } from "../../server/app.js";
import { startServer } from "../../server/server.js";
import { defaultDatabase, openStore } from "../../store/open-store.js";

interface ServeOptions {
  db: string;
  port: number;
  host: string;
  cors?: string;
  allowPrivate?: boolean;
  maxBytes: number;
  web: boolean;
}

const examples = `
Examples:
  $ gazette serve                                  the corpus in ./gazette.db at http://127.0.0.1:8080
  $ gazette serve --db news.db --port 9000
  $ GAZETTE_TOKEN=s3cret gazette serve --host 0.0.0.0
      open to your network; POST /api/documents then needs 'Authorization: Bearer s3cret'
  $ gazette serve --cors https://dashboard.example --no-web
      the API alone, callable from that site's pages
  $ curl 'http://127.0.0.1:8080/api/events?actor=RUS&quadClass=4&from=2024-01-01'

The API is described at /api/openapi.json (OpenAPI 3.1). Environment: GAZETTE_DB, GAZETTE_TOKEN, GAZETTE_CORS.`;

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw gazetteError("E122", { value, option: "--port", expected: "a port number from 0 to 65535" });
  return port;
}

function parseBytes(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1024) throw gazetteError("E122", { value, option: "--max-bytes", expected: "a number of bytes, at least 1024" });
  return n;
}

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve the HTTP API and the web app to explore a corpus")
    .option("--db <path>", "the database file ($GAZETTE_DB when set)", defaultDatabase())
    .option("--port <n>", "the port; 0 picks a free one", parsePort, 8080)
    .option("--host <address>", "the address to listen on", "127.0.0.1")
    .option("--cors <origins>", "comma-separated origins allowed to call the API from their pages (default: $GAZETTE_CORS, else none)")
    .option("--allow-private", "let POST /api/analyze fetch URLs on loopback and private addresses")
    .option("--max-bytes <n>", "refuse request bodies and fetched pages larger than this", parseBytes, DEFAULT_BODY_LIMIT)
    .option("--no-web", "serve the API alone, without the web app")
    .addHelpText("after", examples)
    .action(async (options: ServeOptions) => {
      const webRoot = join(packageRoot, "dist", "web");
      if (options.web && !existsSync(join(webRoot, "index.html"))) throw gazetteError("E431", { path: webRoot });
      const token = process.env.GAZETTE_TOKEN || undefined;
      const corsOrigins = (options.cors ?? process.env.GAZETTE_CORS ?? "").split(",").map((o) => o.trim()).filter(Boolean);
      const store = await openStore(options.db);
      const version = program.version() ?? "0.0.0";
      const server = await startServer({
        store,
        openReader: () => openStore(options.db, { readonly: true }),
        port: options.port,
        host: options.host,
        maxBytes: options.maxBytes,
        allowPrivate: Boolean(options.allowPrivate),
        version,
        ...(token && { token }),
        ...(corsOrigins.length && { corsOrigins }),
        ...(options.web && { webRoot }),
      }).catch(async (error: unknown) => {
        await store.close();
        throw error;
      });
      const stats = await store.stats();
      console.error(
        `gazette serves ${options.db} (${stats.documents} articles, ${stats.clusters} events) at ${server.url}` +
          `${options.web ? "" : " (API only)"} · API ${server.url}/api · OpenAPI ${server.url}/api/openapi.json · Ctrl-C stops`,
      );
      if (!token && !LOOPBACK.test(options.host)) {
        console.error("warning: anyone who reaches this address can add articles; set GAZETTE_TOKEN to require a token for writes");
      }
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
      await server.close();
      await store.close();
    });
}
