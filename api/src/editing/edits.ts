import { readNodeTypes, type NodeType } from "@lombardy-kg/schema";
import { normaliseTaxCode } from "@lombardy-kg/ingest";
import { checkClusters } from "../auth/permissions";
import type { Viewer } from "../auth/tokens";
import {
  canonical,
  writeAudited,
  type ChangeSetInfo,
  type ChangeWriter,
  type OpenWrite,
  type Properties,
} from "@lombardy-kg/write";
import { EditError } from "./edit-error";
import { slug } from "./ids";
import { checkQuote, resolveSource, stateLink, stateNode, type EvidenceInput } from "./evidence";
import { checkLinkScope, checkNodeScope } from "./scope";

export interface EditResult {
  changeSetId: string;
  summary: string;
  changeCount: number;
  nodeId: string | null;
  disagreementIds: string[];
}

/** Node types an editor may change; the rest (sources, reference data, PNRR open data) are admins' only. */

let model: Map<string, NodeType> | undefined;
function nodeType(label: string): NodeType {
  model ??= new Map(readNodeTypes().map((t) => [t.label, t]));
  const t = model.get(label);
  if (!t) throw new EditError(`'${label}' is not a type of the graph.`);
  return t;
}

/** What an edit says it did, before the audit counts its changes. */
export interface EditOutcome {
  summary: string;
  nodeId?: string;
  disagreementIds?: string[];
}

/** Runs one edit through the write path (one transaction, its audit, derived links); anything thrown writes nothing. */
export async function runChange(
  open: OpenWrite,
  info: ChangeSetInfo,
  work: (writer: ChangeWriter) => Promise<EditOutcome>,
): Promise<EditResult> {
  const { outcome, changeSetId, changeCount } = await writeAudited(open, info, work);
  return {
    changeSetId: changeSetId ?? "",
    summary: changeCount ? outcome.summary : `Nothing changed: ${outcome.summary}`,
    changeCount,
    nodeId: outcome.nodeId ?? null,
    disagreementIds: outcome.disagreementIds ?? [],
  };
}

/** A new node's id from its name (org-..., project-...), with -2, -3... when taken. */
export async function freshId(writer: ChangeWriter, prefix: string, name: string): Promise<string> {
  const base = `${prefix}-${slug(name) || "new"}`;
  // The taken ids of the kind, read once a transaction: probing one id at a time was quadratic
  // for many names that slug alike (500 names sharing their first 48 characters), and a roster of
  // 5,000 new members asked 5,000 times.
  const taken = await writer.idsStartingWith(`${prefix}-`);
  if (!taken.has(base)) return base;
  const next = nextSuffix.get(writer) ?? new Map<string, number>();
  nextSuffix.set(writer, next);
  let i = next.get(base) ?? 2;
  while (taken.has(`${base}-${i}`)) i++;
  next.set(base, i + 1);
  return `${base}-${i}`;
}

/** Where the search for a free suffix resumes, per writer and base: no name probes the ones before it again. */
const nextSuffix = new WeakMap<ChangeWriter, Map<string, number>>();

async function requireNode(writer: ChangeWriter, id: string, where: string, label?: string) {
  const node = await writer.node(id);
  if (!node) throw new EditError(`${where}: nothing in the graph has the id '${id}'.`);
  if (label && node.label !== label) throw new EditError(`${where}: '${id}' is a ${node.label}, not a ${label}.`);
  return node;
}

const nameOf = (props: Properties): string => String(props.name ?? props.acronym ?? props.title ?? props.id);

/** Checks a new value against the property's type in the model. */
function checkValue(t: NodeType, key: string, value: unknown): void {
  const p = t.properties.get(key);
  if (!p || key === "id" || key === "dataset")
    throw new EditError(`values.${key}: a ${t.label} has no '${key}' to set.`);
  if (value === null || value === undefined) return;
  if (p.type === "Int" && !Number.isInteger(value))
    throw new EditError(`values.${key}: '${String(value)}' is not a whole number.`);
  if (p.type === "Int" && (value as number) < 0) throw new EditError(`values.${key}: ${String(value)} is negative.`);
  if (key === "website" && !WEB_ADDRESS.test(String(value)))
    throw new EditError(`values.website: '${String(value)}' is not a web address (https://...).`);
  if (typeof value === "string" && value.length > 2000)
    throw new EditError(`values.${key}: keep it under 2,000 characters.`);
}

export interface FactEdit {
  viewer: Viewer;
  nodeId: string;
  values: Properties;
  sourceId: string;
  quote: string;
  /** An explicit edit replaces a conflicting value (keeping both as a disagreement); an import keeps the old one. */
  replaceConflicting: boolean;
}

/**
 * Sets values on a node with their evidence. A value differs from the node's and the node's
 * sources do not include the new source: both are kept as a Disagreement (the old value with its
 * sources, the new one with its own); an explicit edit then takes the new value, an import keeps
 * the old one. Returns the ids of the disagreements and the keys that conflicted.
 */
export async function setFacts(
  writer: ChangeWriter,
  edit: FactEdit,
): Promise<{ disagreementIds: string[]; conflicts: string[] }> {
  const node = await requireNode(writer, edit.nodeId, "id");
  const t = nodeType(node.label);
  for (const [k, v] of Object.entries(edit.values)) checkValue(t, k, v);
  const sources = (await writer.linksFrom(edit.nodeId, "STATED_IN")).map((l) => l.toId);
  const disagreementIds: string[] = [];
  const conflicts: string[] = [];
  const set: Properties = {};
  for (const [key, value] of Object.entries(edit.values)) {
    if (value === undefined || value === null) continue;
    const old = node.props[key];
    if (canonical({ v: old ?? null }) === canonical({ v: value })) continue;
    const conflicting = old !== undefined && old !== null && !sources.includes(edit.sourceId);
    if (conflicting) {
      conflicts.push(key);
      disagreementIds.push(await keepDisagreement(writer, node.props, key, old, value, sources, edit));
      if (!edit.replaceConflicting) continue;
    }
    set[key] = value;
  }
  await writer.updateNode(edit.nodeId, set);
  if (Object.keys(set).length || conflicts.length) await stateNode(writer, edit.nodeId, edit.sourceId, edit.quote);
  return { disagreementIds, conflicts };
}

async function keepDisagreement(
  writer: ChangeWriter,
  props: Properties,
  key: string,
  old: unknown,
  value: unknown,
  oldSources: string[],
  edit: FactEdit,
): Promise<string> {
  const id = await freshId(writer, "dis-edit", `${String(props.id)}-${key}`);
  const name = nameOf(props);
  const oldFrom = oldSources.length ? oldSources.join(", ") : "no source";
  await writer.createNode("Disagreement", {
    id,
    topic: `${name}: ${key}`,
    description: `${key} of ${name}: '${String(old)}' (as stated in ${oldFrom}) or '${String(value)}' (stated in ${edit.sourceId}, entered by ${writer.info.by} on ${writer.at.slice(0, 10)}).`,
    kind: "conflicting values",
    inferred: [
      `kind: the two values differ and come from different sources (${writer.info.kind.toLowerCase()} by ${writer.info.by})`,
    ],
  });
  const quote = `${key}: '${String(value)}' — ${edit.quote}`;
  await stateLink(writer, id, "CONCERNS", edit.nodeId, edit.sourceId, quote);
  await stateNode(writer, id, edit.sourceId, quote);
  for (const s of oldSources)
    await stateNode(writer, id, s, `${key}: '${String(old)}' (the value before, as this source states the node)`);
  return id;
}

export async function addMember(
  writer: ChangeWriter,
  viewer: Viewer,
  input: {
    clusterId: string;
    organizationId?: string | null;
    organization?: Properties | null;
    evidence: EvidenceInput;
  },
): Promise<{ summary: string; nodeId: string; disagreementIds?: string[] }> {
  checkClusters(viewer, [input.clusterId], `members of ${input.clusterId}`);
  const cluster = await requireNode(writer, input.clusterId, "clusterId", "Cluster");
  const quote = checkQuote(input.evidence.quote);
  const sourceId = await resolveSource(writer, input.evidence.source);
  let orgId = input.organizationId ?? undefined;
  let orgName: string;
  let scope: Record<string, boolean> = {};
  if (orgId) {
    if (input.organization)
      throw new EditError("Give either organizationId (an existing one) or organization (a new one), not both.");
    orgName = nameOf((await requireNode(writer, orgId, "organizationId", "Organization")).props);
    scope = await checkLinkScope(writer.tx, viewer, { id: orgId, label: "Organization" }, "MEMBER_OF", {
      id: input.clusterId,
      label: "Cluster",
    });
  } else {
    const org = input.organization;
    if (!org || !String(org.name ?? "").trim())
      throw new EditError("organization.name: a new member needs a name (or give organizationId).");
    orgName = String(org.name).trim();
    const props = newOrganization(org);
    for (const [k, v] of Object.entries(props)) checkValue(nodeType("Organization"), k, v);
    orgId = await freshId(writer, "org", orgName);
    await writer.createNode("Organization", { ...props, id: orgId, name: orgName });
    await stateNode(writer, orgId, sourceId, quote);
  }
  await stateLink(writer, orgId, "MEMBER_OF", input.clusterId, sourceId, quote, scope);
  return { summary: `${orgName} added to the members of ${nameOf(cluster.props)}`, nodeId: orgId };
}

/** A tax code as the graph keeps it (11 digits zero-padded, or 16 characters); undefined when the text is none. */
export function taxCodeOf(text: string): string | undefined {
  return normaliseTaxCode(text) ?? undefined;
}

/** What a website must look like to be kept. */
export const WEB_ADDRESS = /^https?:\/\/\S+\.\S+$/;

/** The properties of a new organisation from its input, the tax code normalised. */
export function newOrganization(org: Properties): Properties {
  const clean: Properties = {};
  for (const key of ["name", "nameIt", "shortName", "kind", "website", "city", "taxCode"]) {
    const v = org[key];
    if (typeof v === "string" && v.trim()) clean[key] = v.trim();
  }
  if (typeof clean.taxCode === "string") {
    const normal = taxCodeOf(clean.taxCode);
    if (normal === undefined)
      throw new EditError(
        `organization.taxCode: '${clean.taxCode}' is not an Italian tax code (11 digits, or 16 letters and digits).`,
      );
    clean.taxCode = normal;
  }
  return clean;
}

export async function updateFacts(
  writer: ChangeWriter,
  viewer: Viewer,
  input: { id: string; values: Properties; evidence: EvidenceInput },
): Promise<{ summary: string; nodeId: string; disagreementIds: string[] }> {
  const node = await requireNode(writer, input.id, "id");
  await checkNodeScope(writer.tx, viewer, { id: input.id, label: node.label });
  const values = Object.fromEntries(Object.entries(input.values).filter(([, v]) => v !== null && v !== undefined));
  if (!Object.keys(values).length) throw new EditError("values: give at least one value to set.");
  const quote = checkQuote(input.evidence.quote);
  const sourceId = await resolveSource(writer, input.evidence.source);
  const { disagreementIds } = await setFacts(writer, {
    viewer,
    nodeId: input.id,
    values,
    sourceId,
    quote,
    replaceConflicting: true,
  });
  return {
    summary: `${nameOf(node.props)}: ${Object.keys(values).join(", ")} set${disagreementIds.length ? ` (${disagreementIds.length} disagreement kept)` : ""}`,
    nodeId: input.id,
    disagreementIds,
  };
}

export async function addProject(
  writer: ChangeWriter,
  viewer: Viewer,
  input: { clusterId: string; project: Properties; role?: string | null; evidence: EvidenceInput },
): Promise<{ summary: string; nodeId: string }> {
  checkClusters(viewer, [input.clusterId], `projects of ${input.clusterId}`);
  const cluster = await requireNode(writer, input.clusterId, "clusterId", "Cluster");
  const title = String(input.project.title ?? "").trim();
  if (!title) throw new EditError("project.title: a project needs a title.");
  const quote = checkQuote(input.evidence.quote);
  const sourceId = await resolveSource(writer, input.evidence.source);
  const props: Properties = {};
  for (const [k, v] of Object.entries(input.project)) {
    if (v === null || v === undefined || v === "") continue;
    checkValue(nodeType("Project"), k, v);
    props[k] = typeof v === "string" ? v.trim() : v;
  }
  const id = await freshId(writer, "project", String(props.acronym ?? title));
  await writer.createNode("Project", { ...props, id, title });
  await stateNode(writer, id, sourceId, quote);
  await stateLink(
    writer,
    input.clusterId,
    "PARTICIPATES_IN",
    id,
    sourceId,
    quote,
    input.role ? { role: input.role } : {},
  );
  return { summary: `${String(props.acronym ?? title)} added to the projects of ${nameOf(cluster.props)}`, nodeId: id };
}

/** Checks the model has `type` from the first node's type to the second's. */
function checkLinkType(fromLabel: string, type: string, toLabel: string): void {
  const out = nodeType(fromLabel).relationships.some(
    (r) => r.type === type && r.direction === "OUT" && r.target === toLabel,
  );
  const inward = nodeType(toLabel).relationships.some(
    (r) => r.type === type && r.direction === "IN" && r.target === fromLabel,
  );
  if ((!out && !inward) || type === "STATED_IN") {
    const allowed = nodeType(fromLabel)
      .relationships.filter((r) => r.direction === "OUT" && r.target === toLabel && r.type !== "STATED_IN")
      .map((r) => r.type);
    throw new EditError(
      `type: the model has no ${type} from a ${fromLabel} to a ${toLabel}${allowed.length ? ` (it has ${[...new Set(allowed)].join(", ")})` : ""}.`,
    );
  }
}

export async function linkNodes(
  writer: ChangeWriter,
  viewer: Viewer,
  input: { fromId: string; type: string; toId: string; role?: string | null; evidence: EvidenceInput },
): Promise<{ summary: string; nodeId: string }> {
  const from = await requireNode(writer, input.fromId, "fromId");
  const to = await requireNode(writer, input.toId, "toId");
  checkLinkType(from.label, input.type, to.label);
  const scope = await checkLinkScope(writer.tx, viewer, { id: input.fromId, label: from.label }, input.type, {
    id: input.toId,
    label: to.label,
  });
  const quote = checkQuote(input.evidence.quote);
  const sourceId = await resolveSource(writer, input.evidence.source);
  await stateLink(writer, input.fromId, input.type, input.toId, sourceId, quote, {
    ...(input.role ? { role: input.role } : {}),
    ...scope,
  });
  return { summary: `${nameOf(from.props)} ${input.type} ${nameOf(to.props)}`, nodeId: input.fromId };
}

export async function unlinkNodes(
  writer: ChangeWriter,
  viewer: Viewer,
  input: { fromId: string; type: string; toId: string; note: string },
): Promise<{ summary: string; nodeId: string }> {
  const from = await requireNode(writer, input.fromId, "fromId");
  const to = await requireNode(writer, input.toId, "toId");
  if (input.type === "STATED_IN") throw new EditError("type: a node's sources are not removed by hand.");
  checkLinkType(from.label, input.type, to.label);
  await checkLinkScope(writer.tx, viewer, { id: input.fromId, label: from.label }, input.type, {
    id: input.toId,
    label: to.label,
  });
  const note = checkQuote(input.note, "note");
  if (!(await writer.deleteLink(input.fromId, input.type, input.toId)))
    throw new EditError(`No ${input.type} link goes from '${input.fromId}' to '${input.toId}'.`);
  return { summary: `${nameOf(from.props)} ${input.type} ${nameOf(to.props)} removed: ${note}`, nodeId: input.fromId };
}
