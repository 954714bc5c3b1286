import type { QueryResolvers } from "../generated/resolver-types";
import { RELATIONSHIP } from "../graph/graph-cypher";
import type { GraphReader, RawRelationship } from "../graph/graph-reader";
import { badInput } from "../graph/input";
import { EXPLORER_LIMITS } from "../graph/limits";

/** The start view: clusters, every S3 ecosystem and PNRR mission, and how they link. */
export const START_VIEW_IDS = `
CALL () {
  MATCH (n:Cluster) RETURN n ORDER BY n.id
  UNION ALL
  MATCH (n:S3Ecosystem) RETURN n ORDER BY n.id
  UNION ALL
  MATCH (n:PnrrMission) RETURN n ORDER BY n.number
}
RETURN collect(n.id) AS ids`;

export const START_VIEW_RELATIONSHIPS = `
MATCH (a:Cluster)-[r:IN_ECOSYSTEM]->(b:S3Ecosystem)
RETURN ${RELATIONSHIP("r", "a", "b")} AS rel
UNION ALL
MATCH (a:Cluster)-[r:CONTRIBUTES_TO]->(k:PnrrComponent)-[:PART_OF]->(b:PnrrMission)
WITH a, b, collect(k.code) AS codes, collect(r) AS rels
RETURN { id: a.id + '|CONTRIBUTES_TO_MISSION|' + b.id, type: 'CONTRIBUTES_TO_MISSION', from: a.id, to: b.id,
  role: 'through ' + reduce(s = '', c IN codes | s + CASE WHEN s = '' THEN '' ELSE ', ' END + c), period: null, inferred: null,
  sourceIds: reduce(acc = [], r IN rels | acc + r.sourceIds), quotes: reduce(acc = [], r IN rels | acc + r.quotes) } AS rel`;

/** The graph a view starts from, and the one an analysis draws (any nodes and the links among them). */
export function startViewResolvers(reader: GraphReader): Pick<QueryResolvers, "startView" | "subgraph"> {
  const { run, sourcesOf, summaries, among } = reader;
  return {
    startView: async (_, __, context) => {
      const [[row], sources, rels] = await Promise.all([
        run<{ ids: string[] }>(context, START_VIEW_IDS, {}),
        sourcesOf(context),
        run<{ rel: RawRelationship }>(context, START_VIEW_RELATIONSHIPS, {}),
      ]);
      return {
        nodes: await summaries(context, row?.ids ?? []),
        relationships: rels.map((r) => sources.relationship(r.rel)),
      };
    },

    subgraph: async (_, args, context) => {
      const { max } = EXPLORER_LIMITS.subgraph;
      if (args.ids.length > max) throw badInput(`ids may hold at most ${max} ids, got ${args.ids.length}`, "ids");
      const ids = [...new Set(args.ids)];
      const [sources, nodes, relationships] = await Promise.all([
        sourcesOf(context),
        summaries(context, ids),
        among(context, ids),
      ]);
      return { nodes, relationships: relationships.map(sources.relationship) };
    },
  };
}
