import neo4j from "neo4j-driver";
import type { QueryResolvers, SearchHit } from "../generated/resolver-types";
import { NAME, TYPE } from "../graph/graph-cypher";
import type { GraphReader } from "../graph/graph-reader";
import { limitOf } from "../graph/input";
import { EXPLORER_LIMITS } from "../graph/limits";
import { toLuceneQuery } from "./lucene-query";

export const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_names', $query, { limit: $limit })
YIELD node AS n, score
WHERE NOT n:Source
RETURN n.id AS id, ${TYPE("n")} AS type, ${NAME("n")} AS name, n.nameIt AS nameIt, n.shortName AS shortName, score
ORDER BY score DESC, name
LIMIT $limit`;

export function searchResolvers({ run }: GraphReader): Pick<QueryResolvers, "search"> {
  return {
    search: async (_, args, context) => {
      const limit = limitOf(args.limit, EXPLORER_LIMITS.search);
      const query = toLuceneQuery(args.text);
      return query ? run<SearchHit>(context, SEARCH, { query, limit: neo4j.int(limit) }) : [];
    },
  };
}
