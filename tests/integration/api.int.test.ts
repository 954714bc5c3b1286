import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildGraphQLSchema, createServer } from "@lombardy-kg/api";
import { readConfig } from "@lombardy-kg/api";
import { TestHelper } from "../support/test-helper";

interface ClusterRow {
  id: string;
  name: string;
  shortName: string | null;
  website: string | null;
  memberCount: number | null;
  companyCount: number | null;
  researchOrgCount: number | null;
  otherEntityCount: number | null;
}

const helper = new TestHelper();

beforeAll(async () => {
  await helper.useCuratedGraph();
  await helper.startApi();
});
afterAll(() => helper.close());

describe("GraphQL API over HTTP", () => {
  it("answers { clusters { name memberCount } } with the nine clusters of the regional report", async () => {
    const { clusters } = await helper.data<{ clusters: ClusterRow[] }>(/* GraphQL */ `
      {
        clusters(sort: [{ name: ASC }]) {
          id
          name
          shortName
          website
          memberCount
          companyCount
          researchOrgCount
          otherEntityCount
        }
      }
    `);
    expect(clusters).toHaveLength(9);
    const byId = new Map(clusters.map((c) => [c.id, c]));
    // "NUMBER OF MEMBERS 114 of which 106 companies 6 research organisations 2 other entities"
    expect(byId.get("cluster-aerospace")).toMatchObject({
      name: "Lombardia Aerospace Cluster",
      shortName: "LAC",
      website: "www.aerospacelombardia.it/en",
      memberCount: 114,
      companyCount: 106,
      researchOrgCount: 6,
      otherEntityCount: 2,
    });
    expect(byId.get("cluster-energy")).toMatchObject({
      memberCount: 140,
      companyCount: 104,
      researchOrgCount: 10,
      otherEntityCount: 26,
    });
    expect(byId.get("cluster-advanced-manufacturing")).toMatchObject({ memberCount: 143, companyCount: null });
    // The report leaves these blank: unknown, not 0.
    for (const id of ["cluster-agrifood", "cluster-mobility", "cluster-green-chemistry"]) {
      expect(byId.get(id)?.memberCount, id).toBeNull();
    }
    const sum = clusters.reduce((total, c) => total + (c.memberCount ?? 0), 0);
    expect(sum).toBeLessThanOrEqual(794); // the report's region-wide total
  });

  it("exposes each fact's source and quote", async () => {
    const { clusters } = await helper.data<{
      clusters: { sourcesConnection: { edges: { properties: { quotes: string[] }; node: { reference: string } }[] } }[];
    }>(/* GraphQL */ `
      {
        clusters(where: { id: { eq: "cluster-life-sciences" } }) {
          sourcesConnection {
            edges {
              properties {
                quotes
              }
              node {
                reference
              }
            }
          }
        }
      }
    `);
    const edge = clusters[0]?.sourcesConnection.edges[0];
    expect(edge?.node.reference).toBe("004_a87dbb28fe92c1c0.txt");
    expect(edge?.properties.quotes).toContain(
      "www.lombardialifesciences.it/en/ NUMBER OF MEMBERS 114 of which 63 companies 36 research organisations 15 other entities",
    );
  });

  it("refuses writes with a clear error and writes nothing", async () => {
    // The generated mutations are off: only the audited ones of schema/editing.graphql exist.
    const generated = await helper.graphql(
      `mutation { createClusters(input: [{ id: "x", name: "Injected" }]) { info { nodesCreated } } }`,
    );
    expect(generated.errors?.[0]?.message).toMatch(/Cannot query field "createClusters" on type "Mutation"/);
    expect(generated.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const result = await helper.graphql(
      `mutation { addMember(clusterId: "cluster-energy", organization: { name: "Injected", website: "https://x.example" }, evidence: { source: { title: "x" }, quote: "abc" }) { summary } }`,
    );
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const subscription = await helper.graphql(`subscription { clusters { id } }`);
    expect(subscription.errors?.[0]?.extensions?.code).toMatch(/OPERATION_NOT_SUPPORTED|GRAPHQL_VALIDATION_FAILED/);
    const { records } = await helper.driver.executeQuery(
      "MATCH (n) WHERE n.id = 'x' OR n.name = 'Injected' RETURN count(n) AS n",
      {},
      { database: helper.neo4j.database },
    );
    expect(records[0]?.get("n")).toBe(0);
  });

  it("sends no stack traces to clients outside development", async () => {
    const result = await helper.graphql("{ clusters { noSuchField } }");
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toMatch(/noSuchField/);
    expect(result.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(JSON.stringify(result.errors)).not.toMatch(/stacktrace|\.ts:\d+/);
  });

  it("serves GraphiQL from the bundle when a browser opens /graphql", async () => {
    const response = await fetch(`${helper.url}/graphql`, { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<div id="graphiql">');
    expect(html).not.toMatch(/https?:\/\/(cdn|unpkg|esm\.sh|embeddable-sandbox)/);
  });

  it("reports health 200 while Neo4j answers", async () => {
    const response = await fetch(`${helper.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, neo4j: "up" });
  });
});

describe("when Neo4j does not answer", () => {
  // A driver to a port where nothing listens stands for a database that went away; it gives up
  // at once instead of retrying for 30 s.
  const deadDriver = neo4j.driver("bolt://127.0.0.1:1", neo4j.auth.basic("neo4j", "whatever1"), {
    maxTransactionRetryTime: 0,
  });
  let url = "";
  let stop: () => Promise<void> = async () => {};
  beforeAll(async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const schema = await buildGraphQLSchema();
    const server = await createServer({ config: readConfig({}), schema, driver: deadDriver, database: "neo4j" });
    url = `http://127.0.0.1:${await server.listen(0, "127.0.0.1")}`;
    stop = () => server.stop();
  });
  afterAll(async () => {
    await stop();
    await deadDriver.close();
    vi.restoreAllMocks();
  });

  it("health answers 503 and says Neo4j is down", async () => {
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ ok: false, neo4j: "down" });
  });

  it.each([
    ["a query of ours", `{ search(text: "energy") { id } }`],
    ["a generated query", `{ clusters { id } }`],
  ])("%s answers DATABASE_UNAVAILABLE, not an internal error", async (_, query) => {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
    // Before the monitor has seen the database gone, the driver's failure says so; after, the
    // request is refused at once with 503. Either way: the code, and nothing internal.
    expect(body.errors?.[0]?.extensions).toEqual({ code: "DATABASE_UNAVAILABLE" });
    expect(body.errors?.[0]?.message).toMatch(/^The database (did not answer|is not answering)/);
  });
});

describe("database schema", () => {
  it("has a uniqueness constraint on id for every node type, created idempotently", async () => {
    const { ensureDatabaseSchema } = await import("@lombardy-kg/api");
    const { readNodeTypes } = await import("@lombardy-kg/schema");
    await ensureDatabaseSchema(helper.driver, helper.neo4j.database); // a second time: no error, no duplicate
    const { records } = await helper.driver.executeQuery(
      "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties",
      {},
      { database: helper.neo4j.database },
    );
    const constrained = records
      .filter((r) => JSON.stringify(r.get("properties")) === '["id"]')
      .map((r) => r.get("label") as string);
    expect(constrained.sort()).toEqual([...readNodeTypes().map((t) => t.label), "Entity"].sort());
  });

  it("finds names in the fulltext index whatever the accents and case", async () => {
    const { records } = await helper.driver.executeQuery(
      "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.id AS id",
      { q: "SCIÈNZE" },
      { database: helper.neo4j.database },
    );
    expect(records.map((r) => r.get("id"))).toContain("cluster-life-sciences");
  });
});

describe("query timeout", () => {
  it("has Neo4j stop a query of a request at its timeout, and nothing of it keeps running", async () => {
    const { RequestDatabase } = await import("@lombardy-kg/api");
    const db = new RequestDatabase(helper.driver, {
      database: helper.neo4j.database,
      queryTimeoutMs: 300,
      requestId: "timeout-test",
    });
    await expect(db.run("CALL apoc.util.sleep(20000) RETURN 1 AS done", {})).rejects.toMatchObject({
      code: expect.stringContaining("TransactionTimedOut"),
    });
    const { records } = await helper.driver.executeQuery(
      "SHOW TRANSACTIONS YIELD metaData WHERE metaData.request = 'timeout-test' RETURN count(*) AS running",
      {},
      { database: helper.neo4j.database },
    );
    expect(records[0]?.get("running")).toBe(0);
  });
});
