import type { QueryResolvers } from "../generated/resolver-types";
import { isFact } from "@lombardy-kg/schema";
import type { GraphReader } from "../graph/graph-reader";

export const PROPERTIES = `MATCH (n:Entity {id: $id}) RETURN properties(n) AS properties`;

/** The node's own evidence: the sources it is STATED_IN, with their quotes. */
export const NODE_EVIDENCE = `
MATCH (n:Entity {id: $id})-[r:STATED_IN]->(s:Source)
RETURN coalesce(r.sourceIds, [s.id]) AS sourceIds, coalesce(r.quotes, []) AS quotes`;

export const DISAGREEMENTS = `
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (d:Disagreement)-[:CONCERNS]->(n) RETURN d
  UNION
  MATCH (d:Disagreement) WHERE d = n RETURN d
}
OPTIONAL MATCH (d)-[r:STATED_IN]->(:Source)
WITH d, collect(r) AS rels
RETURN d.id AS id, d.topic AS topic, d.kind AS kind, d.description AS description,
  d.topicIt AS topicIt, d.descriptionIt AS descriptionIt,
  reduce(acc = [], r IN rels | acc + [i IN range(0, size(r.sourceIds) - 1) | { sourceId: r.sourceIds[i], quote: r.quotes[i] }]) AS evidence
ORDER BY d.id`;

export const NEIGHBOUR_COUNTS = `
MATCH (n:Entity {id: $id})-[r]-(m:Entity)
WHERE ${isFact("r")}
RETURN type(r) AS type, CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END AS direction, count(*) AS count
ORDER BY type, direction`;

/** Bookkeeping the details do not show: the id is shown apart; rowHash is a row digest earlier PNRR imports stored, which nothing reads. */
const INTERNAL_PROPERTIES = new Set(["id", "rowHash"]);

function displayValue(value: unknown): string {
  return Array.isArray(value) ? value.map(String).join("; ") : String(value);
}

interface DisagreementRow {
  id: string;
  topic: string;
  kind: string;
  description: string;
  topicIt: string | null;
  descriptionIt: string | null;
  evidence: { sourceId: string; quote: string }[];
}

export function entityResolvers(reader: GraphReader): Pick<QueryResolvers, "entity"> {
  const { run, summaries, sourcesOf } = reader;
  return {
    entity: async (_, args, context) => {
      // Independent reads go out together: each is a round trip to Neo4j.
      const [[summary], [props], sources, nodeEvidence, disagreements, neighbourCounts] = await Promise.all([
        summaries(context, [args.id]),
        run<{ properties: Record<string, unknown> }>(context, PROPERTIES, { id: args.id }),
        sourcesOf(context),
        run<{ sourceIds: string[]; quotes: string[] }>(context, NODE_EVIDENCE, { id: args.id }),
        run<DisagreementRow>(context, DISAGREEMENTS, { id: args.id }),
        run<{ type: string; direction: string; count: number }>(context, NEIGHBOUR_COUNTS, { id: args.id }),
      ]);
      if (!summary) return null;
      const { inferred, ...stated } = props?.properties ?? {};
      return {
        entity: summary,
        inferred: Array.isArray(inferred) ? inferred.map(String) : [],
        properties: Object.entries(stated)
          .filter(([key, value]) => !INTERNAL_PROPERTIES.has(key) && value !== null)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([key, value]) => ({ key, value: displayValue(value) })),
        evidence: nodeEvidence.flatMap((e) => sources.evidence(e.sourceIds, e.quotes)),
        disagreements: disagreements.map((d) => ({
          ...d,
          evidence: d.evidence.map((e) => sources.quote(e.sourceId, e.quote)),
        })),
        neighbourCounts,
      };
    },
  };
}
