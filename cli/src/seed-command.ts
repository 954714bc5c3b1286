/**
 * `npm run seed:check`: validates the curated data (and, with SOURCES_DIR, every quote).
 * `npm run seed:report`: counts by type, facts per source, and the disagreements between sources.
 * `npm run seed`: loads it into the configured database, all or nothing.
 */
import { buildSeedReport, checkCuratedSeed, formatProblem, formatSeedReport, loadCuratedSeed } from "@lombardy-kg/seed";
import { ensureDatabaseSchema, openDatabase, readConfig } from "@lombardy-kg/api";
import { runCommand } from "./run-command";

function check(sourcesDir: string | undefined): number {
  const checked = checkCuratedSeed({ sourcesDir });
  const nodes = checked.files.reduce((n, f) => n + f.nodes.length, 0);
  const relationships = checked.files.reduce((n, f) => n + f.relationships.length, 0);
  if (checked.quoteCheck === "skipped") {
    console.warn("WARNING: SOURCES_DIR is not set: the quotes were NOT checked against their documents.");
  } else if (checked.uncheckedSources.length > 0) {
    console.warn(
      `Note: quotes from sources outside the seed documents were not checked: ${checked.uncheckedSources.join(", ")}`,
    );
  }
  if (checked.reviews.length > 0) {
    console.warn(`To review: ${checked.reviews.length} link(s) whose quotes name neither end:`);
    for (const review of checked.reviews) console.warn(`  ${formatProblem(review)}`);
  }
  for (const problem of checked.problems) console.error(formatProblem(problem));
  console.log(
    `${checked.files.length} files, ${nodes} nodes, ${relationships} relationships: ` +
      (checked.problems.length ? `${checked.problems.length} problem(s)` : "no problems") +
      (checked.quoteCheck === "done" ? " (quotes checked)" : ""),
  );
  return checked.problems.length ? 1 : 0;
}

async function load(): Promise<number> {
  const config = readConfig();
  const database = await openDatabase(config);
  try {
    await ensureDatabaseSchema(database.driver, database.name);
    const counts = await loadCuratedSeed(database.driver, database.name);
    console.log(`Loaded ${counts.nodes} nodes and ${counts.relationships} relationships into ${database.uri}.`);
    return 0;
  } finally {
    await database.close();
  }
}

function report(): number {
  console.log(formatSeedReport(buildSeedReport(checkCuratedSeed().files)));
  return 0;
}

const commands: Record<string, () => Promise<number>> = {
  check: async () => check(readConfig().sourcesDir),
  report: async () => report(),
  load,
};
const command = process.argv[2];
const run = command ? commands[command] : undefined;
if (!run) {
  console.error("usage: seed-command.ts check|report|load");
  process.exit(2);
}
runCommand(run);
