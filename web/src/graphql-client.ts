/** The web app's only way to the data: a GraphQL POST to the API. */
export class GraphQLRequestError extends Error {
  override name = "GraphQLRequestError";
}

interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string }[];
}

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
      ...(signal ? { signal } : {}),
    });
  } catch (e) {
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
