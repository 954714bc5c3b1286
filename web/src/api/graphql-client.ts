/** The web app's only way to the data: a GraphQL POST of a typed document to the API. */
import type { TypedDocumentString } from "../generated/graphql";
import { currentSession, setSession } from "./session";

export class GraphQLRequestError extends Error {
  override name = "GraphQLRequestError";
  constructor(
    message: string,
    /** The API's `extensions.code` of the first error, when it gave one. */
    readonly code: string | null = null,
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

/**
 * Answers already received in this page, by query and variables: the graph is read-only here, so
 * an overlay, a tab or a step back that asks the same again is answered at once. Failures are not
 * kept (Retry asks again); the oldest answers go first past the bound.
 */
const answers = new Map<string, unknown>();
const MAX_ANSWERS = 200;

/** Forgets every kept answer (after the data changed, and between tests). */
export function forgetAnswers(): void {
  answers.clear();
}

export async function graphqlRequest<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  // Signed in, some answers differ (the audit trail): answers are kept per account.
  const key = JSON.stringify([document.toString(), variables, currentSession()?.viewer.name ?? null]);
  if (answers.has(key)) return answers.get(key) as TResult;
  const data = await fetchAnswer(document, variables, signal);
  answers.set(key, data);
  if (answers.size > MAX_ANSWERS) answers.delete(answers.keys().next().value as string);
  return data;
}

/** A change: never answered from what is kept, and what is kept is forgotten after it (the graph changed). */
export async function graphqlMutation<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const data = await fetchAnswer(document, variables);
  forgetAnswers();
  return data;
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
      throw new GraphQLRequestError(`The API did not answer within ${REQUEST_TIMEOUT_MS / 1000} s.`);
    }
    if (e instanceof Error && e.name === "AbortError") throw e;
    throw new GraphQLRequestError(`The API could not be reached: ${e instanceof Error ? e.message : String(e)}`);
  }
  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    throw new GraphQLRequestError(
      `The API answered ${response.status} ${response.statusText} without a GraphQL response.`,
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
  if (!body.data) throw new GraphQLRequestError("The API answered without data.");
  return body.data;
}
