/** One real-world event and every sentence, in every article, that reports it. */
import type { EventDetail, EventMention } from "../api.js";
import { QuadBadge } from "../components/event-row.js";
import { MentionLink } from "../components/evidence-list.js";
import { OriginalLink } from "../components/record-view.js";
import { useApi } from "../use-api.js";

const actor = (a: EventDetail["event"]["source"]) =>
  a ? (
    <a href={`/?actor=${encodeURIComponent(a.entity ?? a.actor)}`}>
      {a.name ?? a.actor} <span class="muted">({a.actor}{a.country ? `, ${a.country}` : ""})</span>
    </a>
  ) : (
    "—"
  );

export function EventView({ id }: { id: string }) {
  const detail = useApi<EventDetail>(`/api/events/${encodeURIComponent(id)}`);
  if (detail.error) return <p class="error" role="alert">{detail.error}</p>;
  if (!detail.data) return <p class="muted" aria-busy="true">Loading…</p>;
  const { event, mentions } = detail.data;
  const byDocument = new Map<string, EventMention[]>();
  for (const m of mentions) byDocument.set(m.document, [...(byDocument.get(m.document) ?? []), m]);
  return (
    <article class="event-view">
      <h1>
        CAMEO {event.code} <QuadBadge quad={event.quadClass} />
      </h1>
      <dl class="facts">
        <dt>Who</dt>
        <dd>{actor(event.source)}</dd>
        <dt>To whom</dt>
        <dd>{actor(event.target)}</dd>
        <dt>When</dt>
        <dd>
          {event.day}
          {event.date && event.date !== event.day ? ` (said: ${event.date})` : ""}
        </dd>
        <dt>Where</dt>
        <dd>{event.place ? `${event.place.name}${event.place.country ? `, ${event.place.country}` : ""}` : "—"}</dd>
        <dt>Goldstein</dt>
        <dd>{event.goldstein}</dd>
        {event.plover && (
          <>
            <dt>PLOVER</dt>
            <dd>{event.plover}</dd>
          </>
        )}
        <dt>Reports</dt>
        <dd>
          {event.numMentions} mention{event.numMentions === 1 ? "" : "s"} in {event.numArticles} article{event.numArticles === 1 ? "" : "s"} from {event.numSources} source
          {event.numSources === 1 ? "" : "s"}
        </dd>
      </dl>
      <h2>Every mention</h2>
      {[...byDocument].map(([document, list]) => {
        const first = list[0];
        return (
          <section key={document} class="panel mention-group">
            <h3>
              <a href={`/documents/${encodeURIComponent(document)}`}>{first.source ?? "article"}</a>
              <span class="muted">
                {" "}
                {first.publishedAt?.slice(0, 10)} · {first.lang}
                <OriginalLink url={first.url} />
              </span>
            </h3>
            <ul class="plain mentions">
              {list.map((m, i) => (
                <li key={i}>
                  <MentionLink mention={m} /> <span class="muted">· {m.modality} · confidence {m.confidence.toFixed(2)}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </article>
  );
}
