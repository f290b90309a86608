/** `startServer`: the app on a Node HTTP listener; resolves once it listens, with its address and a close. */
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { createAdaptorServer } from "@hono/node-server";
import { gazetteError } from "../errors.js";
import { createApp, type AppOptions } from "./app.js";

export interface ServerOptions extends AppOptions {
  /** 0 picks a free port. */
  port: number;
  host: string;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = createApp(options);
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  // Slow or idle clients must not hold sockets for ever.
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(gazetteError("E430", { host: options.host, port: options.port, reason: error.code === "EADDRINUSE" ? "the port is in use" : error.message })),
    );
    server.listen(options.port, options.host, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
