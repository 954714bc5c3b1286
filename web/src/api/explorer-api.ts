import { graphql } from "../generated";
import type { ClusterPageQuery, FilterOptionsQuery, SearchQuery, SourcesQuery } from "../generated/graphql";
import type { Graph } from "../graph/graph-model";
import { graphqlRequest } from "./graphql-client";

const START_VIEW = graphql(`
  query StartView {
    startView {
      nodes {
        ...NodeFields
      }
      relationships {
        ...EdgeFields
      }
    }
  }
`);

export async function fetchStartView(signal?: AbortSignal): Promise<Graph> {
  const { startView } = await graphqlRequest(START_VIEW, {}, signal);
  return { nodes: startView.nodes, edges: startView.relationships };
}

const NEIGHBOURHOOD = graphql(`
  query Neighbourhood($id: ID!, $type: String, $depth: Int, $limit: Int, $offset: Int) {
    neighbourhood(id: $id, relationshipType: $type, depth: $depth, limit: $limit, offset: $offset) {
      total
      center {
        ...NodeFields
      }
      nodes {
        ...NodeFields
      }
      relationships {
        ...EdgeFields
      }
    }
  }
`);

/** The most neighbours one request may ask for (the API's maximum). */
export const NEIGHBOURHOOD_PAGE = 200;

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
  const pages: Graph[] = [];
  let total = 0;
  for (let offset = 0; offset < limit; offset += NEIGHBOURHOOD_PAGE) {
    const { neighbourhood: n } = await graphqlRequest(
      NEIGHBOURHOOD,
      { id, type: relationshipType, depth, limit: Math.min(NEIGHBOURHOOD_PAGE, limit - offset), offset },
      signal,
    );
    total = n.total;
    pages.push({ nodes: [n.center, ...n.nodes], edges: n.relationships });
    if (offset + NEIGHBOURHOOD_PAGE >= total) break;
  }
  return { nodes: pages.flatMap((p) => p.nodes), edges: pages.flatMap((p) => p.edges), total };
}

const SEARCH = graphql(`
  query Search($text: String!) {
    search(text: $text, limit: 20) {
      id
      type
      name
      nameIt
      shortName
      match
    }
  }
`);

export type SearchHit = SearchQuery["search"][number];

/**
 * Hits grouped by type, the groups in the order of their best hit, each group's hits in the
 * order they came: what the search list shows, and the order arrow keys move through.
 */
export function groupHits(hits: readonly SearchHit[]): { type: string; hits: SearchHit[] }[] {
  const groups = new Map<string, SearchHit[]>();
  for (const hit of hits) groups.set(hit.type, [...(groups.get(hit.type) ?? []), hit]);
  return [...groups].map(([type, grouped]) => ({ type, hits: grouped }));
}

export async function search(text: string, signal?: AbortSignal): Promise<SearchHit[]> {
  return (await graphqlRequest(SEARCH, { text }, signal)).search;
}

const ENTITY = graphql(`
  query Entity($id: ID!) {
    entity(id: $id) {
      entity {
        ...NodeFields
      }
      properties {
        key
        value
      }
      inferred
      evidence {
        ...EvidenceFields
      }
      disagreements {
        id
        topic
        kind
        description
        topicIt
        descriptionIt
        evidence {
          ...EvidenceFields
        }
      }
      neighbourCounts {
        type
        direction
        count
      }
    }
  }
`);

export async function fetchEntity(id: string, signal?: AbortSignal) {
  return (await graphqlRequest(ENTITY, { id }, signal)).entity;
}

export type EntityDetails = NonNullable<Awaited<ReturnType<typeof fetchEntity>>>;

const FILTER_OPTIONS = graphql(`
  query FilterOptions {
    s3Ecosystems(sort: [{ name: ASC }]) {
      id
      name
      nameIt
    }
    pnrrMissions(sort: [{ number: ASC }]) {
      number
      name
      nameIt
    }
    programmes(sort: [{ name: ASC }]) {
      id
      name
    }
  }
`);

export interface FilterOptions {
  ecosystems: FilterOptionsQuery["s3Ecosystems"];
  missions: FilterOptionsQuery["pnrrMissions"];
  programmes: FilterOptionsQuery["programmes"];
}

export async function fetchFilterOptions(signal?: AbortSignal): Promise<FilterOptions> {
  const data = await graphqlRequest(FILTER_OPTIONS, {}, signal);
  return { ecosystems: data.s3Ecosystems, missions: data.pnrrMissions, programmes: data.programmes };
}

const SOURCES = graphql(`
  query Sources {
    sources(sort: [{ date: DESC }, { title: ASC }]) {
      id
      title
      publisher
      date
      language
      url
      reference
    }
  }
`);

export type SourceDocument = SourcesQuery["sources"][number];

/** Every document the graph's facts come from. */
export async function fetchSources(signal?: AbortSignal): Promise<SourceDocument[]> {
  return (await graphqlRequest(SOURCES, {}, signal)).sources;
}

const CLUSTER_PAGE = graphql(`
  query ClusterPage($ids: [ID!]!) {
    clusters(where: { id: { in: $ids } }) {
      id
      name
      nameIt
      shortName
      website
      city
      legalForm
      foundedYear
      memberCount
      companyCount
      researchOrgCount
      otherEntityCount
      membersAsOf
      members(sort: [{ name: ASC }]) {
        id
        name
        kind
        city
        country
      }
      projects(sort: [{ acronym: ASC }]) {
        id
        acronym
        title
        stage
        period
        programme {
          id
          name
        }
      }
      figures {
        id
        metric
        value
        unit
        qualifier
        period
        subject
      }
    }
  }
`);

export type ClusterSheetData = ClusterPageQuery["clusters"][number];

/** One or two clusters with their members, projects and figures, in the order asked. */
export async function fetchClusterPages(ids: string[], signal?: AbortSignal): Promise<ClusterSheetData[]> {
  const { clusters } = await graphqlRequest(CLUSTER_PAGE, { ids }, signal);
  return ids.flatMap((id) => clusters.filter((c) => c.id === id));
}
