/**
 * `npm run import:pnrr -- <file-or-folder>... [--istat <file>] [--strict] [--release-date YYYY-MM-DD]`:
 * imports an Italia Domani PNRR release into the configured Neo4j, all or nothing, with a
 * progress bar and a closing summary. `npm run import:pnrr -- --review` lists the candidate
 * matches between imported bodies and curated organisations that were not linked.
 */
import { parseArgs } from "node:util";
import { formatReject, importPnrrRelease, reviewMatches, type ImportSummary } from "@lombardy-kg/ingest";
import { databaseIsEmpty, loadCuratedSeed } from "@lombardy-kg/seed";
import { ensureDatabaseSchema, openDatabase, readConfig } from "@lombardy-kg/api";
import { runCommand } from "./run-command";

const USAGE =
  "usage: npm run import:pnrr -- <file-or-folder>... [--istat <municipalities.csv>] [--strict] [--release-date YYYY-MM-DD]\n" +
  "       npm run import:pnrr -- --review";

function progressBar(): (stage: string, done: number, total: number) => void {
  const tty = process.stderr.isTTY;
  let last = "";
  return (stage, done, total) => {
    const share = total === 0 ? 1 : done / total;
    const width = 30;
    const filled = Math.round(share * width);
    const line = `${stage.padEnd(12)} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")}`;
    if (tty) process.stderr.write(`\r${line}`);
    else if (share === 1 && line !== last) process.stderr.write(`${line}\n`);
    last = line;
  };
}

const n = (x: number): string => x.toLocaleString("en-US");

export function formatSummary(s: ImportSummary, seconds: number): string {
  const outcome = (o: { created: number; updated: number; unchanged: number }): string =>
    `${n(o.created)} created, ${n(o.updated)} updated, ${n(o.unchanged)} unchanged`;
  const lines = [
    `Imported release ${s.releaseDate ?? "(date unknown)"} in ${seconds.toFixed(1)} s:`,
    ...s.files.map((f) => `  ${f.file}: ${f.kind}, ${n(f.rows)} rows`),
    `  rows read (projects): ${n(s.rowsRead)} (${n(Math.round(s.rowsRead / Math.max(seconds, 0.001)))} rows/s)`,
    `  projects: ${n(s.counts.projects)} (${outcome(s.projects)})`,
    `  implementing bodies and contractors: ${n(s.counts.bodies)} (${outcome(s.bodies)})`,
    `  places: ${n(s.counts.places)} (${outcome(s.places)})`,
    `  measures and sub-measures: ${n(s.counts.measures)} (${outcome(s.measures)})`,
    `  links written: ${n(s.links)}`,
    s.absentNotMarked
      ? "  projects absent from this release: not marked (its date is unknown: give --release-date)"
      : `  projects of earlier releases absent from this one, marked (not deleted): ${n(s.markedAbsent)}`,
    `  matches with curated organisations: ${n(s.matches.linked)} linked (SAME_AS), ${n(s.matches.toReview)} to review (npm run import:pnrr -- --review)`,
    `  rows rejected: ${n(s.rejects.length)}`,
    ...s.rejects.slice(0, 50).map((r) => `    ${formatReject(r)}`),
    ...(s.rejects.length > 50 ? [`    ... and ${n(s.rejects.length - 50)} more`] : []),
  ];
  return lines.join("\n");
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      istat: { type: "string" },
      strict: { type: "boolean", default: false },
      "release-date": { type: "string" },
      review: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
    allowPositionals: true,
  });
  if (values.help || (!values.review && positionals.length === 0)) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const releaseDate = values["release-date"];
  if (releaseDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(releaseDate)) {
    console.error(`--release-date must be YYYY-MM-DD, got '${releaseDate}'`);
    return 2;
  }
  // A whole release is one transaction: the embedded database gets room for it unless told otherwise.
  const env = {
    ...process.env,
    NEO4J_QUERY_MEMORY: process.env.NEO4J_QUERY_MEMORY ?? "3g",
    NEO4J_TX_MEMORY: process.env.NEO4J_TX_MEMORY ?? "3g",
    NEO4J_TX_TIMEOUT: process.env.NEO4J_TX_TIMEOUT ?? "3600",
  };
  const config = readConfig(env);
  const database = await openDatabase(config);
  try {
    await ensureDatabaseSchema(database.driver, database.name);
    if (values.review) {
      const candidates = (await reviewMatches(database.driver, database.name)).filter((c) => c.confidence < 0.9);
      for (const c of candidates)
        console.log(
          `${c.confidence.toFixed(1)}  ${c.bodyName} (${c.bodyId})  ~  ${c.organizationName} (${c.organizationId}): ${c.reason}`,
        );
      console.log(`${candidates.length} candidate match(es) to review; none of them is linked.`);
      return 0;
    }
    if (await databaseIsEmpty(database.driver, database.name)) {
      const counts = await loadCuratedSeed(database.driver, database.name);
      console.error(`The database was empty: loaded the curated graph first (${counts.nodes} nodes).`);
    }
    const started = performance.now();
    const summary = await importPnrrRelease(database.driver, database.name, {
      paths: positionals,
      istat: values.istat,
      strict: values.strict,
      releaseDate,
      progress: progressBar(),
    });
    if (process.stderr.isTTY) process.stderr.write("\n");
    console.log(formatSummary(summary, (performance.now() - started) / 1000));
    return 0;
  } finally {
    await database.close();
  }
}

runCommand(main, { prefix: "\nImport failed, nothing was written: " });
