import type { EdgeFieldsFragment, EvidenceFieldsFragment, NodeFieldsFragment } from "../generated/graphql";
import type { Lang } from "../shared/i18n";

/** A node as the API summarises it: id, type, names and the facets the explorer filters on. */
export type GraphNode = NodeFieldsFragment;
/** A link with the quotes of the sources that state it. */
export type GraphEdge = EdgeFieldsFragment;
export type EvidenceQuote = EvidenceFieldsFragment;

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface Filters {
  /** Node types not shown. */
  hiddenTypes: string[];
  ecosystem: string | null;
  mission: number | null;
  programme: string | null;
  year: number | null;
}

export const NO_FILTERS: Filters = { hiddenTypes: [], ecosystem: null, mission: null, programme: null, year: null };

/** Union of graphs by id, first occurrence kept, order stable. */
export function mergeGraphs(graphs: Graph[]): Graph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const g of graphs) {
    for (const n of g.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    for (const e of g.edges) if (!edges.has(e.id)) edges.set(e.id, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** Drops the given nodes and any edge that loses an end. */
export function withoutNodes(graph: Graph, ids: Iterable<string>): Graph {
  const drop = new Set(ids);
  const nodes = graph.nodes.filter((n) => !drop.has(n.id));
  const kept = new Set(nodes.map((n) => n.id));
  return { nodes, edges: graph.edges.filter((e) => kept.has(e.from) && kept.has(e.to)) };
}

/**
 * A node passes a facet filter when it carries the facet, or is the filtering node itself (the
 * ecosystem, the mission, the programme). Undated nodes pass the year filter: it narrows what
 * has a date, it does not hide what has none.
 */
export function nodePasses(node: GraphNode, filters: Filters): boolean {
  if (filters.hiddenTypes.includes(node.type)) return false;
  if (filters.ecosystem && node.id !== filters.ecosystem && !node.ecosystems.includes(filters.ecosystem)) return false;
  if (filters.mission !== null && !node.missions.includes(filters.mission)) return false;
  if (filters.programme && node.id !== filters.programme && !node.programmes.includes(filters.programme)) return false;
  if (filters.year !== null && node.years.length > 0 && !node.years.includes(filters.year)) return false;
  return true;
}

export function applyFilters(graph: Graph, filters: Filters): Graph {
  const hidden = graph.nodes.filter((n) => !nodePasses(n, filters)).map((n) => n.id);
  return withoutNodes(graph, hidden);
}

/** Visible nodes by type, for the legend and the filter counts. */
export function countByType(nodes: GraphNode[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const n of nodes) counts.set(n.type, (counts.get(n.type) ?? 0) + 1);
  return new Map([...counts].sort(([a], [b]) => a.localeCompare(b)));
}

/** How a node is labelled in the chosen language: Italian name where one exists, else short name, else name. */
export function nodeLabel(node: GraphNode, lang: Lang): string {
  if (node.type === "PnrrMission")
    return `M${node.missions[0] ?? "?"} ${lang === "it" && node.nameIt ? node.nameIt : node.name}`;
  if (lang === "it" && node.nameIt) return node.nameIt;
  return node.shortName ?? node.name;
}

export function nodeFullName(node: GraphNode, lang: Lang): string {
  return lang === "it" && node.nameIt ? node.nameIt : node.name;
}
