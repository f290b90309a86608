/** The event filters that live in the URL: the same names as the API's query parameters and the CLI's options. */
export const FILTER_KEYS = ["text", "actor", "country", "code", "root", "quad", "from", "to", "place"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Only the filter parameters of a query string, in a stable order (a cache key and an API query). */
export function filterQuery(query: URLSearchParams, extra: Record<string, string | undefined> = {}): string {
  const out = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = query.get(key)?.trim();
    if (value) out.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) out.set(key, value);
  const text = out.toString();
  return text ? `?${text}` : "";
}

export const hasFilters = (query: URLSearchParams) => FILTER_KEYS.some((key) => query.get(key));
