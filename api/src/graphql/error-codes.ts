/**
 * The `extensions.code` values this API answers with, beside Apollo's own: stable, so clients and
 * tests can act on them rather than on messages.
 */
export const ERROR_CODES = {
  badUserInput: "BAD_USER_INPUT",
  operationNotSupported: "OPERATION_NOT_SUPPORTED",
  tooManyTokens: "TOO_MANY_TOKENS",
  tooManyAliases: "TOO_MANY_ALIASES",
  queryTooDeep: "QUERY_TOO_DEEP",
  tooManyDirectives: "TOO_MANY_DIRECTIVES",
  tooManySelections: "TOO_MANY_SELECTIONS",
  tooMuchIntrospection: "TOO_MUCH_INTROSPECTION",
  queryTooCostly: "QUERY_TOO_COSTLY",
  filterTooDeep: "FILTER_TOO_DEEP",
  queryTimeout: "QUERY_TIMEOUT",
  queryTooLarge: "QUERY_TOO_LARGE",
  databaseUnavailable: "DATABASE_UNAVAILABLE",
  /** The identity provider's keys could not be fetched (503): the token could not be checked. */
  authUnavailable: "AUTH_UNAVAILABLE",
  rateLimited: "RATE_LIMITED",
  /** The client left before the answer: logged by nobody, sent to nobody. */
  clientClosedRequest: "CLIENT_CLOSED_REQUEST",
  badRequest: "BAD_REQUEST",
  payloadTooLarge: "PAYLOAD_TOO_LARGE",
  /** 431: the request's headers are over Node's limit. */
  headersTooLarge: "HEADERS_TOO_LARGE",
  notFound: "NOT_FOUND",
  internal: "INTERNAL_SERVER_ERROR",
} as const;

/** The refusals of a request that asks for too much at once, before anything runs. */
export const LIMIT_CODES: ReadonlySet<string> = new Set([
  ERROR_CODES.tooManyTokens,
  ERROR_CODES.tooManyAliases,
  ERROR_CODES.queryTooDeep,
  ERROR_CODES.tooManyDirectives,
  ERROR_CODES.tooManySelections,
  ERROR_CODES.tooMuchIntrospection,
  ERROR_CODES.queryTooCostly,
  ERROR_CODES.filterTooDeep,
]);

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
  ERROR_CODES.authUnavailable,
  ERROR_CODES.badUserInput,
  ERROR_CODES.operationNotSupported,
  ERROR_CODES.queryTimeout,
  ERROR_CODES.queryTooLarge,
  ERROR_CODES.databaseUnavailable,
  ERROR_CODES.clientClosedRequest,
  ERROR_CODES.rateLimited,
  ...LIMIT_CODES,
]);
