/** The explorer's queries below the browser: search, entity, neighbourhood, subgraph, with their limits. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NON_FACT_RELATIONSHIPS } from "@lombardy-kg/schema";
import { TestHelper } from "../support/test-helper";

const helper = new TestHelper();
beforeAll(async () => {
  await helper.useCuratedGraph();
  await helper.startApi();
});
afterAll(() => helper.close());

interface Hood {
  total: number;
  offset: number;
  limit: number;
  center: { id: string };
  nodes: { id: string; name: string }[];
  relationships: { id: string; type: string; from: string; to: string; evidence: { quote: string }[] }[];
}
const HOOD = `query($id: ID!, $type: String, $depth: Int, $limit: Int, $offset: Int) {
  neighbourhood(id: $id, relationshipType: $type, depth: $depth, limit: $limit, offset: $offset) {
    total offset limit center { id } nodes { id name } relationships { id type from to evidence { quote } } } }`;
const hood = async (variables: Record<string, unknown>) =>
  (await helper.data<{ neighbourhood: Hood }>(HOOD, variables)).neighbourhood;

/** The ids within one or two fact links of a node, computed here with plain Cypher, hop by hop. */
async function ring(id: string, depth: 1 | 2, type: string | null = null): Promise<Set<string>> {
  const { records } = await helper.driver.executeQuery(
    `MATCH (c:Entity {id: $id})-[r1]-(m1:Entity)
     WHERE NOT type(r1) IN $nonFacts AND ($type IS NULL OR type(r1) = $type)
     OPTIONAL MATCH (m1)-[r2]-(m2:Entity)
     WHERE $depth = 2 AND NOT type(r2) IN $nonFacts AND m2 <> c
     RETURN collect(DISTINCT m1.id) + collect(DISTINCT m2.id) AS ids`,
    { id, type, depth, nonFacts: [...NON_FACT_RELATIONSHIPS] },
    { database: helper.neo4j.database },
  );
  return new Set(records[0]?.get("ids") as string[]);
}

describe("search", () => {
  it("finds by prefix, whatever the accents and case, and never returns a source document", async () => {
    const find = async (text: string, limit = 10) =>
      (
        await helper.data<{ search: { id: string; type: string }[] }>(
          `query($text: String!, $limit: Int) { search(text: $text, limit: $limit) { id type } }`,
          { text, limit },
        )
      ).search;
    expect((await find("syschem"))[0]?.id).toBe("prj-syschemiq");
    expect((await find("SCIÈNZE vita")).map((h) => h.id)).toContain("cluster-life-sciences");
    expect((await find("cluster", 50)).every((h) => h.type !== "Source")).toBe(true);
    expect(await find("  ***  ")).toEqual([]);
    expect(await find("zzzznothing")).toEqual([]);
  });

  const search = async (text: string, limit = 10) =>
    (
      await helper.data<{ search: { id: string; type: string; match: string }[] }>(
        `query($text: String!, $limit: Int) { search(text: $text, limit: $limit) { id type match } }`,
        { text, limit },
      )
    ).search;

  it.each([
    ["Inclusion and cohesion", "pnrr-m5", 1],
    ["Education and research", "pnrr-m4", 1],
    ["Istruzione e ricerca", "pnrr-m4", 1],
    ["Cluster Lombardo della Mobilità", "cluster-mobility", 1],
    ["chimica", "cluster-green-chemistry", 1],
    ["agroalimentare", "cluster-agrifood", 1],
    // After the topic "Renewable energy communities", whose name and keywords all say energy.
    ["energia", "cluster-energy", 2],
    ["aerospce", "cluster-aerospace", 1],
  ])("finds %s: %s in the first %i", async (text, id, rank) => {
    expect((await search(text)).slice(0, rank).map((h) => h.id)).toContain(id);
  });

  it("finds the Hydrogen topic and its projects by the Italian word", async () => {
    const ids = (await search("idrogeno", 20)).map((h) => h.id);
    expect(ids).toEqual(expect.arrayContaining(["topic-hydrogen", "prj-shine", "prj-dehsk"]));
  });

  it("finds PNRR missions and components by code, before any name", async () => {
    expect(await search("M2C1")).toEqual(
      expect.arrayContaining([{ id: "pnrr-m2c1", type: "PnrrComponent", match: "code" }]),
    );
    expect((await search("M2C1"))[0]?.id).toBe("pnrr-m2c1");
    const m5 = await search("M5");
    expect(m5[0]).toEqual({ id: "pnrr-m5", type: "PnrrMission", match: "code" });
    expect(m5.map((h) => h.id)).toEqual(expect.arrayContaining(["pnrr-m5c1", "pnrr-m5c2"]));
    expect((await search("Mission 2"))[0]?.id).toBe("pnrr-m2");
  });

  it("says how a hit matched: every word, some of them, or a near spelling", async () => {
    expect((await search("energy cleantech"))[0]).toMatchObject({ id: "cluster-energy", match: "all" });
    expect((await search("energy zzqqxx"))[0]?.match).toBe("some");
    expect((await search("aerospce"))[0]?.match).toBe("similar");
  });

  it("returns as many hits as asked for when there are that many", async () => {
    expect(await search("cluster", 5)).toHaveLength(5);
  });
});

describe("entity", () => {
  it("gives a node's properties, its sources with quotes, its disagreements and its neighbour counts", async () => {
    const { entity } = await helper.data<{
      entity: {
        entity: { type: string; name: string };
        properties: { key: string; value: string }[];
        evidence: { sourceReference: string; quote: string }[];
        disagreements: { id: string; evidence: { quote: string }[] }[];
        neighbourCounts: { type: string; direction: string; count: number }[];
      };
    }>(`{ entity(id: "cluster-living-environments") {
          entity { type name } properties { key value } evidence { sourceReference quote }
          disagreements { id evidence { quote } } neighbourCounts { type direction count } } }`);
    expect(entity.entity.type).toBe("Cluster");
    expect(entity.properties.map((p) => p.key)).not.toContain("id");
    expect(entity.properties.every((p) => p.value !== "null")).toBe(true);
    expect(entity.evidence.map((e) => e.sourceReference)).toContain("004_a87dbb28fe92c1c0.txt");
    expect(entity.evidence.every((e) => e.quote.length > 0)).toBe(true);
    const m6 = entity.disagreements.find((d) => d.id === "dis-pnrr-m6-numbering");
    expect(m6?.evidence.length).toBeGreaterThanOrEqual(2);
    // The counts add up to the node's fact links, none of them evidence or derived.
    const counted = entity.neighbourCounts.reduce((n, c) => n + c.count, 0);
    const { records } = await helper.driver.executeQuery(
      `MATCH (:Entity {id: 'cluster-living-environments'})-[r]-(:Entity) WHERE NOT type(r) IN $nonFacts RETURN count(r) AS n`,
      { nonFacts: [...NON_FACT_RELATIONSHIPS] },
      { database: helper.neo4j.database },
    );
    expect(counted).toBe(records[0]?.get("n"));
    expect(entity.neighbourCounts.map((c) => c.type)).not.toContain("STATED_IN");
  });

  it("is null for an id no node has", async () => {
    expect(await helper.data(`{ entity(id: "no-such-node") { entity { id } } }`)).toEqual({ entity: null });
  });
});

describe("neighbourhood", () => {
  it("at depth 1 and 2 holds exactly the nodes one and two fact links away", async () => {
    for (const depth of [1, 2] as const) {
      const expected = await ring("cluster-energy", depth);
      const page = await hood({ id: "cluster-energy", depth, limit: 200 });
      expect(page.total, `depth ${depth}`).toBe(expected.size);
      expect(new Set(page.nodes.map((n) => n.id)), `depth ${depth}`).toEqual(expected);
      expect(page.center.id).toBe("cluster-energy");
    }
    expect((await ring("cluster-energy", 2)).size).toBeGreaterThan((await ring("cluster-energy", 1)).size);
  });

  it("by relationship type keeps to the neighbours reached through that type", async () => {
    const page = await hood({ id: "cluster-energy", type: "PARTICIPATES_IN", limit: 200 });
    const expected = await ring("cluster-energy", 1, "PARTICIPATES_IN");
    expect(expected.size).toBeGreaterThan(3);
    expect(new Set(page.nodes.map((n) => n.id))).toEqual(expected);
    expect(
      page.relationships.filter((r) => r.from === "cluster-energy").every((r) => r.type === "PARTICIPATES_IN"),
    ).toBe(true);
  });

  it("comes in pages that do not overlap and together make the longer page, nearest first", async () => {
    const whole = await hood({ id: "cluster-energy", depth: 2, limit: 12 });
    const first = await hood({ id: "cluster-energy", depth: 2, limit: 6, offset: 0 });
    const second = await hood({ id: "cluster-energy", depth: 2, limit: 6, offset: 6 });
    expect([...first.nodes, ...second.nodes].map((n) => n.id)).toEqual(whole.nodes.map((n) => n.id));
    expect(second).toMatchObject({ offset: 6, limit: 6, total: whole.total });
    // Nearest first: every depth-1 neighbour comes before any depth-2 one.
    const near = await ring("cluster-energy", 1);
    const order = (await hood({ id: "cluster-energy", depth: 2, limit: 200 })).nodes.map((n) => near.has(n.id));
    expect(order.indexOf(false)).toBe(near.size);
    // Every link drawn joins two nodes of the page and carries its quotes.
    const ids = new Set([whole.center.id, ...whole.nodes.map((n) => n.id)]);
    for (const r of whole.relationships) {
      expect(ids.has(r.from) && ids.has(r.to)).toBe(true);
      expect(r.evidence.length).toBeGreaterThan(0);
    }
  });
});

describe("subgraph", () => {
  it("gives the nodes asked for that exist and the links among them", async () => {
    const { subgraph } = await helper.data<{
      subgraph: { nodes: { id: string }[]; relationships: { id: string }[] };
    }>(`{ subgraph(ids: ["cluster-energy", "prj-syschemiq", "no-such-node", "cluster-energy"]) {
          nodes { id } relationships { id } } }`);
    expect(subgraph.nodes.map((n) => n.id)).toEqual(["cluster-energy", "prj-syschemiq"]);
    expect(subgraph.relationships.map((r) => r.id)).toEqual(["cluster-energy|PARTICIPATES_IN|prj-syschemiq"]);
  });
});

describe("bad input to the explorer's queries", () => {
  it.each([
    [`{ search(text: "energy", limit: 51) { id } }`, "limit must be a whole number from 1 to 50, got 51", "limit"],
    [
      `{ neighbourhood(id: "cluster-energy", depth: 3) { total } }`,
      "depth must be a whole number from 1 to 2, got 3",
      "depth",
    ],
    [
      `{ neighbourhood(id: "cluster-energy", limit: 201) { total } }`,
      "limit must be a whole number from 1 to 200, got 201",
      "limit",
    ],
    [
      `{ neighbourhood(id: "cluster-energy", offset: -1) { total } }`,
      "offset must be a whole number from 0 to 1000000, got -1",
      "offset",
    ],
    [`{ neighbourhood(id: "no-such-node") { total } }`, "No node has the id 'no-such-node'", "id"],
    [
      `{ subgraph(ids: [${Array.from({ length: 201 }, (_, i) => `"n${i}"`).join(",")}]) { nodes { id } } }`,
      "ids may hold at most 200 ids, got 201",
      "ids",
    ],
  ])("%s", async (query, message, argument) => {
    const result = await helper.graphql(query);
    expect(result.errors?.[0]?.message).toBe(message);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
  });
});
