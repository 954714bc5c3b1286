/**
 * @neo4j/graphql refuses a request its @authentication or @authorization rules do not allow with
 * an error that has no code ("Unauthenticated", "Forbidden"): this names them as our own refusals.
 */
export interface Refusal {
  code: "UNAUTHENTICATED" | "FORBIDDEN";
  status: 401 | 403;
  message: string;
}

export function libraryRefusal(error: unknown): Refusal | undefined {
  for (let e = error as { message?: string; originalError?: unknown } | undefined; e; e = e.originalError as typeof e) {
    // The library's errors keep graphql-js's name; their classes tell them apart.
    const kind = (e as object).constructor?.name ?? "";
    if (!kind.startsWith("Neo4jGraphQL")) continue;
    if (kind === "Neo4jGraphQLAuthenticationError" || e.message === "Unauthenticated") {
      return {
        code: "UNAUTHENTICATED",
        status: 401,
        message: "Sign in first: this needs a signed-in account (the audit trail, edits).",
      };
    }
    if (kind === "Neo4jGraphQLForbiddenError" || e.message === "Forbidden") {
      return { code: "FORBIDDEN", status: 403, message: "Your account's role or clusters do not allow this." };
    }
  }
  return undefined;
}
