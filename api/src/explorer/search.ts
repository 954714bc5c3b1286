import neo4j from "neo4j-driver";
import { OPEN_DATA_SET } from "@lombardy-kg/schema";
import type { QueryResolvers, SearchHit } from "../generated/resolver-types";
import { NAME, TYPE } from "../graph/graph-cypher";
import type { GraphReader } from "../graph/graph-reader";
import { badInput, limitOf } from "../graph/input";
import { EXPLORER_LIMITS } from "../graph/limits";
import type { ApiContext } from "../graph/request-database";
import { searchTerms, toLuceneQuery, type MatchMode } from "./lucene-query";

const HIT = (n: string): string =>
  `${n}.id AS id, ${TYPE(n)} AS type, ${NAME(n)} AS name, ${n}.nameIt AS nameIt, ${n}.shortName AS shortName`;

/**
 * Clusters are what most searches are for: their relevance counts three times, so "energia" finds
 * the Energy cluster before a topic with the word in a shorter name. Curated nodes count twice
 * against open data imported beside them (tens of thousands of PNRR projects, bodies, places), so
 * a cluster or organisation the sources name comes before the projects whose titles share a word.
 * Candidates beyond the page are read so a boosted node can climb into it.
 */
export const CLUSTER_BOOST = 3;
export const CURATED_BOOST = 2;
const CANDIDATES_PER_HIT = 4;

export const SEARCH = `
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', '+(' + $query + ') -dataset:${OPEN_DATA_SET}', { limit: $limit * ${CANDIDATES_PER_HIT} })
  YIELD node, score
  RETURN node AS n, score * ${CURATED_BOOST} * CASE WHEN node:Cluster THEN ${CLUSTER_BOOST} ELSE 1 END AS score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_names', '+(' + $query + ') +dataset:${OPEN_DATA_SET}', { limit: $limit })
  YIELD node, score
  RETURN node AS n, score
}
RETURN ${HIT("n")}, score
ORDER BY score DESC, name
LIMIT $limit`;

/** PNRR missions and components named by their code (M2, M2C1): exact, before any name match. */
export const SEARCH_CODES = `
CALL {
  MATCH (n:PnrrMission) WHERE n.number IN $missions RETURN n
  UNION
  MATCH (n:PnrrComponent) WHERE n.code IN $components RETURN n
}
RETURN ${HIT("n")}, 1.0 AS score
ORDER BY type DESC, id`;

/** Stricter first: a looser mode is tried only when the stricter one finds nothing. */
const MODES: readonly MatchMode[] = ["all", "some", "similar"];

export function searchResolvers({ run }: GraphReader): Pick<QueryResolvers, "search"> {
  /** Hits of one query, each saying how it matched. */
  const hits = async (
    context: ApiContext,
    cypher: string,
    params: Record<string, unknown>,
    match: MatchMode | "code",
  ): Promise<SearchHit[]> =>
    (await run<Omit<SearchHit, "match">>(context, cypher, params)).map((hit) => ({ ...hit, match }));
  return {
    search: async (_, args, context) => {
      const limit = limitOf(args.limit, EXPLORER_LIMITS.search);
      checkSearchText(args.text);
      const terms = searchTerms(args.text);
      const coded =
        terms.missions.length || terms.components.length
          ? await hits(
              context,
              SEARCH_CODES,
              { missions: terms.missions.map((m) => neo4j.int(m)), components: terms.components },
              "code",
            )
          : [];
      let named: SearchHit[] = [];
      for (const mode of MODES) {
        if (mode === "some" && terms.words.length < 2) continue;
        const query = toLuceneQuery(terms, mode);
        if (!query) continue;
        named = await hits(context, SEARCH, { query, limit: neo4j.int(limit) }, mode);
        if (named.length) break;
      }
      const seen = new Set(coded.map((hit) => hit.id));
      return [...coded, ...named.filter((hit) => !seen.has(hit.id))].slice(0, limit);
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
