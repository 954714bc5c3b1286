import neo4j from "neo4j-driver";
import type { QueryResolvers } from "../generated/resolver-types";
import { summaryOf, type GraphReader } from "../graph/graph-reader";
import { limitOf } from "../graph/input";
import { ANALYSIS_LIMITS } from "../graph/limits";

export const BRIDGES = `
CALL () {
  MATCH (z:Network|Project|Organization)--(c:Cluster)
  RETURN z, collect(DISTINCT c.id) AS clusterIds
  UNION
  MATCH (z:Programme)<-[:FUNDED_VIA]-(c:Cluster)
  RETURN z, collect(DISTINCT c.id) AS clusterIds
}
WITH z, clusterIds, size(clusterIds) AS clusterCount
WHERE clusterCount >= 2
RETURN z.id AS id, clusterIds, clusterCount
ORDER BY clusterCount DESC, id
LIMIT $limit`;

/** The networks, projects, programmes and organisations that connect the most clusters. */
export function bridgeResolvers({ run, byId }: GraphReader): Pick<QueryResolvers, "bridges"> {
  return {
    bridges: async (_, args, context) => {
      const limit = limitOf(args.limit, ANALYSIS_LIMITS.bridges);
      const rows = await run<{ id: string; clusterIds: string[]; clusterCount: number }>(context, BRIDGES, {
        limit: neo4j.int(limit),
      });
      const nodes = await byId(
        context,
        rows.flatMap((r) => [r.id, ...r.clusterIds]),
      );
      return rows.map((r) => ({
        node: summaryOf(nodes, r.id),
        clusterCount: r.clusterCount,
        clusters: r.clusterIds.map((id) => summaryOf(nodes, id)),
      }));
    },
  };
}
