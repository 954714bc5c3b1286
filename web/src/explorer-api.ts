import type { EvidenceQuote, Graph, GraphEdge, GraphNode } from "./graph-model";
import { graphqlRequest } from "./graphql-client";

const NODE = "id type name nameIt shortName ecosystems missions programmes years";
const EVIDENCE = "sourceId sourceTitle sourceReference sourceDate sourceLanguage quote";
const EDGE = `id type from to role period evidence { ${EVIDENCE} }`;

interface RawGraph {
  nodes: GraphNode[];
  relationships: GraphEdge[];
}
const toGraph = (g: RawGraph): Graph => ({ nodes: g.nodes, edges: g.relationships });

export async function fetchStartView(signal?: AbortSignal): Promise<Graph> {
  const data = await graphqlRequest<{ startView: RawGraph }>(
    `{ startView { nodes { ${NODE} } relationships { ${EDGE} } } }`,
    {},
    signal,
  );
  return toGraph(data.startView);
}

export interface NeighbourhoodPage extends Graph {
  total: number;
}

/** Neighbours up to `limit`, fetched in pages the API accepts. */
export async function fetchNeighbourhood(
  id: string,
  relationshipType: string | null,
  depth: 1 | 2,
  limit: number,
  signal?: AbortSignal,
): Promise<NeighbourhoodPage> {
  const query = `query Neighbourhood($id: ID!, $type: String, $depth: Int, $limit: Int, $offset: Int) {
    neighbourhood(id: $id, relationshipType: $type, depth: $depth, limit: $limit, offset: $offset) {
      total center { ${NODE} } nodes { ${NODE} } relationships { ${EDGE} } } }`;
  const pages: Graph[] = [];
  let total = 0;
  for (let offset = 0; offset < limit; offset += 200) {
    const data = await graphqlRequest<{
      neighbourhood: { total: number; center: GraphNode; nodes: GraphNode[]; relationships: GraphEdge[] };
    }>(query, { id, type: relationshipType, depth, limit: Math.min(200, limit - offset), offset }, signal);
    const n = data.neighbourhood;
    total = n.total;
    pages.push({ nodes: [n.center, ...n.nodes], edges: n.relationships });
    if (offset + 200 >= total) break;
  }
  return { nodes: pages.flatMap((p) => p.nodes), edges: pages.flatMap((p) => p.edges), total };
}

export interface SearchHit {
  id: string;
  type: string;
  name: string;
  nameIt: string | null;
  shortName: string | null;
}

export async function search(text: string, signal?: AbortSignal): Promise<SearchHit[]> {
  const data = await graphqlRequest<{ search: SearchHit[] }>(
    `query Search($text: String!) { search(text: $text, limit: 10) { id type name nameIt shortName } }`,
    { text },
    signal,
  );
  return data.search;
}

export interface EntityDetails {
  entity: GraphNode;
  properties: { key: string; value: string }[];
  evidence: EvidenceQuote[];
  disagreements: { id: string; topic: string; kind: string; description: string; evidence: EvidenceQuote[] }[];
  neighbourCounts: { type: string; direction: string; count: number }[];
}

export async function fetchEntity(id: string, signal?: AbortSignal): Promise<EntityDetails | null> {
  const data = await graphqlRequest<{ entity: EntityDetails | null }>(
    `query Entity($id: ID!) { entity(id: $id) {
      entity { ${NODE} } properties { key value } evidence { ${EVIDENCE} }
      disagreements { id topic kind description evidence { ${EVIDENCE} } }
      neighbourCounts { type direction count } } }`,
    { id },
    signal,
  );
  return data.entity;
}

export interface FilterOptions {
  ecosystems: { id: string; name: string; nameIt: string | null }[];
  missions: { number: number; name: string; nameIt: string | null }[];
  programmes: { id: string; name: string }[];
}

export async function fetchFilterOptions(signal?: AbortSignal): Promise<FilterOptions> {
  const data = await graphqlRequest<{
    s3Ecosystems: FilterOptions["ecosystems"];
    pnrrMissions: FilterOptions["missions"];
    programmes: FilterOptions["programmes"];
  }>(
    `{ s3Ecosystems(sort: [{ name: ASC }]) { id name nameIt }
       pnrrMissions(sort: [{ number: ASC }]) { number name nameIt }
       programmes(sort: [{ name: ASC }]) { id name } }`,
    {},
    signal,
  );
  return { ecosystems: data.s3Ecosystems, missions: data.pnrrMissions, programmes: data.programmes };
}
