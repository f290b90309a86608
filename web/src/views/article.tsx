/** One stored article with everything gazette found in it; ?hl=START-END marks the evidence a link came for. */
import type { DocumentDetail } from "../api.js";
import { OriginalLink, RecordView } from "../components/record-view.js";
import type { Location } from "../router.js";
import { useApi } from "../use-api.js";

function parseHighlight(value: string | null): { start: number; end: number } | undefined {
  const m = /^(\d+)-(\d+)$/.exec(value ?? "");
  return m && Number(m[2]) > Number(m[1]) ? { start: Number(m[1]), end: Number(m[2]) } : undefined;
}

export function RecordHeader({ record }: { record: DocumentDetail["record"] }) {
  return (
    <header class="article-head">
      <h1 class="article-title">{record.title ?? "(untitled article)"}</h1>
      <p class="muted">
        {[record.source, record.publishedAt?.slice(0, 10), record.lang, record.byline].filter(Boolean).join(" · ")}
        <OriginalLink url={record.url} />
      </p>
    </header>
  );
}

export function ArticleView({ id, location }: { id: string; location: Location }) {
  const detail = useApi<DocumentDetail>(`/api/documents/${encodeURIComponent(id)}`);
  const highlight = parseHighlight(location.query.get("hl"));
  if (detail.error) return <p class="error" role="alert">{detail.error}</p>;
  if (!detail.data) return <p class="muted" aria-busy="true">Loading…</p>;
  const { record, clusters } = detail.data;
  return (
    <article class="article">
      <RecordHeader record={record} />
      <RecordView record={record} clusters={clusters} highlight={highlight} />
    </article>
  );
}
