/**
 * The bulk loader and the fast synergy and partner queries against a plain re-computation of
 * the scoring method (docs/explorer.md, "How synergies and partners are scored") on a small synthetic
 * graph: if a query shortcut ever changes a score or drops a candidate, this fails.
 */
import { graphql, type GraphQLSchema } from "graphql";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  buildGraphQLSchema,
  standaloneContext,
  ensureDatabaseSchema,
  EVIDENCE_RELATIONSHIPS,
  EVIDENCE_WEIGHTS,
  FILTER_PATH_WEIGHT,
  FILTER_PATHS_COUNTED,
  TWO_STEP_PATH_FACTOR,
} from "@lombardy-kg/api";
import { loadCuratedSeed } from "@lombardy-kg/seed";
import { bulkLoad } from "./bulk-load";
import { syntheticGraph, type SyntheticSize } from "./synthetic-graph";

const SIZE: SyntheticSize = {
  clusters: 60,
  projects: 300,
  organizations: 600,
  networks: 12,
  programmes: 6,
  topics: 15,
  events: 20,
  regions: 10,
};

interface Edge {
  type: string;
  from: string;
  to: string;
}

const batches = [...syntheticGraph(SIZE, 11, 50)];
const labelOf = new Map<string, string>();
const edges: Edge[] = [];
for (const b of batches) {
  if (b.kind === "nodes") for (const row of b.rows) labelOf.set(row.id, b.label);
  else for (const row of b.rows) edges.push({ type: b.type, from: row.from, to: row.to });
}
const weights: Record<string, number> = EVIDENCE_WEIGHTS;
const evidence = new Set<string>(EVIDENCE_RELATIONSHIPS);

/** Neighbours along evidence links, and every link's far end, per node. */
const neighbours = new Map<string, string[]>();
const allLinks = new Map<string, string[]>();
const push = (map: Map<string, string[]>, key: string, value: string) => map.set(key, [...(map.get(key) ?? []), value]);
for (const e of edges) {
  push(allLinks, e.from, e.to);
  push(allLinks, e.to, e.from);
  if (evidence.has(e.type)) {
    push(neighbours, e.from, e.to);
    push(neighbours, e.to, e.from);
  }
}
const evidenceOf = (id: string) => new Set(neighbours.get(id) ?? []);
const isCluster = (id: string) => labelOf.get(id) === "Cluster";
const clusters = [...labelOf.keys()].filter(isCluster);

/** Programmes a cluster reaches through its projects. */
function programmesOf(cluster: string): Set<string> {
  const projects = edges.filter((e) => e.type === "PARTICIPATES_IN" && e.from === cluster).map((e) => e.to);
  return new Set(edges.filter((e) => e.type === "FUNDED_BY" && projects.includes(e.from)).map((e) => e.to));
}

function synergyScores(c: string): Map<string, number> {
  const scores = new Map<string, number>();
  const add = (o: string, v: number) => scores.set(o, (scores.get(o) ?? 0) + v);
  for (const z of evidenceOf(c)) {
    const kind = labelOf.get(z) ?? "";
    if (!(kind in weights)) continue;
    const sharing = [...evidenceOf(z)].filter(isCluster);
    for (const o of sharing) if (o !== c) add(o, weights[kind]! / Math.log(1 + sharing.length));
  }
  const programmes = new Map(clusters.map((x) => [x, programmesOf(x)]));
  for (const z of programmes.get(c) ?? []) {
    const sharing = clusters.filter((x) => programmes.get(x)?.has(z));
    for (const o of sharing) if (o !== c) add(o, weights.Programme! / Math.log(1 + sharing.length));
  }
  return scores;
}

function partnerScores(s: string, filter?: string): Map<string, number> {
  const isCandidate = (id: string) => ["Cluster", "Organization", "Network"].includes(labelOf.get(id) ?? "");
  const linked = new Set(allLinks.get(s) ?? []);
  const shared = new Map<string, number>();
  for (const z of evidenceOf(s)) {
    const kind = labelOf.get(z) ?? "";
    if (!(kind in weights)) continue;
    const contribution = weights[kind]! / Math.log(1 + (allLinks.get(z) ?? []).length);
    for (const cand of evidenceOf(z)) {
      if (cand !== s && isCandidate(cand)) shared.set(cand, (shared.get(cand) ?? 0) + contribution);
    }
  }
  const scores = new Map<string, number>();
  if (!filter) {
    for (const [cand, v] of shared) if (!linked.has(cand)) scores.set(cand, v);
    return scores;
  }
  // Paths of one and two evidence links from the filter, counted per candidate.
  const evidenceEdges = edges.filter((e) => evidence.has(e.type));
  const direct = new Map<string, number>();
  const twoSteps = new Map<string, number>();
  const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const around = (node: string) =>
    evidenceEdges.flatMap((e, i) =>
      e.from === node ? [[e.to, i] as const] : e.to === node ? [[e.from, i] as const] : [],
    );
  for (const [x, first] of around(filter)) {
    if (isCandidate(x) && x !== s) count(direct, x);
    for (const [cand, second] of around(x)) {
      if (second !== first && cand !== filter && cand !== s && isCandidate(cand)) count(twoSteps, cand);
    }
  }
  for (const cand of new Set([...direct.keys(), ...twoSteps.keys()])) {
    if (linked.has(cand)) continue;
    const d = Math.min(direct.get(cand) ?? 0, FILTER_PATHS_COUNTED);
    const t = Math.min(twoSteps.get(cand) ?? 0, FILTER_PATHS_COUNTED - d);
    scores.set(cand, (shared.get(cand) ?? 0) + FILTER_PATH_WEIGHT * (d + TWO_STEP_PATH_FACTOR * t));
  }
  return scores;
}

const round = (n: number) => Math.round(n * 1000) / 1000;
const top = (scores: Map<string, number>, n: number) =>
  [...scores.values()]
    .filter((v) => v > 0)
    .map(round)
    .sort((a, b) => b - a)
    .slice(0, n);

// The run's shared database: emptied for the synthetic graph, given back its curated graph after.
const shared = inject("neo4j");
const { database } = shared;
const driver = neo4j.driver(shared.uri, neo4j.auth.basic(shared.user, shared.password), {
  disableLosslessIntegers: true,
});
const emptyDatabase = async () => {
  await driver.executeQuery("MATCH (n) DETACH DELETE n", {}, { database });
  await ensureDatabaseSchema(driver, database);
};
let schema: GraphQLSchema;
let loaded: Awaited<ReturnType<typeof bulkLoad>>;
beforeAll(async () => {
  await emptyDatabase();
  loaded = await bulkLoad(driver, database, batches);
  schema = await buildGraphQLSchema();
}, 120_000);
afterAll(async () => {
  await emptyDatabase();
  await loadCuratedSeed(driver, database);
  await driver.close();
});

/** The API's schema and resolvers run in-process: the scores are the resolvers' own. */
const ask = (source: string, variableValues: Record<string, unknown> = {}) =>
  graphql({ schema, source, variableValues, contextValue: standaloneContext(driver, database) });
async function data<T>(source: string, variableValues: Record<string, unknown> = {}): Promise<T> {
  const result = await ask(source, variableValues);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${result.errors.map((e) => e.message).join("; ")}`);
  return result.data as T;
}

describe("the synthetic graph, bulk-loaded", () => {
  it("writes every generated node and link exactly once, all marked synthetic, with the derived links", async () => {
    expect(loaded.nodes).toBe(labelOf.size);
    expect(loaded.relationships).toBe(edges.length);
    const { records } = await driver.executeQuery(
      `MATCH (n) WITH count(n) AS nodes, count(CASE WHEN n.synthetic = true AND n.id STARTS WITH 'syn-' THEN 1 END) AS marked
       MATCH ()-[r]->() WHERE type(r) <> 'FUNDED_VIA'
       RETURN nodes, marked, count(r) AS rels`,
      {},
      { database },
    );
    expect(records[0]?.toObject()).toEqual({ nodes: labelOf.size, marked: labelOf.size, rels: edges.length });
    const { records: derived } = await driver.executeQuery(
      "MATCH (c:Cluster)-[:FUNDED_VIA]->(z) RETURN c.id AS c, collect(z.id) AS programmes",
      {},
      { database },
    );
    for (const row of derived) {
      expect(new Set(row.get("programmes") as string[])).toEqual(programmesOf(row.get("c") as string));
    }
    expect(derived.length).toBe(clusters.filter((c) => programmesOf(c).size > 0).length);
  });

  it("asks for clusterIds when the graph has more clusters than one matrix covers", async () => {
    const result = await ask(`{ synergyMatrix { score } }`);
    expect(result.errors?.[0]?.message).toBe(
      "The graph has 60 clusters and the matrix covers at most 50 at once: pass clusterIds",
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "clusterIds" });
    const { synergyMatrix } = await data<{ synergyMatrix: { from: { id: string }; to: { id: string } }[] }>(
      `{ synergyMatrix(clusterIds: ["syn-cluster-0", "syn-cluster-7", "syn-cluster-33"]) { from { id } to { id } } }`,
    );
    expect(synergyMatrix.length).toBeGreaterThan(0);
    for (const pair of synergyMatrix) {
      expect(["syn-cluster-0", "syn-cluster-7", "syn-cluster-33"]).toEqual(
        expect.arrayContaining([pair.from.id, pair.to.id]),
      );
    }
  });

  it.each(["syn-cluster-0", "syn-cluster-7", "syn-cluster-33"])(
    "ranks %s's synergies exactly as the method defines them",
    async (id) => {
      const { clusterSynergies } = await data<{
        clusterSynergies: { cluster: { id: string }; score: number; evidence: { contribution: number }[] }[];
      }>(
        `query($id: ID!) { clusterSynergies(clusterId: $id, limit: 12) { cluster { id } score evidence { contribution } } }`,
        {
          id,
        },
      );
      const expected = synergyScores(id);
      expect(clusterSynergies.map((s) => s.score)).toEqual(top(expected, 12));
      for (const s of clusterSynergies) {
        expect(s.score).toBe(round(expected.get(s.cluster.id) ?? NaN));
        const sum = s.evidence.reduce((total, e) => total + e.contribution, 0);
        expect(Math.abs(sum - s.score)).toBeLessThan(0.01);
      }
    },
  );

  it.each([
    ["syn-cluster-3", undefined],
    ["syn-org-5", undefined],
    ["syn-cluster-12", "syn-topic-4"],
    ["syn-org-1", "syn-topic-0"],
  ])("ranks partners for %s (topic %s) exactly as the method defines them", async (id, topic) => {
    const { partnerSuggestions } = await data<{ partnerSuggestions: { id: string; score: number }[] }>(
      `query($id: ID!, $topic: String) { partnerSuggestions(forId: $id, topic: $topic, limit: 15) { id score } }`,
      { id, topic: topic ?? null },
    );
    const expected = partnerScores(id, topic);
    expect(partnerSuggestions.length).toBeGreaterThan(3);
    expect(partnerSuggestions.map((p) => p.score)).toEqual(top(expected, 15));
    for (const p of partnerSuggestions) expect(p.score).toBe(round(expected.get(p.id) ?? NaN));
  });
});
