import type { EntitySummary, EvidenceQuote, RelationshipView } from "../generated/resolver-types";
import * as cypher from "./graph-cypher";
import { aType, badInput } from "./input";
import type { ApiContext } from "./request-database";

/** A relationship as the database returns it: evidence as source ids and quotes, joined in code. */
export interface RawRelationship {
  id: string;
  type: string;
  from: string;
  to: string;
  role: string | null;
  period: string | null;
  inferred: string | null;
  sourceIds: string[];
  quotes: string[];
}

type SourceInfo = Pick<
  EvidenceQuote,
  "sourceTitle" | "sourcePublisher" | "sourceUrl" | "sourceReference" | "sourceDate" | "sourceLanguage"
>;
export interface SourceRow {
  id: string;
  title: string | null;
  publisher: string | null;
  url: string | null;
  reference: string | null;
  date: string | null;
  language: string | null;
}

export const sourceMap = (rows: SourceRow[]) =>
  withSources(
    new Map<string, SourceInfo>(
      rows.map((r) => [
        r.id,
        {
          sourceTitle: r.title,
          sourcePublisher: r.publisher,
          sourceUrl: r.url,
          sourceReference: r.reference,
          sourceDate: r.date,
          sourceLanguage: r.language,
        },
      ]),
    ),
  );

/** The one place evidence ids become quotes with their source, as the API returns them. */
function withSources(sources: Map<string, SourceInfo>) {
  const quote = (sourceId: string, text: string): EvidenceQuote => ({
    sourceId,
    sourceTitle: sources.get(sourceId)?.sourceTitle ?? null,
    sourcePublisher: sources.get(sourceId)?.sourcePublisher ?? null,
    sourceUrl: sources.get(sourceId)?.sourceUrl ?? null,
    sourceReference: sources.get(sourceId)?.sourceReference ?? null,
    sourceDate: sources.get(sourceId)?.sourceDate ?? null,
    sourceLanguage: sources.get(sourceId)?.sourceLanguage ?? null,
    quote: text,
  });
  const evidence = (sourceIds: string[], quotes: string[]): EvidenceQuote[] =>
    sourceIds.map((id, i) => quote(id, quotes[i] ?? ""));
  return {
    quote,
    evidence,
    relationship: (r: RawRelationship): RelationshipView => ({
      id: r.id,
      type: r.type,
      from: r.from,
      to: r.to,
      role: r.role,
      period: r.period,
      inferred: r.inferred,
      evidence: evidence(r.sourceIds, r.quotes),
    }),
  };
}

/**
 * Awaits independent reads together, but fails with the first argument's error first, so the
 * error a client sees does not depend on which read happened to finish first.
 */
export async function inOrder<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [first, second] = await Promise.allSettled([a, b]);
  if (first.status === "rejected") throw first.reason;
  if (second.status === "rejected") throw second.reason;
  return [first.value, second.value];
}

/** Runs parameterised Cypher for a request and maps records the one way the explorer and analyses need. */
export function graphReader() {
  /** Through the request's own access to Neo4j: its timeout, and cancelled with the request. */
  const run = <T>(context: ApiContext, query: string, params: Record<string, unknown>): Promise<T[]> =>
    context.db.run<T>(query, params);
  const sourcesOf = async (context: ApiContext) =>
    sourceMap((await run<{ source: SourceRow }>(context, cypher.SOURCES, {})).map((r) => r.source));
  /** Summaries in the order of `ids`; unknown ids are left out. */
  const summaries = async (context: ApiContext, ids: string[]): Promise<EntitySummary[]> =>
    ids.length === 0
      ? []
      : (await run<{ summary: EntitySummary }>(context, cypher.SUMMARIES, { ids })).map((r) => r.summary);
  const among = async (context: ApiContext, ids: string[]) =>
    (await run<{ rel: RawRelationship }>(context, cypher.RELATIONSHIPS_AMONG, { ids })).map((r) => r.rel);
  /** Summaries by id, each id once. */
  const byId = async (context: ApiContext, ids: string[]): Promise<Map<string, EntitySummary>> =>
    new Map((await summaries(context, [...new Set(ids)])).map((s) => [s.id, s]));
  /** The node an argument names, of one of `types` if given; else a BAD_USER_INPUT naming the argument. */
  const requireNode = async (
    context: ApiContext,
    id: string,
    argument: string,
    types?: string[],
  ): Promise<EntitySummary> => {
    const [node] = await summaries(context, [id]);
    if (!node) throw badInput(`No node has the id '${id}'`, argument);
    if (types && !types.includes(node.type)) {
      throw badInput(`'${id}' is ${aType(node.type)}; ${argument} must be ${types.map(aType).join(" or ")}`, argument);
    }
    return node;
  };
  return { run, sourcesOf, summaries, among, byId, requireNode };
}

export type GraphReader = ReturnType<typeof graphReader>;

/** Looks an id up in a map of summaries that was read for exactly those ids. */
export function summaryOf(nodes: Map<string, EntitySummary>, id: string): EntitySummary {
  const node = nodes.get(id);
  if (!node) throw new Error(`no summary was read for '${id}'`);
  return node;
}
