/**
 * Neo4j work ends with the request: at the query timeout, when the client goes away, and within
 * the memory one query may use. A graph where 2,000 organisations are each a member of every
 * cluster makes a generated filter slow enough to watch (all of it marked synthetic, and the
 * curated graph given back afterwards).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RequestDatabase } from "@lombardy-kg/api";
import { TestHelper } from "../support/test-helper";

const SLOW_ORGANISATIONS = 2_000;
/** Every organisation, its clusters, their members, their clusters: 2,000 x 9 x 2,000 x 9 rows to test. */
const SLOW_FILTER = `{ organizations(limit: 1, where: { clusters: { some: { members: { some: { clusters: { some: { name: { eq: "nobody" } } } } } } } }) { id } }`;

const helper = new TestHelper();
const slow = new TestHelper();

beforeAll(async () => {
  await helper.useCuratedGraph();
  await helper.driver.executeQuery(
    `MATCH (c:Cluster) WITH collect(c) AS clusters
     UNWIND range(1, $n) AS i
     CREATE (o:Organization:Entity { id: 'syn-slow-' + i, name: 'Synthetic ' + i, synthetic: true })
     WITH o, clusters UNWIND clusters AS c CREATE (o)-[:MEMBER_OF { sourceIds: [], quotes: [] }]->(c)`,
    { n: SLOW_ORGANISATIONS },
    { database: helper.neo4j.database },
  );
});
afterAll(async () => {
  await slow.close();
  await helper.restoreCuratedGraph();
  await helper.close();
});

/** Transactions the API has running in Neo4j now (not this query, not the test's own). */
async function apiTransactions(): Promise<number> {
  const { records } = await helper.driver.executeQuery(
    `SHOW TRANSACTIONS YIELD metaData
     WHERE metaData.app = 'lombardy-kg'
     RETURN count(*) AS running`,
    {},
    { database: helper.neo4j.database },
  );
  return records[0]?.get("running") as number;
}

async function post(url: string, query: string, signal?: AbortSignal) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
    ...(signal ? { signal } : {}),
  });
  return (await response.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

describe("a generated query", () => {
  it("is stopped by Neo4j at GRAPHQL_QUERY_TIMEOUT with QUERY_TIMEOUT, and nothing of it keeps running", async () => {
    const url = await slow.startApi({ GRAPHQL_QUERY_TIMEOUT: "1" });
    const answer = await post(url, SLOW_FILTER);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TIMEOUT", limit: 1 });
    expect(answer.errors?.[0]?.message).toContain("took longer than 1 s");
    expect(await apiTransactions()).toBe(0);
    await slow.stopApi();
  });

  it("is cancelled in Neo4j when the client goes away", async () => {
    const url = await slow.startApi({ GRAPHQL_QUERY_TIMEOUT: "120" });
    const leaving = new AbortController();
    const request = post(url, SLOW_FILTER, leaving.signal).catch((e: unknown) => e);
    // It is running in Neo4j...
    await expect.poll(apiTransactions, { timeout: 20_000, interval: 100 }).toBe(1);
    leaving.abort();
    expect(await request).toBeInstanceOf(Error);
    // ...and ends with the connection, not two minutes later at its timeout.
    await expect.poll(apiTransactions, { timeout: 10_000, interval: 100 }).toBe(0);
    await slow.stopApi();
  });
});

describe("one query's memory", () => {
  it("is bounded by the launcher's per-query limit: Neo4j stops it, others are untouched", async () => {
    const db = new RequestDatabase(helper.driver, {
      database: helper.neo4j.database,
      queryTimeoutMs: 60_000,
      requestId: "memory-test",
    });
    await expect(
      db.run("UNWIND range(1, 30000000) AS x WITH collect(x) AS xs RETURN size(xs) AS n", {}),
    ).rejects.toMatchObject({ code: "Neo.TransientError.General.MemoryPoolOutOfMemoryError" });
    // Another query right after it runs as usual.
    expect(await db.run<{ n: number }>("RETURN 1 AS n", {})).toEqual([{ n: 1 }]);
  });
});
