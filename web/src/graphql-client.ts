/** The web app's only way to the data: a GraphQL POST to the API. */
export class GraphQLRequestError extends Error {
  override name = "GraphQLRequestError";
}

interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string }[];
}

/** A slow API gets the same visible message and Retry as a dead one, not an endless spinner. */
export const REQUEST_TIMEOUT_MS = 20_000;

export async function graphqlRequest<T>(
  query: string,
  variables: Record<string, unknown> = {},
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
      signal: signal
        ? AbortSignal.any([signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)])
        : AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (e) {
    if ((e as Error).name === "TimeoutError") {
      throw new GraphQLRequestError(`The API did not answer within ${REQUEST_TIMEOUT_MS / 1000} s.`);
    }
    throw new GraphQLRequestError(`The API could not be reached: ${(e as Error).message}`);
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new GraphQLRequestError(
      `The API answered ${response.status} ${response.statusText} without a GraphQL response.`,
    );
  }
  if (body.errors?.length) throw new GraphQLRequestError(body.errors.map((e) => e.message).join("; "));
  if (!body.data) throw new GraphQLRequestError("The API answered without data.");
  return body.data;
}
