/**
 * `npm run bench:stall`: does any one request stop the service? The whole validated PNRR release
 * (../shared/data, or PNRR_DATA) is imported into a database of its own; the API runs as `npm
 * start` runs it (its own process, production limits); then every HTTP route and every GraphQL
 * Query field (read from the schema, so a new field is benchmarked without a word here) is asked
 * once, as a user would ask it. For each: its status, time and size, the longest event-loop delay
 * of the API meanwhile (its /healthz reading), and the slowest answer to a cheap query sent every
 * 100 ms beside it. Targets: no delay over 100 ms; the cheap query under 200 ms. Prints figures;
 * asserts nothing (exit 1 only when a field has no sample arguments below).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import {
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  type GraphQLField,
  type GraphQLOutputType,
} from "graphql";
import { AccountStore, buildGraphQLSchema, ensureDatabaseSchema, openDatabase, readConfig } from "@lombardy-kg/api";
import { importPnrrRelease, validatedReleaseFiles } from "@lombardy-kg/ingest";
import { loadCuratedSeed } from "@lombardy-kg/seed";

const repoRoot = path.resolve(import.meta.dirname, "..");
const data = path.resolve(process.env.PNRR_DATA ?? path.join(repoRoot, "..", "shared", "data"));
const { release, framework, istat } = validatedReleaseFiles(data);
/** The import is one transaction; the API then runs with the defaults a user gets. */
const IMPORT_ENV = { NEO4J_BOLT_PORT: "0", NEO4J_QUERY_MEMORY: "3g", NEO4J_TX_MEMORY: "3g", NEO4J_TX_TIMEOUT: "3600" };
const STALL_TARGET_MS = 100;
const CHEAP_TARGET_MS = 200;
const CHEAP = { query: "{ clusters { id name } }" };
const PASSWORD = "stall-bench-password";

/** Arguments for the fields that need some: values a user would give, at real size. */
function sampleArguments(hub: string, ids: string[]): Record<string, Record<string, unknown>> {
  return {
    clusterSynergies: { clusterId: "cluster-energy" },
    partnerSuggestions: { forId: "cluster-energy", topic: "hydrogen" },
    paths: { fromId: "cluster-energy", toId: hub },
    search: { text: "universita milano" },
    entity: { id: hub },
    neighbourhood: { id: hub },
    subgraph: { ids },
    pnrrTopImplementers: { componentCode: "M4C2" },
    pnrrLeads: { clusterId: "cluster-energy" },
  };
}

/** A selection a user would make: the type's plain fields; for a connection its count and nodes. */
function selection(type: GraphQLOutputType, depth = 0): string | null {
  const named = getNamedType(type);
  if (isLeafType(named)) return "";
  if (!(isObjectType(named) || isInterfaceType(named)) || depth > 3) return depth > 3 ? null : "{ __typename }";
  const fields = Object.values(named.getFields()).filter((f) =>
    f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined),
  );
  const leaves = fields.filter((f) => isLeafType(getNamedType(f.type))).map((f) => f.name);
  const edges = fields.find((f) => f.name === "edges");
  const parts = [...leaves.slice(0, 10)];
  if (edges) {
    const inner = selection(edges.type, depth + 1);
    if (inner) parts.push(`edges ${inner}`);
  }
  if (parts.length === 0) {
    for (const f of fields) {
      const inner = selection(f.type, depth + 1);
      if (inner) return `{ ${f.name} ${inner} }`;
    }
    return null;
  }
  return `{ ${parts.join(" ")} }`;
}

interface Case {
  name: string;
  send: (base: string, token: string) => Promise<Response>;
}

function graphqlCase(field: GraphQLField<unknown, unknown>, args: Record<string, unknown> | undefined): Case {
  const variables = args ?? {};
  const declared = field.args.filter((a) => a.name in variables);
  const head = declared.length ? `(${declared.map((a) => `$${a.name}: ${String(a.type)}`).join(", ")})` : "";
  const call = declared.length ? `(${declared.map((a) => `${a.name}: $${a.name}`).join(", ")})` : "";
  const query = `query Bench${head} { ${field.name}${call} ${selection(field.type) ?? ""} }`;
  return {
    name: `query ${field.name}${declared.length ? `(${declared.map((a) => a.name).join(", ")})` : ""}`,
    send: (base, token) =>
      fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      }),
  };
}

function rosterRows(n: number): string {
  const lines = ["name;website;city"];
  for (let i = 0; i < n; i++) lines.push(`Stall Bench Member ${i + 1} Srl;https://member${i + 1}.example.it;Milano`);
  return `${lines.join("\n")}\n`;
}

function httpCases(): Case[] {
  const get =
    (url: string, headers: Record<string, string> = {}) =>
    (base: string): Promise<Response> =>
      fetch(`${base}${url}`, { headers: { "accept-encoding": "gzip", ...headers } });
  const roster = (rows: number, apply: boolean) => (base: string, token: string) =>
    fetch(`${base}/roster/cluster-energy?kind=members&apply=${apply}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "x-file-name": `bench-${rows}.csv`, "content-type": "text/csv" },
      body: rosterRows(rows),
    });
  return [
    { name: "GET /healthz", send: get("/healthz") },
    { name: "GET / (the explorer)", send: get("/", { accept: "text/html" }) },
    { name: "GET /graphql (GraphiQL)", send: get("/graphql", { accept: "text/html" }) },
    { name: "GET /templates/roster-members.csv", send: get("/templates/roster-members.csv") },
    { name: "GET /export/graph.json?cluster=cluster-energy", send: get("/export/graph.json?cluster=cluster-energy") },
    { name: "GET /export/graph.json", send: get("/export/graph.json") },
    { name: "GET /export/graph.graphml", send: get("/export/graph.graphml") },
    { name: "GET /export/graph.nodes.csv", send: get("/export/graph.nodes.csv") },
    { name: "GET /export/graph.relationships.csv", send: get("/export/graph.relationships.csv") },
    { name: "POST /roster (5,000 rows, dry run)", send: roster(5_000, false) },
    { name: "POST /roster (5,000 rows, applied)", send: roster(5_000, true) },
  ];
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });

function startApi(dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(repoRoot, "api", "src", "main.ts")], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NEO4J_DATA_DIR: dataDir,
      PORT: String(port),
      RATE_LIMIT: "0",
      AUTH_SECRET: "stall-bench-secret-of-at-least-32-characters",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (b: Buffer) => {
      out += b.toString();
      if (out.includes("Ready in")) resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`The API exited (${code}) before it was ready:\n${out}`)));
  });
}

const health = async (base: string): Promise<{ longestDelayMs: number }> =>
  ((await (await fetch(`${base}/healthz`)).json()) as { eventLoop: { longestDelayMs: number } }).eventLoop;

interface Row {
  name: string;
  status: number;
  code: string;
  ms: number;
  bytes: number;
  stallMs: number;
  cheapMaxMs: number;
  cheapCount: number;
}

async function measure(base: string, token: string, c: Case): Promise<Row> {
  await health(base);
  let done = false;
  const cheap: number[] = [];
  const probe = (async () => {
    while (!done) {
      const began = performance.now();
      await (
        await fetch(`${base}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(CHEAP),
        })
      ).text();
      cheap.push(performance.now() - began);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const began = performance.now();
  let status = 0;
  let bytes = 0;
  let code = "";
  try {
    const response = await c.send(base, token);
    status = response.status;
    const body = Buffer.from(await response.arrayBuffer());
    bytes = body.length;
    const head = body.subarray(0, 2_000).toString();
    code = /"code":"([A-Z_]+)"/.exec(head)?.[1] ?? "";
  } catch (e) {
    code = `failed: ${(e as Error).message}`;
  }
  const ms = performance.now() - began;
  done = true;
  await probe;
  const { longestDelayMs } = await health(base);
  return {
    name: c.name,
    status,
    code,
    ms,
    bytes,
    stallMs: longestDelayMs,
    cheapMaxMs: Math.max(0, ...cheap),
    cheapCount: cheap.length,
  };
}

const fmt = (n: number): string => Math.round(n).toLocaleString("en-US");

/**
 * STALL_DATA_DIR keeps the imported database there and uses it again on the next run (to measure a
 * change without importing again); STALL_ONLY=word runs only the requests whose name has the word.
 */
async function main(): Promise<number> {
  const kept = process.env.STALL_DATA_DIR;
  const dataDir = kept ? path.resolve(kept) : await mkdtemp(path.join(os.tmpdir(), "lombardy-kg-stall-"));
  const only = process.env.STALL_ONLY;
  let api: ChildProcess | undefined;
  try {
    let hub = "";
    let ids: string[] = [];
    const database = await openDatabase(readConfig({ ...process.env, ...IMPORT_ENV, NEO4J_DATA_DIR: dataDir }));
    try {
      await ensureDatabaseSchema(database.driver, database.name);
      const { records } = await database.driver.executeQuery(
        "MATCH (m:PnrrMeasure) RETURN count(m) AS n",
        {},
        { database: database.name },
      );
      if (Number(records[0]!.get("n")) === 0) {
        console.log("Importing the validated PNRR release into a new database...");
        await loadCuratedSeed(database.driver, database.name);
        const summary = await importPnrrRelease(database.driver, database.name, { paths: [release, framework], istat });
        console.log(`  ${fmt(summary.counts.projects)} projects, ${fmt(summary.links)} links.`);
        await new AccountStore(database.driver, database.name).add("bench", PASSWORD, "editor", ["cluster-energy"]);
      } else console.log(`Using the release already imported in ${dataDir} (STALL_DATA_DIR).`);
      const q = (cypher: string) => database.driver.executeQuery(cypher, {}, { database: database.name });
      hub = (
        await q("MATCH (m:PnrrMeasure) RETURN m.id AS id ORDER BY COUNT { (m)--() } DESC LIMIT 1")
      ).records[0]!.get("id");
      ids = (await q("MATCH (p:Project) RETURN p.id AS id ORDER BY id LIMIT 200")).records.map(
        (r) => r.get("id") as string,
      );
    } finally {
      await database.close();
    }

    const port = await freePort();
    api = await startApi(dataDir, port);
    const base = `http://127.0.0.1:${port}`;
    const login = (await (
      await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: 'mutation($p: String!) { login(name: "bench", password: $p) { token } }',
          variables: { p: PASSWORD },
        }),
      })
    ).json()) as { data: { login: { token: string } } };
    const token = login.data.login.token;

    const schema = await buildGraphQLSchema();
    const samples = sampleArguments(hub, ids);
    const missing: string[] = [];
    const cases: Case[] = [];
    for (const field of Object.values(schema.getQueryType()!.getFields())) {
      const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
      if (required.length && !samples[field.name]) missing.push(field.name);
      else cases.push(graphqlCase(field, samples[field.name]));
    }
    cases.push(...httpCases());
    if (only) cases.splice(0, cases.length, ...cases.filter((c) => c.name.includes(only)));

    console.log(`\nEach request alone, a cheap query every 100 ms beside it (hub: ${hub}):\n`);
    console.log("| request | status | code | time ms | bytes | longest event-loop delay ms | slowest cheap query ms |");
    console.log("|---|---|---|---|---|---|---|");
    const rows: Row[] = [];
    for (const c of cases) {
      const row = await measure(base, token, c);
      rows.push(row);
      const flag = (v: number, target: number) => (v > target ? `**${fmt(v)}**` : fmt(v));
      console.log(
        `| ${row.name} | ${row.status} | ${row.code} | ${fmt(row.ms)} | ${fmt(row.bytes)} | ${flag(row.stallMs, STALL_TARGET_MS)} | ${flag(row.cheapMaxMs, CHEAP_TARGET_MS)} |`,
      );
    }
    const worstStall = rows.reduce((a, b) => (b.stallMs > a.stallMs ? b : a));
    const worstCheap = rows.reduce((a, b) => (b.cheapMaxMs > a.cheapMaxMs ? b : a));
    const over = rows.filter((r) => r.stallMs > STALL_TARGET_MS).length;
    console.log(
      `\nstall: ${over} of ${rows.length} requests delayed the event loop over ${STALL_TARGET_MS} ms; longest ${fmt(worstStall.stallMs)} ms (${worstStall.name})`,
    );
    console.log(
      `cheap query beside them: slowest ${fmt(worstCheap.cheapMaxMs)} ms (beside ${worstCheap.name}); target under ${CHEAP_TARGET_MS} ms`,
    );
    if (missing.length) {
      console.error(`No sample arguments for: ${missing.join(", ")} (add them in sampleArguments).`);
      return 1;
    }
    return 0;
  } finally {
    api?.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 3_000));
    api?.kill("SIGKILL");
    if (!kept) await rm(dataDir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
process.exit();
