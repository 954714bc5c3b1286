import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLError } from "graphql";
import { libraryRefusal } from "./library-refusals";

interface HttpExtension {
  status?: number;
  headers?: Map<string, string>;
}

/**
 * Apollo answers 200 when a resolver fails; a refusal that says its own HTTP status
 * (`extensions.http`: 401 without a valid token, 403 outside one's clusters, 429 past the login
 * limit) is answered with it, so clients and proxies see the refusal without reading the body.
 */
export function errorStatus<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors(context) {
          const http = context.errors
            .map(
              (e) =>
                (e.extensions?.http ??
                  (e.originalError as GraphQLError | undefined)?.extensions?.http ??
                  (libraryRefusal(e) ? { status: libraryRefusal(e)!.status } : undefined)) as HttpExtension | undefined,
            )
            .find((h) => typeof h?.status === "number");
          if (http?.status === undefined || !context.response.http) return;
          context.response.http.status = http.status;
          for (const [name, value] of http.headers ?? []) context.response.http.headers.set(name, value);
        },
      };
    },
  };
}
