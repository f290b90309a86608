/** The keys by which a store recognises an article it already holds. */
import { createHash } from "node:crypto";
import { normaliseForIdentity } from "../model/ids.js";

/** Same text, whatever its whitespace or Unicode composition. */
export function textHash(text: string): string {
  return createHash("sha256").update(normaliseForIdentity(text)).digest("hex");
}

export function inputHash(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

const TRACKING = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|xtor|at_medium|at_campaign)$/i;

/**
 * One spelling per article URL: lower-case host, no fragment, no tracking parameters, no default port,
 * so that the same page shared through two feeds is recognised. Anything unparseable is kept as given.
 */
export function urlKey(url: string): string {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return url.trim();
  }
  u.hash = "";
  for (const name of [...u.searchParams.keys()]) if (TRACKING.test(name)) u.searchParams.delete(name);
  u.searchParams.sort();
  return u.toString();
}

/** Who published it: the source the record names, else the URL's host without "www.". */
export function sourceName(source: string | undefined, url: string | undefined): string | undefined {
  if (source) return source;
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, "") || undefined;
  } catch {
    return undefined;
  }
}
