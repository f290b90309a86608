/**
 * Geocoding: a place name → the place it most likely is in this document. GeoNames gives several
 * places per name (Tripoli in Libya and in Lebanon, Paris in France and in Texas); the document's
 * countries decide first, then size, then being a capital.
 */
import { fold } from "../../kb/fold.js";
import { isLargeCity, type KbEntry, type World } from "../../kb/world.js";

/** Country → how much the document speaks of it (0 … 1). */
export type CountryWeights = Map<string, number>;

export function pickPlace(kb: World, candidates: readonly KbEntry[], countries: CountryWeights, surface?: string): KbEntry | undefined {
  let best: KbEntry | undefined;
  let bestScore = -Infinity;
  const named = surface === undefined ? undefined : fold(surface);
  for (const c of candidates) {
    // A region no list gives a population to weighs as a city of three million: a province or a state
    // outweighs the towns named after it ("Ontario", "Bahia").
    const size = c.kind === "city" ? Math.log10((c.population ?? 0) + 10) : 6.5;
    const inDoc = c.country ? countries.get(c.country) ?? 0 : 0;
    const capital = c.country && kb.capitals.get(c.country) === c.id ? 2.5 : 0;
    const seat = c.feature === "PPLA" ? 0.5 : 0;
    // "New Delhi" is the capital of that name before it is another name of Delhi.
    const ownName = named !== undefined && fold(c.name) === named ? 3 : 0;
    const score = 3 * size + 6 * inDoc + capital + seat + ownName;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

let bigPlaces: Array<{ key: string; entry: KbEntry }> | undefined;

/**
 * A misspelt place ("Ougadougou", "Benghazii"): the capital or large city one edit away, when the
 * name is long enough for one edit to be a typo rather than another word.
 */
export function nearPlace(kb: World, name: string): KbEntry | undefined {
  const key = fold(name);
  if (key.length < 7) return undefined;
  bigPlaces ??= [...kb.entries.values()]
    .filter((e) => isLargeCity(kb, e))
    .map((entry) => ({ key: fold(entry.name), entry }));
  const hits = bigPlaces.filter((p) => Math.abs(p.key.length - key.length) <= 1 && withinOneEdit(p.key, key));
  return hits.sort((a, b) => (b.entry.population ?? 0) - (a.entry.population ?? 0))[0]?.entry;
}

function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Great-circle distance in kilometres. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}
