import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { typeDefs } from "@lombardy-kg/schema";
import { analysisResolvers } from "../analysis/analysis-resolvers";
import { explorerResolvers } from "../explorer/explorer-resolvers";
import type { QueryResolvers } from "../generated/resolver-types";
import { graphReader } from "../graph/graph-reader";

/** Our resolvers for the Query fields the SDL declares itself (schema/explorer.graphql, analysis.graphql). */
export function customResolvers(driver: Driver, queryTimeoutMs?: number): { Query: QueryResolvers } {
  const reader = graphReader(driver, queryTimeoutMs);
  return { Query: { ...explorerResolvers(reader), ...analysisResolvers(reader) } };
}

/** The executable schema @neo4j/graphql generates from the model in schema/, with our queries. */
export async function buildGraphQLSchema(
  driver: Driver,
  options: { queryTimeoutMs?: number } = {},
): Promise<GraphQLSchema> {
  return new Neo4jGraphQL({ typeDefs, driver, resolvers: customResolvers(driver, options.queryTimeoutMs) }).getSchema();
}
