import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import neo4j, { type Driver } from "neo4j-driver";
import { badInput, checkRange } from "../explorer/explorer-resolvers";
import { graphReader, type RawRelationship } from "../explorer/graph-reader";
import * as cypher from "./analysis-cypher";
import { pathReason, sharedReason, type FilterPath } from "./partner-reasons";
import { ANALYSIS_LIMITS, DISPUTED_LINK_FACTOR, EVIDENCE_WEIGHTS, FILTER_PATH_WEIGHT } from "./weights";

type Limit = { default: number; max: number };
const limitOf = (value: number | undefined | null, limit: Limit, name = "limit"): number =>
  checkRange(name, value ?? limit.default, 1, limit.max);

interface EvidenceRow {
  kind: string;
  id: string;
  name: string;
  clusterCount: number;
  contribution: number;
  disputed: boolean;
}

/**
 * Awaits independent reads together, but fails with the first argument's error first, so the
 * error a client sees does not depend on which read happened to finish first.
 */
async function inOrder<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [first, second] = await Promise.allSettled([a, b]);
  if (first.status === "rejected") throw first.reason;
  if (second.status === "rejected") throw second.reason;
  return [first.value, second.value];
}

/** Shared neighbours a suggestion's `via` lists: enough to draw why, few enough to draw at all. */
const VIA_SHARED = 20;

/** "a Project", "an Organization". */
const aType = (type: string): string => `${/^[AEIOU]/.test(type) ? "an" : "a"} ${type}`;

const round = (n: number): number => Math.round(n * 1000) / 1000;

/** Resolvers for schema/analysis.graphql: every ranking is computed in Cypher, with parameters. */
export function analysisResolvers(driver: Driver, queryTimeoutMs?: number) {
  const { run, summaries, sourcesOf } = graphReader(driver, queryTimeoutMs);
  const common = { weights: EVIDENCE_WEIGHTS, disputedFactor: DISPUTED_LINK_FACTOR };
  const byId = async (context: Neo4jGraphQLContext, ids: string[]) => {
    const found = await summaries(context, [...new Set(ids)]);
    return new Map(found.map((s) => [s.id, s]));
  };
  const requireNode = async (context: Neo4jGraphQLContext, id: string, argument: string, types?: string[]) => {
    const [node] = await summaries(context, [id]);
    if (!node) throw badInput(`No node has the id '${id}'`, argument);
    if (types && !types.includes(String(node.type))) {
      throw badInput(
        `'${id}' is ${aType(String(node.type))}; ${argument} must be ${types.map(aType).join(" or ")}`,
        argument,
      );
    }
    return node;
  };
  const evidenceOut = (rows: EvidenceRow[]) => rows.map((e) => ({ ...e, contribution: round(e.contribution) }));
  const findFilter = async (
    context: Neo4jGraphQLContext,
    label: (typeof cypher.FILTER_LABELS)[number],
    value: string,
    argument: string,
  ) => {
    const [row] = await run<{ id: string }>(context, cypher.findFilterQuery(label), { value });
    if (!row) throw badInput(`No ${label} matches '${value}'`, argument);
    return row.id;
  };

  const allClusterIds = async (context: Neo4jGraphQLContext): Promise<string[]> =>
    (await run<{ id: string }>(context, cypher.CLUSTER_IDS, {})).map((r) => r.id);
  /** The matrix's clusters: those asked for, each checked, or all while there are few enough. */
  const matrixClusters = async (context: Neo4jGraphQLContext, asked?: string[] | null): Promise<string[]> => {
    const max = ANALYSIS_LIMITS.matrixClusters.max;
    if (asked) {
      const ids = [...new Set(asked)];
      if (ids.length < 1 || ids.length > max) {
        throw badInput(`clusterIds must hold 1 to ${max} ids, got ${ids.length}`, "clusterIds");
      }
      const found = await byId(context, ids);
      for (const id of ids) {
        const type = found.get(id)?.type;
        if (type === undefined) throw badInput(`No node has the id '${id}'`, "clusterIds");
        if (type !== "Cluster")
          throw badInput(`'${id}' is ${aType(String(type))}; clusterIds must hold clusters`, "clusterIds");
      }
      return ids;
    }
    const all = await allClusterIds(context);
    if (all.length > max) {
      throw badInput(
        `The graph has ${all.length} clusters and the matrix covers at most ${max} at once: pass clusterIds`,
        "clusterIds",
      );
    }
    return all;
  };

  return {
    Query: {
      clusterSynergies: async (
        _: unknown,
        args: { clusterId: string; limit?: number },
        context: Neo4jGraphQLContext,
      ) => {
        const limit = limitOf(args.limit, ANALYSIS_LIMITS.synergies);
        // The check and the ranking go out together; the ranking finds nothing for a non-cluster.
        const [, rows] = await inOrder(
          requireNode(context, args.clusterId, "clusterId", ["Cluster"]),
          run<{ to: string; score: number; evidence: EvidenceRow[] }>(context, cypher.SYNERGIES, {
            ...common,
            clusterId: args.clusterId,
            limit: neo4j.int(limit),
          }),
        );
        const nodes = await byId(
          context,
          rows.map((r) => r.to),
        );
        return rows.map((r) => ({
          cluster: nodes.get(r.to),
          score: round(r.score),
          evidence: evidenceOut(r.evidence),
        }));
      },

      synergyMatrix: async (
        _: unknown,
        args: { clusterIds?: string[] | null; limit?: number },
        context: Neo4jGraphQLContext,
      ) => {
        const limit = limitOf(args.limit, ANALYSIS_LIMITS.matrix);
        const clusterIds = await matrixClusters(context, args.clusterIds);
        const rows = await run<{ from: string; to: string; score: number; evidence: EvidenceRow[] }>(
          context,
          cypher.SYNERGY_MATRIX,
          { ...common, clusterIds, limit: neo4j.int(limit) },
        );
        const nodes = await byId(
          context,
          rows.flatMap((r) => [r.from, r.to]),
        );
        return rows.map((r) => ({
          from: nodes.get(r.from),
          to: nodes.get(r.to),
          score: round(r.score),
          evidence: evidenceOut(r.evidence),
        }));
      },

      partnerSuggestions: async (
        _: unknown,
        args: {
          forId: string;
          topic?: string | null;
          pnrrComponent?: string | null;
          ecosystem?: string | null;
          limit?: number;
        },
        context: Neo4jGraphQLContext,
      ) => {
        const limit = limitOf(args.limit, ANALYSIS_LIMITS.partners);
        const filters = (
          [
            ["Topic", args.topic, "topic"],
            ["PnrrComponent", args.pnrrComponent, "pnrrComponent"],
            ["S3Ecosystem", args.ecosystem, "ecosystem"],
          ] as const
        ).filter((f): f is typeof f & [string, string, string] => typeof f[1] === "string" && f[1].trim() !== "");
        if (filters.length > 1)
          throw badInput("Give one of topic, pnrrComponent or ecosystem, not several", filters[1]![2]);
        const filter = filters[0];
        const [, filterId] = await inOrder(
          requireNode(context, args.forId, "forId", ["Cluster", "Organization"]),
          filter ? findFilter(context, filter[0], filter[1].trim(), filter[2]) : Promise.resolve(null),
        );
        const rows = await run<{
          id: string;
          name: string;
          type: string;
          score: number;
          shared: { kind: string; id: string; name: string; contribution: number }[];
          filterPaths: FilterPath[];
        }>(context, cypher.PARTNERS, {
          ...common,
          forId: args.forId,
          filterId,
          filterWeight: FILTER_PATH_WEIGHT,
          limit: neo4j.int(limit),
        });
        return rows.map((r) => {
          const shared = [...r.shared].sort(
            (a, b) => b.contribution - a.contribution || a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
          );
          const via = [...shared.slice(0, VIA_SHARED).map((z) => z.id), ...r.filterPaths.flatMap((p) => p.ids)];
          return {
            id: r.id,
            name: r.name,
            type: r.type,
            score: round(r.score),
            reasons: [...r.filterPaths.map(pathReason), ...shared.map(sharedReason)],
            via: [...new Set(via)].filter((id) => id !== r.id),
          };
        });
      },

      paths: async (
        _: unknown,
        args: { fromId: string; toId: string; maxLength?: number; limit?: number },
        context: Neo4jGraphQLContext,
      ) => {
        const maxLength = limitOf(args.maxLength, ANALYSIS_LIMITS.pathLength, "maxLength");
        const limit = limitOf(args.limit, ANALYSIS_LIMITS.paths);
        await requireNode(context, args.fromId, "fromId");
        await requireNode(context, args.toId, "toId");
        if (args.fromId === args.toId) throw badInput("fromId and toId are the same node", "toId");
        const rows = await run<{ ids: string[]; rels: RawRelationship[] }>(context, cypher.pathsQuery(maxLength), {
          fromId: args.fromId,
          toId: args.toId,
          limit: neo4j.int(limit),
        });
        const nodes = await byId(
          context,
          rows.flatMap((r) => r.ids),
        );
        const sources = await sourcesOf(context);
        return rows.map((r) => ({
          length: r.rels.length,
          nodes: r.ids.map((id) => nodes.get(id)),
          relationships: r.rels.map(sources.relationship),
        }));
      },

      coverage: async (_: unknown, __: unknown, context: Neo4jGraphQLContext) => {
        const clusterIds = await allClusterIds(context);
        const clusters = await summaries(context, clusterIds);
        const matrix = async (query: string) => {
          const targets = await run<{ id: string; code: string; name: string; clusterIds: string[] }>(
            context,
            query,
            {},
          );
          return {
            clusters,
            targets,
            cells: targets.flatMap((t) => t.clusterIds.map((clusterId) => ({ clusterId, targetId: t.id }))),
            gaps: targets.filter((t) => t.clusterIds.length === 0),
            singleCluster: targets.filter((t) => t.clusterIds.length === 1),
          };
        };
        return {
          pnrrComponents: await matrix(cypher.COMPONENT_COVERAGE),
          s3Ecosystems: await matrix(cypher.ECOSYSTEM_COVERAGE),
        };
      },

      bridges: async (_: unknown, args: { limit?: number }, context: Neo4jGraphQLContext) => {
        const limit = limitOf(args.limit, ANALYSIS_LIMITS.bridges);
        const rows = await run<{ id: string; clusterIds: string[]; clusterCount: number }>(context, cypher.BRIDGES, {
          limit: neo4j.int(limit),
        });
        const nodes = await byId(
          context,
          rows.flatMap((r) => [r.id, ...r.clusterIds]),
        );
        return rows.map((r) => ({
          node: nodes.get(r.id),
          clusterCount: r.clusterCount,
          clusters: r.clusterIds.map((id) => nodes.get(id)),
        }));
      },
    },
  };
}
