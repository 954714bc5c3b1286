/**
 * For component tests: answers the app's GraphQL requests by operation name, as the API would,
 * so the real typed documents and the real client are exercised. Never imported by the app.
 */
import { vi } from "vitest";
import type { EdgeFieldsFragment, NodeFieldsFragment } from "../generated/graphql";
import { queryClient } from "../shared/query-client";

type Answer = unknown | Error | ((variables: Record<string, unknown>) => unknown);

export interface GraphQLStub {
  /** The variables of each request, by operation name, in order. */
  calls: (operation: string) => Record<string, unknown>[];
  /** Changes what an operation answers from now on. */
  answer: (operation: string, value: Answer) => void;
}

export function stubGraphQL(answers: Record<string, Answer>): GraphQLStub {
  const current = new Map(Object.entries(answers));
  queryClient.clear();
  const seen: { operation: string; variables: Record<string, unknown> }[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_url: string, init: RequestInit) => {
      const { query, variables } = JSON.parse(String(init.body)) as {
        query: string;
        variables: Record<string, unknown>;
      };
      const operation = /^\s*query (\w+)/.exec(query)?.[1] ?? "";
      seen.push({ operation, variables });
      if (!current.has(operation)) throw new Error(`the stub has no answer for the operation '${operation}'`);
      let value = current.get(operation);
      if (typeof value === "function") value = (value as (v: Record<string, unknown>) => unknown)(variables);
      const body =
        value instanceof Error
          ? { errors: [{ message: value.message, extensions: { code: "DATABASE_UNAVAILABLE" } }] }
          : { data: value };
      return new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
    }),
  );
  return {
    calls: (operation) => seen.filter((c) => c.operation === operation).map((c) => c.variables),
    answer: (operation, value) => {
      current.set(operation, value);
      queryClient.clear();
    },
  };
}

/** A node as the API summarises it, with the facets left empty unless given. */
export const summary = (
  id: string,
  type: string,
  name = id,
  extra: Partial<NodeFieldsFragment> = {},
): NodeFieldsFragment => ({
  id,
  type,
  name,
  nameIt: null,
  shortName: null,
  ecosystems: [],
  missions: [],
  programmes: [],
  years: [],
  ...extra,
});

/** A link as the API shows it, with no evidence unless given. */
export const link = (from: string, to: string, type = "IN_ECOSYSTEM", extra: Partial<EdgeFieldsFragment> = {}) => ({
  id: `${from}|${type}|${to}`,
  type,
  from,
  to,
  role: null,
  period: null,
  inferred: null,
  evidence: [],
  ...extra,
});

export const quote = (text: string, sourceTitle = "Lombardy Technology Clusters") => ({
  sourceId: "src-ltc-report",
  sourceTitle,
  sourcePublisher: "Regione Lombardia and Confindustria Lombardia",
  sourceUrl: null,
  sourceReference: "004_a87dbb28fe92c1c0.txt",
  sourceDate: "2024",
  sourceLanguage: "en",
  quote: text,
});
