import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import { GraphQLError } from "graphql";
import type { Driver } from "neo4j-driver";
import * as cypher from "./explorer-cypher";

export interface EvidenceQuote {
  sourceId: string;
  sourceTitle: string | null;
  sourceReference: string | null;
  sourceDate: string | null;
  sourceLanguage: string | null;
  quote: string;
}

export interface RawRelationship {
  id: string;
  type: string;
  from: string;
  to: string;
  role: string | null;
  period: string | null;
  sourceIds: string[];
  quotes: string[];
}

type SourceInfo = { title: string | null; reference: string | null; date: string | null; language: string | null };
export type SourceRow = SourceInfo & { id: string };
/** A node as the explorer lists it: id, type, names and the facets it filters on. */
export type Summary = Record<string, unknown> & { id: string };

export const sourceMap = (rows: SourceRow[]) => withSources(new Map(rows.map((r) => [r.id, r])));

/** The one place records become plain objects for the explorer. */
export function withSources(sources: Map<string, SourceInfo>) {
  const quote = (sourceId: string, text: string): EvidenceQuote => {
    const s = sources.get(sourceId);
    return {
      sourceId,
      sourceTitle: s?.title ?? null,
      sourceReference: s?.reference ?? null,
      sourceDate: s?.date ?? null,
      sourceLanguage: s?.language ?? null,
      quote: text,
    };
  };
  return {
    quote,
    evidence: (sourceIds: string[], quotes: string[]): EvidenceQuote[] =>
      sourceIds.map((id, i) => quote(id, quotes[i] ?? "")),
    relationship: (r: RawRelationship) => ({
      id: r.id,
      type: r.type,
      from: r.from,
      to: r.to,
      role: r.role,
      period: r.period,
      evidence: r.sourceIds.map((id, i) => quote(id, r.quotes[i] ?? "")),
    }),
  };
}

/** Default for GRAPHQL_QUERY_TIMEOUT, in milliseconds. */
export const DEFAULT_QUERY_TIMEOUT_MS = 15_000;

/** Runs parameterised Cypher for a request and maps records the one way the explorer and analyses need. */
export function graphReader(driver: Driver, queryTimeoutMs = DEFAULT_QUERY_TIMEOUT_MS) {
  const run = async <T>(context: Neo4jGraphQLContext, query: string, params: Record<string, unknown>): Promise<T[]> => {
    const database = context.sessionConfig?.database;
    try {
      const { records } = await driver.executeQuery(query, params, {
        ...(database ? { database } : {}),
        transactionConfig: { timeout: queryTimeoutMs },
      });
      return records.map((r) => r.toObject() as T);
    } catch (e) {
      // Neo4j stops the transaction at the deadline, so one heavy request cannot hold the database.
      if (String((e as { code?: unknown }).code ?? "").includes("TransactionTimedOut")) {
        throw new GraphQLError(
          `The query took longer than ${queryTimeoutMs / 1000} s and was stopped; ask for less (a smaller limit, a filter, a shorter path).`,
          { extensions: { code: "QUERY_TIMEOUT" } },
        );
      }
      throw e;
    }
  };
  const sourcesOf = async (context: Neo4jGraphQLContext) =>
    sourceMap((await run<{ source: SourceRow }>(context, cypher.SOURCES, {})).map((r) => r.source));
  /** Summaries in the order of `ids`; unknown ids are left out. */
  const summaries = async (context: Neo4jGraphQLContext, ids: string[]): Promise<Summary[]> =>
    ids.length === 0 ? [] : (await run<{ summary: Summary }>(context, cypher.SUMMARIES, { ids })).map((r) => r.summary);
  const among = async (context: Neo4jGraphQLContext, ids: string[]) =>
    (await run<{ rel: RawRelationship }>(context, cypher.RELATIONSHIPS_AMONG, { ids })).map((r) => r.rel);
  return { run, sourcesOf, summaries, among };
}
