/** The web app's only way to the data: a GraphQL POST of a typed document to the API. */
import type { TypedDocumentString } from "../generated/graphql";
import { queryClient } from "../shared/query-client";
import { currentSession, setSession } from "./session";

/**
 * The codes of failures before any answer of the API, beside the API's own `extensions.code`s:
 * the interface words each one by its code (shared/locales), never by its English message.
 */
export const CLIENT_ERROR_CODES = {
  timeout: "API_TIMEOUT",
  unreachable: "API_UNREACHABLE",
  notGraphQL: "API_NOT_GRAPHQL",
  noData: "API_NO_DATA",
} as const;

export class GraphQLRequestError extends Error {
  override name = "GraphQLRequestError";
  constructor(
    message: string,
    /** The API's `extensions.code` of the first error, or the client's own code; null when neither. */
    readonly code: string | null = null,
    /** The values the code's sentence names (seconds, an HTTP status...). */
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
  }
}

interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A slow API gets the same visible message and Retry as a dead one, not an endless spinner. */
export const REQUEST_TIMEOUT_MS = 20_000;

/** A read: the page's query cache (shared/use-query) decides when to ask again. */
export function graphqlRequest<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  return fetchAnswer(document, variables, signal);
}

/** A change: every answer kept is stale after it (the graph changed), and is asked again when shown. */
export async function graphqlMutation<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const data = await fetchAnswer(document, variables);
  await dataChanged();
  return data;
}

/** After a change by this page (an edit, an applied roster, an undo): what is shown is read again. */
export function dataChanged(): Promise<void> {
  return queryClient.invalidateQueries();
}

async function fetchAnswer<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
  retried = false,
): Promise<TResult> {
  const token = currentSession()?.token;
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: signal
        ? AbortSignal.any([signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)])
        : AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (e) {
    if (e instanceof Error && e.name === "TimeoutError") {
      throw new GraphQLRequestError(
        `The API did not answer within ${REQUEST_TIMEOUT_MS / 1000} s.`,
        CLIENT_ERROR_CODES.timeout,
        { seconds: REQUEST_TIMEOUT_MS / 1000 },
      );
    }
    if (e instanceof Error && e.name === "AbortError") throw e;
    const detail = e instanceof Error ? e.message : String(e);
    throw new GraphQLRequestError(`The API could not be reached: ${detail}`, CLIENT_ERROR_CODES.unreachable, {
      detail,
    });
  }
  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    throw new GraphQLRequestError(
      `The API answered ${response.status} ${response.statusText} without a GraphQL response.`,
      CLIENT_ERROR_CODES.notGraphQL,
      { status: response.status },
    );
  }
  // The token expired or the server restarted with another key: sign out, and read as a visitor.
  if (token && response.status === 401 && !retried && body.errors?.[0]?.extensions?.code === "UNAUTHENTICATED") {
    setSession(null);
    return fetchAnswer(document, variables, signal, true);
  }
  if (body.errors?.length) {
    throw new GraphQLRequestError(
      body.errors.map((e) => e.message).join("; "),
      body.errors[0]?.extensions?.code ?? null,
    );
  }
  if (!body.data) throw new GraphQLRequestError("The API answered without data.", CLIENT_ERROR_CODES.noData);
  return body.data;
}
