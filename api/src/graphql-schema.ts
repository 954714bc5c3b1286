import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { typeDefs } from "@lombardy-kg/schema";
import { analysisResolvers } from "./analysis/analysis-resolvers";
import { explorerResolvers } from "./explorer/explorer-resolvers";

/** The executable schema @neo4j/graphql generates from the model in schema/, with the explorer's queries. */
export async function buildGraphQLSchema(
  driver: Driver,
  options: { queryTimeoutMs?: number } = {},
): Promise<GraphQLSchema> {
  const { queryTimeoutMs } = options;
  const resolvers = {
    Query: { ...explorerResolvers(driver, queryTimeoutMs).Query, ...analysisResolvers(driver, queryTimeoutMs).Query },
  };
  return new Neo4jGraphQL({ typeDefs, driver, resolvers }).getSchema();
}
