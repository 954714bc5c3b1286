import { randomUUID } from "node:crypto";
import { ENTITY_LABEL } from "@lombardy-kg/schema";
import type { Tx } from "./write-path";

export type Properties = Record<string, unknown>;

export type ChangeOp = "CREATE_NODE" | "UPDATE_NODE" | "DELETE_NODE" | "CREATE_LINK" | "UPDATE_LINK" | "DELETE_LINK";

/** One change as the audit keeps it: the values before and after (null: absent). */
export interface ChangeRecord {
  op: ChangeOp;
  nodeId: string;
  label: string;
  linkType?: string;
  toId?: string;
  before: Properties | null;
  after: Properties | null;
}

export interface ChangeSetInfo {
  kind: "EDIT" | "IMPORT" | "UNDO";
  by: string;
  clusterId?: string | undefined;
  fileName?: string | undefined;
  undoes?: string | undefined;
}

/** Labels the audit trail and accounts use: never written or undone as facts. */
export const AUDIT_LABELS = ["ChangeSet", "Change", "Account"] as const;

/** Key order does not matter, and absent equals null: two property maps that say the same compare equal. */
export function canonical(props: Properties | null): string {
  if (props === null) return "null";
  const keys = Object.keys(props)
    .filter((k) => props[k] !== null && props[k] !== undefined)
    .sort();
  return JSON.stringify(Object.fromEntries(keys.map((k) => [k, props[k]])));
}

const LABEL = /^[A-Z][A-Za-z]*$/;
const TYPE = /^[A-Z][A-Z_]*$/;
function safe(name: string, pattern: RegExp): string {
  // Labels and types cannot be parameters in Cypher: only names of the model's shape get this far.
  if (!pattern.test(name)) throw new Error(`'${name}' is not a label or relationship type of the model`);
  return name;
}

/**
 * Makes the changes of one edit, import or undo inside its transaction, and keeps each with the
 * values before and after, written as a ChangeSet with its Changes when it finishes: the audit is
 * in the same transaction as the change, so both happen or neither does.
 */
export class ChangeWriter {
  readonly id = `cs-${new Date()
    .toISOString()
    .replace(/[-:.TZ]/g, "")
    .slice(0, 14)}-${randomUUID().slice(0, 8)}`;
  readonly changes: ChangeRecord[] = [];
  readonly at = new Date().toISOString();

  constructor(
    readonly tx: Tx,
    readonly info: ChangeSetInfo,
  ) {}

  async node(id: string): Promise<{ label: string; props: Properties } | undefined> {
    const { records } = await this.tx.run(
      `MATCH (n:${ENTITY_LABEL} {id: $id})
       RETURN [l IN labels(n) WHERE l <> $entity][0] AS label, properties(n) AS props`,
      { id, entity: ENTITY_LABEL },
    );
    const r = records[0];
    return r ? { label: r.get("label") as string, props: r.get("props") as Properties } : undefined;
  }

  async link(fromId: string, type: string, toId: string): Promise<Properties | undefined> {
    const { records } = await this.tx.run(
      `MATCH (:${ENTITY_LABEL} {id: $fromId})-[r:${safe(type, TYPE)}]->(:${ENTITY_LABEL} {id: $toId}) RETURN properties(r) AS props`,
      { fromId, toId },
    );
    return records[0]?.get("props") as Properties | undefined;
  }

  async createNode(label: string, props: Properties & { id: string }): Promise<void> {
    const clean = withoutNulls(props);
    await this.tx.run(`CREATE (n:${safe(label, LABEL)}:${ENTITY_LABEL}) SET n = $props`, { props: clean });
    this.changes.push({ op: "CREATE_NODE", nodeId: props.id, label, before: null, after: clean });
  }

  /** Sets the given properties (null removes one); records only the ones that change. */
  async updateNode(id: string, values: Properties): Promise<boolean> {
    const current = await this.node(id);
    if (!current) throw new Error(`No node has the id ${id}`);
    const changed = Object.keys(values).filter(
      (k) => canonical({ v: current.props[k] ?? null }) !== canonical({ v: values[k] ?? null }),
    );
    if (!changed.length) return false;
    const set = Object.fromEntries(changed.map((k) => [k, values[k] ?? null]));
    await this.tx.run(`MATCH (n:${ENTITY_LABEL} {id: $id}) SET n += $set`, { id, set });
    this.changes.push({
      op: "UPDATE_NODE",
      nodeId: id,
      label: current.label,
      before: Object.fromEntries(changed.map((k) => [k, current.props[k] ?? null])),
      after: set,
    });
    return true;
  }

  async deleteNode(id: string): Promise<void> {
    const current = await this.node(id);
    if (!current) return;
    await this.tx.run(`MATCH (n:${ENTITY_LABEL} {id: $id}) DELETE n`, { id });
    this.changes.push({ op: "DELETE_NODE", nodeId: id, label: current.label, before: current.props, after: null });
  }

  /** The link's properties (undefined: no such link) and its start node's label (undefined: no such node). */
  private async linkState(fromId: string, type: string, toId: string) {
    const { records } = await this.tx.run(
      `MATCH (a:${ENTITY_LABEL} {id: $fromId})
       OPTIONAL MATCH (a)-[r:${safe(type, TYPE)}]->(:${ENTITY_LABEL} {id: $toId})
       RETURN [l IN labels(a) WHERE l <> $entity][0] AS label, properties(r) AS props`,
      { fromId, toId, entity: ENTITY_LABEL },
    );
    const r = records[0];
    return {
      label: r?.get("label") as string | undefined,
      props: (r?.get("props") ?? undefined) as Properties | undefined,
    };
  }

  /**
   * Creates the link, or sets its properties when it exists; records what changed. `props` may be
   * worked out from the link's current properties (evidence added to it), read once here.
   */
  async putLink(
    fromId: string,
    type: string,
    toId: string,
    props: Properties | ((current: Properties | undefined) => Properties),
  ): Promise<"created" | "updated" | "unchanged"> {
    const { label, props: before } = await this.linkState(fromId, type, toId);
    if (label === undefined) throw new Error(`No node has the id ${fromId}`);
    const clean = withoutNulls(typeof props === "function" ? props(before) : props);
    if (before && canonical(before) === canonical(clean)) return "unchanged";
    await this.tx.run(
      `MATCH (a:${ENTITY_LABEL} {id: $fromId}) MATCH (b:${ENTITY_LABEL} {id: $toId})
       MERGE (a)-[r:${safe(type, TYPE)}]->(b) SET r = $props`,
      { fromId, toId, props: clean },
    );
    this.changes.push({
      op: before ? "UPDATE_LINK" : "CREATE_LINK",
      nodeId: fromId,
      label,
      linkType: type,
      toId,
      before: before ?? null,
      after: clean,
    });
    return before ? "updated" : "created";
  }

  async deleteLink(fromId: string, type: string, toId: string): Promise<boolean> {
    const { label, props: before } = await this.linkState(fromId, type, toId);
    if (!before) return false;
    await this.tx.run(
      `MATCH (:${ENTITY_LABEL} {id: $fromId})-[r:${safe(type, TYPE)}]->(:${ENTITY_LABEL} {id: $toId}) DELETE r`,
      { fromId, toId },
    );
    this.changes.push({
      op: "DELETE_LINK",
      nodeId: fromId,
      label: label ?? "",
      linkType: type,
      toId,
      before,
      after: null,
    });
    return true;
  }

  /** Writes the ChangeSet and its Changes; nothing when nothing changed. */
  async finish(summary: string): Promise<void> {
    if (!this.changes.length) return;
    await this.tx.run(
      `CREATE (cs:ChangeSet {id: $id, at: $at, by: $by, kind: $kind, summary: $summary})
       SET cs.clusterId = $clusterId, cs.fileName = $fileName, cs.undoes = $undoes
       WITH cs
       UNWIND range(0, size($changes) - 1) AS i
       WITH cs, i, $changes[i] AS c
       CREATE (cs)-[:INCLUDES]->(ch:Change {id: $id + '-' + (i + 1), seq: i + 1, op: c.op, nodeId: c.nodeId, label: c.label,
         by: $by, at: $at})
       SET ch.linkType = c.linkType, ch.toId = c.toId, ch.before = c.before, ch.after = c.after, ch.clusterId = $clusterId`,
      {
        id: this.id,
        at: this.at,
        by: this.info.by,
        kind: this.info.kind,
        summary,
        clusterId: this.info.clusterId ?? null,
        fileName: this.info.fileName ?? null,
        undoes: this.info.undoes ?? null,
        changes: this.changes.map((c) => ({
          op: c.op,
          nodeId: c.nodeId,
          label: c.label,
          linkType: c.linkType ?? null,
          toId: c.toId ?? null,
          before: c.before === null ? null : JSON.stringify(c.before),
          after: c.after === null ? null : JSON.stringify(c.after),
        })),
      },
    );
  }
}

export function withoutNulls<T extends Properties>(props: T): T {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined)) as T;
}
