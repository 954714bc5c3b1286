/**
 * `npm run bench:import`: the whole validated PNRR release (../shared/data, or PNRR_DATA) into an
 * empty database with `import:pnrr`'s code, as rows a second; then, side by side, the same rows
 * written by Neo4j's own LOAD CSV with the same MERGEs (from CSV files of the rows, prepared
 * beforehand and not timed), and the ratio of the two rates; then p95 of the PNRR questions at
 * that size. Both writes run BENCH_ROUNDS times (3), each into new databases, and the medians are
 * compared: one run differs from the next by more than the two differ. Prints figures; asserts nothing.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Driver } from "neo4j-driver";
import { readConfig, startApp, ensureDatabaseSchema, openDatabase } from "@lombardy-kg/api";
import { OPEN_DATA_SET } from "@lombardy-kg/schema";
import { importPnrrRelease, readPnrrModel, validatedReleaseFiles } from "@lombardy-kg/ingest";
import { loadCuratedSeed } from "@lombardy-kg/seed";

const repoRoot = path.resolve(import.meta.dirname, "..");
const data = path.resolve(process.env.PNRR_DATA ?? path.join(repoRoot, "..", "shared", "data"));
const { release, framework, istat } = validatedReleaseFiles(data);
const ENV = { NEO4J_BOLT_PORT: "0", NEO4J_QUERY_MEMORY: "3g", NEO4J_TX_MEMORY: "3g", NEO4J_TX_TIMEOUT: "3600" };

const percentile = (values: number[], p: number): number =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)] ?? NaN;

async function withDatabase<T>(dataDir: string, work: (driver: Driver, name: string) => Promise<T>): Promise<T> {
  const database = await openDatabase(readConfig({ ...process.env, ...ENV, NEO4J_DATA_DIR: dataDir }));
  try {
    await ensureDatabaseSchema(database.driver, database.name);
    await loadCuratedSeed(database.driver, database.name);
    return await work(database.driver, database.name);
  } finally {
    await database.close();
  }
}

const csvCell = (v: unknown): string => {
  if (v === null || v === undefined) return "";
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
async function writeCsv(file: string, rows: Record<string, unknown>[], columns: string[]): Promise<void> {
  const lines = [columns.join(","), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(","))];
  await writeFile(file, lines.join("\n"));
}

const NUMERIC = new Set(["pnrrFunding", "totalFunding", "amount"]);
const setProps = (keys: string[]): string =>
  `{${keys.map((k) => `${k}: ${NUMERIC.has(k) ? `toFloat(row.${k})` : `row.${k}`}`).join(", ")}}`;

/**
 * LOAD CSV statements with the importer's MERGEs: node, its STATED_IN evidence; links with theirs.
 * Nodes get the properties the importer sets on every node of the release too (dataset, lastSeen).
 */
function nodeStatement(file: string, label: string, keys: string[], extra: Record<string, string>): string {
  const constants = Object.entries(extra).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `LOAD CSV WITH HEADERS FROM '${pathToFileURL(file).href}' AS row
MERGE (n:${label} {id: row.id}) SET n += ${setProps(keys)}, n += {${constants.join(", ")}}, n:Entity
WITH n, row MATCH (s:Source {id: row.sourceId})
MERGE (n)-[r:STATED_IN]->(s) SET r.sourceIds = [row.sourceId], r.quotes = [row.quote]`;
}
function linkStatement(file: string, from: string, type: string, to: string): string {
  return `LOAD CSV WITH HEADERS FROM '${pathToFileURL(file).href}' AS row
MATCH (a:${from} {id: row.from}) MATCH (b:${to} {id: row.to})
MERGE (a)-[r:${type}]->(b) SET r.sourceIds = [row.sourceId], r.quotes = [row.quote]`;
}

const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const inputRows = { projects: 52_539, places: 64_945, awards: 11_363 };
const ROWS = inputRows.projects + inputRows.places + inputRows.awards;
const median = (values: number[]): number => percentile(values, 50);
const secs = (ms: number): string => (ms / 1000).toFixed(1);

/** Ours: read, check and write the whole release in one transaction, into an empty database. */
async function importOnce(dir: string): Promise<{ seconds: number; detail: string }> {
  return withDatabase(dir, async (driver, name) => {
    const started = performance.now();
    // When each stage first reports: the gaps between them are where the time goes. The import
    // sends every node and link statement without waiting, so their stages count as one.
    const stages = new Map<string, number>([["read and check", started]]);
    const phase = (stage: string): string =>
      ["absent", "matching", "committing"].includes(stage) ? stage : "writing nodes and links";
    const progress = (stage: string): void => {
      if (!stages.has(phase(stage))) stages.set(phase(stage), performance.now());
    };
    const summary = await importPnrrRelease(driver, name, { paths: [release, framework], istat, progress });
    const ended = performance.now();
    const marks = [...stages];
    const detail =
      marks.map(([stage, at], i) => `${stage} ${secs((marks[i + 1]?.[1] ?? ended) - at)} s`).join(", ") +
      `; ${summary.counts.projects.toLocaleString("en-US")} projects, ${summary.counts.bodies.toLocaleString("en-US")} bodies, ` +
      `${summary.counts.places.toLocaleString("en-US")} places, ${summary.links.toLocaleString("en-US")} links`;
    return { seconds: (ended - started) / 1000, detail };
  });
}

interface LoadCsvPlan {
  sources: { id: string }[];
  /** CSV file name and the LOAD CSV statement reading it from an import folder. */
  statements: [file: string, statement: (importDir: string) => string][];
}

/** The release's rows as CSV files in `csvDir`, with the LOAD CSV statements that write them. */
async function prepareLoadCsv(csvDir: string): Promise<LoadCsvPlan> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), "kg-bench-components-"));
  try {
    const components = await withDatabase(scratch, async (driver, name) => {
      const { records } = await driver.executeQuery(
        "MATCH (c:PnrrComponent) RETURN c.code AS code",
        {},
        { database: name },
      );
      return new Set(records.map((r) => String(r.get("code"))));
    });
    const { model } = await readPnrrModel({ paths: [release, framework], istat }, components);
    const statements: LoadCsvPlan["statements"] = [];
    const nodes: [string, string, { id: string; props: Record<string, unknown>; sourceId: string; quote: string }[]][] =
      [
        ["measures.csv", "PnrrMeasure", model.measures],
        ["regions.csv", "Region", model.places.filter((p) => p.label === "Region")],
        ["provinces.csv", "Province", model.places.filter((p) => p.label === "Province")],
        ["municipalities.csv", "Municipality", model.places.filter((p) => p.label === "Municipality")],
        ["bodies.csv", "Organization", model.bodies],
        ["projects.csv", "Project", model.projects],
      ];
    for (const [file, label, list] of nodes) {
      const keys = [...new Set(list.flatMap((n) => Object.keys(n.props)))];
      await writeCsv(
        path.join(csvDir, file),
        list.map((n) => ({ id: n.id, sourceId: n.sourceId, quote: n.quote, ...n.props })),
        ["id", "sourceId", "quote", ...keys],
      );
      const extra = {
        dataset: OPEN_DATA_SET,
        ...(label === "Project" && model.releaseDate ? { lastSeen: model.releaseDate } : {}),
      };
      statements.push([file, (dir) => nodeStatement(path.join(dir, file), label, keys, extra)]);
    }
    const links: [string, string, string, string, { from: string; to: string; sourceId: string; quote: string }[]][] = [
      [
        "measure-parts.csv",
        "PnrrMeasure",
        "PART_OF",
        "PnrrMeasure",
        model.measures
          .filter((m) => m.parentId)
          .map((m) => ({ from: m.id, to: m.parentId as string, sourceId: m.sourceId, quote: m.quote })),
      ],
      [
        "province-regions.csv",
        "Province",
        "PART_OF",
        "Region",
        model.places
          .filter((p) => p.label === "Province" && p.parentId)
          .map((p) => ({ from: p.id, to: p.parentId as string, sourceId: p.sourceId, quote: p.quote })),
      ],
      [
        "municipality-provinces.csv",
        "Municipality",
        "PART_OF",
        "Province",
        model.places
          .filter((p) => p.label === "Municipality" && p.parentId)
          .map((p) => ({ from: p.id, to: p.parentId as string, sourceId: p.sourceId, quote: p.quote })),
      ],
      [
        "project-measures.csv",
        "Project",
        "UNDER_MEASURE",
        "PnrrMeasure",
        model.projects
          .filter((p) => p.measureId)
          .map((p) => ({ from: p.id, to: p.measureId as string, sourceId: p.sourceId, quote: p.quote })),
      ],
      ["implemented-by.csv", "Project", "IMPLEMENTED_BY", "Organization", model.implementedBy],
      ["awarded-to.csv", "Project", "AWARDED_TO", "Organization", model.awardedTo],
      ...(["Municipality", "Province", "Region"] as const).map(
        (label) =>
          [
            `located-${label}.csv`,
            "Project",
            "LOCATED_IN",
            label,
            model.locatedIn.filter((l) => l.toLabel === label),
          ] as [string, string, string, string, typeof model.awardedTo],
      ),
    ];
    for (const [file, from, type, to, list] of links) {
      await writeCsv(path.join(csvDir, file), list, ["from", "to", "sourceId", "quote"]);
      statements.push([file, (dir) => linkStatement(path.join(dir, file), from, type, to)]);
    }
    return { sources: model.sources, statements };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** LOAD CSV: the prepared files in a new database's import folder, the same MERGEs, one transaction. */
async function loadCsvOnce(
  dir: string,
  csvDir: string,
  plan: LoadCsvPlan,
): Promise<{ seconds: number; detail: string }> {
  const importDir = path.join(dir, "import");
  await cp(csvDir, importDir, { recursive: true });
  return withDatabase(dir, async (driver, name) => {
    const session = driver.session({ database: name });
    try {
      await session.executeWrite(async (tx) => {
        for (const source of plan.sources)
          await tx.run(`MERGE (s:Source {id: $source.id}) SET s += $source, s:Entity`, { source });
      });
      const started = performance.now();
      const tx = session.beginTransaction();
      const each: string[] = [];
      for (const [file, statement] of plan.statements) {
        const at = performance.now();
        await tx.run(statement(importDir));
        each.push(`${file} ${secs(performance.now() - at)}`);
      }
      const written = performance.now();
      await tx.commit();
      const ended = performance.now();
      return {
        seconds: (ended - started) / 1000,
        detail: `statements ${secs(written - started)} s (${each.join(", ")}), commit ${secs(ended - written)} s`,
      };
    } finally {
      await session.close();
    }
  });
}

async function main(): Promise<void> {
  const work = await mkdtemp(path.join(os.tmpdir(), "kg-bench-import-"));
  try {
    // The LOAD CSV files are prepared once, untimed; each round then writes into two new databases,
    // ours first. One round differs from the next by more than the two differ (the JVM's garbage
    // collection as the one transaction grows), so the medians over the rounds are compared.
    const csvDir = path.join(work, "csv");
    await mkdir(csvDir, { recursive: true });
    const plan = await prepareLoadCsv(csvDir);
    const ourTimes: number[] = [];
    const theirTimes: number[] = [];
    const ours = (round: number): string => path.join(work, `ours-${round}`);
    for (let round = 1; round <= ROUNDS; round++) {
      const mine = await importOnce(ours(round));
      const theirs = await loadCsvOnce(path.join(work, `loadcsv-${round}`), csvDir, plan);
      await rm(path.join(work, `loadcsv-${round}`), { recursive: true, force: true });
      if (round < ROUNDS) await rm(ours(round), { recursive: true, force: true });
      ourTimes.push(mine.seconds);
      theirTimes.push(theirs.seconds);
      console.log(
        `round ${round}/${ROUNDS}: import:pnrr ${mine.seconds.toFixed(1)} s (${mine.detail})\n` +
          `             LOAD CSV ${theirs.seconds.toFixed(1)} s (${theirs.detail}); ours / LOAD CSV = ${(theirs.seconds / mine.seconds).toFixed(2)}`,
      );
    }
    const oursSeconds = median(ourTimes);
    const loadSeconds = median(theirTimes);
    const range = (times: number[]): string =>
      ROUNDS > 1 ? ` (${Math.min(...times).toFixed(1)}-${Math.max(...times).toFixed(1)} s)` : "";
    console.log(
      `import:pnrr, validated release into an empty database, median of ${ROUNDS}: ${oursSeconds.toFixed(1)} s${range(ourTimes)} ` +
        `for ${ROWS.toLocaleString("en-US")} rows: ${Math.round(ROWS / oursSeconds).toLocaleString("en-US")} rows/s; target under 60 s`,
    );
    console.log(
      `LOAD CSV, the same rows and MERGEs in one transaction (CSV prepared beforehand, not timed), median of ${ROUNDS}: ` +
        `${loadSeconds.toFixed(1)} s${range(theirTimes)}, ${Math.round(ROWS / loadSeconds).toLocaleString("en-US")} rows/s; ` +
        `ours / LOAD CSV = ${(loadSeconds / oursSeconds).toFixed(2)} (rate ratio of the medians, target >= 1; ` +
        `per round ${ourTimes.map((t, i) => ((theirTimes[i] as number) / t).toFixed(2)).join(", ")})`,
    );

    // 3. The PNRR questions at that size, through the API.
    const app = await startApp(
      readConfig({
        ...process.env,
        PORT: "0",
        NEO4J_BOLT_PORT: "0",
        NEO4J_DATA_DIR: ours(ROUNDS),
        SEED_ON_START: "never",
        RATE_LIMIT: "0",
      }),
    );
    try {
      const ask = async (query: string): Promise<number> => {
        const started = performance.now();
        const response = await fetch(`http://127.0.0.1:${app.port}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query }),
        });
        const body = (await response.json()) as { errors?: unknown };
        if (body.errors) throw new Error(JSON.stringify(body.errors));
        return performance.now() - started;
      };
      const questions: [string, string, number][] = [
        [
          "pnrrTotals(Lombardia)",
          `{ pnrrTotals(filter: { regionName: "Lombardia" }) { projectCount pnrrFunding implementerCount } }`,
          100,
        ],
        [
          "pnrrTotals(Milano, M4C2)",
          `{ pnrrTotals(filter: { provinceName: "Milano", componentCode: "M4C2" }) { projectCount pnrrFunding } }`,
          100,
        ],
        [
          "pnrrMatrix(Lombardia)",
          `{ pnrrMatrix { cells { componentCode provinceCode projectCount pnrrFunding } totals { projectCount } } }`,
          100,
        ],
        [
          "pnrrLeads(cluster-aerospace)",
          `{ pnrrLeads(clusterId: "cluster-aerospace") { totals { projectCount } implementers { organization { name } pnrrFunding linkedClusterIds } } }`,
          300,
        ],
      ];
      for (const [name, query, target] of questions) {
        for (let i = 0; i < 3; i++) await ask(query); // warm the query caches
        const times: number[] = [];
        for (let i = 0; i < 30; i++) times.push(await ask(query));
        console.log(
          `${name.padEnd(30)} p50 ${percentile(times, 50).toFixed(0).padStart(4)} ms, p95 ${percentile(times, 95).toFixed(0).padStart(4)} ms (target p95 under ${target} ms)`,
        );
      }
    } finally {
      await app.stop();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
