import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import type { DocumentNode, GraphQLSchema } from "graphql";
import { readNodeTypes } from "@lombardy-kg/schema";
import { listedNodeType } from "./argument-checks";
import { COST_ESTIMATE } from "./request-limits";

/**
 * How many values an answer may hold, estimated before it runs: every field is one, and a field
 * that takes `limit` or `first` multiplies what it selects by that number. When the request does
 * not give one: the number of ids a `where` names by `id` (`eq`, `in`), else a typical fan-out
 * for a filtered or nested list (`COST_ESTIMATE`), else the type's `@limit` default for an
 * unfiltered list at the top level. Lists of a custom answer (a neighbourhood's nodes) are bounded
 * by the `limit` of the field that returns it and count once.
 */
export function queryCoster(schema: GraphQLSchema) {
  const defaults = new Map(readNodeTypes().map((t) => [t.label, t.limit?.default]));
  const queryType = schema.getQueryType();
  const estimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
    const sized = field.args.some((a) => a.name === "limit" || a.name === "first");
    if (!sized) return 1 + childComplexity;
    const given = (args.limit ?? args.first) as unknown;
    const size =
      typeof given === "number"
        ? given
        : (idsNamed(args.where) ??
          (type === queryType && args.where === undefined
            ? (defaults.get(listedNodeType(field).name) ?? COST_ESTIMATE.nestedListSize)
            : COST_ESTIMATE.nestedListSize));
    return 1 + Math.max(0, size) * childComplexity;
  };
  return (document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): number =>
    getComplexity({
      schema,
      query: document,
      variables,
      ...(operationName ? { operationName } : {}),
      estimators: [estimator],
    });
}

/** How many nodes a filter can match at most when it names them by id: `{ id: { eq } }` or `{ id: { in: [...] } }`. */
function idsNamed(where: unknown): number | undefined {
  const id = (where as { id?: { eq?: unknown; in?: unknown } } | null | undefined)?.id;
  if (!id || typeof id !== "object") return undefined;
  if (typeof id.eq === "string") return 1;
  if (Array.isArray(id.in)) return id.in.length;
  return undefined;
}
