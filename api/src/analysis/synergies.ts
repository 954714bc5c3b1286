import neo4j from "neo4j-driver";
import type { ApiContext } from "../graph/request-database";
import type { EvidenceItem, QueryResolvers } from "../generated/resolver-types";
import { NAME, TYPE } from "../graph/graph-cypher";
import { inOrder, summaryOf, type GraphReader } from "../graph/graph-reader";
import { aType, badInput, limitOf } from "../graph/input";
import { ANALYSIS_LIMITS } from "../graph/limits";
import { CLUSTER_COUNT, EVIDENCE, EVIDENCE_LIST, PROGRAMME_CLUSTERS, TRUST } from "./evidence-cypher";
import { DISPUTED_LINK_FACTOR, EVIDENCE_WEIGHTS } from "./weights";

/**
 * The clusters sharing most with one cluster. Every neighbour of the cluster is expanded once,
 * its cluster count taken from that one expansion; programmes are reached through the derived
 * FUNDED_VIA links, not through tens of thousands of projects.
 */
export const SYNERGIES = `
MATCH (c:Cluster {id: $clusterId})
CALL (c) {
  MATCH (c)-[r1:${EVIDENCE}]-(z:Entity)
  WITH c, z, ${TYPE("z")} AS kind, max(${TRUST("r1")}) AS trustFrom
  WHERE kind IN keys($weights)
  MATCH (z)-[r2:${EVIDENCE}]-(o:Cluster)
  WITH c, z, kind, trustFrom, o, max(${TRUST("r2")}) AS trustTo
  WITH c, z, kind, trustFrom, collect({ o: o, trust: trustTo }) AS clusters
  UNWIND clusters AS link
  WITH link.o AS o, z, kind, trustFrom * link.trust AS trust, size(clusters) AS clusterCount
  WHERE o <> c
  RETURN o, sum(trust * $weights[kind] / log(1.0 + clusterCount)) AS score,
    collect({ z: z, kind: kind, clusterCount: clusterCount, trust: trust }) AS shared
  UNION ALL
  // Programmes are shared with nearly every cluster at scale: score them here, list them below.
  MATCH (c)-[f1:FUNDED_VIA]->(z:Programme)
  WITH c, z, ${TRUST("f1")} AS trustFrom, ${PROGRAMME_CLUSTERS("z")} AS clusterCount
  MATCH (z)<-[f2:FUNDED_VIA]-(o)
  WHERE o <> c
  RETURN o, sum(trustFrom * ${TRUST("f2")} * $weights['Programme'] / log(1.0 + clusterCount)) AS score, [] AS shared
}
WITH c, o, sum(score) AS score, collect(shared) AS shared
ORDER BY score DESC, o.id
LIMIT $limit
CALL (c, o) {
  MATCH (c)-[f1:FUNDED_VIA]->(z:Programme)<-[f2:FUNDED_VIA]-(o)
  RETURN collect({ z: z, kind: 'Programme', clusterCount: ${PROGRAMME_CLUSTERS("z")},
    trust: ${TRUST("f1")} * ${TRUST("f2")} }) AS programmes
}
UNWIND reduce(acc = programmes, list IN shared | acc + list) AS e
WITH c, o, score, e.z AS z, e.kind AS kind, e.clusterCount AS clusterCount, e.trust AS trust,
  e.trust * $weights[e.kind] / log(1.0 + e.clusterCount) AS contribution
ORDER BY score DESC, o.id, contribution DESC, ${NAME("z")}, z.id
WITH c, o, score, ${EVIDENCE_LIST} AS evidence
ORDER BY score DESC, o.id
RETURN c.id AS from, o.id AS to, score, evidence`;

/**
 * Every pair among a set of clusters: each neighbour is taken once with the set's clusters that
 * share it, so the cost grows with the set's neighbours, not with the clusters of the whole graph.
 */
export const SYNERGY_MATRIX = `
UNWIND $clusterIds AS clusterId
MATCH (c:Cluster {id: clusterId})
CALL (c) {
  MATCH (c)-[r1:${EVIDENCE}]-(z:Entity)
  WITH z, ${TYPE("z")} AS kind, max(${TRUST("r1")}) AS trust
  WHERE kind IN keys($weights)
  RETURN z, kind, trust
  UNION ALL
  MATCH (c)-[f:FUNDED_VIA]->(z:Programme)
  RETURN z, 'Programme' AS kind, ${TRUST("f")} AS trust
}
WITH z, kind, collect({ c: c, trust: trust }) AS members
WHERE size(members) >= 2
WITH z, kind, members, ${CLUSTER_COUNT} AS clusterCount
UNWIND members AS one
UNWIND members AS other
WITH one.c AS c, other.c AS o, z, kind, clusterCount, one.trust * other.trust AS trust
WHERE c.id < o.id
WITH c, o, z, kind, clusterCount, trust, trust * $weights[kind] / log(1.0 + clusterCount) AS contribution
ORDER BY contribution DESC, ${NAME("z")}, z.id
WITH c, o, sum(contribution) AS score, ${EVIDENCE_LIST} AS evidence
ORDER BY score DESC, c.id, o.id
LIMIT $limit
RETURN c.id AS from, o.id AS to, score, evidence`;

export const CLUSTER_IDS = `MATCH (c:Cluster) RETURN c.id AS id ORDER BY c.id`;

/** The parameters every synergy and partner query takes. */
export const SCORING = { weights: EVIDENCE_WEIGHTS, disputedFactor: DISPUTED_LINK_FACTOR } as const;

export const round = (n: number): number => Math.round(n * 1000) / 1000;

const evidenceOut = (rows: EvidenceItem[]): EvidenceItem[] =>
  rows.map((e) => ({ ...e, contribution: round(e.contribution) }));

interface PairRow {
  from: string;
  to: string;
  score: number;
  evidence: EvidenceItem[];
}

export async function allClusterIds({ run }: GraphReader, context: ApiContext): Promise<string[]> {
  return (await run<{ id: string }>(context, CLUSTER_IDS, {})).map((r) => r.id);
}

/** The matrix's clusters: those asked for, each checked, or all while there are few enough. */
async function matrixClusters(
  reader: GraphReader,
  context: ApiContext,
  asked: string[] | null | undefined,
): Promise<string[]> {
  const { max } = ANALYSIS_LIMITS.matrixClusters;
  if (asked) {
    const ids = [...new Set(asked)];
    if (ids.length < 1 || ids.length > max) {
      throw badInput(`clusterIds must hold 1 to ${max} ids, got ${ids.length}`, "clusterIds");
    }
    const found = await reader.byId(context, ids);
    for (const id of ids) {
      const type = found.get(id)?.type;
      if (type === undefined) throw badInput(`No node has the id '${id}'`, "clusterIds");
      if (type !== "Cluster") throw badInput(`'${id}' is ${aType(type)}; clusterIds must hold clusters`, "clusterIds");
    }
    return ids;
  }
  const all = await allClusterIds(reader, context);
  if (all.length > max) {
    throw badInput(
      `The graph has ${all.length} clusters and the matrix covers at most ${max} at once: pass clusterIds`,
      "clusterIds",
    );
  }
  return all;
}

/** Which clusters could work together, and why: one cluster's ranking, and every pair of a set. */
export function synergyResolvers(reader: GraphReader): Pick<QueryResolvers, "clusterSynergies" | "synergyMatrix"> {
  const { run, byId, requireNode } = reader;
  return {
    clusterSynergies: async (_, args, context) => {
      const limit = limitOf(args.limit, ANALYSIS_LIMITS.synergies);
      // The check and the ranking go out together; the ranking finds nothing for a non-cluster.
      const [, rows] = await inOrder(
        requireNode(context, args.clusterId, "clusterId", ["Cluster"]),
        run<PairRow>(context, SYNERGIES, { ...SCORING, clusterId: args.clusterId, limit: neo4j.int(limit) }),
      );
      const nodes = await byId(
        context,
        rows.map((r) => r.to),
      );
      return rows.map((r) => ({
        cluster: summaryOf(nodes, r.to),
        score: round(r.score),
        evidence: evidenceOut(r.evidence),
      }));
    },

    synergyMatrix: async (_, args, context) => {
      const limit = limitOf(args.limit, ANALYSIS_LIMITS.matrix);
      const clusterIds = await matrixClusters(reader, context, args.clusterIds);
      const rows = await run<PairRow>(context, SYNERGY_MATRIX, { ...SCORING, clusterIds, limit: neo4j.int(limit) });
      const nodes = await byId(
        context,
        rows.flatMap((r) => [r.from, r.to]),
      );
      return rows.map((r) => ({
        from: summaryOf(nodes, r.from),
        to: summaryOf(nodes, r.to),
        score: round(r.score),
        evidence: evidenceOut(r.evidence),
      }));
    },
  };
}
