import type { ManagedTransaction } from "neo4j-driver";
import { ENTITY_LABEL, OPEN_DATA_SET } from "@lombardy-kg/schema";
import type { Evidence, LinkRow, ReleaseModel } from "./build-release";

/** Rows per statement: big batches are what makes a 50,000-project release fast. */
const BATCH = 5000;

export interface Outcomes {
  created: number;
  updated: number;
  unchanged: number;
}

export interface WriteSummary {
  projects: Outcomes;
  bodies: Outcomes;
  places: Outcomes;
  measures: Outcomes;
  links: number;
  /** Projects of an earlier release this one no longer lists: marked, never deleted. */
  markedAbsent: number;
  /** Set when no release date was known, so absent projects could not be marked. */
  absentNotMarked: boolean;
}

/** Set on every imported node: search tells open data from the curated graph by it. */
const OPEN_DATA = { dataset: OPEN_DATA_SET };

export type Progress = (stage: string, done: number, total: number) => void;

/**
 * Sends a stage's batches without waiting for each answer: statements of one transaction run in
 * order on the server, and the driver packs the next batch while the server writes this one.
 * Rows are batched by their Source, which each statement then gets once instead of on every row.
 */
async function inBatches<T extends Evidence, R>(
  rows: T[],
  stage: string,
  progress: Progress,
  write: (batch: T[], sourceId: string) => Promise<R>,
): Promise<R[]> {
  if (rows.length === 0) progress(stage, 0, 0);
  const bySource = new Map<string, T[]>();
  for (const row of rows) {
    const group = bySource.get(row.sourceId);
    if (group) group.push(row);
    else bySource.set(row.sourceId, [row]);
  }
  const pending: Promise<R>[] = [];
  let sent = 0;
  for (const [sourceId, group] of bySource) {
    for (let i = 0; i < group.length; i += BATCH) {
      const batch = group.slice(i, i + BATCH);
      sent += batch.length;
      const done = sent;
      pending.push(
        write(batch, sourceId).then((result) => {
          progress(stage, done, rows.length);
          return result;
        }),
      );
    }
  }
  return Promise.all(pending);
}

/**
 * Nodes merged on their id, each compared with what the graph holds first so the summary can say
 * what was created, updated or left unchanged; unchanged nodes are not written again. Every node
 * gets a STATED_IN link to its file's Source with its row as the quote.
 */
async function mergeNodes(
  tx: ManagedTransaction,
  label: string,
  rows: { id: string; props: Record<string, unknown>; sourceId: string; quote: string }[],
  extra: Record<string, unknown>,
  stage: string,
  progress: Progress,
): Promise<Outcomes> {
  const outcomes: Outcomes = { created: 0, updated: 0, unchanged: 0 };
  const results = await inBatches(rows, stage, progress, (batch, sourceId) =>
    tx.run(
      `UNWIND $rows AS row
       OPTIONAL MATCH (old:${label} {id: row.id})
       WITH row, old, CASE WHEN old IS NULL THEN 'created'
         WHEN all(k IN keys(row.props) WHERE coalesce(old[k] = row.props[k], old[k] IS NULL AND row.props[k] IS NULL)) THEN 'unchanged'
         ELSE 'updated' END AS outcome
       MERGE (n:${label} {id: row.id})
       FOREACH (_ IN CASE WHEN outcome = 'unchanged' THEN [] ELSE [1] END | SET n += row.props, n:${ENTITY_LABEL})
       SET n += $extra
       WITH n, row, outcome
       MATCH (s:Source {id: $sourceId})
       MERGE (n)-[r:STATED_IN]->(s)
       SET r.sourceIds = [$sourceId], r.quotes = [row.quote]
       RETURN outcome, count(*) AS count`,
      { rows: batch.map((r) => ({ id: r.id, props: r.props, quote: r.quote })), extra, sourceId },
    ),
  );
  for (const result of results)
    for (const record of result.records)
      outcomes[record.get("outcome") as keyof Outcomes] += Number(record.get("count"));
  return outcomes;
}

async function mergeLinks(
  tx: ManagedTransaction,
  fromLabel: string,
  type: string,
  toLabel: string,
  rows: LinkRow[],
  stage: string,
  progress: Progress,
): Promise<number> {
  const results = await inBatches(rows, stage, progress, (batch, sourceId) =>
    tx.run(
      `UNWIND $rows AS row
       MATCH (a:${fromLabel} {id: row.from}) MATCH (b:${toLabel} {id: row.to})
       MERGE (a)-[r:${type}]->(b)
       SET r.sourceIds = [$sourceId], r.quotes = [row.quote]
       RETURN count(*) AS count`,
      { rows: batch.map((r) => ({ from: r.from, to: r.to, quote: r.quote })), sourceId },
    ),
  );
  return results.reduce((sum, result) => sum + Number(result.records[0]?.get("count") ?? 0), 0);
}

/**
 * Writes a release in the caller's transaction: sources, the framework's measures, places, bodies,
 * projects and their links, then marks the projects of older releases this one no longer lists.
 * The caller commits, or rolls everything back on any error.
 */
export async function writeRelease(
  tx: ManagedTransaction,
  model: ReleaseModel,
  progress: Progress,
): Promise<WriteSummary> {
  for (const source of model.sources) {
    await tx.run(`MERGE (s:Source {id: $source.id}) SET s += $source, s:${ENTITY_LABEL}`, { source });
  }
  const measures = await mergeNodes(tx, "PnrrMeasure", model.measures, OPEN_DATA, "measures", progress);
  let links = 0;
  const measureParents = model.measures.map((m) => ({
    from: m.id,
    to: m.parentId ?? m.componentCode,
    sourceId: m.sourceId,
    quote: m.quote,
    parent: m.parentId !== null,
  }));
  links += await mergeLinks(
    tx,
    "PnrrMeasure",
    "PART_OF",
    "PnrrMeasure",
    measureParents.filter((m) => m.parent),
    "measures",
    progress,
  );
  await tx.run(
    `UNWIND $rows AS row
     MATCH (m:PnrrMeasure {id: row.from}) MATCH (c:PnrrComponent {code: row.to})
     MERGE (m)-[r:PART_OF]->(c) SET r.sourceIds = [row.sourceId], r.quotes = [row.quote]`,
    { rows: measureParents.filter((m) => !m.parent) },
  );
  // The framework names every component and mission: it becomes their source too.
  const framework = model.sources.find((s) => s.fileKind === "framework");
  if (framework) {
    const byComponent = new Map(model.measures.map((m) => [m.componentCode, m.quote]));
    await tx.run(
      `UNWIND $rows AS row
       MATCH (c:PnrrComponent {code: row.code})-[:PART_OF]->(mission:PnrrMission)
       MATCH (s:Source {id: $source})
       MERGE (c)-[r:STATED_IN]->(s) SET r.sourceIds = [$source], r.quotes = [row.quote]
       MERGE (mission)-[r2:STATED_IN]->(s) SET r2.sourceIds = [$source], r2.quotes = [row.quote]`,
      { rows: [...byComponent].map(([code, quote]) => ({ code, quote })), source: framework.id },
    );
  }

  const placesByLabel = (label: string) => model.places.filter((p) => p.label === label);
  const places: Outcomes = { created: 0, updated: 0, unchanged: 0 };
  for (const label of ["Region", "Province", "Municipality"] as const) {
    const o = await mergeNodes(tx, label, placesByLabel(label), OPEN_DATA, "places", progress);
    places.created += o.created;
    places.updated += o.updated;
    places.unchanged += o.unchanged;
  }
  for (const [label, parent] of [
    ["Province", "Region"],
    ["Municipality", "Province"],
  ] as const) {
    const rows = placesByLabel(label)
      .filter((p) => p.parentId)
      .map((p) => ({ from: p.id, to: p.parentId as string, sourceId: p.sourceId, quote: p.quote }));
    links += await mergeLinks(tx, label, "PART_OF", parent, rows, "places", progress);
  }

  const bodies = await mergeNodes(tx, "Organization", model.bodies, OPEN_DATA, "bodies", progress);
  const projects = await mergeNodes(
    tx,
    "Project",
    model.projects,
    // A release without a date cannot be ordered against others: its projects are never marked absent by it.
    { ...OPEN_DATA, lastSeen: model.releaseDate, absentFrom: null },
    "projects",
    progress,
  );
  links += await mergeLinks(
    tx,
    "Project",
    "UNDER_MEASURE",
    "PnrrMeasure",
    model.projects
      .filter((p) => p.measureId)
      .map((p) => ({ from: p.id, to: p.measureId as string, sourceId: p.sourceId, quote: p.quote })),
    "projects",
    progress,
  );
  links += await mergeLinks(
    tx,
    "Project",
    "IMPLEMENTED_BY",
    "Organization",
    model.implementedBy,
    "implementers",
    progress,
  );
  links += await mergeLinks(tx, "Project", "AWARDED_TO", "Organization", model.awardedTo, "awards", progress);
  for (const label of ["Municipality", "Province", "Region"] as const) {
    const rows = model.locatedIn.filter((l) => l.toLabel === label);
    links += await mergeLinks(tx, "Project", "LOCATED_IN", label, rows, "places", progress);
  }

  // Projects an older release listed and this one does not: marked with this release's date.
  progress("absent", 0, 1);
  let markedAbsent = 0;
  const absentNotMarked = model.releaseDate === null;
  if (model.releaseDate !== null && model.projects.length > 0) {
    const result = await tx.run(
      `MATCH (p:Project) WHERE p.lastSeen < $release AND p.cup IS NOT NULL AND p.absentFrom IS NULL
       SET p.absentFrom = $release
       RETURN count(p) AS count`,
      { release: model.releaseDate },
    );
    markedAbsent = Number(result.records[0]?.get("count") ?? 0);
  }
  progress("absent", 1, 1);
  return { projects, bodies, places, measures, links, markedAbsent, absentNotMarked };
}
