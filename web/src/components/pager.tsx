/** A list that grows a page at a time, following the API's cursors. */
import { useEffect, useState } from "preact/hooks";
import type { ComponentChildren } from "preact";
import { get, type ApiPage } from "../api.js";

export function PagedList<T>({ path, render, empty, label }: { path: string; render: (item: T) => ComponentChildren; empty: string; label: string }) {
  const [items, setItems] = useState<T[]>([]);
  const [total, setTotal] = useState(0);
  const [cursor, setCursor] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [loading, setLoading] = useState(true);

  const load = (after: string | undefined, reset: boolean, signal?: AbortSignal) => {
    setLoading(true);
    const url = after ? `${path}${path.includes("?") ? "&" : "?"}cursor=${encodeURIComponent(after)}` : path;
    get<ApiPage<T>>(url, signal).then(
      (page) => {
        setItems((old) => (reset ? page.items : [...old, ...page.items]));
        setTotal(page.total);
        setCursor(page.nextCursor);
        setError(undefined);
        setLoading(false);
      },
      (e: Error) => {
        if (signal?.aborted) return;
        setError(e.message);
        setLoading(false);
      },
    );
  };

  useEffect(() => {
    const controller = new AbortController();
    setItems([]);
    load(undefined, true, controller.signal);
    return () => controller.abort();
  }, [path]);

  return (
    <section class="paged" aria-label={label} aria-busy={loading}>
      {error && <p class="error" role="alert">{error}</p>}
      {!error && !loading && items.length === 0 && <p class="empty">{empty}</p>}
      {items.length > 0 && (
        <p class="count">
          {items.length} of {total.toLocaleString("en-GB")}
        </p>
      )}
      <ul class="rows">{items.map((item) => render(item))}</ul>
      {cursor && (
        <button type="button" class="more" disabled={loading} onClick={() => load(cursor, false)}>
          {loading ? "Loading…" : "More"}
        </button>
      )}
    </section>
  );
}
