/**
 * `openStore(url)`: the one way to a Store. A plain path (or `sqlite:PATH`, `file:PATH`) is a SQLite
 * file; `?mode=ro` opens it read-only. The default is ./gazette.db, or $GAZETTE_DB when set.
 */
import { gazetteError } from "../errors.js";
import { SqliteStore } from "./sqlite/sqlite-store.js";
import type { Store } from "./store.js";

export const DEFAULT_DB = "./gazette.db";

/** The database a command uses when --db is not given. */
export function defaultDatabase(): string {
  return process.env.GAZETTE_DB || DEFAULT_DB;
}

export interface OpenOptions {
  readonly?: boolean;
}

export async function openStore(url: string = defaultDatabase(), options: OpenOptions = {}): Promise<Store> {
  const [location, query = ""] = url.split("?", 2);
  const params = new URLSearchParams(query);
  const readonly = options.readonly || params.get("mode") === "ro";
  if (/^postgres(ql)?:/i.test(location)) throw gazetteError("E206", { url });
  const path = location.replace(/^(sqlite|file):(\/\/)?/i, "");
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(path) || path === "") throw gazetteError("E206", { url });
  return new SqliteStore(path, { readonly });
}
