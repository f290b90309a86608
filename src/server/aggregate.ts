/**
 * Views across many events that the Store has no query for yet: counts per day or week, events per
 * place, the actor network with the events behind each edge. Each is one pass over `allEvents`.
 */
import { NetworkBuilder } from "../export/graph.js";
import type { ClusterActor, EventCluster, EventFilter, Store } from "../store/store.js";

type Counts = [number, number, number, number];

/** The Monday that starts the ISO week of a day. */
export function weekStart(day: string): string {
  const date = new Date(day + "T00:00:00Z");
  const shift = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - shift);
  return date.toISOString().slice(0, 10);
}

export async function timeline(store: Store, filter: EventFilter, interval: "day" | "week") {
  const buckets = new Map<string, Counts>();
  let total = 0;
  for await (const event of store.allEvents(filter)) {
    const period = interval === "week" ? weekStart(event.day) : event.day;
    let counts = buckets.get(period);
    if (!counts) buckets.set(period, (counts = [0, 0, 0, 0]));
    counts[event.quadClass - 1]++;
    total++;
  }
  return {
    interval,
    buckets: [...buckets].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([period, counts]) => ({ period, counts, total: counts[0] + counts[1] + counts[2] + counts[3] })),
    total,
  };
}

interface PlaceAcc {
  name: string;
  country?: string;
  entity?: string;
  lat: number;
  lon: number;
  events: number;
  counts: Counts;
  latest: EventCluster[];
}

const SAMPLE = 20;
const newerFirst = (a: EventCluster, b: EventCluster) => (a.day < b.day ? 1 : a.day > b.day ? -1 : b.id - a.id);

export async function places(store: Store, filter: EventFilter, limit: number) {
  const byPlace = new Map<string, PlaceAcc>();
  let unplaced = 0;
  for await (const event of store.allEvents(filter)) {
    const p = event.place;
    if (!p || p.lat === undefined || p.lon === undefined) {
      unplaced++;
      continue;
    }
    const key = p.entity ?? `${p.name}@${p.lat},${p.lon}`;
    let acc = byPlace.get(key);
    if (!acc) {
      acc = { name: p.name, ...(p.country && { country: p.country }), ...(p.entity && { entity: p.entity }), lat: p.lat, lon: p.lon, events: 0, counts: [0, 0, 0, 0], latest: [] };
      byPlace.set(key, acc);
    }
    acc.events++;
    acc.counts[event.quadClass - 1]++;
    acc.latest.push(event);
    // Keep the sample bounded without sorting every event of a busy place.
    if (acc.latest.length > SAMPLE * 4) acc.latest = acc.latest.sort(newerFirst).slice(0, SAMPLE);
  }
  const list = [...byPlace.values()].sort((a, b) => b.events - a.events).slice(0, limit);
  return {
    places: list.map(({ latest, ...rest }) => ({ ...rest, sample: latest.sort(newerFirst).slice(0, SAMPLE).map((e) => e.id) })),
    unplaced,
  };
}

const EDGE_EVENTS = 50;
/** The same node ids as the export's NetworkBuilder, so an edge here is an edge in GraphML. */
const nodeId = (a: ClusterActor) => a.entity ?? `actor:${a.actor}`;

export async function actorGraph(store: Store, filter: EventFilter, maxEdges: number) {
  const builder = new NetworkBuilder();
  const evidence = new Map<string, EventCluster[]>();
  for await (const event of store.allEvents(filter)) {
    builder.add(event);
    if (!event.source || !event.target) continue;
    const key = `${nodeId(event.source)}\u0000${nodeId(event.target)}`;
    let list = evidence.get(key);
    if (!list) evidence.set(key, (list = []));
    if (list.length < EDGE_EVENTS * 4) list.push(event);
    else if (list.length === EDGE_EVENTS * 4) list.splice(0, list.length, ...list.sort(heavierFirst).slice(0, EDGE_EVENTS), event);
  }
  const network = builder.build();
  const edges = network.edges
    .sort((a, b) => b.weight - a.weight || b.mentions - a.mentions)
    .slice(0, maxEdges)
    .map((edge) => ({
      ...edge,
      quadClass: (edge.quad.indexOf(Math.max(...edge.quad)) + 1) as 1 | 2 | 3 | 4,
      events: (evidence.get(`${edge.source}\u0000${edge.target}`) ?? []).sort(heavierFirst).slice(0, EDGE_EVENTS).map((e) => e.id),
    }));
  const kept = new Set(edges.flatMap((e) => [e.source, e.target]));
  return { nodes: network.nodes.filter((n) => kept.has(n.id)), edges, totalEdges: network.edges.length };
}

const heavierFirst = (a: EventCluster, b: EventCluster) => b.numMentions - a.numMentions || newerFirst(a, b);

/** One real-world event by id. The Store has no lookup by id yet, so this scans (fine for a detail view). */
export async function findEvent(store: Store, id: number): Promise<EventCluster | undefined> {
  for await (const event of store.allEvents({})) if (event.id === id) return event;
  return undefined;
}

/** Every sentence, in every article, that reports one event. */
export async function eventMentions(store: Store, event: EventCluster) {
  const out = [];
  for await (const mention of store.mentions({ code: event.code, from: event.day, to: event.day })) if (mention.cluster === event.id) out.push(mention);
  return out;
}

/** For each event of a stored article, the real-world event it was clustered into. */
export async function clustersOf(store: Store, document: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for await (const mention of store.mentions({ document })) if (mention.document === document) out[mention.event] = mention.cluster;
  return out;
}
