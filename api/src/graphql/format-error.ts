import type { GraphQLFormattedError } from "graphql";
import { CLIENT_ERROR_CODES, ERROR_CODES } from "./error-codes";

const DATABASE_DOWN_CODES = new Set(["ServiceUnavailable", "SessionExpired"]);

function innermost(error: unknown): unknown {
  let e = error;
  while (typeof e === "object" && e !== null && "originalError" in e && e.originalError) e = e.originalError;
  return e;
}

/**
 * Apollo reports every validation error as GRAPHQL_VALIDATION_FAILED, overwriting the code a
 * rule of ours gave it; the rule's own error is kept as `originalError`, so its code is read back.
 */
function ruleCode(error: unknown): string | undefined {
  // Read by shape, not instanceof: a process may hold more than one copy of graphql-js.
  const original = (error as { originalError?: { extensions?: { code?: unknown } } } | null)?.originalError;
  const code = original?.extensions?.code;
  return typeof code === "string" ? code : undefined;
}

/**
 * What a client sees of an error: its message and code when the error is the client's to fix,
 * "the database did not answer" when Neo4j is unreachable, and nothing internal otherwise
 * (outside development). The internal cause is logged instead.
 */
export function formatError(development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    let code = String(formatted.extensions?.code ?? ERROR_CODES.internal);
    if (code === "GRAPHQL_VALIDATION_FAILED") {
      const own = ruleCode(error);
      if (own) {
        code = own;
        formatted = { ...formatted, extensions: { ...formatted.extensions, code } };
      }
    }
    if (development || CLIENT_ERROR_CODES.has(code)) return formatted;
    const cause = innermost(error);
    const causeCode = typeof cause === "object" && cause !== null && "code" in cause ? String(cause.code) : "";
    console.error("GraphQL request failed:", cause);
    if (DATABASE_DOWN_CODES.has(causeCode)) {
      return {
        message: "The database did not answer; try again shortly.",
        extensions: { code: ERROR_CODES.databaseUnavailable },
      };
    }
    return { message: "Internal server error", extensions: { code: ERROR_CODES.internal } };
  };
}
