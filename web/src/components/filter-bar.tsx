/** The event filters as a form; submitting writes them into the URL, which every view reads. */
import { navigate } from "../router.js";
import { FILTER_KEYS, filterQuery, hasFilters } from "../filters.js";
import { QUADS } from "../quad.js";

const FIELDS: Array<{ key: (typeof FILTER_KEYS)[number]; label: string; placeholder: string; size?: number }> = [
  { key: "text", label: "Words", placeholder: "traité, strike…" },
  { key: "actor", label: "Actor", placeholder: "RUS, person:…, Putin" },
  { key: "country", label: "Country", placeholder: "BLR", size: 5 },
  { key: "code", label: "CAMEO code", placeholder: "057 or 05", size: 6 },
  { key: "place", label: "Place", placeholder: "Minsk" },
  { key: "from", label: "From", placeholder: "YYYY-MM-DD", size: 11 },
  { key: "to", label: "To", placeholder: "YYYY-MM-DD", size: 11 },
];

export function FilterBar({ path, query }: { path: string; query: URLSearchParams }) {
  const submit = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const next = new URLSearchParams();
    for (const [key, value] of form) if (typeof value === "string" && value.trim()) next.set(key, value.trim());
    const keep = query.get("interval");
    navigate(`${path}${filterQuery(next, { interval: keep ?? undefined })}`);
  };
  const active = FILTER_KEYS.filter((key) => query.get(key)).length;
  // On a phone the form folds away behind one line, so the chart and the list come first.
  const narrow = window.matchMedia("(max-width: 760px)").matches;
  const form = (
    <form class="filters" role="search" aria-label="Event filters" onSubmit={submit} key={filterQuery(query)}>
      {FIELDS.map((f) => (
        <label key={f.key} class={`field field-${f.key}`}>
          <span>{f.label}</span>
          <input name={f.key} defaultValue={query.get(f.key) ?? ""} placeholder={f.placeholder} size={f.size} autocomplete="off" />
        </label>
      ))}
      <label class="field field-quad">
        <span>QuadClass</span>
        <select name="quad" defaultValue={query.get("quad") ?? ""}>
          <option value="">any</option>
          {QUADS.map((q) => (
            <option key={q.n} value={String(q.n)}>
              {q.n} · {q.name}
            </option>
          ))}
        </select>
      </label>
      <div class="filter-actions">
        <button type="submit">Apply</button>
        {hasFilters(query) && (
          <a class="button secondary" href={path}>
            Clear
          </a>
        )}
      </div>
    </form>
  );
  if (!narrow) return form;
  return (
    <details class="filters-box">
      <summary>Filters{active ? ` (${active} active)` : ""}</summary>
      {form}
    </details>
  );
}
