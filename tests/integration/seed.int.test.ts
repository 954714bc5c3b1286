import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkCuratedSeed, loadSeed, type SeedFile } from "@lombardy-kg/seed";
import { TestHelper } from "../support/test-helper";

const helper = new TestHelper();
beforeAll(() => helper.resetDatabase());
// The run's other files read the curated graph: give it back.
afterAll(async () => {
  await helper.restoreCuratedGraph();
  await helper.close();
});

/** Every node and relationship with all its properties, in a stable order. */
async function snapshot(): Promise<string[]> {
  const { records } = await helper.driver.executeQuery(
    `MATCH (n) OPTIONAL MATCH (n)-[r]->(m)
     RETURN labels(n) AS labels, properties(n) AS props, type(r) AS type, properties(r) AS rprops, m.id AS to`,
    {},
    { database: helper.neo4j.database },
  );
  const sortKeys = (o: unknown): unknown =>
    o && typeof o === "object" && !Array.isArray(o)
      ? Object.fromEntries(
          Object.entries(o)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, v]) => [k, sortKeys(v)]),
        )
      : o;
  return records.map((r) => JSON.stringify(sortKeys(r.toObject()))).sort();
}

async function countAll(): Promise<{ nodes: number; relationships: number }> {
  const { records } = await helper.driver.executeQuery(
    "MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS relationships",
    {},
    { database: helper.neo4j.database },
  );
  return { nodes: records[0]?.get("nodes") as number, relationships: records[0]?.get("relationships") as number };
}

describe("seed loader", () => {
  it("loading twice leaves the same nodes, relationships and properties", async () => {
    const checked = checkCuratedSeed();
    expect(checked.problems).toEqual([]);
    await loadSeed(helper.driver, helper.neo4j.database, checked.files, checked.typeOfId);
    const first = await snapshot();
    const counts = await countAll();
    expect(counts.nodes).toBe(checked.files.reduce((n, f) => n + f.nodes.length, 0));
    expect(counts.relationships).toBeGreaterThanOrEqual(9); // at least each cluster's STATED_IN

    await loadSeed(helper.driver, helper.neo4j.database, checked.files, checked.typeOfId);
    expect(await snapshot()).toEqual(first);
    expect(await countAll()).toEqual(counts);
  });

  it("writes nothing when a statement fails part-way (one transaction)", async () => {
    await helper.resetDatabase();
    const files: SeedFile[] = [
      {
        file: "bad.json",
        nodes: [
          { type: "Source", id: "s1", properties: { title: "A document" } },
          { type: "Region", id: "r1", properties: { name: "Lombardy" }, evidence: [{ source: "s1", quote: "q" }] },
          // A map is not a valid Neo4j property value: this batch fails after the others were written.
          {
            type: "Topic",
            id: "t1",
            properties: { name: { en: "hydrogen" } as unknown as string },
            evidence: [{ source: "s1", quote: "q" }],
          },
        ],
        relationships: [],
      },
    ];
    const typeOfId = new Map([
      ["s1", "Source"],
      ["r1", "Region"],
      ["t1", "Topic"],
    ]);
    await expect(loadSeed(helper.driver, helper.neo4j.database, files, typeOfId)).rejects.toThrow(
      /[Pp]roperty values can only be of primitive types|Map\{/,
    );
    expect(await countAll()).toEqual({ nodes: 0, relationships: 0 });
  });
});
