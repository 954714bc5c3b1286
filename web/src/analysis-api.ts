import { mergeGraphs, type Graph, type GraphEdge, type GraphNode } from "./graph-model";
import { graphqlRequest } from "./graphql-client";

const NODE = "id type name nameIt shortName ecosystems missions programmes years";
const EDGE =
  "id type from to role period evidence { sourceId sourceTitle sourceReference sourceDate sourceLanguage quote }";

export interface EvidenceItem {
  kind: string;
  id: string;
  name: string;
  clusterCount: number;
  contribution: number;
  /** A link to it is disputed by a Disagreement: it counts half. */
  disputed: boolean;
}

export interface SynergyPair {
  from: GraphNode;
  to: GraphNode;
  score: number;
  evidence: EvidenceItem[];
}

export async function fetchSynergyMatrix(signal?: AbortSignal): Promise<SynergyPair[]> {
  const data = await graphqlRequest<{ synergyMatrix: SynergyPair[] }>(
    `{ synergyMatrix(limit: 500) { from { ${NODE} } to { ${NODE} } score evidence { kind id name clusterCount contribution disputed } } }`,
    {},
    signal,
  );
  return data.synergyMatrix;
}

export interface PartnerSuggestion {
  id: string;
  name: string;
  type: string;
  score: number;
  reasons: string[];
  /** The nodes the reasons go through: with the seeker and the candidate, what justifies it. */
  via: string[];
}

export type FilterKind = "topic" | "pnrrComponent" | "ecosystem";

export async function fetchPartners(
  forId: string,
  filterKind: FilterKind | null,
  filterValue: string | null,
  signal?: AbortSignal,
): Promise<PartnerSuggestion[]> {
  const filter = filterKind && filterValue ? { [filterKind]: filterValue } : {};
  const data = await graphqlRequest<{ partnerSuggestions: PartnerSuggestion[] }>(
    `query Partners($forId: ID!, $topic: String, $pnrrComponent: String, $ecosystem: String) {
      partnerSuggestions(forId: $forId, topic: $topic, pnrrComponent: $pnrrComponent, ecosystem: $ecosystem, limit: 20) { id name type score reasons via } }`,
    { forId, ...filter },
    signal,
  );
  return data.partnerSuggestions;
}

export interface GraphPath {
  length: number;
  nodes: GraphNode[];
  relationships: GraphEdge[];
}

export async function fetchPaths(
  fromId: string,
  toId: string,
  maxLength: number,
  signal?: AbortSignal,
): Promise<GraphPath[]> {
  const data = await graphqlRequest<{ paths: GraphPath[] }>(
    `query Paths($fromId: ID!, $toId: ID!, $maxLength: Int) {
      paths(fromId: $fromId, toId: $toId, maxLength: $maxLength, limit: 5) { length nodes { ${NODE} } relationships { ${EDGE} } } }`,
    { fromId, toId, maxLength },
    signal,
  );
  return data.paths;
}

export function pathsToGraph(paths: GraphPath[]): Graph {
  return { nodes: paths.flatMap((p) => p.nodes), edges: paths.flatMap((p) => p.relationships) };
}

/** The graph that justifies one suggestion: seeker, candidate and the nodes the reasons go through. */
export async function fetchPartnerOverlay(
  seeker: string,
  candidate: string,
  filterKind: FilterKind | null,
  filterValue: string | null,
  signal?: AbortSignal,
): Promise<Graph> {
  const suggestion = (await fetchPartners(seeker, filterKind, filterValue, signal)).find((p) => p.id === candidate);
  return fetchSubgraph([seeker, candidate, ...(suggestion?.via ?? [])], signal);
}

export async function fetchSubgraph(ids: string[], signal?: AbortSignal): Promise<Graph> {
  const data = await graphqlRequest<{ subgraph: { nodes: GraphNode[]; relationships: GraphEdge[] } }>(
    `query Subgraph($ids: [ID!]!) { subgraph(ids: $ids) { nodes { ${NODE} } relationships { ${EDGE} } } }`,
    { ids },
    signal,
  );
  return { nodes: data.subgraph.nodes, edges: data.subgraph.relationships };
}

export interface CoverageTarget {
  id: string;
  code: string;
  name: string;
  clusterIds: string[];
}

export interface Coverage {
  clusters: GraphNode[];
  pnrrComponents: CoverageTarget[];
  s3Ecosystems: CoverageTarget[];
}

export async function fetchCoverage(signal?: AbortSignal): Promise<Coverage> {
  const data = await graphqlRequest<{
    coverage: {
      pnrrComponents: { clusters: GraphNode[]; targets: CoverageTarget[] };
      s3Ecosystems: { targets: CoverageTarget[] };
    };
  }>(
    `{ coverage { pnrrComponents { clusters { ${NODE} } targets { id code name clusterIds } } s3Ecosystems { targets { id code name clusterIds } } } }`,
    {},
    signal,
  );
  return {
    clusters: data.coverage.pnrrComponents.clusters,
    pnrrComponents: data.coverage.pnrrComponents.targets,
    s3Ecosystems: data.coverage.s3Ecosystems.targets,
  };
}

/** The two clusters of a heatmap cell and what they share, with the links among them. */
/**
 * A synergy drawn: both clusters and what they share; a shared programme is reached through
 * projects, so those two-step paths are drawn too, or the programme would float unconnected.
 */
export async function fetchSynergyOverlay(a: string, b: string, signal?: AbortSignal): Promise<Graph> {
  const data = await graphqlRequest<{
    clusterSynergies: { cluster: { id: string }; evidence: { id: string; kind: string }[] }[];
  }>(
    `query Synergy($a: ID!) { clusterSynergies(clusterId: $a, limit: 50) { cluster { id } evidence { id kind } } }`,
    { a },
    signal,
  );
  const evidence = data.clusterSynergies.find((s) => s.cluster.id === b)?.evidence ?? [];
  const programmes = evidence.filter((e) => e.kind === "Programme").map((e) => e.id);
  const [shared, ...throughProjects] = await Promise.all([
    fetchSubgraph([a, b, ...evidence.map((e) => e.id)], signal),
    ...programmes.flatMap((programme) =>
      [a, b].map((cluster) => fetchPaths(cluster, programme, 2, signal).then(pathsToGraph)),
    ),
  ]);
  return mergeGraphs([shared!, ...throughProjects]);
}
