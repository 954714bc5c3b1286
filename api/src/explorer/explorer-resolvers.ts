import type { QueryResolvers } from "../generated/resolver-types";
import type { GraphReader } from "../graph/graph-reader";
import { entityResolvers } from "./entity";
import { neighbourhoodResolvers } from "./neighbourhood";
import { searchResolvers } from "./search";
import { startViewResolvers } from "./start-view";

/** Resolvers for the explorer's queries in schema/explorer.graphql, computed in Cypher. */
export function explorerResolvers(reader: GraphReader): QueryResolvers {
  return {
    ...searchResolvers(reader),
    ...entityResolvers(reader),
    ...neighbourhoodResolvers(reader),
    ...startViewResolvers(reader),
  };
}
