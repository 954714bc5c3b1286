import type { QueryResolvers } from "../generated/resolver-types";
import type { GraphReader } from "../graph/graph-reader";
import { bridgeResolvers } from "./bridges";
import { coverageResolvers } from "./coverage";
import { partnerResolvers } from "./partners";
import { pathResolvers } from "./paths";
import { synergyResolvers } from "./synergies";

/** Resolvers for schema/analysis.graphql: every ranking is computed in Cypher, with parameters. */
export function analysisResolvers(reader: GraphReader): QueryResolvers {
  return {
    ...synergyResolvers(reader),
    ...partnerResolvers(reader),
    ...pathResolvers(reader),
    ...coverageResolvers(reader),
    ...bridgeResolvers(reader),
  };
}
