/** The events behind a map point or a graph edge, each with the sentences that report it: one click from a dot to the evidence. */
import { useEffect, useState } from "preact/hooks";
import { get, type EventDetail, type EventMention } from "../api.js";
import { QuadBadge } from "./event-row.js";

const SHOWN = 8;

export const evidenceHref = (m: Pick<EventMention, "document" | "start" | "end">) => `/documents/${encodeURIComponent(m.document)}?hl=${m.start}-${m.end}`;

export function MentionLink({ mention }: { mention: EventMention }) {
  return (
    <a class="evidence-link" href={evidenceHref(mention)}>
      <q>{mention.text}</q>
      <span class="muted">
        {" "}
        — {mention.source ?? "unknown source"}
        {mention.publishedAt ? `, ${mention.publishedAt.slice(0, 10)}` : ""}
      </span>
    </a>
  );
}

export function EvidenceList({ ids, total, order }: { ids: number[]; total: number; order: "latest" | "most reported" }) {
  const [details, setDetails] = useState<EventDetail[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const key = ids.slice(0, SHOWN).join(",");
  useEffect(() => {
    const controller = new AbortController();
    setDetails(undefined);
    Promise.all(ids.slice(0, SHOWN).map((id) => get<EventDetail>(`/api/events/${id}`, controller.signal))).then(setDetails, (e: Error) => {
      if (!controller.signal.aborted) setError(e.message);
    });
    return () => controller.abort();
  }, [key]);
  if (error) return <p class="error" role="alert">{error}</p>;
  if (!details) return <p class="muted" aria-busy="true">Loading the evidence…</p>;
  return (
    <div class="evidence-list">
      {total > SHOWN && (
        <p class="muted">
          The {SHOWN} {order} of {total} events:
        </p>
      )}
      <ol class="plain">
        {details.map(({ event, mentions }) => (
          <li key={event.id} class="evidence-event">
            <p>
              <a href={`/events/${event.id}`}>
                {event.day} · CAMEO {event.code} · {event.source?.name ?? event.source?.actor ?? "—"} → {event.target?.name ?? event.target?.actor ?? "—"}
              </a>{" "}
              <QuadBadge quad={event.quadClass} />
            </p>
            <ul class="plain mentions">
              {mentions.slice(0, 3).map((m, i) => (
                <li key={i}>
                  <MentionLink mention={m} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}
