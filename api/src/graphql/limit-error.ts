import { GraphQLError, type ASTNode } from "graphql";

/** A refusal naming the limit and, when known, what the request had: `extensions.limit` and `found`. */
export function limitError(
  code: string,
  message: string,
  limit: number,
  found?: number,
  nodes?: readonly ASTNode[],
): GraphQLError {
  return new GraphQLError(message, {
    nodes: nodes ?? null,
    extensions: { code, limit, ...(found === undefined ? {} : { found }), http: { status: 400 } },
  });
}

/** "1,000": limits read more easily with separators, in a fixed locale so messages are stable. */
export const formatCount = (n: number): string => n.toLocaleString("en-GB");
