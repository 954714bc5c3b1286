import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import { GraphQLError } from "graphql";
import neo4j, { type Driver } from "neo4j-driver";
import * as cypher from "./explorer-cypher";
import { graphReader, sourceMap, type RawRelationship, type SourceRow, type Summary } from "./graph-reader";
import { toLuceneQuery } from "./lucene-query";

/** Limits every explorer query keeps to, so no request can ask for the whole graph. */
export const EXPLORER_LIMITS = {
  search: { default: 10, max: 50 },
  neighbourhood: { default: 50, max: 200 },
  depth: { min: 1, max: 2 },
  subgraph: { max: 200 },
} as const;

export function badInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", argument } });
}

export function checkRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`${name} must be a whole number from ${min} to ${max}, got ${value}`, name);
  }
  return value;
}

function displayValue(value: unknown): string {
  return Array.isArray(value) ? value.map(String).join("; ") : String(value);
}

/** Resolvers for the explorer's queries in schema/explorer.graphql, computed in Cypher. */
export function explorerResolvers(driver: Driver, queryTimeoutMs?: number) {
  const { run, sourcesOf, summaries, among } = graphReader(driver, queryTimeoutMs);

  return {
    Query: {
      search: async (_: unknown, args: { text: string; limit?: number }, context: Neo4jGraphQLContext) => {
        const limit = checkRange("limit", args.limit ?? EXPLORER_LIMITS.search.default, 1, EXPLORER_LIMITS.search.max);
        const query = toLuceneQuery(args.text);
        return query ? run(context, cypher.SEARCH, { query, limit: neo4j.int(limit) }) : [];
      },

      entity: async (_: unknown, args: { id: string }, context: Neo4jGraphQLContext) => {
        // Independent reads go out together: each is a round trip to Neo4j.
        const [[summary], [props], sources, nodeEvidence, disagreements, neighbourCounts] = await Promise.all([
          summaries(context, [args.id]),
          run<{ properties: Record<string, unknown> }>(context, cypher.PROPERTIES, { id: args.id }),
          sourcesOf(context),
          run<{ sourceIds: string[]; quotes: string[] }>(context, cypher.NODE_EVIDENCE, { id: args.id }),
          run<{
            id: string;
            topic: string;
            kind: string;
            description: string;
            evidence: { sourceId: string; quote: string }[];
          }>(context, cypher.DISAGREEMENTS, { id: args.id }),
          run(context, cypher.NEIGHBOUR_COUNTS, { id: args.id }),
        ]);
        if (!summary) return null;
        return {
          entity: summary,
          properties: Object.entries(props?.properties ?? {})
            .filter(([key, value]) => key !== "id" && value !== null)
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

      neighbourhood: async (
        _: unknown,
        args: { id: string; relationshipType?: string | null; depth?: number; limit?: number; offset?: number },
        context: Neo4jGraphQLContext,
      ) => {
        const depth = checkRange("depth", args.depth ?? 1, EXPLORER_LIMITS.depth.min, EXPLORER_LIMITS.depth.max);
        const limit = checkRange(
          "limit",
          args.limit ?? EXPLORER_LIMITS.neighbourhood.default,
          1,
          EXPLORER_LIMITS.neighbourhood.max,
        );
        const offset = checkRange("offset", args.offset ?? 0, 0, 1_000_000);
        const [row] = await run<{
          total: number;
          summaries: Summary[];
          rels: RawRelationship[];
          sources: SourceRow[];
        }>(context, cypher.neighbourhoodQuery(depth), {
          id: args.id,
          relationshipType: args.relationshipType ?? null,
          limit: neo4j.int(limit),
          offset: neo4j.int(offset),
        });
        const [center, ...nodes] = row?.summaries ?? [];
        if (!row || center?.id !== args.id) throw badInput(`No node has the id '${args.id}'`, "id");
        return {
          center,
          nodes,
          relationships: row.rels.map(sourceMap(row.sources).relationship),
          total: row.total,
          offset,
          limit,
        };
      },

      subgraph: async (_: unknown, args: { ids: string[] }, context: Neo4jGraphQLContext) => {
        if (args.ids.length > EXPLORER_LIMITS.subgraph.max) {
          throw badInput(`ids may hold at most ${EXPLORER_LIMITS.subgraph.max} ids, got ${args.ids.length}`, "ids");
        }
        const ids = [...new Set(args.ids)];
        const [sources, nodes, relationships] = await Promise.all([
          sourcesOf(context),
          summaries(context, ids),
          among(context, ids),
        ]);
        return { nodes, relationships: relationships.map(sources.relationship) };
      },

      startView: async (_: unknown, __: unknown, context: Neo4jGraphQLContext) => {
        const [[row], sources, rels] = await Promise.all([
          run<{ ids: string[] }>(context, cypher.START_VIEW_IDS, {}),
          sourcesOf(context),
          run<{ rel: RawRelationship }>(context, cypher.START_VIEW_RELATIONSHIPS, {}),
        ]);
        return {
          nodes: await summaries(context, row?.ids ?? []),
          relationships: rels.map((r) => sources.relationship(r.rel)),
        };
      },
    },
  };
}
