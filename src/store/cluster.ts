/**
 * When two articles' events are one real-world event: same CAMEO root, compatible actors, compatible
 * dates and overlapping places. Store-agnostic, so every adapter clusters alike: the adapter fetches
 * candidates (same root, days within DAY_WINDOW) and asks `bestCluster` which one, if any, to join.
 */
import type { Event } from "../model/record.js";

/** How far apart two reports' days may be when one of them does not date the event itself. */
export const DAY_WINDOW = 2;

export interface ClusterFacts {
  rootCode: string;
  sourceActor?: string;
  sourceEntity?: string;
  targetActor?: string;
  targetEntity?: string;
  /** TIMEX3 value the article gave, if any. */
  date?: string;
  /** The day it is filed under (YYYY-MM-DD). */
  day: string;
  placeName?: string;
  placeCountry?: string;
  placeEntity?: string;
}

export interface Candidate extends ClusterFacts {
  id: number;
}

const FULL_DAY = /^\d{4}-\d{2}-\d{2}/;

/** The day an event is filed under: its own date when that names a day, else the report's day. */
export function eventDay(event: Pick<Event, "date">, reportDay: string): string {
  return event.date && FULL_DAY.test(event.date) ? event.date.slice(0, 10) : reportDay;
}

export function shiftDay(day: string, days: number): string {
  const t = Date.parse(day + "T00:00:00Z") + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** RUS and RUSGOV are compatible (one refines the other); RUS and UKR are not. */
function actorsAgree(a?: string, b?: string, ea?: string, eb?: string): "same" | "unknown" | "differ" {
  if (ea && eb) return ea === eb ? "same" : "differ";
  if (!a || !b) return "unknown";
  return a.startsWith(b) || b.startsWith(a) ? "same" : "differ";
}

function datesAgree(a: ClusterFacts, b: ClusterFacts): boolean {
  const da = a.date && FULL_DAY.test(a.date) ? a.date.slice(0, 10) : undefined;
  const db = b.date && FULL_DAY.test(b.date) ? b.date.slice(0, 10) : undefined;
  if (da && db) return da === db;
  // A coarser date ("2024-12") must contain the other one; no date at all leans on the report days.
  if (a.date && b.date && !(a.date.startsWith(b.date) || b.date.startsWith(a.date))) return false;
  const gap = Math.abs(Date.parse(a.day) - Date.parse(b.day)) / 86_400_000;
  return gap <= DAY_WINDOW;
}

function placesAgree(a: ClusterFacts, b: ClusterFacts): "same" | "unknown" | "differ" {
  if (a.placeEntity && b.placeEntity) return a.placeEntity === b.placeEntity ? "same" : "differ";
  if (a.placeName && b.placeName) return a.placeName.toLowerCase() === b.placeName.toLowerCase() ? "same" : "differ";
  if (a.placeCountry && b.placeCountry) return a.placeCountry === b.placeCountry ? "same" : "differ";
  return "unknown";
}

/**
 * How well an event fits a cluster, or undefined when it cannot belong to it. At least one actor, or
 * the place, must be known on both sides and agree: two protests on the same day are not one protest.
 */
export function fit(event: ClusterFacts, cluster: ClusterFacts): number | undefined {
  if (event.rootCode !== cluster.rootCode || !datesAgree(event, cluster)) return undefined;
  const source = actorsAgree(event.sourceActor, cluster.sourceActor, event.sourceEntity, cluster.sourceEntity);
  const target = actorsAgree(event.targetActor, cluster.targetActor, event.targetEntity, cluster.targetEntity);
  const place = placesAgree(event, cluster);
  if (source === "differ" || target === "differ" || place === "differ") return undefined;
  const score = (source === "same" ? 2 : 0) + (target === "same" ? 2 : 0) + (place === "same" ? 1 : 0);
  if (score === 0) return undefined;
  return score + (event.day === cluster.day ? 0.5 : 0);
}

/** The cluster an event joins: the best fit, the oldest on a tie, so that re-runs cluster alike. */
export function bestCluster(event: ClusterFacts, candidates: Iterable<Candidate>): number | undefined {
  let best: number | undefined;
  let bestScore = 0;
  for (const c of candidates) {
    const score = fit(event, c);
    if (score === undefined) continue;
    if (score > bestScore || (score === bestScore && best !== undefined && c.id < best)) {
      best = c.id;
      bestScore = score;
    }
  }
  return best;
}
