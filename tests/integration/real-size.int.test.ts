/**
 * Costs at real size: the validated PNRR release imported whole (once, into a Neo4j of its own),
 * and the API in front of it with its production limits. A loop that grows faster than the graph
 * shows here as a timeout, and a count that drifts as a wrong number.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AccountStore, buildGraphQLSchema, createServer, readConfig, type AppServer } from "@lombardy-kg/api";
import { startRealRelease, type RealRelease } from "../support/real-release";

let real: RealRelease;
let server: AppServer;
let url = "";

beforeAll(async () => {
  real = await startRealRelease();
  server = await createServer({
    config: readConfig({ PORT: "0", RATE_LIMIT: "0", AUTH_SECRET: "real-size-test-secret-of-32-characters-or-more" }),
    schema: await buildGraphQLSchema(),
    driver: real.driver,
    database: real.database,
  });
  url = `http://127.0.0.1:${await server.listen(0, "127.0.0.1")}`;
  await new AccountStore(real.driver, real.database).add("anna", "real-size-password", "editor", ["cluster-energy"]);
}, 900_000);
afterAll(async () => {
  await server?.stop();
  await real?.stop();
});

const count = async (cypher: string, params: Record<string, unknown> = {}): Promise<number> => {
  const { records } = await real.driver.executeQuery(cypher, params, { database: real.database });
  return records[0]!.get("n") as number;
};

/** The lines of a streamed body that `keep` accepts, counted as they arrive (the body is never whole here). */
async function countLines(response: Response, keep: (line: string) => boolean): Promise<number> {
  let rest = "";
  let n = 0;
  const decoder = new TextDecoder();
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    const lines = (rest + decoder.decode(chunk, { stream: true })).split("\n");
    rest = lines.pop() ?? "";
    for (const line of lines) if (keep(line)) n++;
  }
  return n + (rest && keep(rest) ? 1 : 0);
}

const exportTransactions = (): Promise<number> =>
  count(`SHOW TRANSACTIONS YIELD metaData WHERE metaData.request STARTS WITH 'export-' RETURN count(*) AS n`);

describe("exports of the whole release", () => {
  it("JSON: every node and link of the database once, nodes in id order, compressed on the way", async () => {
    const nodes = await count("MATCH (n:Entity) RETURN count(n) AS n");
    const links = await count("MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n");
    expect(nodes).toBeGreaterThan(70_000);
    expect(links).toBeGreaterThan(250_000);

    const response = await fetch(`${url}/export/graph.json`, { headers: { "accept-encoding": "gzip" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-encoding")).toBe("gzip");
    const graph = (await response.json()) as { nodes: { id: string }[]; relationships: { from: string }[] };
    expect(graph.nodes).toHaveLength(nodes);
    expect(graph.relationships).toHaveLength(links);
    const ids = graph.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(nodes);
    expect(ids.every((id, i) => i === 0 || ids[i - 1]! < id)).toBe(true);
  });

  it("GraphML and the links' CSV table: as many nodes and links as the database", async () => {
    const nodes = await count("MATCH (n:Entity) RETURN count(n) AS n");
    const links = await count("MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n");
    const graphml = await fetch(`${url}/export/graph.graphml`);
    let nodeLines = 0;
    let edgeLines = 0;
    await countLines(graphml, (line) => {
      if (line.startsWith("    <node ")) nodeLines++;
      else if (line.startsWith("    <edge ")) edgeLines++;
      return false;
    });
    expect([nodeLines, edgeLines]).toEqual([nodes, links]);
    // A CSV row per link (the header aside): no property of the release spans lines. (The nodes'
    // table is read by the same pages as the JSON's nodes.)
    const csvRows = (r: Response) => countLines(r, (line) => line.length > 0);
    expect(await csvRows(await fetch(`${url}/export/graph.relationships.csv`))).toBe(links + 1);
  });

  it("a cluster's part: the cluster, its neighbours and their sources, and the links among them", async () => {
    const part = `MATCH (c:Cluster {id: 'cluster-energy'})
      CALL (c) { RETURN c AS m UNION MATCH (c)--(m:Entity) RETURN m }
      WITH DISTINCT m CALL (m) { RETURN m AS n UNION MATCH (m)-[:STATED_IN]->(n:Source) RETURN n }
      WITH collect(DISTINCT n) AS part`;
    const nodes = await count(`${part} RETURN size(part) AS n`);
    const links = await count(
      `${part} UNWIND part AS a MATCH (a)-[r]->(b:Entity) WHERE b IN part RETURN count(r) AS n`,
    );
    const graph = (await (await fetch(`${url}/export/graph.json?cluster=cluster-energy`)).json()) as {
      nodes: unknown[];
      relationships: unknown[];
      scope: string;
    };
    expect(graph.scope).toBe("cluster-energy");
    expect([graph.nodes.length, graph.relationships.length]).toEqual([nodes, links]);
  });

  it("a client that leaves stops the reading, and one export per client runs at a time", async () => {
    const controller = new AbortController();
    const first = await fetch(`${url}/export/graph.graphml`, { signal: controller.signal });
    const reader = (first.body as ReadableStream<Uint8Array>).getReader();
    expect((await reader.read()).done).toBe(false);

    const second = await fetch(`${url}/export/graph.json`);
    expect(second.status).toBe(429);
    const refusal = (await second.json()) as { errors: { extensions: { code: string } }[] };
    expect(refusal.errors[0]!.extensions.code).toBe("RATE_LIMITED");

    controller.abort();
    await expect.poll(exportTransactions, { timeout: 30_000, interval: 200 }).toBe(0);
    // The client's slot is free again once its export ended.
    await expect
      .poll(async () => (await fetch(`${url}/export/graph.json?cluster=cluster-energy`)).status, { timeout: 10_000 })
      .toBe(200);
  });
});

describe("a roster of the documented size, with the release in the graph", () => {
  it("applies 5,000 new members whose names share their first 60 characters, each with its own id", async () => {
    const login = (await (
      await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: 'mutation { login(name: "anna", password: "real-size-password") { token } }',
        }),
      })
    ).json()) as { data: { login: { token: string } } };
    // Names alike past the 48 characters an id keeps: each new id is the base and a suffix.
    const shared = "Consorzio lombardo per la ricerca e lo sviluppo industriale";
    const rows = ["name;website;city"];
    for (let i = 1; i <= 5_000; i++) rows.push(`${shared} ${i};https://member${i}.example.it;Milano`);
    const response = await fetch(`${url}/roster/cluster-energy?kind=members&apply=true`, {
      method: "POST",
      headers: { authorization: `Bearer ${login.data.login.token}`, "x-file-name": "soci-5000.csv" },
      body: rows.join("\n"),
    });
    const report = (await response.json()) as {
      applied: boolean;
      counts: Record<string, number>;
      rows: { nodeId: string }[];
    };
    expect(response.status, JSON.stringify(report).slice(0, 300)).toBe(200);
    expect(report.applied).toBe(true);
    expect(report.counts.added).toBe(5_000);
    expect(new Set(report.rows.map((r) => r.nodeId)).size).toBe(5_000);
    expect(
      await count(
        "MATCH (o:Organization)-[:MEMBER_OF]->(:Cluster {id: 'cluster-energy'}) WHERE o.name STARTS WITH $shared RETURN count(o) AS n",
        { shared },
      ),
    ).toBe(5_000);
  });
});
