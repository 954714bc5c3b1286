/**
 * How much sharing one neighbour of each kind says about two actors working together, before the
 * Adamic-Adar discount 1 / ln(1 + k) for a neighbour that k clusters (or k nodes) link to. The
 * reasons for each weight are in docs/explorer.md ("How synergies and partners are scored").
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

/** How many of a candidate's paths to the filter count (the shortest first): more says little more. */
export const FILTER_PATHS_COUNTED = 3;

/** A two-step path to the filter counts this much of a direct link: the weight over its length, 2. */
export const TWO_STEP_PATH_FACTOR = 0.5;
