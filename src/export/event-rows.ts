/** Events as flat rows with named columns: what `gazette events` prints and `export --format csv` writes. */
import type { EventCluster } from "../store/store.js";

export const EVENT_COLUMNS = [
  "id", "day", "date", "code", "root", "quad", "goldstein",
  "source", "source_name", "source_country", "target", "target_name", "target_country",
  "place", "place_country", "lat", "lon", "mentions", "articles", "sources", "document", "url",
] as const;

export type EventRow = Record<(typeof EVENT_COLUMNS)[number], string | number | undefined>;

export function eventRow(e: EventCluster): EventRow {
  return {
    id: e.id,
    day: e.day,
    date: e.date,
    code: e.code,
    root: e.rootCode,
    quad: e.quadClass,
    goldstein: e.goldstein,
    source: e.source?.actor,
    source_name: e.source?.name,
    source_country: e.source?.country,
    target: e.target?.actor,
    target_name: e.target?.name,
    target_country: e.target?.country,
    place: e.place?.name,
    place_country: e.place?.country,
    lat: e.place?.lat,
    lon: e.place?.lon,
    mentions: e.numMentions,
    articles: e.numArticles,
    sources: e.numSources,
    document: e.document,
    url: e.url,
  };
}
