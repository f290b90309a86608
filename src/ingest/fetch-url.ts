/**
 * Fetching one page or feed, defensively: an overall deadline, a redirect limit, a size limit counted
 * on the decompressed bytes, a content-type check, a user agent that says who is asking, and private
 * addresses refused at connection time (after DNS), so a redirect or a DNS answer cannot sneak past.
 */
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import type { Readable } from "node:stream";
import { gazetteError, isGazetteError } from "../errors.js";
import { DEFAULT_MAX_BYTES } from "../input/prepare.js";
import { packageRoot } from "../resources/paths.js";
import { isPrivateAddress } from "./address-policy.js";

export interface FetchOptions {
  /** Allow loopback and private addresses (your own network). */
  allowPrivate?: boolean;
  /** Deadline for the whole exchange, redirects included. */
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export interface Fetched {
  /** The final URL, after redirects. */
  url: string;
  contentType: string;
  body: Buffer;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_REDIRECTS = 5;

const version = (JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8")) as { version: string }).version;
export const USER_AGENT = `gazette/${version} (news article reader; one request per article)`;

/** Pages, text and feeds; anything else (PDF, images, video) is not an article gazette can read. */
const ACCEPTED = /^(text\/(html|plain|xml)|application\/(xhtml\+xml|xml|rss\+xml|atom\+xml|rdf\+xml|feed\+json|json))$/i;

/** A DNS lookup that refuses private answers, for every connection the request makes. */
function guardedLookup(url: string, host: string): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "", 0);
      const bad = addresses.find((a) => isPrivateAddress(a.address));
      if (bad) return callback(gazetteError("E210", { url, host, address: bad.address }) as unknown as NodeJS.ErrnoException, "", 0);
      if (options.all) (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      else callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

function decoded(response: IncomingMessage): Readable {
  switch ((response.headers["content-encoding"] ?? "").toLowerCase()) {
    case "gzip":
    case "x-gzip":
      return response.pipe(createGunzip());
    case "deflate":
      return response.pipe(createInflate());
    case "br":
      return response.pipe(createBrotliDecompress());
    default:
      return response;
  }
}

export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const { allowPrivate = false, timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = DEFAULT_MAX_BYTES, maxRedirects = DEFAULT_MAX_REDIRECTS } = options;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let current = url;
    for (let hop = 0; ; hop++) {
      const answer = await requestOnce(current, url, { allowPrivate, maxBytes, signal: controller.signal });
      if ("redirect" in answer) {
        if (hop >= maxRedirects) throw gazetteError("E211", { url, limit: maxRedirects });
        current = answer.redirect;
        continue;
      }
      return answer;
    }
  } catch (error) {
    if (controller.signal.aborted && !isGazetteError(error)) throw gazetteError("E213", { url, seconds: timeoutMs / 1000 });
    if (isGazetteError(error)) throw error;
    const cause = error as NodeJS.ErrnoException;
    const reason =
      cause.code === "ENOTFOUND" ? "no such host" : cause.code === "ECONNREFUSED" ? "connection refused" : cause.code === "ECONNRESET" ? "connection reset" : cause.message;
    throw gazetteError("E216", { url, reason });
  } finally {
    clearTimeout(timer);
  }
}

interface OnceOptions {
  allowPrivate: boolean;
  maxBytes: number;
  signal: AbortSignal;
}

function requestOnce(current: string, original: string, options: OnceOptions): Promise<Fetched | { redirect: string }> {
  let target: URL;
  try {
    target = new URL(current);
  } catch {
    return Promise.reject(gazetteError("E217", { url: current }));
  }
  if (target.protocol !== "http:" && target.protocol !== "https:") return Promise.reject(gazetteError("E217", { url: current }));
  const host = target.hostname.replace(/^\[|\]$/g, "");
  if (!options.allowPrivate && isIP(host) && isPrivateAddress(host)) {
    return Promise.reject(gazetteError("E210", { url: original, host, address: host }));
  }
  const request = target.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      target,
      {
        method: "GET",
        headers: {
          "user-agent": USER_AGENT,
          accept: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8",
          "accept-encoding": "gzip, deflate, br",
        },
        signal: options.signal,
        ...(!options.allowPrivate && { lookup: guardedLookup(original, host) }),
      },
      (response) => {
        const status = response.statusCode ?? 0;
        if (status >= 300 && status < 400 && response.headers.location) {
          response.resume();
          resolve({ redirect: new URL(response.headers.location, target).toString() });
          return;
        }
        if (status >= 400 || status < 200) {
          response.resume();
          reject(gazetteError("E215", { url: original, status }));
          return;
        }
        const contentType = (response.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
        if (contentType && !ACCEPTED.test(contentType)) {
          req.destroy();
          reject(gazetteError("E214", { url: original, type: contentType }));
          return;
        }
        const declared = Number(response.headers["content-length"]);
        if (Number.isFinite(declared) && declared > options.maxBytes) {
          req.destroy();
          reject(gazetteError("E212", { url: original, limit: options.maxBytes }));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        const body = decoded(response);
        body.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            req.destroy();
            body.destroy();
            reject(gazetteError("E212", { url: original, limit: options.maxBytes }));
            return;
          }
          chunks.push(chunk);
        });
        body.on("end", () => resolve({ url: target.toString(), contentType: contentType || "text/html", body: Buffer.concat(chunks) }));
        body.on("error", reject);
        response.on("error", reject);
      },
    );
    req.on("error", reject);
    // Whatever stage the exchange is in (connecting, headers, a trickling body), the deadline ends it.
    options.signal.addEventListener("abort", () => reject(new Error("deadline")), { once: true });
    req.end();
  });
}
