import { normaliseName } from "@lombardy-kg/ingest";
import { checkClusters } from "../auth/permissions";
import type { Viewer } from "../auth/tokens";
import { writeAudited, type ChangeWriter, type OpenWrite, type Properties, type Tx } from "@lombardy-kg/write";
import { EditError } from "./edit-error";
import { freshId, setFacts, taxCodeOf, WEB_ADDRESS } from "./edits";
import { slug } from "./ids";
import { stateLink, stateNode } from "./evidence";
import type { RosterKind, RosterReport, RosterRowReport as RowReport, Scalars } from "../generated/rest-types";
import { readRosterFile, type RosterRow } from "./roster-file";

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

async function findMember(
  tx: Tx,
  names: NameIndex,
  v: Record<string, string>,
): Promise<{ id?: string; error?: string }> {
  if (v.id) {
    const { records } = await tx.run("MATCH (o:Organization {id: $id}) RETURN o.id AS id", { id: v.id });
    return records.length ? { id: v.id } : { error: `no organisation has the id '${v.id}'` };
  }
  if (v.taxCode) {
    const taxCode = taxCodeOf(v.taxCode);
    const { records } = await tx.run("MATCH (o:Organization {taxCode: $taxCode}) RETURN o.id AS id LIMIT 2", {
      taxCode,
    });
    if (records.length === 1) return { id: records[0]!.get("id") as string };
  }
  const same = [...(names.get(normaliseName(v.name ?? "")) ?? [])];
  if (same.length > 1) return { error: `the name matches ${same.join(" and ")}: give the id column` };
  return same.length ? { id: same[0]! } : {};
}

async function findProject(
  tx: Tx,
  clusterId: string,
  v: Record<string, string>,
): Promise<{ id?: string; error?: string }> {
  if (v.id) {
    const { records } = await tx.run("MATCH (p:Project {id: $id}) RETURN p.id AS id", { id: v.id });
    return records.length ? { id: v.id } : { error: `no project has the id '${v.id}'` };
  }
  const { records } = await tx.run(
    `MATCH (:Cluster {id: $clusterId})-[:PARTICIPATES_IN]->(p:Project)
     WHERE toLower(p.title) = toLower($title) OR (p.acronym IS NOT NULL AND toLower(p.acronym) = toLower($acronym))
     RETURN p.id AS id`,
    { clusterId, title: v.title ?? "", acronym: v.acronym ?? "" },
  );
  return records.length ? { id: records[0]!.get("id") as string } : {};
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
): Promise<RowReport> {
  const v = r.values;
  const name = v.name ?? v.title ?? "";
  const report: RowReport = { row: r.row, name, status: "unchanged", nodeId: null, changes: [], errors: [] };
  const found = kind === "members" ? await findMember(writer.tx, names, v) : await findProject(writer.tx, clusterId, v);
  if (found.error) {
    report.status = "error";
    report.errors.push({ column: v.id ? "id" : "name", value: v.id ?? name, message: found.error });
    return report;
  }
  const quote = rowQuote(fileName, r);
  const start = writer.changes.length;
  const label = kind === "members" ? "Organization" : "Project";
  let id = found.id;
  if (!id) {
    id = await freshId(writer, kind === "members" ? "org" : "project", v.acronym ?? name);
    const props = kind === "members" ? { name, ...valuesOf(kind, v) } : { title: name, ...valuesOf(kind, v) };
    await writer.createNode(label, { ...props, id });
    if (kind === "members") addName(names, name, id);
    await stateNode(writer, id, sourceId, quote);
    report.status = "added";
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
      ? await stateLink(writer, id, "MEMBER_OF", clusterId, sourceId, quote)
      : await stateLink(writer, clusterId, "PARTICIPATES_IN", id, sourceId, quote, v.role ? { role: v.role } : {});
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
      const rows: RowReport[] = [];
      for (const r of file.rows) {
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
            : await applyRow(writer, input.viewer, input.kind, input.clusterId, sourceId, input.fileName, r, names),
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
