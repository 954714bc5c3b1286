/**
 * The `extensions.code` values this API answers with, beside Apollo's own: stable, so clients and
 * tests can act on them rather than on messages.
 */
export const ERROR_CODES = {
  badUserInput: "BAD_USER_INPUT",
  operationNotSupported: "OPERATION_NOT_SUPPORTED",
  queryTooDeep: "QUERY_TOO_DEEP",
  queryTimeout: "QUERY_TIMEOUT",
  databaseUnavailable: "DATABASE_UNAVAILABLE",
  internal: "INTERNAL_SERVER_ERROR",
} as const;

/** Codes whose messages are meant for the client; anything else is masked outside development. */
export const CLIENT_ERROR_CODES: ReadonlySet<string> = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  ERROR_CODES.badUserInput,
  ERROR_CODES.operationNotSupported,
  ERROR_CODES.queryTooDeep,
  ERROR_CODES.queryTimeout,
]);
