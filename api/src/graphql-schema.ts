import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { typeDefs } from "@lombardy-kg/schema";

/** The executable schema @neo4j/graphql generates from the model in schema/. */
export async function buildGraphQLSchema(driver: Driver): Promise<GraphQLSchema> {
  return new Neo4jGraphQL({ typeDefs, driver }).getSchema();
}
