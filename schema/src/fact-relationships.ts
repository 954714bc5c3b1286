/**
 * Relationship types that are not facts of the graph. Derived links exist for speed (which
 * clusters a programme funds through their projects is a two-step walk over tens of thousands of
 * projects at EU scale, too slow to repeat in every synergy query); the seed package writes them
 * beside the facts they restate. Evidence links (STATED_IN) tie a node to its sources. The
 * explorer, paths and neighbour counts show neither.
 */
export const DERIVED_RELATIONSHIPS = ["FUNDED_VIA"] as const;

/** Relationship types that are not facts of the graph: evidence links and derived links. */
export const NON_FACT_RELATIONSHIPS = ["STATED_IN", ...DERIVED_RELATIONSHIPS] as const;

/** Cypher condition: the relationship bound to `r` is a fact (not evidence, not derived). */
export const isFact = (r: string): string =>
  `NOT type(${r}) IN [${NON_FACT_RELATIONSHIPS.map((t) => `'${t}'`).join(", ")}]`;
