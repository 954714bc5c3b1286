import type { GraphQLSchema } from "graphql";
import { augmentedSchema } from "../contract/augmented-schema";
import { analysisResolvers } from "../analysis/analysis-resolvers";
import { explorerResolvers } from "../explorer/explorer-resolvers";
import type { QueryResolvers } from "../generated/resolver-types";
import { graphReader } from "../graph/graph-reader";
import { pnrrResolvers } from "../pnrr/pnrr-resolvers";

/** Our resolvers for the Query fields the SDL declares itself (schema/explorer.graphql, analysis.graphql, pnrr.graphql). */
export function customResolvers(): { Query: QueryResolvers } {
  const reader = graphReader();
  return { Query: { ...explorerResolvers(reader), ...analysisResolvers(reader), ...pnrrResolvers(reader) } };
}

/**
 * The executable schema @neo4j/graphql generates from the model in schema/, with our queries.
 * It holds no driver: every request brings its own access to Neo4j (`ApiContext.db`), so its
 * queries are bounded and cancelled with it.
 */
export async function buildGraphQLSchema(): Promise<GraphQLSchema> {
  return augmentedSchema(customResolvers());
}
