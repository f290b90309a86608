/** The front page: filters, the timeline of cooperation and conflict, and the events that match. */
import type { Timeline } from "../api.js";
import { EventRow } from "../components/event-row.js";
import { FilterBar } from "../components/filter-bar.js";
import { PagedList } from "../components/pager.js";
import { TimelineChart } from "../components/timeline-chart.js";
import { filterQuery } from "../filters.js";
import { navigate, type Location } from "../router.js";
import { useApi } from "../use-api.js";
import type { EventCluster } from "../api.js";

export function ExploreView({ location }: { location: Location }) {
  const { query } = location;
  const interval = query.get("interval") === "week" ? "week" : query.get("interval") === "day" ? "day" : undefined;
  const timeline = useApi<Timeline>(`/api/timeline${filterQuery(query, { interval: interval ?? "week" })}`);
  const setQuery = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(query);
    for (const [k, v] of Object.entries(changes)) v === undefined ? next.delete(k) : next.set(k, v);
    navigate(`/?${next}`);
  };
  return (
    <>
      <h1>Events</h1>
      <FilterBar path="/" query={query} />
      <section class="panel" aria-labelledby="timeline-title">
        <div class="panel-head">
          <h2 id="timeline-title">Timeline</h2>
          <div class="segmented" role="group" aria-label="Bucket size">
            <button type="button" aria-pressed={interval === "day"} onClick={() => setQuery({ interval: "day" })}>
              days
            </button>
            <button type="button" aria-pressed={interval !== "day"} onClick={() => setQuery({ interval: "week" })}>
              weeks
            </button>
          </div>
        </div>
        {timeline.error && <p class="error" role="alert">{timeline.error}</p>}
        {timeline.data && <TimelineChart data={timeline.data} onPick={(from, to) => setQuery({ from, to })} />}
      </section>
      <section class="panel" aria-labelledby="events-title">
        <h2 id="events-title">Events, newest first</h2>
        <PagedList<EventCluster>
          path={`/api/events${filterQuery(query, { limit: "25" })}`}
          label="Events"
          empty="No events match. Is the corpus empty? Add articles with gazette ingest, or on the Analyse page."
          render={(e) => <EventRow key={e.id} event={e} />}
        />
      </section>
    </>
  );
}
