import type { CoverageMatrix, CoverageTarget, QueryResolvers } from "../generated/resolver-types";
import type { GraphReader } from "../graph/graph-reader";
import { allClusterIds } from "./synergies";

export const COMPONENT_COVERAGE = `
MATCH (k:PnrrComponent)
OPTIONAL MATCH (c:Cluster)-[:CONTRIBUTES_TO]->(k)
WITH k, c ORDER BY c.id
RETURN k.id AS id, k.code AS code, k.name AS name, collect(c.id) AS clusterIds
ORDER BY k.code`;

export const ECOSYSTEM_COVERAGE = `
MATCH (e:S3Ecosystem)
OPTIONAL MATCH (c:Cluster)-[:IN_ECOSYSTEM]->(e)
WITH e, c ORDER BY c.id
RETURN e.id AS id, e.name AS code, e.name AS name, collect(c.id) AS clusterIds
ORDER BY e.name`;

/** Where the region has gaps: cluster x PNRR component and cluster x S3 ecosystem. */
export function coverageResolvers(reader: GraphReader): Pick<QueryResolvers, "coverage"> {
  const { run, summaries } = reader;
  return {
    coverage: async (_, __, context) => {
      const clusters = await summaries(context, await allClusterIds(reader, context));
      const matrix = async (query: string): Promise<CoverageMatrix> => {
        const targets = await run<CoverageTarget>(context, query, {});
        return {
          clusters,
          targets,
          cells: targets.flatMap((t) => t.clusterIds.map((clusterId) => ({ clusterId, targetId: t.id }))),
          gaps: targets.filter((t) => t.clusterIds.length === 0),
          singleCluster: targets.filter((t) => t.clusterIds.length === 1),
        };
      };
      const [pnrrComponents, s3Ecosystems] = await Promise.all([
        matrix(COMPONENT_COVERAGE),
        matrix(ECOSYSTEM_COVERAGE),
      ]);
      return { pnrrComponents, s3Ecosystems };
    },
  };
}
