/**
 * How much sharing one neighbour of each kind says about two actors working together, before the
 * Adamic-Adar discount 1 / ln(1 + k) for a neighbour that k clusters (or k nodes) link to. The
 * reasons for each weight are in the README ("How synergies and partners are scored").
 */
export const EVIDENCE_WEIGHTS = {
  Project: 3,
  Network: 2,
  PnrrComponent: 1.5,
  Topic: 1.5,
  Organization: 1.5,
  Programme: 1,
  S3Ecosystem: 1,
} as const;

/** The relationships synergy and partner evidence may run along. */
export const EVIDENCE_RELATIONSHIPS = [
  "IN_ECOSYSTEM",
  "CONTRIBUTES_TO",
  "IN_NETWORK",
  "ADDRESSES",
  "PARTICIPATES_IN",
  "MEMBER_OF",
  "PARTNERS_WITH",
] as const;

/**
 * What a link a Disagreement disputes (its `disputedBy`) counts for in synergy and partner
 * evidence: half. It is kept, because the source does state it, but a copy error in a report
 * should not make the strongest synergy of the region.
 */
export const DISPUTED_LINK_FACTOR = 0.5;

/** Weight of a path from a candidate partner to the topic, component or ecosystem asked for: divided by its length. */
export const FILTER_PATH_WEIGHT = 3;

export const ANALYSIS_LIMITS = {
  synergies: { default: 8, max: 50 },
  matrix: { default: 100, max: 500 },
  matrixClusters: { max: 50 },
  partners: { default: 10, max: 50 },
  pathLength: { default: 4, max: 6 },
  paths: { default: 3, max: 10 },
  bridges: { default: 10, max: 50 },
} as const;
