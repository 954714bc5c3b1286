import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { afterEach, describe, expect, it, vi } from "vitest";
import { formatError } from "./format-error";

/** An error as Apollo hands it to formatError: its formatted form and the error itself. */
function formatted(error: GraphQLError): [GraphQLFormattedError, GraphQLError] {
  return [error.toJSON(), error];
}

/** What Apollo makes of a validation rule's error: code overwritten, the rule's error kept inside. */
function asApolloValidationError(rule: GraphQLError): GraphQLError {
  return new GraphQLError(rule.message, {
    extensions: { ...rule.extensions, code: "GRAPHQL_VALIDATION_FAILED" },
    originalError: rule,
  });
}

describe("formatError", () => {
  afterEach(() => vi.restoreAllMocks());
  const options = { development: false, limits: { tokens: 2000, selections: 1000 }, queryTimeoutMs: 15_000 };
  const format = formatError(options);

  it("gives back the code a validation rule of ours set, which Apollo overwrote", () => {
    const rule = new GraphQLError("This API does not accept mutations", {
      extensions: { code: "OPERATION_NOT_SUPPORTED" },
    });
    expect(format(...formatted(asApolloValidationError(rule))).extensions?.code).toBe("OPERATION_NOT_SUPPORTED");
  });

  it("keeps GRAPHQL_VALIDATION_FAILED for graphql-js's own rules", () => {
    const rule = new GraphQLError('Cannot query field "x" on type "Query".');
    const out = format(...formatted(asApolloValidationError(rule)));
    expect(out).toMatchObject({ message: 'Cannot query field "x" on type "Query".' });
    expect(out.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("names the token limit when graphql-js stops parsing, with its own code", () => {
    const error = new GraphQLError("Syntax Error: Document contains more that 2000 tokens. Parsing aborted.", {
      extensions: { code: "GRAPHQL_PARSE_FAILED" },
    });
    expect(format(...formatted(error))).toEqual({
      message: expect.stringContaining("more than 2,000 tokens"),
      extensions: { code: "TOO_MANY_TOKENS", limit: 2000 },
    });
  });

  it("names the selection limit when Apollo's count refuses a document", () => {
    const error = new GraphQLError("Anonymous operation recursively requests too many selections.", {
      extensions: { code: "GRAPHQL_VALIDATION_FAILED", validationErrorCode: "MAX_RECURSIVE_SELECTIONS_EXCEEDED" },
    });
    expect(format(...formatted(error))).toEqual({
      message: expect.stringContaining("more than 1,000 fields"),
      extensions: { code: "TOO_MANY_SELECTIONS", limit: 1000 },
    });
  });

  it("says so when graphql-js stops comparing same-named fields (its validation budget)", () => {
    const error = new GraphQLError("Validation aborted.", { extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
    expect(format(...formatted(error)).extensions?.code).toBe("TOO_MANY_SELECTIONS");
  });

  it("gives a rule's limit and count with its code, without Apollo's bookkeeping", () => {
    const rule = new GraphQLError("The request uses 51 aliases; the limit is 50.", {
      extensions: { code: "TOO_MANY_ALIASES", limit: 50, found: 51, http: { status: 400 } },
    });
    expect(format(...formatted(asApolloValidationError(rule))).extensions).toEqual({
      code: "TOO_MANY_ALIASES",
      limit: 50,
      found: 51,
    });
  });

  it.each([
    ["Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "QUERY_TIMEOUT"],
    ["Neo.TransientError.General.MemoryPoolOutOfMemoryError", "QUERY_TOO_LARGE"],
  ])("tells a client Neo4j stopped its query (%s) as %s, not as an internal error", (neo4jCode, code) => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const cause = Object.assign(new Error("stopped"), { code: neo4jCode });
    const error = new GraphQLError("stopped", { originalError: cause });
    expect(format(...formatted(error)).extensions?.code).toBe(code);
  });

  it("says the database did not answer when Neo4j is unreachable, and logs the cause", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const cause = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:7687"), { code: "ServiceUnavailable" });
    const error = new GraphQLError("connect ECONNREFUSED", { originalError: cause });
    expect(format(...formatted(error))).toEqual({
      message: "The database did not answer; try again shortly.",
      extensions: { code: "DATABASE_UNAVAILABLE" },
    });
    expect(log).toHaveBeenCalledWith("GraphQL request failed:", cause);
  });

  it("masks anything internal outside development, and shows it in development", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const error = new GraphQLError("Neo.ClientError.Statement.SyntaxError at /work/api/src/x.ts:3", {
      originalError: new Error("boom"),
    });
    expect(format(...formatted(error))).toEqual({
      message: "Internal server error",
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
    expect(formatError({ ...options, development: true })(...formatted(error)).message).toContain("SyntaxError");
  });

  it("passes the client's own mistakes through with their code", () => {
    const error = new GraphQLError("limit must be a whole number from 1 to 50, got 51", {
      extensions: { code: "BAD_USER_INPUT", argument: "limit" },
    });
    expect(format(...formatted(error))).toMatchObject({ extensions: { code: "BAD_USER_INPUT", argument: "limit" } });
  });
});
