import neo4j from "neo4j-driver";
import type { ApiContext } from "../graph/request-database";
import type { QueryResolvers } from "../generated/resolver-types";
import { NAME, NAME_IN, TYPE } from "../graph/graph-cypher";
import { inOrder, type GraphReader } from "../graph/graph-reader";
import { badInput, limitOf } from "../graph/input";
import { ANALYSIS_LIMITS } from "../graph/limits";
import { EVIDENCE, FACT_DEGREE, TRUST } from "./evidence-cypher";
import {
  pathReason,
  pnrrReason,
  REASON_LANGUAGES,
  sharedReason,
  type FilterPath,
  type PnrrGroup,
  type ReasonLanguage,
} from "./partner-reasons";
import { round, SCORING } from "./synergies";
import { FILTER_PATH_WEIGHT, FILTER_PATHS_COUNTED, TWO_STEP_PATH_FACTOR } from "./weights";

/**
 * Partner candidates (clusters, organisations, networks) not yet linked to the seeker, ranked by
 * what they share with it (Adamic-Adar over all their links) plus, with a filter node, up to
 * $filterPaths of their shortest paths to it (one or two steps, each worth the filter weight over
 * its length). Scores come from counts in one pass over the seeker's and the filter's
 * neighbourhoods; the reasons (which paths) are read for the chosen few only. Candidates already
 * linked to the seeker are marked by a branch of their own rather than checked one by one.
 */
export const PARTNERS = `
MATCH (s:Entity {id: $forId})
OPTIONAL MATCH (f:Entity {id: $filterId})
CALL (s, f) {
  MATCH (s)-[r1:${EVIDENCE}]-(z:Entity)
  WITH s, z, ${TYPE("z")} AS kind, max(${TRUST("r1")}) AS trustFrom
  WHERE kind IN keys($weights)
  WITH s, z, kind, trustFrom * $weights[kind] / log(1.0 + ${FACT_DEGREE("z")}) AS contribution
  MATCH (z)-[r2:${EVIDENCE}]-(cand:Entity)
  WHERE cand <> s AND (cand:Cluster OR cand:Organization OR cand:Network)
  WITH cand, z, kind, contribution, max(${TRUST("r2")}) AS trustTo
  WITH cand, z, kind, contribution * trustTo AS contribution
  RETURN cand, sum(contribution) AS shared, collect({ z: z, kind: kind, contribution: contribution }) AS sharedWith,
    0 AS direct, 0 AS twoSteps, 0 AS linked
  UNION ALL
  WITH s, f WHERE f IS NOT NULL
  MATCH (f)-[r:${EVIDENCE}]-(cand:Entity)
  WHERE cand <> s AND (cand:Cluster OR cand:Organization OR cand:Network)
  RETURN cand, 0.0 AS shared, [] AS sharedWith, count(*) AS direct, 0 AS twoSteps, 0 AS linked
  UNION ALL
  WITH s, f WHERE f IS NOT NULL
  MATCH (f)-[r2:${EVIDENCE}]-(:Entity)-[r1:${EVIDENCE}]-(cand:Entity)
  WHERE cand <> s AND cand <> f
    AND (cand:Cluster OR cand:Organization OR cand:Network)
  RETURN cand, 0.0 AS shared, [] AS sharedWith, 0 AS direct, count(*) AS twoSteps, 0 AS linked
  UNION ALL
  MATCH (s)--(cand:Entity)
  RETURN DISTINCT cand, 0.0 AS shared, [] AS sharedWith, 0 AS direct, 0 AS twoSteps, 1 AS linked
}
WITH f, cand, sum(shared) AS shared, collect(sharedWith) AS sharedWith, sum(direct) AS direct, sum(twoSteps) AS twoSteps,
  sum(linked) AS linked
WHERE linked = 0 AND (f IS NULL OR direct + twoSteps > 0)
WITH f, cand, shared, sharedWith, CASE WHEN direct > $filterPaths THEN $filterPaths ELSE direct END AS direct, twoSteps
WITH f, cand, sharedWith,
  shared + $filterWeight * (direct + $twoStepFactor *
    CASE WHEN twoSteps > $filterPaths - direct THEN $filterPaths - direct ELSE twoSteps END) AS score
WHERE score > 0
ORDER BY score DESC, cand.id
LIMIT $limit
WITH f, cand, score, [e IN reduce(acc = [], list IN sharedWith | acc + list) |
  { kind: e.kind, id: e.z.id, name: ${NAME_IN("e.z", "$language")}, contribution: e.contribution }] AS shared
CALL (f, cand) {
  // Paths are walked from the filter's side: a hub candidate's own second ring can be huge.
  WITH f, cand WHERE f IS NOT NULL
  CALL (f, cand) {
    MATCH (cand)-[r:${EVIDENCE}]-(f)
    RETURN [cand, f] AS nodes, [r] AS rels
    UNION ALL
    MATCH (f)-[r2:${EVIDENCE}]-(x:Entity)
    MATCH (x)-[r1:${EVIDENCE}]-(cand)
    WHERE r1 <> r2
    RETURN [cand, x, f] AS nodes, [r1, r2] AS rels
  }
  WITH nodes, rels ORDER BY size(rels), [n IN nodes | n.id], [r IN rels | type(r)]
  WITH collect({ nodes: nodes, rels: rels })[..$filterPaths] AS paths
  RETURN [p IN paths | {
    ids: [n IN p.nodes | n.id],
    names: [n IN p.nodes | ${NAME_IN("n", "$language")}],
    types: [r IN p.rels | type(r)],
    forward: [i IN range(0, size(p.rels) - 1) | startNode(p.rels[i]) = p.nodes[i]]
  }] AS filterPaths
}
RETURN cand.id AS id, ${NAME("cand")} AS name, ${TYPE("cand")} AS type, score, shared, filterPaths
ORDER BY score DESC, id`;

/** Labels a partner filter may name: a topic, a PNRR component or an S3 ecosystem. */
export const FILTER_LABELS = ["Topic", "PnrrComponent", "S3Ecosystem"] as const;
type FilterLabel = (typeof FILTER_LABELS)[number];

/** A filter given by id, code or name (any case), looked up among its own label's nodes only. */
export const findFilterQuery = (label: FilterLabel): string => {
  if (!FILTER_LABELS.includes(label)) throw new Error(`bad filter label ${label}`);
  return `
MATCH (f:${label})
WHERE f.id = $value OR toLower(f.name) = toLower($value) OR f.code = toUpper($value) OR toLower(f.nameIt) = toLower($value)
RETURN f.id AS id
ORDER BY f.id
LIMIT 1`;
};

/**
 * What the candidates implement of the PNRR (imported from Italia Domani), through themselves or
 * an organisation matched to them: the two largest component-and-province groups each, under the
 * filter's component, else the components the seeker contributes to, else any.
 */
export const PNRR_REASONS = `
OPTIONAL MATCH (seeker:Entity {id: $forId})
WITH CASE WHEN $filterId IS NOT NULL AND $filterId STARTS WITH 'pnrr-m' THEN
    COLLECT { MATCH (k:PnrrComponent {id: $filterId}) RETURN k.code }
  ELSE COLLECT { MATCH (seeker)-[:CONTRIBUTES_TO]->(k:PnrrComponent) RETURN k.code } END AS codes
UNWIND $ids AS id
MATCH (c:Entity {id: id})
CALL (c, codes) {
  MATCH (c)-[:SAME_AS*0..1]-(:Organization)<-[:IMPLEMENTED_BY]-(p:Project)
  WHERE p.absentFrom IS NULL AND (size(codes) = 0 OR p.componentCode IN codes)
  WITH DISTINCT p
  WITH p, COLLECT { MATCH (p)-[:LOCATED_IN]->()-[:PART_OF*0..1]->(pr:Province) RETURN pr.name ORDER BY pr.name }[0] AS province
  WITH p.componentCode AS component, province, count(p) AS projects, sum(coalesce(p.pnrrFunding, 0.0)) AS funding
  ORDER BY funding DESC, component LIMIT 2
  RETURN collect({ component: component, province: province, projects: projects, funding: funding }) AS pnrr
}
RETURN id, pnrr`;

/** Shared neighbours a suggestion's `via` lists: enough to draw why, few enough to draw at all. */
const VIA_SHARED = 20;

interface PartnerRow {
  id: string;
  name: string;
  type: string;
  score: number;
  shared: { kind: string; id: string; name: string; contribution: number }[];
  filterPaths: FilterPath[];
}

/** Who a cluster or organisation could work with, for a topic, PNRR component or ecosystem, and why. */
export function partnerResolvers(reader: GraphReader): Pick<QueryResolvers, "partnerSuggestions"> {
  const { run, requireNode } = reader;
  const findFilter = async (context: ApiContext, label: FilterLabel, value: string, argument: string) => {
    const [row] = await run<{ id: string }>(context, findFilterQuery(label), { value });
    if (!row) throw badInput(`No ${label} matches '${value}'`, argument);
    return row.id;
  };
  return {
    partnerSuggestions: async (_, args, context) => {
      const limit = limitOf(args.limit, ANALYSIS_LIMITS.partners);
      const language = (args.language ?? "en") as ReasonLanguage;
      if (!REASON_LANGUAGES.includes(language))
        throw badInput(`language must be one of ${REASON_LANGUAGES.join(", ")}, got '${args.language}'`, "language");
      const filters = (
        [
          ["Topic", args.topic, "topic"],
          ["PnrrComponent", args.pnrrComponent, "pnrrComponent"],
          ["S3Ecosystem", args.ecosystem, "ecosystem"],
        ] as const
      ).filter((f): f is typeof f & [FilterLabel, string, string] => typeof f[1] === "string" && f[1].trim() !== "");
      const [filter, second] = filters;
      if (second) throw badInput("Give one of topic, pnrrComponent or ecosystem, not several", second[2]);
      const [, filterId] = await inOrder(
        requireNode(context, args.forId, "forId", ["Cluster", "Organization"]),
        filter ? findFilter(context, filter[0], filter[1].trim(), filter[2]) : Promise.resolve(null),
      );
      const rows = await run<PartnerRow>(context, PARTNERS, {
        ...SCORING,
        forId: args.forId,
        filterId,
        filterWeight: FILTER_PATH_WEIGHT,
        filterPaths: neo4j.int(FILTER_PATHS_COUNTED),
        twoStepFactor: TWO_STEP_PATH_FACTOR,
        limit: neo4j.int(limit),
        language,
      });
      const pnrrRows = await run<{ id: string; pnrr: PnrrGroup[] }>(context, PNRR_REASONS, {
        forId: args.forId,
        filterId,
        ids: rows.map((r) => r.id),
      });
      const pnrrOf = new Map(pnrrRows.map((r) => [r.id, r.pnrr]));
      return rows.map((r) => {
        const shared = [...r.shared].sort(
          (a, b) => b.contribution - a.contribution || a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
        );
        const via = [...shared.slice(0, VIA_SHARED).map((z) => z.id), ...r.filterPaths.flatMap((p) => p.ids)];
        return {
          id: r.id,
          name: r.name,
          type: r.type,
          score: round(r.score),
          reasons: [
            ...r.filterPaths.map((p) => pathReason(p, language)),
            ...shared.map((z) => sharedReason(z, language)),
            ...(pnrrOf.get(r.id) ?? []).map((g) => pnrrReason(g, language)),
          ],
          via: [...new Set(via)].filter((id) => id !== r.id),
        };
      });
    },
  };
}
