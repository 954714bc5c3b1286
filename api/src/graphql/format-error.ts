import type { GraphQLFormattedError } from "graphql";
import { libraryRefusal } from "./library-refusals";
import { CLIENT_ERROR_CODES, ERROR_CODES } from "./error-codes";
import { formatCount } from "./limit-error";
import type { RequestLimits } from "./request-limits";

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
function ruleExtensions(error: unknown): Record<string, unknown> | undefined {
  // Read by shape, not instanceof: a process may hold more than one copy of graphql-js.
  const original = (error as { originalError?: { extensions?: Record<string, unknown> } } | null)?.originalError;
  return typeof original?.extensions?.code === "string" ? original.extensions : undefined;
}

export interface FormatErrorOptions {
  development: boolean;
  limits: Pick<RequestLimits, "tokens" | "selections">;
  queryTimeoutMs: number;
}

type Refinement = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError | undefined;

const withCode = (code: string, message: string, extra: Record<string, unknown> = {}): GraphQLFormattedError => ({
  message,
  extensions: { code, ...extra },
});

/** Limits Apollo and graphql-js enforce themselves, reported in their words: said in ours, with our codes. */
function limitRefusals({ limits }: FormatErrorOptions): Refinement {
  return (formatted) => {
    const code = formatted.extensions?.code;
    if (code === "GRAPHQL_PARSE_FAILED" && /Document contains more th(?:an|at) \d+ tokens/.test(formatted.message)) {
      return withCode(
        ERROR_CODES.tooManyTokens,
        `The request has more than ${formatCount(limits.tokens)} tokens (names, punctuation, values); that is the limit. Split it into several requests.`,
        { limit: limits.tokens },
      );
    }
    if (formatted.extensions?.validationErrorCode === "MAX_RECURSIVE_SELECTIONS_EXCEEDED") {
      return withCode(
        ERROR_CODES.tooManySelections,
        `The request selects more than ${formatCount(limits.selections)} fields once its fragments are expanded; that is the limit.`,
        { limit: limits.selections },
      );
    }
    if (code === "GRAPHQL_VALIDATION_FAILED" && formatted.message === "Validation aborted.") {
      // graphql-js's own budget for comparing same-named fields ran out.
      return withCode(
        ERROR_CODES.tooManySelections,
        "The request repeats so many fields that checking them against each other was stopped; select each field once.",
        { limit: limits.selections },
      );
    }
    return undefined;
  };
}

/** A refusal by the database, as this API names it: the same for GraphQL and the REST routes. */
export interface DatabaseRefusal {
  code: string;
  message: string;
  status: number;
  extra: Record<string, unknown>;
}

/**
 * Neo4j's own limits on a transaction (the client asked for too much, the server is fine) and a
 * database that did not answer, by the code of the error's innermost cause; undefined otherwise.
 */
export function databaseRefusal(error: unknown, queryTimeoutMs: number): DatabaseRefusal | undefined {
  const cause = innermost(error);
  const causeCode = typeof cause === "object" && cause !== null && "code" in cause ? String(cause.code) : "";
  if (causeCode.includes("TransactionTimedOut"))
    return {
      code: ERROR_CODES.queryTimeout,
      message: `The query took longer than ${queryTimeoutMs / 1000} s and was stopped; ask for less (a smaller limit, a filter, a shorter path).`,
      status: 503,
      extra: { limit: queryTimeoutMs / 1000 },
    };
  if (/MemoryPoolOutOfMemoryError|TransactionMemoryLimit|TransactionOutOfMemoryError/.test(causeCode))
    return {
      code: ERROR_CODES.queryTooLarge,
      message:
        "The query needed more memory than one query may use in the database, and was stopped; ask for less at once.",
      status: 503,
      extra: {},
    };
  if (DATABASE_DOWN_CODES.has(causeCode))
    return {
      code: ERROR_CODES.databaseUnavailable,
      message: "The database did not answer; try again shortly.",
      status: 503,
      extra: {},
    };
  return undefined;
}

function databaseLimits({ queryTimeoutMs }: FormatErrorOptions): Refinement {
  return (_formatted, error) => {
    const refusal = databaseRefusal(error, queryTimeoutMs);
    if (!refusal || refusal.code === ERROR_CODES.databaseUnavailable) return undefined;
    return withCode(refusal.code, refusal.message, refusal.extra);
  };
}

/**
 * What a client sees of an error: its message and code when the error is the client's to fix,
 * "the database did not answer" when Neo4j is unreachable, and nothing internal otherwise
 * (outside development). The internal cause is logged instead.
 */
export function formatError(options: FormatErrorOptions) {
  const refinements: Refinement[] = [
    limitRefusals(options),
    databaseLimits(options),
    (_formatted, error) => {
      const refusal = libraryRefusal(error);
      return refusal && withCode(refusal.code, refusal.message);
    },
  ];
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (formatted.extensions?.code === "GRAPHQL_VALIDATION_FAILED") {
      const own = ruleExtensions(error);
      if (own) {
        const { http, ...rest } = own;
        formatted = { ...formatted, extensions: { ...formatted.extensions, ...rest } };
      }
    }
    for (const refine of refinements) {
      const refined = refine(formatted, error);
      if (refined) return { ...refined, ...(formatted.locations ? { locations: formatted.locations } : {}) };
    }
    const code = String(formatted.extensions?.code ?? ERROR_CODES.internal);
    if (CLIENT_ERROR_CODES.has(code)) return withoutInternals(formatted);
    if (isClientStatus(error)) return withCode(ERROR_CODES.badRequest, formatted.message);
    const cause = innermost(error);
    const causeCode = typeof cause === "object" && cause !== null && "code" in cause ? String(cause.code) : "";
    console.error("GraphQL request failed:", cause);
    if (options.development) return formatted;
    if (DATABASE_DOWN_CODES.has(causeCode)) {
      return withCode(ERROR_CODES.databaseUnavailable, "The database did not answer; try again shortly.");
    }
    return withCode(ERROR_CODES.internal, "Internal server error");
  };
}

/** Apollo marks some refusals of the request only by their HTTP status (4xx), without a code. */
function isClientStatus(error: unknown): boolean {
  const status = (error as { extensions?: { http?: { status?: unknown } } } | null)?.extensions?.http?.status;
  return typeof status === "number" && status >= 400 && status < 500;
}

/** Apollo's bookkeeping in extensions (the HTTP status, graphql-js's validation code) is not for clients. */
function withoutInternals(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions) return formatted;
  const { http, validationErrorCode, stacktrace, ...extensions } = formatted.extensions;
  return { ...formatted, extensions: stacktrace === undefined ? extensions : { ...extensions, stacktrace } };
}
