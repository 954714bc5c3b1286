import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DISPUTED_LINK_FACTOR, EVIDENCE_WEIGHTS } from "@lombardy-kg/api";
import { NON_FACT_RELATIONSHIPS } from "@lombardy-kg/schema";
import { TestHelper } from "../support/test-helper";

const helper = new TestHelper();
beforeAll(async () => {
  await helper.useCuratedGraph();
  await helper.startApi();
});
afterAll(() => helper.close());

interface Evidence {
  kind: string;
  id: string;
  clusterCount: number;
  contribution: number;
}
interface Synergy {
  cluster: { id: string };
  score: number;
  evidence: Evidence[];
}

describe("clusterSynergies", () => {
  it("ranks by the evidence, each item real and the score the sum of its contributions", async () => {
    const { clusterSynergies } = await helper.data<{ clusterSynergies: Synergy[] }>(
      `{ clusterSynergies(clusterId: "cluster-energy", limit: 8) { cluster { id } score evidence { kind id clusterCount contribution } } }`,
    );
    expect(clusterSynergies.length).toBeGreaterThan(3);
    const scores = clusterSynergies.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const s of clusterSynergies) {
      const sum = s.evidence.reduce((total, e) => total + e.contribution, 0);
      expect(s.score).toBeCloseTo(sum, 2);
    }
    // AFIL shares PNRR M2C1 with LE2C (both synergies blocks name it) among much else.
    const afil = clusterSynergies.find((s) => s.cluster.id === "cluster-advanced-manufacturing");
    expect(afil?.evidence.map((e) => e.id)).toEqual(
      expect.arrayContaining(["pnrr-m2c1", "s3-sustainability", "net-vanguard", "net-eccp"]),
    );
    // Agrifood shares far less with LE2C than AFIL does, and ranks lower.
    const agrifood = clusterSynergies.find((s) => s.cluster.id === "cluster-agrifood");
    expect(agrifood && afil && agrifood.score < afil.score).toBe(true);

    // Every evidence item links to both clusters in the database.
    const { records } = await helper.driver.executeQuery(
      `UNWIND $ids AS id MATCH (z:Entity {id: id})
       RETURN id, EXISTS { (:Cluster {id: 'cluster-energy'})--(z) } OR EXISTS { (:Cluster {id: 'cluster-energy'})-[:PARTICIPATES_IN]->(:Project)-[:FUNDED_BY]->(z) } AS linked`,
      { ids: afil?.evidence.map((e) => e.id) ?? [] },
      { database: helper.neo4j.database },
    );
    expect(records.every((r) => r.get("linked") === true)).toBe(true);
  });

  it("counts recognition and support as no partnership, and discounts what many clusters share (Adamic-Adar)", async () => {
    const { clusterSynergies } = await helper.data<{ clusterSynergies: Synergy[] }>(
      `{ clusterSynergies(clusterId: "cluster-energy") { cluster { id } evidence { kind id clusterCount contribution disputed } } }`,
    );
    const all = clusterSynergies.flatMap((s) => s.evidence as (Evidence & { disputed: boolean })[]);
    // Regione Lombardia and Confindustria Lombardia support all nine clusters: that is not partnership.
    expect(all.map((e) => e.id)).not.toEqual(expect.arrayContaining(["org-regione-lombardia"]));
    expect(all.map((e) => e.id)).not.toContain("org-confindustria-lombardia");
    // Every item counts its kind's weight over ln(1 + the clusters sharing it), half when disputed...
    expect(all.some((e) => e.disputed)).toBe(true);
    for (const e of all) {
      const weight =
        EVIDENCE_WEIGHTS[e.kind as keyof typeof EVIDENCE_WEIGHTS] * (e.disputed ? DISPUTED_LINK_FACTOR : 1);
      expect(e.contribution, e.id).toBeCloseTo(weight / Math.log(1 + e.clusterCount), 3);
    }
    // ...so of two neighbours of one kind, the one fewer clusters share says more.
    const kinds = [...new Set(all.map((e) => e.kind))].map((kind) => all.filter((e) => e.kind === kind));
    const varied = kinds.filter((items) => new Set(items.map((e) => e.clusterCount)).size > 1);
    expect(varied.length).toBeGreaterThan(0);
    for (const items of varied) {
      const sorted = [...items].sort((a, b) => a.clusterCount - b.clusterCount);
      const [rare, common] = [sorted[0]!, sorted.at(-1)!];
      expect(rare.contribution, `${rare.id} vs ${common.id}`).toBeGreaterThan(common.contribution);
    }
  });

  it("counts links a Disagreement disputes at half weight and says so", async () => {
    // The report's Green Chemistry networks line repeats Mobility's word for word (dis-gc-networks-line).
    const { clusterSynergies } = await helper.data<{
      clusterSynergies: {
        cluster: { id: string };
        evidence: { id: string; clusterCount: number; contribution: number; disputed: boolean }[];
      }[];
    }>(
      `{ clusterSynergies(clusterId: "cluster-green-chemistry", limit: 50) { cluster { id } evidence { id clusterCount contribution disputed } } }`,
    );
    const mobility = clusterSynergies.find((s) => s.cluster.id === "cluster-mobility");
    const ara = mobility?.evidence.find((e) => e.id === "net-ara");
    expect(ara?.disputed).toBe(true);
    expect(ara?.contribution).toBeCloseTo((0.5 * 2) / Math.log(1 + (ara?.clusterCount ?? NaN)), 3);
    const undisputed = clusterSynergies
      .flatMap((s) => s.evidence)
      .filter((e) => !e.disputed && e.id.startsWith("net-"));
    expect(undisputed.length).toBeGreaterThan(0);
    for (const e of undisputed) expect(e.contribution).toBeCloseTo(2 / Math.log(1 + e.clusterCount), 3);
  });

  it("lists every pair once in the matrix", async () => {
    const { synergyMatrix } = await helper.data<{
      synergyMatrix: { from: { id: string }; to: { id: string }; score: number }[];
    }>(`{ synergyMatrix(limit: 500) { from { id } to { id } score } }`);
    const pairs = synergyMatrix.map((p) => [p.from.id, p.to.id].sort().join("|"));
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(synergyMatrix.every((p) => p.score > 0)).toBe(true);
    // Of the 36 pairs of nine clusters, these share nothing the sources state (support by the region is not sharing).
    const none = [
      "cluster-aerospace|cluster-agrifood",
      "cluster-aerospace|cluster-green-chemistry",
      "cluster-agrifood|cluster-life-sciences",
      "cluster-agrifood|cluster-living-environments",
      "cluster-agrifood|cluster-mobility",
      "cluster-living-environments|cluster-mobility",
    ];
    expect(pairs.filter((p) => none.includes(p))).toEqual([]);
    expect(pairs.length).toBe(36 - none.length);
  });

  it("scores a pair the same in the matrix, in a matrix of chosen clusters and in clusterSynergies", async () => {
    type Pair = { from: { id: string }; to: { id: string }; score: number; evidence: { id: string }[] };
    const fields = `from { id } to { id } score evidence { id }`;
    const key = (p: Pair) => [p.from.id, p.to.id].sort().join("|");
    const { synergyMatrix: all } = await helper.data<{ synergyMatrix: Pair[] }>(
      `{ synergyMatrix(limit: 500) { ${fields} } }`,
    );
    const chosen = ["cluster-energy", "cluster-mobility", "cluster-aerospace"];
    const { synergyMatrix: some } = await helper.data<{ synergyMatrix: Pair[] }>(
      `query($ids: [ID!]) { synergyMatrix(clusterIds: $ids) { ${fields} } }`,
      { ids: chosen },
    );
    expect(some.map(key).sort()).toEqual([
      "cluster-aerospace|cluster-energy",
      "cluster-aerospace|cluster-mobility",
      "cluster-energy|cluster-mobility",
    ]);
    const { clusterSynergies } = await helper.data<{
      clusterSynergies: { cluster: { id: string }; score: number; evidence: { id: string }[] }[];
    }>(`{ clusterSynergies(clusterId: "cluster-energy", limit: 50) { cluster { id } score evidence { id } } }`);
    for (const pair of some) {
      const whole = all.find((p) => key(p) === key(pair));
      expect(whole?.score).toBe(pair.score);
      expect(whole?.evidence.map((e) => e.id).sort()).toEqual(pair.evidence.map((e) => e.id).sort());
      if (key(pair).includes("cluster-energy")) {
        const other = pair.from.id === "cluster-energy" ? pair.to.id : pair.from.id;
        const synergy = clusterSynergies.find((s) => s.cluster.id === other);
        expect(synergy?.score).toBe(pair.score);
        expect(synergy?.evidence.map((e) => e.id).sort()).toEqual(pair.evidence.map((e) => e.id).sort());
      }
    }
  });
});

describe("partnerSuggestions", () => {
  it("for hydrogen, includes the clusters whose projects and networks name hydrogen, with reasons", async () => {
    const { partnerSuggestions } = await helper.data<{
      partnerSuggestions: { id: string; type: string; score: number; reasons: string[] }[];
    }>(`{ partnerSuggestions(forId: "cluster-aerospace", topic: "hydrogen", limit: 20) { id type score reasons } }`);
    const ids = partnerSuggestions.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining(["cluster-energy", "cluster-mobility", "net-vi-hydrogen", "net-here"]));
    const mobility = partnerSuggestions.find((p) => p.id === "cluster-mobility");
    expect(mobility?.reasons).toContain("Lombardy Mobility Cluster takes part in SHINE, which addresses Hydrogen");
    const energy = partnerSuggestions.find((p) => p.id === "cluster-energy");
    expect(energy?.reasons).toContain("Lombardy Energy Cleantech Cluster addresses Hydrogen");
    // Nothing unrelated to hydrogen is suggested.
    expect(ids).not.toContain("cluster-agrifood");
  });

  it("narrows to a PNRR component given by its code", async () => {
    const { partnerSuggestions } = await helper.data<{ partnerSuggestions: { id: string }[] }>(
      `{ partnerSuggestions(forId: "cluster-agrifood", pnrrComponent: "M2C1") { id } }`,
    );
    expect(partnerSuggestions.map((p) => p.id)).toEqual(
      expect.arrayContaining(["cluster-advanced-manufacturing", "cluster-energy", "cluster-green-chemistry"]),
    );
  });
});

describe("paths", () => {
  it("goes from the Aerospace cluster to the Piedmont aerospace district, with sources", async () => {
    const { paths } = await helper.data<{
      paths: {
        length: number;
        nodes: { id: string }[];
        relationships: { type: string; evidence: { sourceReference: string; quote: string }[] }[];
      }[];
    }>(
      `{ paths(fromId: "cluster-aerospace", toId: "org-dap") { length nodes { id } relationships { type evidence { sourceReference quote } } } }`,
    );
    expect(paths[0]?.length).toBe(1);
    expect(paths[0]?.nodes.map((n) => n.id)).toEqual(["cluster-aerospace", "org-dap"]);
    expect(paths[0]?.relationships[0]?.type).toBe("PARTNERS_WITH");
    expect(paths[0]?.relationships[0]?.evidence[0]?.sourceReference).toBe("002_c918fa75a9d502f2.txt");
  });

  it("finds longer shortest paths too", async () => {
    const { paths } = await helper.data<{ paths: { length: number; nodes: { id: string }[] }[] }>(
      `{ paths(fromId: "prj-syschemiq", toId: "cluster-advanced-manufacturing", limit: 5) { length nodes { id } } }`,
    );
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) {
      expect(p.nodes[0]?.id).toBe("prj-syschemiq");
      expect(p.nodes.at(-1)?.id).toBe("cluster-advanced-manufacturing");
      expect(p.length).toBe(paths[0]?.length);
    }
  });

  it("writes partner reasons in Italian when asked, and refuses a language it does not have", async () => {
    const { partnerSuggestions } = await helper.data<{ partnerSuggestions: { id: string; reasons: string[] }[] }>(
      `{ partnerSuggestions(forId: "cluster-aerospace", topic: "topic-hydrogen", language: "it") { id reasons } }`,
    );
    const mobility = partnerSuggestions.find((p) => p.id === "cluster-mobility");
    expect(mobility?.reasons).toContain("Lombardy Mobility Cluster partecipa a SHINE, che tratta Idrogeno");
    const refused = await helper.graphql(`{ partnerSuggestions(forId: "cluster-aerospace", language: "fr") { id } }`);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "language" });
  });

  it("avoids hubs when asked: no step through a node every cluster links to", async () => {
    // Hubs computed here, apart from the API: nodes with a fact link to each of the clusters.
    const { records } = await helper.driver.executeQuery(
      `MATCH (c:Cluster) WITH count(c) AS total
       MATCH (n:Entity)-[r]-(c:Cluster) WHERE NOT type(r) IN $nonFacts
       WITH n, total, count(DISTINCT c) AS linked WHERE linked = total RETURN collect(n.id) AS hubs`,
      { nonFacts: [...NON_FACT_RELATIONSHIPS] },
      { database: helper.neo4j.database },
    );
    const hubs = new Set(records[0]?.get("hubs") as string[]);
    expect(hubs.size).toBeGreaterThan(0);
    const through = async (avoidHubs: boolean) =>
      (
        await helper.data<{ paths: { nodes: { id: string }[] }[] }>(
          `query($avoid: Boolean) { paths(fromId: "cluster-energy", toId: "cluster-aerospace", limit: 10, avoidHubs: $avoid) { nodes { id } } }`,
          { avoid: avoidHubs },
        )
      ).paths.map((p) => p.nodes.slice(1, -1).map((n) => n.id));
    const plain = await through(false);
    expect(plain.some((steps) => steps.some((id) => hubs.has(id)))).toBe(true);
    const avoiding = await through(true);
    expect(avoiding.length).toBeGreaterThan(0);
    expect(avoiding.flat().filter((id) => hubs.has(id))).toEqual([]);
  });
});

describe("coverage and bridges", () => {
  it("names the PNRR components no cluster covers and those resting on one cluster", async () => {
    const { coverage } = await helper.data<{
      coverage: {
        pnrrComponents: {
          gaps: { code: string }[];
          singleCluster: { code: string; clusterIds: string[] }[];
          cells: unknown[];
        };
        s3Ecosystems: { gaps: { code: string }[] };
      };
    }>(`{ coverage {
          pnrrComponents { gaps { code } singleCluster { code clusterIds } cells { clusterId targetId } }
          s3Ecosystems { gaps { code } } } }`);
    expect(coverage.pnrrComponents.gaps.map((g) => g.code)).toEqual([
      "M1C1",
      "M1C3",
      "M2C4",
      "M3C1",
      "M4C1",
      "M5C1",
      "M5C2",
      "M5C3",
    ]);
    expect(coverage.pnrrComponents.singleCluster).toEqual(
      expect.arrayContaining([
        { code: "M2C3", clusterIds: ["cluster-energy"] },
        { code: "M3C2", clusterIds: ["cluster-aerospace"] },
      ]),
    );
    expect(coverage.pnrrComponents.cells).toHaveLength(19); // cluster-to-component links in the synergies blocks
    expect(coverage.s3Ecosystems.gaps).toEqual([]);
  });

  it("ranks what connects the most clusters", async () => {
    const { bridges } = await helper.data<{ bridges: { node: { id: string; type: string }; clusterCount: number }[] }>(
      `{ bridges(limit: 5) { node { id type } clusterCount } }`,
    );
    expect(bridges[0]?.clusterCount).toBe(9);
    const counts = bridges.map((b) => b.clusterCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});

describe("bad input", () => {
  it.each([
    [`{ clusterSynergies(clusterId: "nope") { score } }`, "No node has the id 'nope'"],
    [
      `{ clusterSynergies(clusterId: "prj-syschemiq") { score } }`,
      "'prj-syschemiq' is a Project; clusterId must be a Cluster",
    ],
    [
      `{ clusterSynergies(clusterId: "cluster-energy", limit: 51) { score } }`,
      "limit must be a whole number from 1 to 50, got 51",
    ],
    [`{ partnerSuggestions(forId: "cluster-energy", topic: "unicorns") { id } }`, "No Topic matches 'unicorns'"],
    [
      `{ paths(fromId: "cluster-energy", toId: "org-dap", maxLength: 7) { length } }`,
      "maxLength must be a whole number from 1 to 6, got 7",
    ],
    [`{ bridges(limit: 0) { clusterCount } }`, "limit must be a whole number from 1 to 50, got 0"],
    [`{ synergyMatrix(clusterIds: ["cluster-energy", "nope"]) { score } }`, "No node has the id 'nope'"],
    [
      `{ synergyMatrix(clusterIds: ["org-dap"]) { score } }`,
      "'org-dap' is an Organization; clusterIds must hold clusters",
    ],
    [`{ synergyMatrix(clusterIds: []) { score } }`, "clusterIds must hold 1 to 50 ids, got 0"],
  ])("%s", async (query, message) => {
    const result = await helper.graphql(query);
    expect(result.errors?.[0]?.message).toBe(message);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
