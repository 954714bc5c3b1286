/**
 * `npm run bench:queries`: p50 and p95 latency of each question the API answers, over HTTP as a
 * client sees it, on the curated graph and on the synthetic EU-scale one (1,500 clusters, 50,000
 * projects, 200,000 organisations, about 2 million relationships, all marked synthetic), each in
 * an embedded database of its own; and the synthetic load rate. Prints figures; asserts nothing.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { readConfig, startApp } from "@lombardy-kg/api";
import { bulkLoad } from "./synthetic/bulk-load";
import { seededRandom, syntheticGraph } from "./synthetic/synthetic-graph";

interface Case {
  name: string;
  target?: number;
  /** One request per run; `i` varies the ids so caches do not flatter the figures. */
  request: (i: number) => { query: string; variables?: Record<string, unknown> };
}

const RUNS = 20;
const WARMUP = 3;
const GIVE_UP_MS = 20_000;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function timeRequest(url: string, body: { query: string; variables?: Record<string, unknown> }): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(GIVE_UP_MS * 3),
  });
  const json = (await response.json()) as { errors?: { message: string }[] };
  if (json.errors?.length) throw new Error(json.errors.map((e) => e.message).join("; "));
  return performance.now() - started;
}

async function runSuite(label: string, url: string, cases: Case[]): Promise<void> {
  console.log(`\n${label}`);
  for (const c of cases) {
    try {
      for (let i = 0; i < WARMUP; i++) await timeRequest(url, c.request(i));
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const ms = await timeRequest(url, c.request(WARMUP + i));
        times.push(ms);
        if (ms > GIVE_UP_MS) break;
      }
      const p95 = percentile(times, 95);
      const verdict =
        c.target === undefined
          ? ""
          : p95 <= c.target
            ? `  (target ${c.target} ms: met)`
            : `  (target ${c.target} ms: MISSED)`;
      console.log(
        `  ${c.name.padEnd(44)} p50 ${percentile(times, 50).toFixed(0).padStart(6)} ms   p95 ${p95.toFixed(0).padStart(6)} ms   n=${times.length}${verdict}`,
      );
    } catch (e) {
      console.log(`  ${c.name.padEnd(44)} failed: ${(e as Error).message}`);
    }
  }
}

const SYNERGY = `query($id: ID!) { clusterSynergies(clusterId: $id) { cluster { id } score evidence { id } } }`;
const PARTNERS = `query($id: ID!, $topic: String) { partnerSuggestions(forId: $id, topic: $topic) { id score reasons } }`;
const MATRIX = `query($ids: [ID!]) { synergyMatrix(clusterIds: $ids) { score evidence { id } } }`;
const unique = <T>(value: T, index: number, list: T[]): boolean => list.indexOf(value) === index;
const PATHS = `query($a: ID!, $b: ID!) { paths(fromId: $a, toId: $b) { length nodes { id } } }`;
const NEIGHBOURHOOD = `query($id: ID!) { neighbourhood(id: $id) { total nodes { id } relationships { id } } }`;
const SEARCH = `query($text: String!) { search(text: $text) { id } }`;

function cases(ids: { clusters: string[]; orgs: string[]; topics: string[]; words: string[] }): Case[] {
  const at = <T>(list: T[], i: number): T => list[i % list.length] as T;
  return [
    {
      name: "clusterSynergies (default limit)",
      target: 300,
      request: (i) => ({ query: SYNERGY, variables: { id: at(ids.clusters, i) } }),
    },
    {
      name: "synergyMatrix of 9 clusters",
      target: 300,
      request: (i) => ({
        query: MATRIX,
        variables: { ids: Array.from({ length: 9 }, (_, k) => at(ids.clusters, i + k)).filter(unique) },
      }),
    },
    {
      name: "partnerSuggestions (default limit)",
      target: 300,
      request: (i) => ({ query: PARTNERS, variables: { id: at(ids.clusters, i) } }),
    },
    {
      name: "partnerSuggestions for a topic",
      target: 300,
      request: (i) => ({ query: PARTNERS, variables: { id: at(ids.clusters, i), topic: at(ids.topics, i) } }),
    },
    {
      name: "paths cluster -> organisation (max 4)",
      target: 300,
      request: (i) => ({ query: PATHS, variables: { a: at(ids.clusters, i), b: at(ids.orgs, i) } }),
    },
    {
      name: "neighbourhood, one hop (default limit)",
      target: 80,
      request: (i) => ({ query: NEIGHBOURHOOD, variables: { id: at(ids.clusters, i) } }),
    },
    { name: "fulltext search", request: (i) => ({ query: SEARCH, variables: { text: at(ids.words, i) } }) },
    { name: "coverage", request: () => ({ query: `{ coverage { pnrrComponents { gaps { code } } } }` }) },
    { name: "bridges (default limit)", request: () => ({ query: `{ bridges { clusterCount } }` }) },
  ];
}

async function main(): Promise<void> {
  const base = { PORT: "0", HOST: "127.0.0.1", NEO4J_BOLT_PORT: "0" };

  const curatedDir = await mkdtemp(path.join(os.tmpdir(), "lombardy-kg-bench-curated-"));
  const curated = await startApp(
    readConfig({ ...base, NEO4J_DATA_DIR: curatedDir, NEO4J_HEAP: "1g", NEO4J_PAGECACHE: "256m" }),
  );
  try {
    await runSuite(
      "Curated graph (the five documents)",
      `http://127.0.0.1:${curated.port}`,
      cases({
        clusters: ["cluster-energy", "cluster-aerospace", "cluster-life-sciences", "cluster-mobility"],
        orgs: ["org-dap", "org-h2it", "org-frrb", "org-polimi"],
        topics: ["hydrogen", "circular economy", "digital health"],
        words: ["syschem", "scienze", "aerospace", "idrogeno"],
      }),
    );
  } finally {
    await curated.stop();
    await rm(curatedDir, { recursive: true, force: true });
  }

  const syntheticDir = await mkdtemp(path.join(os.tmpdir(), "lombardy-kg-bench-synthetic-"));
  const synthetic = await startApp(
    readConfig({
      ...base,
      NEO4J_DATA_DIR: syntheticDir,
      NEO4J_HEAP: "4g",
      NEO4J_PAGECACHE: "3g",
      NEO4J_TX_MEMORY: "2g",
      SEED_ON_START: "never",
    }),
  );
  try {
    console.log("\nLoading the synthetic EU-scale graph (every node marked synthetic)...");
    let next = 250_000;
    const load = await bulkLoad(synthetic.database.driver, synthetic.database.name, syntheticGraph(), (rows) => {
      if (rows >= next) {
        process.stdout.write(`  ${rows.toLocaleString("en")} rows\n`);
        next += 250_000;
      }
    });
    console.log(
      `Loaded ${load.nodes.toLocaleString("en")} nodes and ${load.relationships.toLocaleString("en")} relationships in ${(load.millis / 1000).toFixed(1)} s: ${Math.round(load.rowsPerSecond).toLocaleString("en")} rows/s (target at least 20,000)`,
    );
    await synthetic.database.driver.executeQuery(
      "CALL db.awaitIndexes(600)",
      {},
      { database: synthetic.database.name },
    );
    const random = seededRandom(99);
    const ids = (prefix: string, n: number, count: number): string[] =>
      Array.from({ length: count }, () => `syn-${prefix}-${Math.floor(random() * n)}`);
    await runSuite(
      "Synthetic EU-scale graph",
      `http://127.0.0.1:${synthetic.port}`,
      cases({
        clusters: ids("cluster", 1500, 30),
        orgs: ids("org", 200_000, 30),
        topics: Array.from({ length: 10 }, (_, i) => `Synthetic topic ${i * 7}`),
        words: ["synthetic cluster 17", "SYN4242", "organisation 1999", "network 12"],
      }),
    );
  } finally {
    await synthetic.stop();
    await rm(syntheticDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
