/**
 * Every Cypher statement the API sends, each variant once, with parameters of the right types:
 * its text is snapshot-tested (a change to a query shows in review) and each is EXPLAINed against
 * the real database in one test, so a query that no longer plans fails before a user meets it.
 */
import neo4j from "neo4j-driver";
import { BRIDGES } from "./analysis/bridges";
import { COMPONENT_COVERAGE, ECOSYSTEM_COVERAGE } from "./analysis/coverage";
import { FILTER_LABELS, findFilterQuery, PARTNERS, PNRR_REASONS } from "./analysis/partners";
import { pathsQuery } from "./analysis/paths";
import { CLUSTER_IDS, SCORING, SYNERGIES, SYNERGY_MATRIX } from "./analysis/synergies";
import { FILTER_PATH_WEIGHT, FILTER_PATHS_COUNTED, TWO_STEP_PATH_FACTOR } from "./analysis/weights";
import { DISAGREEMENTS, NEIGHBOUR_COUNTS, NODE_EVIDENCE, PROPERTIES } from "./explorer/entity";
import { neighbourhoodQuery } from "./explorer/neighbourhood";
import { SEARCH, SEARCH_CODES } from "./explorer/search";
import { START_VIEW_IDS, START_VIEW_RELATIONSHIPS } from "./explorer/start-view";
import { RELATIONSHIPS_AMONG, SOURCES, SUMMARIES } from "./graph/graph-cypher";
import { ANALYSIS_LIMITS, EXPLORER_LIMITS } from "./graph/limits";
import * as pnrr from "./pnrr/pnrr-cypher";
import type { ProjectFilter } from "./pnrr/pnrr-cypher";

export interface CatalogueEntry {
  cypher: string;
  params: Record<string, unknown>;
}

const id = "cluster-energy";
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const partners = (filterId: string | null): CatalogueEntry => ({
  cypher: PARTNERS,
  params: {
    ...SCORING,
    forId: id,
    filterId,
    filterWeight: FILTER_PATH_WEIGHT,
    filterPaths: neo4j.int(FILTER_PATHS_COUNTED),
    twoStepFactor: TWO_STEP_PATH_FACTOR,
    limit: neo4j.int(10),
    language: "en",
  },
});

/** The parameters a statement uses: the resolvers pass the whole filter, Neo4j ignores the rest. */
const used = (cypher: string, params: Record<string, unknown>): CatalogueEntry => ({
  cypher,
  params: Object.fromEntries(Object.entries(params).filter(([key]) => new RegExp(`\\$${key}\\b`).test(cypher))),
});

/** The PNRR project filter in each of its shapes: each starts its walk elsewhere. */
const pnrrFilters: Record<string, ProjectFilter> = {
  all: { region: null, province: null, component: null, components: null, tax: null },
  region: { region: "Lombardia", province: null, component: null, components: null, tax: null },
  "province+component": { region: "Lombardia", province: "Milano", component: "M4C2", components: null, tax: null },
  "implementer+region": {
    region: "Lombardia",
    province: "Milano",
    component: null,
    components: null,
    tax: "80057930150",
  },
  component: { region: null, province: null, component: "M4C2", components: null, tax: null },
  "components+region": { region: "Lombardia", province: null, component: null, components: ["M4C2"], tax: null },
};

export const CYPHER_CATALOGUE: Record<string, CatalogueEntry> = {
  summaries: { cypher: SUMMARIES, params: { ids: [id, "prj-syschemiq"] } },
  relationshipsAmong: { cypher: RELATIONSHIPS_AMONG, params: { ids: [id, "prj-syschemiq"] } },
  sources: { cypher: SOURCES, params: {} },
  search: { cypher: SEARCH, params: { query: "(energy OR energy*)", limit: neo4j.int(10) } },
  searchCodes: { cypher: SEARCH_CODES, params: { missions: [2], components: ["M2C1"] } },
  entityProperties: { cypher: PROPERTIES, params: { id } },
  entityEvidence: { cypher: NODE_EVIDENCE, params: { id } },
  entityDisagreements: { cypher: DISAGREEMENTS, params: { id } },
  entityNeighbourCounts: { cypher: NEIGHBOUR_COUNTS, params: { id } },
  ...Object.fromEntries(
    range(EXPLORER_LIMITS.depth.min, EXPLORER_LIMITS.depth.max).map((depth) => [
      `neighbourhood(depth ${depth})`,
      {
        cypher: neighbourhoodQuery(depth),
        params: { id, relationshipType: null, limit: neo4j.int(50), offset: neo4j.int(0) },
      },
    ]),
  ),
  startViewIds: { cypher: START_VIEW_IDS, params: {} },
  startViewRelationships: { cypher: START_VIEW_RELATIONSHIPS, params: {} },
  clusterSynergies: { cypher: SYNERGIES, params: { ...SCORING, clusterId: id, limit: neo4j.int(8) } },
  synergyMatrix: { cypher: SYNERGY_MATRIX, params: { ...SCORING, clusterIds: [id], limit: neo4j.int(100) } },
  clusterIds: { cypher: CLUSTER_IDS, params: {} },
  partners: partners(null),
  "partners(filter)": partners("topic-hydrogen"),
  partnerPnrrReasons: { cypher: PNRR_REASONS, params: { forId: id, filterId: "pnrr-m4c2", ids: ["org-polimi"] } },
  ...Object.fromEntries(
    FILTER_LABELS.map((label) => [`findFilter(${label})`, { cypher: findFilterQuery(label), params: { value: "x" } }]),
  ),
  ...Object.fromEntries(
    range(1, ANALYSIS_LIMITS.pathLength.max).map((length) => [
      `paths(maxLength ${length})`,
      { cypher: pathsQuery(length), params: { fromId: id, toId: "org-dap", limit: neo4j.int(3), avoidHubs: true } },
    ]),
  ),
  componentCoverage: { cypher: COMPONENT_COVERAGE, params: {} },
  ecosystemCoverage: { cypher: ECOSYSTEM_COVERAGE, params: {} },
  bridges: { cypher: BRIDGES, params: { limit: neo4j.int(10) } },
  ...Object.fromEntries(
    Object.entries(pnrrFilters).flatMap(([name, filter]) => [
      [`pnrrTotals(${name})`, used(pnrr.totalsOf(filter), { ...filter })],
      [
        `pnrrProjects(${name})`,
        used(pnrr.projectRows(filter), { ...filter, limit: neo4j.int(50), offset: neo4j.int(0) }),
      ],
      [`pnrrImplementers(${name})`, used(pnrr.implementersOf(filter), { ...filter, limit: neo4j.int(20) })],
    ]),
  ),
  pnrrMatrixRegion: { cypher: pnrr.MATRIX_REGION, params: { region: "Lombardia" } },
  pnrrMatrixCells: { cypher: pnrr.MATRIX_CELLS, params: { region: "Lombardia" } },
  pnrrComponents: { cypher: pnrr.COMPONENTS, params: { codes: ["M4C2"] } },
  pnrrClusterComponents: { cypher: pnrr.CLUSTER_COMPONENTS, params: { clusterId: id } },
};
