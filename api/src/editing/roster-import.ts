import { normaliseName } from "@lombardy-kg/ingest";
import { checkClusters } from "../auth/permissions";
import type { Viewer } from "../auth/tokens";
import {
  canonical,
  writeAudited,
  type ChangeWriter,
  type OpenWrite,
  type Properties,
  type Tx,
} from "@lombardy-kg/write";
import { EditError } from "./edit-error";
import { freshId, setFacts, taxCodeOf, WEB_ADDRESS } from "./edits";
import { slug } from "./ids";
import { stateLink, stateNode } from "./evidence";
import type { RosterKind, RosterReport, RosterRowReport as RowReport, Scalars } from "../generated/rest-types";
import { readRosterFile, type RosterRow } from "./roster-file";
import { ADDED_TO_EXISTING, clustersById, mayChangeNode } from "./scope";

/** What the route answers: the types are the contract's (schema/rest.graphql), generated. */
export type { RosterReport, RosterRowReport as RowReport } from "../generated/rest-types";

const STAGES = ["PROPOSAL", "SUBMITTED", "FUNDED", "ONGOING", "COMPLETED"];

/** Rolls the dry run's transaction back after it computed the report. */
class DryRun extends Error {
  constructor(readonly report: RosterReport) {
    super("dry run");
  }
}

function rowErrors(kind: RosterKind, r: RosterRow): RowReport["errors"] {
  const errors: RowReport["errors"] = [];
  const v = r.values;
  const err = (column: string, message: string) => errors.push({ column, value: v[column] ?? "", message });
  if (kind === "members" && !v.name) err("name", "a member needs a name");
  if (kind === "projects" && !v.title) err("title", "a project needs a title");
  if (v.website && !WEB_ADDRESS.test(v.website)) err("website", "not a web address (https://...)");
  if (v.taxCode && taxCodeOf(v.taxCode) === undefined) {
    err("taxCode", "not an Italian tax code (11 digits, or 16 letters and digits)");
  }
  for (const c of ["startYear", "endYear"]) if (v[c] && !/^(19|20)\d\d$/.test(v[c]!)) err(c, "not a year (like 2024)");
  if (v.stage && !STAGES.includes(v.stage.toUpperCase())) err("stage", `not one of ${STAGES.join(", ")}`);
  return errors;
}

/** Curated organisations (and ones added by edits) by normalised name, for matching rows without an id or tax code. */
type NameIndex = Map<string, Set<string>>;

async function nameIndex(tx: Tx): Promise<NameIndex> {
  const { records } = await tx.run(
    "MATCH (o:Organization) WHERE o.dataset IS NULL RETURN o.id AS id, [o.name, o.nameIt, o.shortName] AS names",
  );
  const index: NameIndex = new Map();
  for (const r of records)
    for (const n of r.get("names") as (string | null)[]) if (n) addName(index, n, r.get("id") as string);
  return index;
}

function addName(index: NameIndex, name: string, id: string): void {
  const key = normaliseName(name);
  if (!key) return;
  index.set(key, (index.get(key) ?? new Set()).add(id));
}

/**
 * What the rows' ids, tax codes and titles point at, read in three queries for the whole file (a
 * query per row made a roster of 5,000 rows outlast the transaction's time).
 */
interface Known {
  ids: Set<string>;
  byTaxCode: Map<string, string[]>;
  /** The cluster's projects by lower-case title and acronym. */
  projects: Map<string, string>;
}

async function knownKeys(tx: Tx, kind: RosterKind, clusterId: string, rows: RosterRow[]): Promise<Known> {
  const label = kind === "members" ? "Organization" : "Project";
  const ids = rows.map((r) => r.values.id).filter((id): id is string => !!id);
  const taxCodes = rows
    .map((r) => (r.values.taxCode ? taxCodeOf(r.values.taxCode) : undefined))
    .filter((t): t is string => !!t);
  // Ids address the cluster's own members or projects only: a roster cannot reach any other node.
  const own =
    kind === "members"
      ? `MATCH (n:${label} {id: id})-[:MEMBER_OF]->(:Cluster {id: $clusterId})`
      : `MATCH (:Cluster {id: $clusterId})-[:PARTICIPATES_IN]->(n:${label} {id: id})`;
  const found = await tx.run(`UNWIND $ids AS id ${own} RETURN DISTINCT n.id AS id`, { ids, clusterId });
  const coded = await tx.run(
    "UNWIND $taxCodes AS taxCode MATCH (o:Organization {taxCode: taxCode}) RETURN taxCode, collect(o.id)[..2] AS ids",
    { taxCodes: [...new Set(taxCodes)] },
  );
  const projects = new Map<string, string>();
  if (kind === "projects") {
    const { records } = await tx.run(
      `MATCH (:Cluster {id: $clusterId})-[:PARTICIPATES_IN]->(p:Project) RETURN p.id AS id, p.title AS title, p.acronym AS acronym`,
      { clusterId },
    );
    for (const r of records) {
      const id = r.get("id") as string;
      for (const key of [r.get("title"), r.get("acronym")] as (string | null)[])
        if (key && !projects.has(key.toLowerCase())) projects.set(key.toLowerCase(), id);
    }
  }
  return {
    ids: new Set(found.records.map((r) => r.get("id") as string)),
    byTaxCode: new Map(coded.records.map((r) => [r.get("taxCode") as string, r.get("ids") as string[]])),
    projects,
  };
}

function findMember(known: Known, names: NameIndex, v: Record<string, string>): { id?: string; error?: string } {
  if (v.id)
    return known.ids.has(v.id)
      ? { id: v.id }
      : { error: `'${v.id}' is not one of the cluster's members (an id names one; add others by name or tax code)` };
  if (v.taxCode) {
    const coded = known.byTaxCode.get(taxCodeOf(v.taxCode) ?? "") ?? [];
    if (coded.length === 1) return { id: coded[0]! };
  }
  const same = [...(names.get(normaliseName(v.name ?? "")) ?? [])];
  if (same.length > 1) return { error: `the name matches ${same.join(" and ")}: give the id column` };
  return same.length ? { id: same[0]! } : {};
}

function findProject(known: Known, v: Record<string, string>): { id?: string; error?: string } {
  if (v.id)
    return known.ids.has(v.id)
      ? { id: v.id }
      : { error: `'${v.id}' is not one of the cluster's projects (an id names one; add others by title)` };
  const id =
    known.projects.get((v.title ?? "").toLowerCase()) ??
    (v.acronym ? known.projects.get(v.acronym.toLowerCase()) : undefined);
  return id ? { id } : {};
}

const VALUE_COLUMNS: Record<RosterKind, string[]> = {
  members: ["nameIt", "shortName", "kind", "website", "city", "taxCode"],
  projects: ["acronym", "description", "stage", "startYear", "endYear", "website"],
};

function valuesOf(kind: RosterKind, v: Record<string, string>): Properties {
  const out: Properties = {};
  for (const c of VALUE_COLUMNS[kind]) {
    const value = v[c];
    if (value === undefined) continue;
    if (c === "startYear" || c === "endYear") out[c] = Number(value);
    else if (c === "stage") out[c] = value.toUpperCase();
    else if (c === "taxCode") out[c] = taxCodeOf(value);
    else out[c] = value;
  }
  return out;
}

/** A changed value as the report gives it: roster cells are text or numbers. */
const cell = (value: unknown): Scalars["RosterValue"]["output"] =>
  value === null || value === undefined ? null : typeof value === "number" ? value : String(value);

function rowQuote(fileName: string, r: RosterRow): string {
  return `${fileName}, row ${r.row}: ${Object.entries(r.values)
    .filter(([k]) => k !== "quote")
    .map(([, v]) => v)
    .join("; ")}${r.values.quote ? ` (${r.values.quote})` : ""}`;
}

async function applyRow(
  writer: ChangeWriter,
  viewer: Viewer,
  kind: RosterKind,
  clusterId: string,
  sourceId: string,
  fileName: string,
  r: RosterRow,
  names: NameIndex,
  known: Known,
  scopes: Map<string, string[]>,
): Promise<RowReport> {
  const v = r.values;
  const name = v.name ?? v.title ?? "";
  const report: RowReport = { row: r.row, name, status: "unchanged", nodeId: null, changes: [], errors: [] };
  const found = kind === "members" ? findMember(known, names, v) : findProject(known, v);
  if (found.error) {
    report.status = "error";
    report.errors.push({ column: v.id ? "id" : "name", value: v.id ?? name, message: found.error });
    return report;
  }
  const quote = rowQuote(fileName, r);
  const start = writer.changes.length;
  const label = kind === "members" ? "Organization" : "Project";
  let id = found.id;
  let scope: Record<string, boolean> = {};
  if (!id) {
    id = await freshId(writer, kind === "members" ? "org" : "project", v.acronym ?? name);
    const props = kind === "members" ? { name, ...valuesOf(kind, v) } : { title: name, ...valuesOf(kind, v) };
    await writer.createNode(label, { ...props, id });
    if (kind === "members") addName(names, name, id);
    await stateNode(writer, id, sourceId, quote);
    report.status = "added";
  } else if (!mayChangeNode(viewer, label, scopes.get(id) ?? [])) {
    // Someone else's node (another cluster's, a PNRR body): the row may link it, not change it.
    const current = (await writer.node(id))?.props ?? {};
    const changing = Object.entries(valuesOf(kind, v)).filter(
      ([k, value]) => canonical({ v: current[k] ?? null }) !== canonical({ v: value }),
    );
    if (changing.length) {
      report.status = "error";
      report.errors = changing.map(([column, value]) => ({
        column,
        value: String(value),
        message: `${id} is not in your clusters' scope: its values are its own clusters' editors' (or an admin's) to change; leave the cell empty to link it only`,
      }));
      return report;
    }
    scope = { [ADDED_TO_EXISTING]: true };
  } else {
    const { conflicts } = await setFacts(writer, {
      viewer,
      nodeId: id,
      values: kind === "members" ? { name: undefined, ...valuesOf(kind, v) } : valuesOf(kind, v),
      sourceId,
      quote,
      replaceConflicting: false,
    });
    if (conflicts.length) report.status = "conflicting";
  }
  const link =
    kind === "members"
      ? await stateLink(writer, id, "MEMBER_OF", clusterId, sourceId, quote, scope)
      : await stateLink(writer, clusterId, "PARTICIPATES_IN", id, sourceId, quote, {
          ...(v.role ? { role: v.role } : {}),
          ...scope,
        });
  if (report.status === "unchanged" && link === "created") report.status = "added";
  report.nodeId = id;
  for (const c of writer.changes.slice(start)) {
    if (c.op === "UPDATE_NODE" && c.nodeId === id) {
      for (const k of Object.keys(c.after ?? {}))
        report.changes.push({ field: k, before: cell(c.before?.[k]), after: cell(c.after?.[k]) });
    }
    if (c.op === "CREATE_LINK" && c.linkType !== "STATED_IN")
      report.changes.push({ field: c.linkType!, before: null, after: c.toId ?? null });
  }
  // A row whose source restates what is there already (same values, new quote) changed nothing a user sees.
  if (report.status === "unchanged" && report.changes.length) report.status = "changed";
  return report;
}

export interface RosterImport {
  viewer: Viewer;
  clusterId: string;
  kind: RosterKind;
  fileName: string;
  bytes: Uint8Array;
  apply: boolean;
}

/**
 * Imports a roster for one cluster in one transaction: a dry run computes the report and rolls
 * back; an apply writes it all, audited as one IMPORT change set, or (any row in error) nothing.
 */
export async function importRoster(open: OpenWrite, input: RosterImport): Promise<RosterReport> {
  checkClusters(input.viewer, [input.clusterId], `the roster of ${input.clusterId}`);
  const file = await readRosterFile(input.bytes, input.fileName, input.kind);
  try {
    const info = {
      kind: "IMPORT",
      by: input.viewer.name,
      clusterId: input.clusterId,
      fileName: input.fileName,
    } as const;
    const { outcome, changeSetId } = await writeAudited(open, info, async (writer) => {
      const tx = writer.tx;
      const cluster = await writer.node(input.clusterId);
      if (!cluster || cluster.label !== "Cluster")
        throw new EditError(`cluster: no cluster has the id '${input.clusterId}'.`);
      const sourceId = `src-roster-${slug(input.clusterId)}-${slug(input.fileName)}`;
      if (!(await writer.node(sourceId))) {
        await writer.createNode("Source", {
          id: sourceId,
          title: `${input.kind === "members" ? "Members" : "Projects"} of ${String(cluster.props.name)} (${input.fileName})`,
          publisher: String(cluster.props.name),
          date: writer.at.slice(0, 10),
          reference: input.fileName,
          fileKind: file.fileKind,
          language: null,
        });
      }
      const names = await nameIndex(tx);
      const known = await knownKeys(tx, input.kind, input.clusterId, file.rows);
      const matched = file.rows.flatMap((r) => {
        const found = input.kind === "members" ? findMember(known, names, r.values) : findProject(known, r.values);
        return found.id ? [found.id] : [];
      });
      await writer.prefetch([input.clusterId, sourceId, ...matched]);
      const scopes = await clustersById(tx, matched);
      const rows: RowReport[] = [];
      for (const [i, r] of file.rows.entries()) {
        // Rows read what the writer already holds, answered without a turn of the event loop: a
        // turn every 100 rows, so 5,000 rows do not hold it for most of a second (bench:stall).
        if (i % 100 === 99) await new Promise<void>((resolve) => setImmediate(resolve));
        const errors = rowErrors(input.kind, r);
        rows.push(
          errors.length
            ? {
                row: r.row,
                name: r.values.name ?? r.values.title ?? "",
                status: "error",
                nodeId: null,
                changes: [],
                errors,
              }
            : await applyRow(
                writer,
                input.viewer,
                input.kind,
                input.clusterId,
                sourceId,
                input.fileName,
                r,
                names,
                known,
                scopes,
              ),
        );
      }
      const counts: RosterReport["counts"] = { added: 0, changed: 0, unchanged: 0, conflicting: 0, error: 0 };
      for (const r of rows) counts[r.status]++;
      const report: RosterReport = {
        fileName: input.fileName,
        fileKind: file.fileKind,
        kind: input.kind,
        clusterId: input.clusterId,
        applied: false,
        changeSetId: null,
        sourceId,
        counts,
        rows,
      };
      if (!input.apply || counts.error > 0) throw new DryRun(report);
      const summary = `Roster ${input.fileName}: ${counts.added} added, ${counts.changed} changed, ${counts.conflicting} conflicting, ${counts.unchanged} unchanged`;
      return { summary, report };
    });
    return { ...outcome.report, applied: true, changeSetId };
  } catch (e) {
    if (e instanceof DryRun) return e.report;
    throw e;
  }
}
