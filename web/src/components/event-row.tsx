/** One real-world event in a list: when, what (CAMEO, QuadClass), who to whom, where, how many reports. */
import type { EventCluster } from "../api.js";
import { quadName } from "../quad.js";

const actorLabel = (a: EventCluster["source"]) => (a ? (a.name ? `${a.name} (${a.actor})` : a.actor) : "—");

export function QuadBadge({ quad }: { quad: number }) {
  return (
    <span class={`quad q${quad}`} title={quadName(quad)}>
      <span aria-hidden="true">■</span> {quadName(quad)}
    </span>
  );
}

export function EventRow({ event }: { event: EventCluster }) {
  return (
    <li class="row event-row" key={event.id}>
      <a href={`/events/${event.id}`} class="row-link">
        <span class="row-day">{event.day}</span>
        <span class="row-main">
          <span class="actors">
            {actorLabel(event.source)} <span aria-label="acts on">→</span> {actorLabel(event.target)}
          </span>
          <span class="row-meta">
            <span class="code">CAMEO {event.code}</span>
            {event.plover && <span>{event.plover}</span>}
            <QuadBadge quad={event.quadClass} />
            {event.place && <span class="place">{event.place.name}</span>}
            <span>
              {event.numArticles} article{event.numArticles === 1 ? "" : "s"} · {event.numMentions} mention{event.numMentions === 1 ? "" : "s"}
            </span>
          </span>
        </span>
      </a>
    </li>
  );
}
