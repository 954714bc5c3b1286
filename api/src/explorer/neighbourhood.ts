import neo4j from "neo4j-driver";
import { isFact } from "@lombardy-kg/schema";
import type { EntitySummary, QueryResolvers } from "../generated/resolver-types";
import { NAME, relationshipsAmong, SOURCES_BODY, summariesOf } from "../graph/graph-cypher";
import { sourceMap, type GraphReader, type RawRelationship, type SourceRow } from "../graph/graph-reader";
import { badInput, checkRange, limitOf } from "../graph/input";
import { EXPLORER_LIMITS } from "../graph/limits";

/**
 * A neighbourhood in one round trip: a page of neighbours, nearest first, then by name, with the
 * total; the summaries of the centre (first) and of the page; the relationships among them; and
 * the sources their evidence cites. The depth is spliced in (checked to be 1 or 2) because a
 * variable-length pattern cannot take a parameter, and expanding two steps to keep one would cost
 * a hub's whole second ring.
 */
export const neighbourhoodQuery = (depth: number): string => {
  if (depth !== 1 && depth !== 2) throw new Error(`bad neighbourhood depth ${depth}`);
  return `
OPTIONAL MATCH (c:Entity {id: $id})
OPTIONAL MATCH p = (c)-[*1..${depth}]-(m:Entity)
WHERE m <> c
  AND all(r IN relationships(p) WHERE ${isFact("r")})
  AND ($relationshipType IS NULL OR type(relationships(p)[0]) = $relationshipType)
WITH m, min(length(p)) AS distance
WITH m, distance ORDER BY distance, toLower(${NAME("m")}), m.id
WITH collect(m.id) AS found
WITH size(found) AS total, [$id] + found[$offset..($offset + $limit)] AS ids
CALL (ids) {
  ${summariesOf("ids")}
  RETURN collect(summary) AS summaries
}
CALL (ids) {
  ${relationshipsAmong("ids")}
  RETURN collect(rel) AS rels
}
CALL () {
  ${SOURCES_BODY}
  RETURN collect(source) AS sources
}
RETURN total, summaries, rels, sources`;
};

export function neighbourhoodResolvers({ run }: GraphReader): Pick<QueryResolvers, "neighbourhood"> {
  return {
    neighbourhood: async (_, args, context) => {
      const { depth: depths } = EXPLORER_LIMITS;
      const depth = checkRange("depth", args.depth ?? 1, depths.min, depths.max);
      const limit = limitOf(args.limit, EXPLORER_LIMITS.neighbourhood);
      const offset = checkRange("offset", args.offset ?? 0, 0, EXPLORER_LIMITS.offset.max);
      const [row] = await run<{
        total: number;
        summaries: EntitySummary[];
        rels: RawRelationship[];
        sources: SourceRow[];
      }>(context, neighbourhoodQuery(depth), {
        id: args.id,
        relationshipType: args.relationshipType ?? null,
        limit: neo4j.int(limit),
        offset: neo4j.int(offset),
      });
      const [center, ...nodes] = row?.summaries ?? [];
      if (!row || !center || center.id !== args.id) throw badInput(`No node has the id '${args.id}'`, "id");
      return {
        center,
        nodes,
        relationships: row.rels.map(sourceMap(row.sources).relationship),
        total: row.total,
        offset,
        limit,
      };
    },
  };
}
