/** The corpus as lists: articles (with full-text search), actors, quotes. Their filters live in the URL too. */
import type { ActorSummary, DocumentSummary, QuoteRow } from "../api.js";
import { PagedList } from "../components/pager.js";
import { navigate, type Location } from "../router.js";

function SearchForm({ path, query, fields }: { path: string; query: URLSearchParams; fields: Array<{ key: string; label: string; placeholder?: string }> }) {
  const submit = (event: Event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget as HTMLFormElement)) if (typeof value === "string" && value.trim()) next.set(key, value.trim());
    const text = next.toString();
    navigate(text ? `${path}?${text}` : path);
  };
  return (
    <form class="filters" role="search" onSubmit={submit} key={query.toString()}>
      {fields.map((f) => (
        <label key={f.key} class="field">
          <span>{f.label}</span>
          <input name={f.key} defaultValue={query.get(f.key) ?? ""} placeholder={f.placeholder} autocomplete="off" />
        </label>
      ))}
      <div class="filter-actions">
        <button type="submit">Search</button>
      </div>
    </form>
  );
}

const only = (query: URLSearchParams, keys: string[], extra: Record<string, string>) => {
  const out = new URLSearchParams();
  for (const key of keys) {
    const value = query.get(key)?.trim();
    if (value) out.set(key, value);
  }
  for (const [k, v] of Object.entries(extra)) out.set(k, v);
  return `?${out}`;
};

export function DocumentsView({ location }: { location: Location }) {
  const { query } = location;
  return (
    <>
      <h1>Articles</h1>
      <SearchForm
        path="/documents"
        query={query}
        fields={[
          { key: "text", label: "Words", placeholder: "Minsk traité" },
          { key: "source", label: "Source" },
          { key: "lang", label: "Language", placeholder: "fr" },
          { key: "from", label: "From", placeholder: "YYYY-MM-DD" },
          { key: "to", label: "To", placeholder: "YYYY-MM-DD" },
        ]}
      />
      <PagedList<DocumentSummary>
        path={`/api/documents${only(query, ["text", "source", "lang", "from", "to", "story"], { limit: "30" })}`}
        label="Articles"
        empty="No articles match."
        render={(d) => (
          <li key={d.id} class="row">
            <a href={`/documents/${encodeURIComponent(d.id)}`} class="row-link">
              <span class="row-day">{d.publishedAt?.slice(0, 10) ?? "—"}</span>
              <span class="row-main">
                <span class="doc-title">{d.title ?? "(untitled)"}</span>
                <span class="row-meta">
                  <span>{d.source ?? "unknown source"}</span>
                  <span>{d.lang}</span>
                  <span>
                    {d.events} events · {d.entities} entities · {d.quotes} quotes
                  </span>
                  {d.similarTo && <span>near-duplicate</span>}
                </span>
              </span>
            </a>
          </li>
        )}
      />
    </>
  );
}

export function ActorsView({ location }: { location: Location }) {
  const { query } = location;
  return (
    <>
      <h1>Actors</h1>
      <SearchForm
        path="/actors"
        query={query}
        fields={[
          { key: "name", label: "Name, entity id or CAMEO code", placeholder: "Putin, RUS" },
          { key: "type", label: "Type", placeholder: "PER, ORG, GPE" },
          { key: "country", label: "Country", placeholder: "BLR" },
        ]}
      />
      <PagedList<ActorSummary>
        path={`/api/actors${only(query, ["name", "type", "country"], { limit: "40" })}`}
        label="Actors"
        empty="No actors match."
        render={(a) => (
          <li key={a.entity} class="row">
            <div class="row-link">
              <span class="row-day">{a.type}</span>
              <span class="row-main">
                <a href={`/?actor=${encodeURIComponent(a.entity)}`} class="doc-title">
                  {a.name}
                </a>
                <span class="row-meta">
                  <span>{a.entity}</span>
                  {a.actor && <span>CAMEO {a.actor}</span>}
                  {a.country && <span>{a.country}</span>}
                  <span>
                    {a.events} events · {a.mentions} mentions in {a.documents} articles
                  </span>
                  <a href={`/network?actor=${encodeURIComponent(a.entity)}`}>network</a>
                  <a href={`/quotes?speaker=${encodeURIComponent(a.entity)}`}>quotes</a>
                </span>
              </span>
            </div>
          </li>
        )}
      />
    </>
  );
}

export function QuotesView({ location }: { location: Location }) {
  const { query } = location;
  return (
    <>
      <h1>Quotes</h1>
      <SearchForm
        path="/quotes"
        query={query}
        fields={[
          { key: "speaker", label: "Speaker", placeholder: "person:… or a name" },
          { key: "text", label: "Words" },
          { key: "from", label: "From", placeholder: "YYYY-MM-DD" },
          { key: "to", label: "To", placeholder: "YYYY-MM-DD" },
        ]}
      />
      <PagedList<QuoteRow>
        path={`/api/quotes${only(query, ["speaker", "text", "from", "to", "document"], { limit: "30" })}`}
        label="Quotes"
        empty="No quotes match."
        render={(q) => (
          <li key={`${q.document}-${q.start}`} class="row quote-row">
            <a href={`/documents/${encodeURIComponent(q.document)}?hl=${q.start}-${q.end}`} class="row-link">
              <span class="row-day">{q.publishedAt?.slice(0, 10) ?? "—"}</span>
              <span class="row-main">
                <q>{q.text}</q>
                <span class="row-meta">
                  <span>— {q.speakerText ?? q.speaker ?? "unknown speaker"}</span>
                  <span>{q.kind}</span>
                  <span class="doc-title">{q.title ?? ""}</span>
                </span>
              </span>
            </a>
          </li>
        )}
      />
    </>
  );
}
