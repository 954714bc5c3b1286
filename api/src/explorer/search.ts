import neo4j from "neo4j-driver";
import type { QueryResolvers, SearchHit } from "../generated/resolver-types";
import { NAME, TYPE } from "../graph/graph-cypher";
import type { GraphReader } from "../graph/graph-reader";
import { badInput, limitOf } from "../graph/input";
import { EXPLORER_LIMITS } from "../graph/limits";
import { toLuceneQuery } from "./lucene-query";

export const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_names', $query, { limit: $limit })
YIELD node AS n, score
RETURN n.id AS id, ${TYPE("n")} AS type, ${NAME("n")} AS name, n.nameIt AS nameIt, n.shortName AS shortName, score
ORDER BY score DESC, name
LIMIT $limit`;

export function searchResolvers({ run }: GraphReader): Pick<QueryResolvers, "search"> {
  return {
    search: async (_, args, context) => {
      const limit = limitOf(args.limit, EXPLORER_LIMITS.search);
      checkSearchText(args.text);
      const query = toLuceneQuery(args.text);
      return query ? run<SearchHit>(context, SEARCH, { query, limit: neo4j.int(limit) }) : [];
    },
  };
}

function checkSearchText(text: string): void {
  const { maxLength, maxWordLength } = EXPLORER_LIMITS.searchText;
  if (text.length > maxLength) {
    throw badInput(`text may be at most ${maxLength} characters long, got ${text.length}`, "text");
  }
  const longest = Math.max(0, ...text.split(/\s+/u).map((w) => w.length));
  if (longest > maxWordLength) {
    throw badInput(`a word of text may be at most ${maxWordLength} characters long, got one of ${longest}`, "text");
  }
}
