/**
 * Opaque paging cursors. The Store pages by offset; the API hands out cursors instead so that clients
 * never build offsets themselves and a later keyset implementation can change what is inside.
 */
import { gazetteError } from "../errors.js";

const MAX_OFFSET = 1_000_000_000;

export function encodeCursor(offset: number): string {
  return Buffer.from(`o${offset}`, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const match = /^o(?<offset>\d{1,10})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  const offset = match ? Number(match.groups!.offset) : NaN;
  if (!Number.isSafeInteger(offset) || offset > MAX_OFFSET) {
    throw gazetteError("E400", { where: "query parameter", name: "cursor", reason: "not a cursor this server handed out" });
  }
  return offset;
}

/** The API's page: the Store's page with its offset turned into the next cursor. */
export function toApiPage<T>(page: { items: T[]; total: number; limit: number; offset: number }) {
  const next = page.offset + page.items.length;
  return {
    items: page.items,
    total: page.total,
    limit: page.limit,
    ...(page.items.length > 0 && next < page.total && { nextCursor: encodeCursor(next) }),
  };
}
