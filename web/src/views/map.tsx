/**
 * Where events happen, on a world map drawn offline from Natural Earth (world-atlas): no tile server,
 * nothing fetched but the API. One dot per place, sized by events and coloured by the main QuadClass.
 */
import { useMemo, useState } from "preact/hooks";
import { geoNaturalEarth1, geoPath, geoGraticule10 } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { FeatureCollection } from "geojson";
import world from "world-atlas/countries-110m.json";
import type { Place, Places } from "../api.js";
import { EvidenceList } from "../components/evidence-list.js";
import { FilterBar } from "../components/filter-bar.js";
import { filterQuery } from "../filters.js";
import { quadName, QUADS } from "../quad.js";
import type { Location } from "../router.js";
import { useApi } from "../use-api.js";

const W = 960;
const H = 500;

const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
const countries = feature(topology, topology.objects.countries) as FeatureCollection;
const projection = geoNaturalEarth1().fitExtent([[4, 4], [W - 4, H - 4]], { type: "Sphere" });
const path = geoPath(projection);
const countryPaths = countries.features.map((f, i) => ({ key: String(f.id ?? i), d: path(f) ?? "" }));
const sphere = path({ type: "Sphere" }) ?? "";
const graticule = path(geoGraticule10()) ?? "";

const mainQuad = (p: Place) => p.counts.indexOf(Math.max(...p.counts)) + 1;

export function MapView({ location }: { location: Location }) {
  const { query } = location;
  const places = useApi<Places>(`/api/places${filterQuery(query)}`);
  const [selected, setSelected] = useState<Place | undefined>();
  const list = places.data?.places ?? [];
  const max = Math.max(1, ...list.map((p) => p.events));
  const dots = useMemo(
    () =>
      list
        .map((p) => ({ place: p, xy: projection([p.lon, p.lat]) }))
        .filter((d): d is { place: Place; xy: [number, number] } => d.xy !== null)
        // Big dots first, so small ones stay clickable on top.
        .sort((a, b) => b.place.events - a.place.events),
    [places.data],
  );
  const pick = (p: Place) => setSelected(p);
  return (
    <>
      <h1>Map</h1>
      <FilterBar path="/map" query={query} />
      <div class="split">
        <section class="panel" aria-labelledby="map-title">
          <h2 id="map-title">Where it happens</h2>
          {places.error && <p class="error" role="alert">{places.error}</p>}
          <svg class="map" viewBox={`0 0 ${W} ${H}`} role="group" aria-label={`World map with ${list.length} places; the list below gives the same places`}>
            <path class="sphere" d={sphere} />
            <path class="graticule" d={graticule} />
            {countryPaths.map((c) => (
              <path key={c.key} class="country" d={c.d} />
            ))}
            {dots.map(({ place, xy }) => (
              <circle
                key={`${place.name}@${place.lat},${place.lon}`}
                class={`dot${selected === place ? " selected" : ""}`}
                cx={xy[0]}
                cy={xy[1]}
                r={3 + 14 * Math.sqrt(place.events / max)}
                fill={QUADS[mainQuad(place) - 1].color}
                tabIndex={0}
                role="button"
                aria-label={`${place.name}: ${place.events} events`}
                data-place={place.name}
                onClick={() => pick(place)}
                onKeyDown={(e) => (e.key === "Enter" || e.key === " ") && (e.preventDefault(), pick(place))}
              >
                <title>
                  {place.name}: {place.events} events, mostly {quadName(mainQuad(place))}
                </title>
              </circle>
            ))}
          </svg>
          {places.data && (
            <p class="muted">
              {list.length} place{list.length === 1 ? "" : "s"}
              {places.data.unplaced ? ` · ${places.data.unplaced} matching events have no coordinates` : ""}
            </p>
          )}
        </section>
        <aside class="panel side" aria-live="polite" aria-labelledby="place-title">
          <h2 id="place-title">{selected ? selected.name : "Evidence"}</h2>
          {selected ? (
            <>
              <p>
                {selected.events} event{selected.events === 1 ? "" : "s"}
                {selected.country ? ` · ${selected.country}` : ""} ·{" "}
                <a href={`/${filterQuery(query, { place: selected.entity ?? selected.name })}`}>all of them on the timeline</a>
              </p>
              <EvidenceList ids={selected.sample} total={selected.events} order="latest" />
            </>
          ) : (
            <p class="muted">Select a place on the map or in the list to read the sentences that report what happened there.</p>
          )}
        </aside>
      </div>
      {list.length > 0 && (
        <section class="panel" aria-labelledby="places-title">
          <h2 id="places-title">Places</h2>
          <ul class="plain link-list">
            {list.slice(0, 60).map((p) => (
              <li key={`${p.name}@${p.lat},${p.lon}`}>
                <button type="button" class="link-button" aria-pressed={selected === p} onClick={() => pick(p)}>
                  <span class="swatch" style={{ background: QUADS[mainQuad(p) - 1].color }} aria-hidden="true" /> {p.name} <span class="muted">({p.events})</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
