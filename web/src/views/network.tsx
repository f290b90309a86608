/**
 * Who acts on whom: actors sized by how many events they take part in, edges coloured by their main
 * QuadClass. Selecting an edge (click, or the list below for the keyboard) shows its evidence.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import cytoscape from "cytoscape";
import type { Graph, GraphEdge } from "../api.js";
import { EvidenceList } from "../components/evidence-list.js";
import { FilterBar } from "../components/filter-bar.js";
import { filterQuery } from "../filters.js";
import { quadColors, quadName, QUADS } from "../quad.js";
import type { Location } from "../router.js";
import { useApi } from "../use-api.js";

declare global {
  interface Window {
    /** The graph, for the end-to-end tests, which click on the canvas where an edge is drawn. */
    gazetteGraph?: cytoscape.Core;
  }
}

export function NetworkView({ location }: { location: Location }) {
  const { query } = location;
  const graph = useApi<Graph>(`/api/graph${filterQuery(query, { maxEdges: "150" })}`);
  const [selected, setSelected] = useState<GraphEdge | undefined>();
  const box = useRef<HTMLDivElement>(null);
  const labels = new Map((graph.data?.nodes ?? []).map((n) => [n.id, n.label]));

  useEffect(() => {
    setSelected(undefined);
    const data = graph.data;
    if (!box.current || !data || data.edges.length === 0) return;
    const colors = quadColors();
    const text = getComputedStyle(document.documentElement).getPropertyValue("--fg").trim() || "#222";
    const maxEvents = Math.max(...data.nodes.map((n) => n.events));
    const maxWeight = Math.max(...data.edges.map((e) => e.weight));
    const cy = cytoscape({
      container: box.current,
      // Labels are drawn on the canvas: article text never becomes markup here.
      elements: [
        ...data.nodes.map((n) => ({ data: { id: n.id, label: n.label, size: 18 + 42 * Math.sqrt(n.events / maxEvents) } })),
        ...data.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, color: colors[e.quadClass - 1], width: 1.5 + 6 * (e.weight / maxWeight) } })),
      ],
      style: [
        { selector: "node", style: { width: "data(size)", height: "data(size)", label: "data(label)", "font-size": 11, color: text, "background-color": "#7a8899", "text-valign": "bottom", "text-margin-y": 3 } },
        { selector: "edge", style: { width: "data(width)", "line-color": "data(color)", "target-arrow-color": "data(color)", "target-arrow-shape": "triangle", "curve-style": "bezier", opacity: 0.85 } },
        { selector: "edge:selected", style: { opacity: 1, "underlay-color": text, "underlay-opacity": 0.25, "underlay-padding": 4 } },
      ],
      layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, padding: 20 } as cytoscape.LayoutOptions,
      wheelSensitivity: 0.3,
    });
    cy.on("tap", "edge", (event) => setSelected(data.edges.find((e) => e.id === event.target.id())));
    window.gazetteGraph = cy;
    return () => {
      cy.destroy();
      if (window.gazetteGraph === cy) window.gazetteGraph = undefined;
    };
  }, [graph.data]);

  const edges = graph.data?.edges ?? [];
  return (
    <>
      <h1>Actor network</h1>
      <FilterBar path="/network" query={query} />
      <div class="split">
        <section class="panel" aria-labelledby="graph-title">
          <h2 id="graph-title">Who acts on whom</h2>
          <p class="legend">
            {QUADS.map((q) => (
              <span key={q.n} class="legend-item">
                <span class="swatch" style={{ background: q.color }} aria-hidden="true" /> {q.name}
              </span>
            ))}
          </p>
          {graph.error && <p class="error" role="alert">{graph.error}</p>}
          {graph.data && edges.length === 0 && <p class="empty">No events with both a source and a target match these filters.</p>}
          <div ref={box} class="graph" role="img" aria-label={`Actor network: ${graph.data?.nodes.length ?? 0} actors, ${edges.length} links; the list below gives the same links`} />
          {graph.data && graph.data.totalEdges > edges.length && (
            <p class="muted">The {edges.length} heaviest of {graph.data.totalEdges} links.</p>
          )}
        </section>
        <aside class="panel side" aria-live="polite" aria-labelledby="edge-title">
          <h2 id="edge-title">{selected ? `${labels.get(selected.source)} → ${labels.get(selected.target)}` : "Evidence"}</h2>
          {selected ? (
            <>
              <p>
                {selected.weight} event{selected.weight === 1 ? "" : "s"} · {selected.articles} article{selected.articles === 1 ? "" : "s"} · mean Goldstein {selected.goldstein} · mostly {quadName(selected.quadClass)}
              </p>
              <EvidenceList ids={selected.events} total={selected.weight} order="most reported" />
            </>
          ) : (
            <p class="muted">Select a link in the graph or in the list to read the sentences behind it.</p>
          )}
        </aside>
      </div>
      {edges.length > 0 && (
        <section class="panel" aria-labelledby="links-title">
          <h2 id="links-title">Links</h2>
          <ul class="plain link-list">
            {edges.slice(0, 60).map((e) => (
              <li key={e.id}>
                <button type="button" class="link-button" aria-pressed={selected?.id === e.id} onClick={() => setSelected(e)}>
                  <span class="swatch" style={{ background: QUADS[e.quadClass - 1].color }} aria-hidden="true" /> {labels.get(e.source)} → {labels.get(e.target)}{" "}
                  <span class="muted">({e.weight})</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
