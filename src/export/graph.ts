/**
 * The actor network: who acts on whom. Nodes are actors (an entity when known, else a CAMEO code);
 * one directed edge per (source, target) pair, weighted by the events between them.
 */
import type { ClusterActor, EventCluster } from "../store/store.js";

export interface ActorNode {
  id: string;
  label: string;
  actor: string;
  country?: string;
  /** Events in which it takes part. */
  events: number;
}

export interface ActorEdge {
  id: string;
  source: string;
  target: string;
  /** Real-world events from source to target. */
  weight: number;
  mentions: number;
  articles: number;
  goldstein: number;
  /** Counts per QuadClass: verbal and material cooperation, verbal and material conflict. */
  quad: [number, number, number, number];
}

export interface ActorNetwork {
  nodes: ActorNode[];
  edges: ActorEdge[];
}

const nodeId = (a: ClusterActor) => a.entity ?? `actor:${a.actor}`;

export class NetworkBuilder {
  private readonly nodes = new Map<string, ActorNode>();
  private readonly edges = new Map<string, ActorEdge & { goldsteinSum: number }>();

  private node(a: ClusterActor): string {
    const id = nodeId(a);
    let node = this.nodes.get(id);
    if (!node) {
      node = { id, label: a.name ?? a.actor, actor: a.actor, ...(a.country && { country: a.country }), events: 0 };
      this.nodes.set(id, node);
    }
    node.events++;
    return id;
  }

  /** Events with both actors make edges; the rest are not part of a who-to-whom network. */
  add(e: EventCluster): void {
    if (!e.source || !e.target) return;
    const source = this.node(e.source);
    const target = this.node(e.target);
    const key = `${source}\u0000${target}`;
    let edge = this.edges.get(key);
    if (!edge) {
      edge = { id: `e${this.edges.size}`, source, target, weight: 0, mentions: 0, articles: 0, goldstein: 0, goldsteinSum: 0, quad: [0, 0, 0, 0] };
      this.edges.set(key, edge);
    }
    edge.weight++;
    edge.mentions += e.numMentions;
    edge.articles += e.numArticles;
    edge.goldsteinSum += e.goldstein;
    edge.quad[e.quadClass - 1]++;
  }

  build(): ActorNetwork {
    const edges = [...this.edges.values()].map(({ goldsteinSum, ...edge }) => ({ ...edge, goldstein: Math.round((goldsteinSum / edge.weight) * 100) / 100 }));
    return { nodes: [...this.nodes.values()], edges };
  }
}

export const xmlEscape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");

/** GraphML, as Gephi, yEd, NetworkX and igraph read it. */
export function graphml(network: ActorNetwork): string {
  const keys = [
    ["label", "node", "string"], ["actor", "node", "string"], ["country", "node", "string"], ["events", "node", "int"],
    ["weight", "edge", "double"], ["mentions", "edge", "int"], ["articles", "edge", "int"], ["goldstein", "edge", "double"],
    ["verbal_cooperation", "edge", "int"], ["material_cooperation", "edge", "int"], ["verbal_conflict", "edge", "int"], ["material_conflict", "edge", "int"],
  ];
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'];
  for (const [name, domain, type] of keys) out.push(`  <key id="${name}" for="${domain}" attr.name="${name}" attr.type="${type}"/>`);
  out.push('  <graph id="actors" edgedefault="directed">');
  const data = (key: string, value: string | number | undefined) => (value === undefined ? "" : `<data key="${key}">${xmlEscape(String(value))}</data>`);
  for (const n of network.nodes) {
    out.push(`    <node id="${xmlEscape(n.id)}">${data("label", n.label)}${data("actor", n.actor)}${data("country", n.country)}${data("events", n.events)}</node>`);
  }
  for (const e of network.edges) {
    out.push(
      `    <edge id="${e.id}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">${data("weight", e.weight)}${data("mentions", e.mentions)}` +
        `${data("articles", e.articles)}${data("goldstein", e.goldstein)}${data("verbal_cooperation", e.quad[0])}${data("material_cooperation", e.quad[1])}` +
        `${data("verbal_conflict", e.quad[2])}${data("material_conflict", e.quad[3])}</edge>`,
    );
  }
  out.push("  </graph>", "</graphml>");
  return out.join("\n") + "\n";
}

/** GEXF 1.3, Gephi's own format. */
export function gexf(network: ActorNetwork): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '  <meta><creator>gazette</creator><description>Actor network: who acts on whom</description></meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">',
    '      <attribute id="actor" title="actor" type="string"/>',
    '      <attribute id="country" title="country" type="string"/>',
    '      <attribute id="events" title="events" type="integer"/>',
    "    </attributes>",
    '    <attributes class="edge">',
    '      <attribute id="mentions" title="mentions" type="integer"/>',
    '      <attribute id="articles" title="articles" type="integer"/>',
    '      <attribute id="goldstein" title="goldstein" type="double"/>',
    '      <attribute id="quad" title="events per QuadClass (1-4)" type="string"/>',
    "    </attributes>",
    "    <nodes>",
  ];
  const value = (id: string, v: string | number | undefined) => (v === undefined ? "" : `<attvalue for="${id}" value="${xmlEscape(String(v))}"/>`);
  for (const n of network.nodes) {
    out.push(`      <node id="${xmlEscape(n.id)}" label="${xmlEscape(n.label)}"><attvalues>${value("actor", n.actor)}${value("country", n.country)}${value("events", n.events)}</attvalues></node>`);
  }
  out.push("    </nodes>", "    <edges>");
  for (const e of network.edges) {
    out.push(
      `      <edge id="${e.id}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" weight="${e.weight}"><attvalues>` +
        `${value("mentions", e.mentions)}${value("articles", e.articles)}${value("goldstein", e.goldstein)}${value("quad", e.quad.join(" "))}</attvalues></edge>`,
    );
  }
  out.push("    </edges>", "  </graph>", "</gexf>");
  return out.join("\n") + "\n";
}
