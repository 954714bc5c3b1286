import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextDidResolveOperation } from "@apollo/server";
import { getVariableValues, GraphQLError, type GraphQLSchema } from "graphql";
import { badInput } from "../graph/input";
import { argumentChecker, jsonDepth } from "./argument-checks";
import { ERROR_CODES } from "./error-codes";
import { formatCount, limitError } from "./limit-error";
import { queryCoster } from "./query-cost";
import { COST_ESTIMATE, type RequestLimits } from "./request-limits";

/**
 * Checks that need the request's variables, after validation and before anything runs: how deep
 * the variables nest, the generated fields' arguments, `where` nesting and the estimated cost.
 * A refusal answers 400 with its code; nothing reaches Neo4j.
 */
export function requestChecks(schema: GraphQLSchema, limits: RequestLimits): ApolloServerPlugin {
  const checkArguments = argumentChecker(schema, limits);
  const costOf = queryCoster(schema);
  return {
    requestDidStart: async () => ({
      didResolveOperation: async (requestContext) => {
        try {
          check(requestContext);
        } catch (e) {
          // Refused before anything ran: the client's request is at fault, so 400, not Apollo's 500.
          if (e instanceof GraphQLError) {
            throw new GraphQLError(e.message, {
              nodes: e.nodes ?? null,
              extensions: { ...e.extensions, http: { status: 400 } },
            });
          }
          throw e;
        }
      },
    }),
  };

  function check({
    document,
    operation,
    operationName,
    request,
  }: GraphQLRequestContextDidResolveOperation<BaseContext>): void {
    if (!operation) return;
    const raw = request.variables ?? {};
    const depth = jsonDepth(raw, limits.variablesDepth);
    if (depth > limits.variablesDepth) {
      throw badInput(`variables nest more than ${limits.variablesDepth} levels deep`, "variables");
    }
    // Variables that do not fit their types are reported by execution, as usual.
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], raw, { maxErrors: 1 });
    if (coerced.errors) return;
    checkArguments(document, operation, coerced.coerced);
    const cost = costOf(document, operationName ?? undefined, raw);
    if (cost > limits.cost) {
      throw limitError(
        ERROR_CODES.queryTooCostly,
        `The answer could hold about ${formatCount(cost)} values; the limit is ${formatCount(limits.cost)}. ` +
          "Give its lists a smaller limit (or first): a list without one counts as its default size " +
          `at the top level and as ${COST_ESTIMATE.nestedListSize} nested.`,
        limits.cost,
        cost,
      );
    }
  }
}
