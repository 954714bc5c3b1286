import { graphql } from "../generated";
import type { CoverageQuery, PartnersQuery, PartnersQueryVariables, SynergyMatrixQuery } from "../generated/graphql";
import { mergeGraphs, type Graph } from "../graph/graph-model";
import { graphqlRequest } from "./graphql-client";

const SYNERGY_MATRIX = graphql(`
  query SynergyMatrix {
    synergyMatrix(limit: 500) {
      from {
        ...NodeFields
      }
      to {
        ...NodeFields
      }
      score
      evidence {
        kind
        id
        name
        clusterCount
        contribution
        disputed
      }
    }
  }
`);

export type SynergyPair = SynergyMatrixQuery["synergyMatrix"][number];

export async function fetchSynergyMatrix(signal?: AbortSignal): Promise<SynergyPair[]> {
  return (await graphqlRequest(SYNERGY_MATRIX, {}, signal)).synergyMatrix;
}

/** What a partner search may be narrowed to: the API's own argument names. */
export const PARTNER_FILTERS = [
  "topic",
  "pnrrComponent",
  "ecosystem",
] as const satisfies readonly (keyof PartnersQueryVariables)[];
export type FilterKind = (typeof PARTNER_FILTERS)[number];

const PARTNERS = graphql(`
  query Partners($forId: ID!, $topic: String, $pnrrComponent: String, $ecosystem: String, $language: String) {
    partnerSuggestions(
      forId: $forId
      topic: $topic
      pnrrComponent: $pnrrComponent
      ecosystem: $ecosystem
      limit: 20
      language: $language
    ) {
      id
      name
      type
      score
      reasons
      via
    }
  }
`);

export type PartnerSuggestion = PartnersQuery["partnerSuggestions"][number];

export async function fetchPartners(
  forId: string,
  filterKind: FilterKind | null,
  filterValue: string | null,
  language: "en" | "it",
  signal?: AbortSignal,
): Promise<PartnerSuggestion[]> {
  const filter = filterKind && filterValue ? { [filterKind]: filterValue } : {};
  return (await graphqlRequest(PARTNERS, { forId, ...filter, language }, signal)).partnerSuggestions;
}

const PARTNER_FILTER_CHOICES = graphql(`
  query PartnerFilterChoices {
    topics(sort: [{ name: ASC }]) {
      id
      name
      nameIt
    }
    pnrrComponents(sort: [{ code: ASC }]) {
      id
      code
      name
      nameIt
    }
    s3Ecosystems(sort: [{ name: ASC }]) {
      id
      name
      nameIt
    }
  }
`);

/** One choice of a partner filter: the id the API takes, and the names to show. */
export interface FilterChoice {
  id: string;
  name: string;
  nameIt: string | null;
  code?: string;
}

/** What each partner filter can be set to, from the graph itself (topics, components, ecosystems). */
export async function fetchPartnerFilterChoices(signal?: AbortSignal): Promise<Record<FilterKind, FilterChoice[]>> {
  const data = await graphqlRequest(PARTNER_FILTER_CHOICES, {}, signal);
  return {
    topic: data.topics,
    pnrrComponent: data.pnrrComponents.map(({ code, ...c }) => ({ ...c, code })),
    ecosystem: data.s3Ecosystems,
  };
}

const PATHS = graphql(`
  query Paths($fromId: ID!, $toId: ID!, $maxLength: Int, $avoidHubs: Boolean) {
    paths(fromId: $fromId, toId: $toId, maxLength: $maxLength, limit: 5, avoidHubs: $avoidHubs) {
      length
      nodes {
        ...NodeFields
      }
      relationships {
        ...EdgeFields
      }
    }
  }
`);

export type GraphPath = Awaited<ReturnType<typeof fetchPaths>>[number];

export async function fetchPaths(
  fromId: string,
  toId: string,
  maxLength: number,
  avoidHubs: boolean,
  signal?: AbortSignal,
) {
  return (await graphqlRequest(PATHS, { fromId, toId, maxLength, avoidHubs }, signal)).paths;
}

/** The paths as one graph: a node or link on several paths once. */
export function pathsToGraph(paths: GraphPath[]): Graph {
  return mergeGraphs(paths.map((p) => ({ nodes: p.nodes, edges: p.relationships })));
}

/** The graph that justifies one suggestion: seeker, candidate and the nodes the reasons go through. */
export async function fetchPartnerOverlay(
  seeker: string,
  candidate: string,
  filterKind: FilterKind | null,
  filterValue: string | null,
  signal?: AbortSignal,
): Promise<Graph> {
  const suggestion = (await fetchPartners(seeker, filterKind, filterValue, "en", signal)).find(
    (p) => p.id === candidate,
  );
  return fetchSubgraph([seeker, candidate, ...(suggestion?.via ?? [])], signal);
}

const SUBGRAPH = graphql(`
  query Subgraph($ids: [ID!]!) {
    subgraph(ids: $ids) {
      nodes {
        ...NodeFields
      }
      relationships {
        ...EdgeFields
      }
    }
  }
`);

export async function fetchSubgraph(ids: string[], signal?: AbortSignal): Promise<Graph> {
  const { subgraph } = await graphqlRequest(SUBGRAPH, { ids }, signal);
  return { nodes: subgraph.nodes, edges: subgraph.relationships };
}

const COVERAGE = graphql(`
  query Coverage {
    coverage {
      pnrrComponents {
        clusters {
          ...NodeFields
        }
        targets {
          id
          code
          name
          clusterIds
        }
      }
      s3Ecosystems {
        targets {
          id
          code
          name
          clusterIds
        }
      }
    }
  }
`);

export type CoverageTarget = CoverageQuery["coverage"]["pnrrComponents"]["targets"][number];

export interface Coverage {
  clusters: CoverageQuery["coverage"]["pnrrComponents"]["clusters"];
  pnrrComponents: CoverageTarget[];
  s3Ecosystems: CoverageTarget[];
}

export async function fetchCoverage(signal?: AbortSignal): Promise<Coverage> {
  const { coverage } = await graphqlRequest(COVERAGE, {}, signal);
  return {
    clusters: coverage.pnrrComponents.clusters,
    pnrrComponents: coverage.pnrrComponents.targets,
    s3Ecosystems: coverage.s3Ecosystems.targets,
  };
}

const SYNERGY_EVIDENCE = graphql(`
  query SynergyEvidence($a: ID!) {
    clusterSynergies(clusterId: $a, limit: 50) {
      cluster {
        id
      }
      evidence {
        id
        kind
      }
    }
  }
`);

/**
 * A synergy drawn: both clusters and what they share; a shared programme is reached through
 * projects, so those two-step paths are drawn too, or the programme would float unconnected.
 */
export async function fetchSynergyOverlay(a: string, b: string, signal?: AbortSignal): Promise<Graph> {
  const { clusterSynergies } = await graphqlRequest(SYNERGY_EVIDENCE, { a }, signal);
  const evidence = clusterSynergies.find((s) => s.cluster.id === b)?.evidence ?? [];
  const programmes = evidence.filter((e) => e.kind === "Programme").map((e) => e.id);
  const [shared, ...throughProjects] = await Promise.all([
    fetchSubgraph([a, b, ...evidence.map((e) => e.id)], signal),
    ...programmes.flatMap((programme) =>
      [a, b].map((cluster) => fetchPaths(cluster, programme, 2, false, signal).then(pathsToGraph)),
    ),
  ]);
  return mergeGraphs([shared!, ...throughProjects]);
}
