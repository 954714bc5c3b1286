import type { Tx } from "@lombardy-kg/write";
import { ENTITY_LABEL, OPEN_DATA_SET } from "@lombardy-kg/schema";
import { ID_PREFIX, type Evidence, type LinkRow, type PlaceRow, type ReleaseModel } from "./build-release";

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
 * Statements a transaction has sent and not yet had answered: at most IN_FLIGHT, enough that the
 * server has the next one ready when it finishes one, few enough that the rows waiting on it do
 * not crowd its heap (sent all at once, every batch's rows sat in the JVM's young generation,
 * which each garbage collection then copied).
 */
const IN_FLIGHT = 3;
const unanswered = new WeakMap<Tx, Promise<unknown>[]>();

/** Runs a statement once the one sent IN_FLIGHT statements before it is answered (or failed). */
export function sendInTurn<R>(tx: Tx, run: () => Promise<R>): Promise<R> {
  let sent = unanswered.get(tx);
  if (!sent) unanswered.set(tx, (sent = []));
  const turn = sent.length === IN_FLIGHT ? sent.shift() : undefined;
  const answer = turn
    ? turn.then(
        () => run(),
        () => run(),
      )
    : run();
  sent.push(answer);
  return answer;
}

/**
 * Sends a stage's batches without waiting for each answer (a few at a time, `sendInTurn`):
 * statements of one transaction run in order on the server, and the driver packs the next batch
 * while the server writes this one. Rows are batched by their Source, which each statement then
 * gets once instead of on every row, and by whether they are new to the graph (`isNew`), which
 * lets new ones be created outright.
 */
async function inBatches<T extends Evidence, R>(
  tx: Tx,
  rows: T[],
  stage: string,
  progress: Progress,
  isNew: (row: T) => boolean,
  write: (batch: T[], sourceId: string, fresh: boolean) => Promise<R>,
): Promise<R[]> {
  progress(stage, 0, rows.length);
  const groups = new Map<string, { sourceId: string; fresh: boolean; rows: T[] }>();
  for (const row of rows) {
    const fresh = isNew(row);
    const key = `${fresh ? "new" : "old"}|${row.sourceId}`;
    const group = groups.get(key);
    if (group) group.rows.push(row);
    else groups.set(key, { sourceId: row.sourceId, fresh, rows: [row] });
  }
  const pending: Promise<R>[] = [];
  let sent = 0;
  for (const { sourceId, fresh, rows: group } of groups.values()) {
    for (let i = 0; i < group.length; i += BATCH) {
      const batch = group.slice(i, i + BATCH);
      sent += batch.length;
      const done = sent;
      pending.push(
        sendInTurn(tx, () => write(batch, sourceId, fresh)).then((result) => {
          progress(stage, done, rows.length);
          return result;
        }),
      );
    }
  }
  return Promise.all(pending);
}

/**
 * An answer awaited later than its statement is sent, with other answers awaited in between: its
 * failure is thrown where it is awaited instead of being reported as unhandled meanwhile.
 */
export function answeredLater<T>(answer: Promise<T>): Promise<T> {
  answer.catch(() => undefined);
  return answer;
}

/**
 * The nodes of one label this import wrote: each id's element id (links then find their ends
 * without an index search), and which ids it created.
 */
interface Written {
  refs: Map<string, string>;
  created: Set<string>;
}

/**
 * The imported nodes of each label the graph already holds (earlier releases' and this one's ids
 * share a prefix per label), with their element ids: asked before anything is written, in one
 * index range scan, which an empty graph answers at once, where a search per id would not. The
 * projects among them this release does not list are the ones it marks absent.
 */
async function existingRefs(tx: Tx, labels: (keyof typeof ID_PREFIX)[]): Promise<Record<string, Map<string, string>>> {
  const found = await Promise.all(
    labels.map(async (label) => {
      const result = await tx.run(
        `MATCH (n:${label}) WHERE n.id STARTS WITH $prefix RETURN n.id AS id, elementId(n) AS ref`,
        { prefix: ID_PREFIX[label] },
      );
      return [label, new Map(result.records.map((r) => [String(r.get("id")), String(r.get("ref"))]))] as const;
    }),
  );
  return Object.fromEntries(found);
}

type NodeRow = { id: string; props: Record<string, unknown>; sourceId: string; quote: string };

/** The property names a batch of new nodes has, checked as names before they go into Cypher. */
function propertyKeys(props: Record<string, unknown>[], extra: Record<string, unknown>): string[] {
  const keys = new Set<string>(Object.keys(extra));
  for (const p of props) for (const k of Object.keys(p)) keys.add(k);
  for (const k of keys) if (!/^[A-Za-z][A-Za-z0-9]*$/.test(k)) throw new Error(`'${k}' is not a property name`);
  return [...keys].filter((k) => k !== "id");
}

/**
 * Nodes merged on their id. Ones the graph lacks are created with their STATED_IN link to their
 * file's Source (the row as the quote); ones it holds are compared first, so the summary can say
 * what was updated or left unchanged, and unchanged ones are not written again.
 */
async function mergeNodes(
  tx: Tx,
  label: string,
  rows: NodeRow[],
  existing: ReadonlyMap<string, string>,
  extra: Record<string, unknown>,
  stage: string,
  progress: Progress,
): Promise<{ outcomes: Outcomes; written: Written }> {
  const refs = new Map(existing);
  const created = new Set(rows.filter((r) => !refs.has(r.id)).map((r) => r.id));
  const outcomes: Outcomes = { created: 0, updated: 0, unchanged: 0 };
  const results = await inBatches(
    tx,
    rows,
    stage,
    progress,
    (row) => created.has(row.id),
    async (batch, sourceId, fresh) => {
      if (fresh) {
        // New nodes go as lists of values, their property names written once in the statement:
        // a third less to pack and unpack than a map per row. Their element ids come back as one list.
        const keys = propertyKeys(
          batch.map((r) => r.props),
          extra,
        );
        const result = await tx.run(
          `MATCH (s:Source {id: $sourceId})
           UNWIND $rows AS row
           CREATE (n:${label}:${ENTITY_LABEL} {id: row[0]${keys.map((k, i) => `, ${k}: row[${i + 2}]`).join("")}})
           CREATE (n)-[:STATED_IN {sourceIds: [$sourceId], quotes: [row[1]]}]->(s)
           RETURN collect(elementId(n)) AS refs`,
          {
            rows: batch.map((r) => [r.id, r.quote, ...keys.map((k) => (k in extra ? extra[k] : r.props[k]) ?? null)]),
            sourceId,
          },
        );
        const made = (result.records[0]?.get("refs") ?? []) as string[];
        return batch.map((r, i) => ({ id: r.id, ref: made[i] as string, outcome: "created" as const }));
      }
      const result = await tx.run(
        `UNWIND $rows AS row
         MATCH (n:${label} {id: row.id})
         WITH row, n, CASE
           WHEN all(k IN keys(row.props) WHERE coalesce(n[k] = row.props[k], n[k] IS NULL AND row.props[k] IS NULL)) THEN 'unchanged'
           ELSE 'updated' END AS outcome
         FOREACH (_ IN CASE WHEN outcome = 'unchanged' THEN [] ELSE [1] END | SET n += row.props, n:${ENTITY_LABEL})
         SET n += $extra
         WITH n, row, outcome
         MATCH (s:Source {id: $sourceId})
         MERGE (n)-[r:STATED_IN]->(s)
         SET r.sourceIds = [$sourceId], r.quotes = [row.quote]
         RETURN row.id AS id, elementId(n) AS ref, outcome`,
        { rows: batch.map((r) => ({ id: r.id, props: r.props, quote: r.quote })), extra, sourceId },
      );
      return result.records.map((record) => ({
        id: String(record.get("id")),
        ref: String(record.get("ref")),
        outcome: record.get("outcome") as keyof Outcomes,
      }));
    },
  );
  for (const batch of results)
    for (const { id, ref, outcome } of batch) {
      outcomes[outcome] += 1;
      refs.set(id, ref);
    }
  return { outcomes, written: { refs, created } };
}

/** A node's element id, of the nodes this import wrote. */
function refOf(nodes: Pick<Written, "refs">, id: string, type: string): string {
  const found = nodes.refs.get(id);
  if (found === undefined) throw new Error(`${type} link to or from ${id}, a node this import did not write`);
  return found;
}

/**
 * Links between nodes this import wrote, found by element id. A link from a node it created
 * cannot exist yet (the model lists each link once), so it is created without the MERGE's search.
 */
async function mergeLinks(
  tx: Tx,
  type: string,
  rows: LinkRow[],
  from: Written,
  /** Where a link ends only its element id matters, not whether this import created the node. */
  to: Pick<Written, "refs">,
  stage: string,
  progress: Progress,
): Promise<number> {
  const results = await inBatches(
    tx,
    rows,
    stage,
    progress,
    (row) => from.created.has(row.from),
    (batch, sourceId, fresh) =>
      tx.run(
        // Each link as [start, end, quote]: lists pack smaller than maps.
        `UNWIND $rows AS row
         MATCH (a) WHERE elementId(a) = row[0]
         MATCH (b) WHERE elementId(b) = row[1]
         ${
           fresh
             ? `CREATE (a)-[r:${type} {sourceIds: [$sourceId], quotes: [row[2]]}]->(b)`
             : `MERGE (a)-[r:${type}]->(b) SET r.sourceIds = [$sourceId], r.quotes = [row[2]]`
         }
         RETURN count(*) AS count`,
        { rows: batch.map((r) => [refOf(from, r.from, type), refOf(to, r.to, type), r.quote]), sourceId },
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
  tx: Tx,
  model: ReleaseModel,
  progress: Progress,
  /** The caller's own work, done once every node statement is sent, while the server writes them. */
  whileWriting: () => Promise<void> | void = () => undefined,
): Promise<WriteSummary> {
  // Statements of one transaction run in the order they are sent, so nothing here waits for an
  // answer it does not need: the sources and what the graph holds, then every node, then (with
  // the nodes' element ids) every link. The server goes from one statement to the next without
  // waiting on this side.
  const sourcesWritten = answeredLater(
    Promise.all(
      model.sources.map((source) =>
        tx.run(`MERGE (s:Source {id: $source.id}) SET s += $source, s:${ENTITY_LABEL}`, { source }),
      ),
    ),
  );
  const placesAt = (label: PlaceRow["label"]) => model.places.filter((p) => p.label === label);
  const existing = await existingRefs(tx, [
    "PnrrMeasure",
    "Region",
    "Province",
    "Municipality",
    "Organization",
    "Project",
  ]);
  const nodes = (
    label: keyof typeof ID_PREFIX,
    rows: NodeRow[],
    stage: string,
    extra: Record<string, unknown> = OPEN_DATA,
  ) => mergeNodes(tx, label, rows, existing[label] ?? new Map<string, string>(), extra, stage, progress);
  const nodesWritten = Promise.all([
    nodes("PnrrMeasure", model.measures, "measures"),
    nodes("Region", placesAt("Region"), "places"),
    nodes("Province", placesAt("Province"), "places"),
    nodes("Municipality", placesAt("Municipality"), "places"),
    nodes("Organization", model.bodies, "bodies"),
    // A release without a date cannot be ordered against others: its projects are never marked absent by it.
    nodes("Project", model.projects, "projects", { ...OPEN_DATA, lastSeen: model.releaseDate, absentFrom: null }),
  ]);
  const [[measures, region, province, municipality, bodies, projects]] = await Promise.all([
    nodesWritten,
    whileWriting(),
    sourcesWritten,
  ]);

  const measureParents = model.measures.map((m) => ({
    from: m.id,
    to: m.parentId ?? m.componentCode,
    sourceId: m.sourceId,
    quote: m.quote,
    parent: m.parentId !== null,
  }));
  const partOf = (rows: PlaceRow[]): LinkRow[] =>
    rows
      .filter((p) => p.parentId)
      .map((p) => ({ from: p.id, to: p.parentId as string, sourceId: p.sourceId, quote: p.quote }));
  // A project is located in the finest place its row names, of any of the three levels.
  const anyPlace = { refs: new Map([region, province, municipality].flatMap((w) => [...w.written.refs])) };
  const framework = model.sources.find((s) => s.fileKind === "framework");
  const linkCounts = await Promise.all([
    mergeLinks(
      tx,
      "PART_OF",
      measureParents.filter((m) => m.parent),
      measures.written,
      measures.written,
      "measures",
      progress,
    ),
    tx
      .run(
        `UNWIND $rows AS row
         MATCH (m:PnrrMeasure {id: row.from}) MATCH (c:PnrrComponent {code: row.to})
         MERGE (m)-[r:PART_OF]->(c) SET r.sourceIds = [row.sourceId], r.quotes = [row.quote]
         RETURN count(*) AS count`,
        { rows: measureParents.filter((m) => !m.parent) },
      )
      .then((result) => Number(result.records[0]?.get("count") ?? 0)),
    // The framework names every component and mission: it becomes their source too (not counted:
    // the components and missions are the curated graph's).
    framework
      ? tx
          .run(
            `UNWIND $rows AS row
             MATCH (c:PnrrComponent {code: row.code})-[:PART_OF]->(mission:PnrrMission)
             MATCH (s:Source {id: $source})
             MERGE (c)-[r:STATED_IN]->(s) SET r.sourceIds = [$source], r.quotes = [row.quote]
             MERGE (mission)-[r2:STATED_IN]->(s) SET r2.sourceIds = [$source], r2.quotes = [row.quote]`,
            {
              rows: [...new Map(model.measures.map((m) => [m.componentCode, m.quote]))].map(([code, quote]) => ({
                code,
                quote,
              })),
              source: framework.id,
            },
          )
          .then(() => 0)
      : 0,
    mergeLinks(tx, "PART_OF", partOf(placesAt("Province")), province.written, region.written, "places", progress),
    mergeLinks(
      tx,
      "PART_OF",
      partOf(placesAt("Municipality")),
      municipality.written,
      province.written,
      "places",
      progress,
    ),
    mergeLinks(
      tx,
      "UNDER_MEASURE",
      model.projects
        .filter((p) => p.measureId)
        .map((p) => ({ from: p.id, to: p.measureId as string, sourceId: p.sourceId, quote: p.quote })),
      projects.written,
      measures.written,
      "projects",
      progress,
    ),
    mergeLinks(tx, "IMPLEMENTED_BY", model.implementedBy, projects.written, bodies.written, "implementers", progress),
    mergeLinks(tx, "AWARDED_TO", model.awardedTo, projects.written, bodies.written, "awards", progress),
    mergeLinks(tx, "LOCATED_IN", model.locatedIn, projects.written, anyPlace, "located", progress),
  ]);

  // Projects an older release listed and this one does not, marked with this release's date: of
  // the imported projects the graph held before (an empty graph has none to ask about).
  progress("absent", 0, 1);
  let markedAbsent = 0;
  const absentNotMarked = model.releaseDate === null;
  const listed = new Set(model.projects.map((p) => p.id));
  const unlisted = [...(existing.Project ?? [])].filter(([id]) => !listed.has(id)).map(([, ref]) => ref);
  if (model.releaseDate !== null && model.projects.length > 0 && unlisted.length > 0) {
    const result = await tx.run(
      `UNWIND $unlisted AS ref
       MATCH (p:Project) WHERE elementId(p) = ref AND p.lastSeen < $release AND p.absentFrom IS NULL
       SET p.absentFrom = $release
       RETURN count(p) AS count`,
      { unlisted, release: model.releaseDate },
    );
    markedAbsent = Number(result.records[0]?.get("count") ?? 0);
  }
  progress("absent", 1, 1);
  const places: Outcomes = { created: 0, updated: 0, unchanged: 0 };
  for (const { outcomes } of [region, province, municipality])
    for (const k of ["created", "updated", "unchanged"] as const) places[k] += outcomes[k];
  return {
    projects: projects.outcomes,
    bodies: bodies.outcomes,
    places,
    measures: measures.outcomes,
    links: linkCounts.reduce((sum, n) => sum + n, 0),
    markedAbsent,
    absentNotMarked,
  };
}
