import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { sessionWrite, writeGraph } from "@lombardy-kg/write";
import type { Reject } from "../rejects";
import { buildRelease, type ReleaseModel } from "./build-release";
import {
  linkConfidentMatches,
  matchBodies,
  readCuratedOrganizations,
  readImportedBodies,
  type Candidate,
} from "./match-bodies";
import { readTable, type Table } from "../tables/read-table";
import { readsColumn, recogniseShape, type FileKind } from "./shapes";
import { answeredLater, writeRelease, type Progress, type WriteSummary } from "./write-release";

export interface ImportOptions {
  /** Files or folders of one release (a folder's .csv and .parquet files are all read). */
  paths: string[];
  /** ISTAT's municipalities file: NUTS codes and ISTAT names for the places. */
  istat?: string | undefined;
  strict?: boolean | undefined;
  /** The release's date where its files do not carry one (the CSV export). */
  releaseDate?: string | undefined;
  progress?: Progress;
}

export interface ImportSummary extends WriteSummary {
  files: { file: string; kind: FileKind; rows: number }[];
  releaseDate: string | null;
  rowsRead: number;
  rejects: Reject[];
  counts: { projects: number; bodies: number; places: number; measures: number };
  matches: { linked: number; toReview: number };
}

async function filesOf(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => {
      throw new Error(`${p}: no such file or folder`);
    });
    if (info.isDirectory()) {
      const names = (await readdir(p)).filter((n) => /\.(csv|parquet)$/i.test(n)).sort();
      if (names.length === 0) throw new Error(`${p}: the folder holds no .csv or .parquet file`);
      files.push(...names.map((n) => path.join(p, n)));
    } else files.push(p);
  }
  return files;
}

/** Reads and recognises a release's files; one file per kind. */
export async function readRelease(paths: string[]): Promise<Map<FileKind, Table>> {
  const tables = new Map<FileKind, Table>();
  for (const file of await filesOf(paths)) {
    const table = await readTable(file, readsColumn);
    const kind = recogniseShape(table);
    const earlier = tables.get(kind);
    if (earlier)
      throw new Error(
        `${path.basename(file)} and ${path.basename(earlier.file)} are both ${kind} files: give one release at a time`,
      );
    tables.set(kind, table);
  }
  if (!tables.has("projects") && !tables.has("framework"))
    throw new Error(`no projects file among ${paths.join(", ")}: expected Italia Domani's projects (CSV or Parquet)`);
  return tables;
}

async function knownComponents(driver: Driver, database: string): Promise<Set<string>> {
  const { records } = await driver.executeQuery("MATCH (c:PnrrComponent) RETURN c.code AS code", {}, { database });
  const codes = new Set(records.map((r) => String(r.get("code"))));
  if (codes.size === 0)
    throw new Error("the graph has no PNRR components: load the curated graph first (npm run seed, or npm start once)");
  return codes;
}

/** Reads a release's files and builds what the import writes, without a database. */
export async function readPnrrModel(
  options: Pick<ImportOptions, "paths" | "istat" | "strict" | "releaseDate">,
  components: ReadonlySet<string>,
): Promise<{ tables: Map<FileKind, Table>; istat: Table | undefined; model: ReleaseModel }> {
  const tables = await readRelease(options.paths);
  const istat = options.istat ? await readTable(options.istat) : undefined;
  if (istat && recogniseShape(istat) !== "municipalities")
    throw new Error(`${path.basename(options.istat as string)}: not ISTAT's list of municipalities`);
  const model = buildRelease(tables, {
    knownComponents: components,
    istat,
    releaseDate: options.releaseDate,
    strict: options.strict,
    releaseName: path.basename(path.resolve(options.paths[0] ?? "release")),
  });
  return { tables, istat, model };
}

/**
 * Imports a release into the graph as one transaction: a bad file, a --strict reject or a crash
 * leaves the graph as it was. Returns what it read, wrote, matched and left out.
 */
export async function importPnrrRelease(
  driver: Driver,
  database: string,
  options: ImportOptions,
): Promise<ImportSummary> {
  const progress = options.progress ?? (() => undefined);
  const { tables, istat, model } = await readPnrrModel(options, await knownComponents(driver, database));
  const { written, candidates } = await writeGraph(sessionWrite(driver, database), async (tx) => {
    // The bodies as the graph will hold them once this release is written: earlier releases'
    // and this one's. Asked before the release is written (statements run in the order sent) and
    // matched while the server writes, instead of read back and matched after.
    const before = answeredLater(Promise.all([readCuratedOrganizations(tx), readImportedBodies(tx)]));
    let candidates: Candidate[] = [];
    const written = await writeRelease(tx, model, progress, async () => {
      const [curated, imported] = await before;
      const bodies = new Map(imported.map((b) => [b.id, b]));
      for (const b of model.bodies) bodies.set(b.id, { id: b.id, name: b.props.name, taxCode: b.props.taxCode });
      candidates = matchBodies([...bodies.values()], curated);
    });
    progress("matching", 0, 1);
    const linked = await linkConfidentMatches(tx, candidates);
    progress("matching", 1, 1);
    progress("committing", 0, 1);
    return { written: { ...written, linked }, candidates };
  });
  progress("committing", 1, 1);
  return {
    ...written,
    files: [...tables, ...(istat ? [["municipalities", istat] as const] : [])].map(([kind, t]) => ({
      file: path.basename(t.file),
      kind,
      rows: t.rows.length,
    })),
    releaseDate: model.releaseDate,
    rowsRead: model.rowsRead,
    rejects: model.rejects,
    counts: {
      projects: model.projects.length,
      bodies: model.bodies.length,
      places: model.places.length,
      measures: model.measures.length,
    },
    matches: { linked: written.linked, toReview: candidates.filter((c) => c.confidence < 0.9).length },
  };
}

/** Candidate matches between imported bodies and curated organisations, as the graph holds them now. */
export async function reviewMatches(driver: Driver, database: string): Promise<Candidate[]> {
  const session = driver.session({ database });
  try {
    return await session.executeRead(async (tx) =>
      matchBodies(await readImportedBodies(tx), await readCuratedOrganizations(tx)),
    );
  } finally {
    await session.close();
  }
}
