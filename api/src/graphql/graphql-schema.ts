import type { GraphQLSchema } from "graphql";
import { augmentedSchema } from "../contract/augmented-schema";
import { analysisResolvers } from "../analysis/analysis-resolvers";
import { explorerResolvers } from "../explorer/explorer-resolvers";
import type { QueryResolvers } from "../generated/resolver-types";
import { graphReader } from "../graph/graph-reader";
import { editingResolvers } from "../editing/editing-resolvers";
import { pnrrResolvers } from "../pnrr/pnrr-resolvers";

/** Our resolvers for the Query and Mutation fields the SDL declares itself (schema/explorer, analysis, pnrr, editing). */
export function customResolvers() {
  const reader = graphReader();
  const editing = editingResolvers();
  const query: QueryResolvers = {
    ...explorerResolvers(reader),
    ...analysisResolvers(reader),
    ...pnrrResolvers(reader),
  };
  return { Query: { ...query, ...editing.Query }, Mutation: editing.Mutation };
}

/**
 * The executable schema @neo4j/graphql generates from the model in schema/, with our queries.
 * It holds no driver: every request brings its own access to Neo4j (`ApiContext.db`), so its
 * queries are bounded and cancelled with it.
 */
export async function buildGraphQLSchema(): Promise<GraphQLSchema> {
  return augmentedSchema(customResolvers());
}
