/** How much any one request may ask for: every list has a default and a maximum. */
import type { Limit } from "./input";

/** The explorer's queries: search, neighbourhood pages, depth, the ids an analysis may draw. */
export const EXPLORER_LIMITS = {
  search: { default: 10, max: 50 },
  /** Characters of the search text, and of any one word in it (Lucene refuses prefix terms over 1,000). */
  searchText: { maxLength: 200, maxWordLength: 100 },
  neighbourhood: { default: 50, max: 200 },
  depth: { min: 1, max: 2 },
  subgraph: { max: 200 },
  offset: { max: 1_000_000 },
} as const;

/** The analyses: rankings, the matrix and its clusters, paths and their length. */
export const ANALYSIS_LIMITS = {
  synergies: { default: 8, max: 50 },
  matrix: { default: 100, max: 500 },
  matrixClusters: { max: 50 },
  partners: { default: 10, max: 50 },
  pathLength: { default: 4, max: 6 },
  paths: { default: 3, max: 10 },
  bridges: { default: 10, max: 50 },
  pnrrProjects: { default: 50, max: 500 },
  pnrrImplementers: { default: 20, max: 200 },
  pnrrLeads: { default: 50, max: 500 },
} as const satisfies Record<string, Limit | { max: number }>;
