import neo4j from "neo4j-driver";
import { isFact } from "@lombardy-kg/schema";
import type { QueryResolvers } from "../generated/resolver-types";
import { summaryOf, type GraphReader, type RawRelationship } from "../graph/graph-reader";
import { badInput, limitOf } from "../graph/input";
import { ANALYSIS_LIMITS } from "../graph/limits";

/**
 * The length is spliced in (a variable-length pattern takes no parameter), checked to be 1 to 6.
 * With `$avoidHubs`, no step of the path may go through a hub: a node every cluster links to
 * (the region, a network of all nine), which joins anything to anything and says little.
 */
export const pathsQuery = (maxLength: number): string => {
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > ANALYSIS_LIMITS.pathLength.max)
    throw new Error(`bad path length ${maxLength}`);
  return `
CALL {
  MATCH (c:Cluster) WHERE $avoidHubs
  WITH count(c) AS clusterTotal
  MATCH (n:Entity)-[h]-(c:Cluster) WHERE ${isFact("h")}
  WITH n, clusterTotal, count(DISTINCT c) AS linked WHERE linked = clusterTotal
  RETURN collect(n.id) AS hubs
}
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
MATCH p = allShortestPaths((a)-[*..${maxLength}]-(b))
WHERE all(r IN relationships(p) WHERE ${isFact("r")})
  AND none(n IN nodes(p) WHERE n.id IN hubs AND n <> a AND n <> b)
WITH p ORDER BY [n IN nodes(p) | n.id]
LIMIT $limit
RETURN [n IN nodes(p) | n.id] AS ids,
  [r IN relationships(p) | { id: startNode(r).id + '|' + type(r) + '|' + endNode(r).id, type: type(r), from: startNode(r).id,
    to: endNode(r).id, role: r.role, period: r.period, inferred: r.inferred,
    sourceIds: coalesce(r.sourceIds, []), quotes: coalesce(r.quotes, []) }] AS rels`;
};

/** How two entities connect: the shortest paths, every link with its sources. */
export function pathResolvers(reader: GraphReader): Pick<QueryResolvers, "paths"> {
  const { run, byId, requireNode, sourcesOf } = reader;
  return {
    paths: async (_, args, context) => {
      const maxLength = limitOf(args.maxLength, ANALYSIS_LIMITS.pathLength, "maxLength");
      const limit = limitOf(args.limit, ANALYSIS_LIMITS.paths);
      await requireNode(context, args.fromId, "fromId");
      await requireNode(context, args.toId, "toId");
      if (args.fromId === args.toId) throw badInput("fromId and toId are the same node", "toId");
      const rows = await run<{ ids: string[]; rels: RawRelationship[] }>(context, pathsQuery(maxLength), {
        fromId: args.fromId,
        toId: args.toId,
        limit: neo4j.int(limit),
        avoidHubs: args.avoidHubs ?? false,
      });
      const [nodes, sources] = await Promise.all([
        byId(
          context,
          rows.flatMap((r) => r.ids),
        ),
        sourcesOf(context),
      ]);
      return rows.map((r) => ({
        length: r.rels.length,
        nodes: r.ids.map((id) => summaryOf(nodes, id)),
        relationships: r.rels.map(sources.relationship),
      }));
    },
  };
}
