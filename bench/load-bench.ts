/**
 * `npm run bench:load`: the API under load on loopback, with autocannon, on the curated graph in
 * an embedded database of its own. For a cheap query, search, a neighbourhood and clusterSynergies
 * at 10 and 50 connections: requests a second, p50/p95/p99 latency, errors. Then the cheap query
 * again while an attacker sends the costliest request the API refuses, in a loop: once from one
 * address (the per-client rate limit applies, as in production), once with the rate limit off.
 * Prints figures and ratios; asserts nothing. Each run is bounded (RUN_SECONDS).
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { readConfig, startApp, type Running } from "@lombardy-kg/api";

const RUN_SECONDS = Number(process.env.LOAD_SECONDS ?? 8);
const WARMUP_SECONDS = 2;

interface Scenario {
  name: string;
  body: (i: number) => unknown;
}

const CLUSTERS = [
  "cluster-energy",
  "cluster-aerospace",
  "cluster-life-sciences",
  "cluster-mobility",
  "cluster-agrifood",
];
const WORDS = ["energy", "aerospace", "idrogeno", "scienze", "cluster", "mobility"];

const SCENARIOS: Scenario[] = [
  { name: "cheap query (clusters)", body: () => ({ query: "{ clusters { id name } }" }) },
  {
    name: "search",
    body: (i) => ({
      query: "query($t: String!) { search(text: $t) { id name } }",
      variables: { t: WORDS[i % WORDS.length] },
    }),
  },
  {
    name: "neighbourhood",
    body: (i) => ({
      query: "query($id: ID!) { neighbourhood(id: $id) { total nodes { id name } relationships { id type } } }",
      variables: { id: CLUSTERS[i % CLUSTERS.length] },
    }),
  },
  {
    name: "clusterSynergies",
    body: (i) => ({
      query: "query($id: ID!) { clusterSynergies(clusterId: $id) { cluster { id } score evidence { id } } }",
      variables: { id: CLUSTERS[i % CLUSTERS.length] },
    }),
  },
];

/** Requests the API refuses; the costliest to refuse is the attacker's. */
const REFUSED: Scenario[] = [
  {
    name: "a body just under the size limit, all aliases (parse stops at the token limit)",
    body: () => ({ query: `{ clusters { ${Array.from({ length: 5_000 }, (_, i) => `a${i}: id`).join(" ")} } }` }),
  },
  {
    name: "same-named fields to the token limit (validation compares them pairwise)",
    body: () => ({ query: `{ clusters { ${"members { id } ".repeat(245)} } }` }),
  },
  {
    name: "a chain of lists refused for its cost",
    body: () => ({ query: "{ clusters { members { clusters { members { clusters { members { id } } } } } } }" }),
  },
  {
    name: "two full introspections",
    body: () => ({ query: "{ a: __schema { types { name } } b: __schema { types { name } } }" }),
  },
];

interface Figures {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  statuses: string;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Loopback addresses a proxy would report: legitimate traffic comes from many, the attacker from one. */
const userAddress = (i: number): string => `10.1.${(i >> 8) & 255}.${i & 255}`;

async function load(
  url: string,
  scenario: Scenario,
  connections: number,
  seconds: number,
  from: (i: number) => string = userAddress,
): Promise<Figures> {
  let i = 0;
  const latencies: number[] = [];
  let done: (result: autocannon.Result) => void = () => {};
  let failed: (e: unknown) => void = () => {};
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    done = resolve;
    failed = reject;
  });
  const instance = autocannon(
    {
      url: `${url}/graphql`,
      connections,
      duration: seconds,
      method: "POST",
      headers: { "content-type": "application/json" },
      requests: [
        {
          setupRequest: (request) => {
            const n = i++;
            return {
              ...request,
              body: JSON.stringify(scenario.body(n)),
              headers: { ...request.headers, "x-forwarded-for": from(n) },
            };
          },
        },
      ],
    },
    (error: unknown, result) => (error ? failed(error) : done(result)),
  );
  instance.on("response", (_client, _status, _bytes, responseTime: number) => latencies.push(responseTime));
  const result = await finished;
  latencies.sort((a, b) => a - b);
  const statuses = Object.entries(result.statusCodeStats ?? {})
    .map(([code, s]) => `${code}x${s.count ?? 0}`)
    .join(" ");
  return {
    rps: latencies.length / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.timeouts + result.non2xx,
    statuses,
  };
}

const row = (label: string, f: Figures): string =>
  `  ${label.padEnd(44)} ${f.rps.toFixed(0).padStart(6)} req/s   p50 ${f.p50.toFixed(1).padStart(6)} ms   p95 ${f.p95
    .toFixed(1)
    .padStart(6)} ms   p99 ${f.p99.toFixed(1).padStart(6)} ms   errors ${f.errors}`;

/** One request, checked to answer without GraphQL errors (or, for a refusal, with one). */
async function check(url: string, scenario: Scenario, refused: boolean): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": "10.9.9.9" },
    body: JSON.stringify(scenario.body(0)),
  });
  const json = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  const code = json.errors?.[0]?.extensions?.code;
  if (refused !== Boolean(code))
    throw new Error(`${scenario.name}: expected ${refused ? "a refusal" : "an answer"}, got ${code ?? "data"}`);
  return code ?? "ok";
}

async function withApp<T>(env: Record<string, string>, run: (app: Running) => Promise<T>): Promise<T> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "lombardy-kg-bench-load-"));
  const app = await startApp(
    readConfig({
      PORT: "0",
      NEO4J_BOLT_PORT: "0",
      NEO4J_DATA_DIR: dataDir,
      NEO4J_HEAP: "1g",
      NEO4J_PAGECACHE: "256m",
      TRUST_PROXY: "1",
      ...env,
    }),
  );
  try {
    return await run(app);
  } finally {
    await app.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  console.log(`Load on loopback, ${RUN_SECONDS} s a run (autocannon), curated graph, ${os.cpus().length} cores`);
  const worst = await withApp({ RATE_LIMIT: "600" }, async (app) => {
    const url = `http://127.0.0.1:${app.port}`;
    for (const s of SCENARIOS) await check(url, s, false);

    console.log("\nLegitimate traffic (each request from one of many addresses)");
    for (const s of SCENARIOS) {
      await load(url, s, 10, WARMUP_SECONDS);
      for (const connections of [10, 50])
        console.log(row(`${s.name}, ${connections} connections`, await load(url, s, connections, RUN_SECONDS)));
    }

    console.log("\nRefused requests (10 connections, rate limit off for this measure: what each costs to refuse)");
    let worst: { scenario: Scenario; rps: number } | undefined;
    for (const s of REFUSED) {
      const code = await check(url, s, true);
      const f = await load(url, s, 10, 3, (n) => userAddress(n + 100_000));
      console.log(row(`${s.name.slice(0, 36)}… ${code}`, f));
      if (!worst || f.rps < worst.rps) worst = { scenario: s, rps: f.rps };
    }
    if (!worst) throw new Error("no refused request to attack with");
    console.log(`\nThe attacker sends: ${worst.scenario.name}`);

    const cheap = SCENARIOS[0] as Scenario;
    const quiet = await load(url, cheap, 10, RUN_SECONDS);
    console.log(row("cheap query, quiet", quiet));
    const attacker = load(url, worst.scenario, 10, RUN_SECONDS + 1, () => "10.66.66.66");
    const attacked = await load(url, cheap, 10, RUN_SECONDS);
    const attack = await attacker;
    console.log(row("cheap query, attacker from one address", attacked));
    console.log(`  (attacker: ${attack.statuses})`);
    console.log(`  p95 under attack / quiet: ${(attacked.p95 / quiet.p95).toFixed(2)} (target under 2)`);
    return worst.scenario;
  });

  await withApp({ RATE_LIMIT: "0" }, async (app) => {
    const url = `http://127.0.0.1:${app.port}`;
    const cheap = SCENARIOS[0] as Scenario;
    await load(url, cheap, 10, WARMUP_SECONDS);
    const quiet = await load(url, cheap, 10, RUN_SECONDS);
    const attacker = load(url, worst, 10, RUN_SECONDS + 1, () => "10.66.66.66");
    const attacked = await load(url, cheap, 10, RUN_SECONDS);
    await attacker;
    console.log("\nWith the rate limit off (RATE_LIMIT=0), the attacker unthrottled at 10 connections");
    console.log(row("cheap query, quiet", quiet));
    console.log(row("cheap query, under attack", attacked));
    console.log(`  p95 under attack / quiet: ${(attacked.p95 / quiet.p95).toFixed(2)}`);
  });
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
