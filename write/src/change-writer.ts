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
export const AUDIT_LABELS = ["ChangeSet", "Change", "Account", "LoginFailures", "WriteLock"] as const;

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
  /**
   * What this transaction knows of the nodes it read or wrote (null: no such node), and of the
   * outgoing links of the nodes whose links it read all of (by `type` and `toId`): a roster of
   * 5,000 rows asked Neo4j the same things tens of thousands of times, one round trip each.
   */
  private readonly nodes = new Map<string, NodeState | null>();
  private readonly outgoing = new Map<string, Map<string, Properties>>();
  private readonly idsByPrefix = new Map<string, Set<string>>();
  /**
   * Writes not yet sent, by stage and statement: each statement is sent once for all its rows
   * (UNWIND) when something reads, or when the writer finishes. A statement costs Neo4j about 2 ms
   * here whatever its size, and a roster of 5,000 rows made 15,000 of them.
   */
  private readonly buffered: Map<string, Properties[]>[] = STAGES.map(() => new Map());
  /** Ids and link keys a buffered delete touches: a write to one of them sends the buffer first. */
  private readonly deleting = new Set<string>();
  private readonly raw: Tx;
  /** The transaction, for the queries callers write themselves: it sends buffered writes before each. */
  readonly tx: Tx;

  constructor(
    tx: Tx,
    readonly info: ChangeSetInfo,
  ) {
    this.raw = tx;
    const run = async (query: string, params?: Properties) => {
      await this.flush();
      return tx.run(query, params);
    };
    // A promise of the records where the driver gives a Result: every caller awaits it.
    this.tx = { run } as unknown as Tx;
  }

  private buffer(stage: Stage, statement: string, row: Properties, touches: string[]): Promise<void> | void {
    const pending = touches.some((k) => this.deleting.has(k));
    const add = () => {
      const rows = this.buffered[STAGES.indexOf(stage)]!;
      const list = rows.get(statement) ?? [];
      list.push(row);
      rows.set(statement, list);
      if (stage === "deleteLink" || stage === "deleteNode") for (const k of touches) this.deleting.add(k);
    };
    // A write after a buffered delete of the same thing keeps its order: the buffer goes first.
    if (pending) return this.flush().then(add);
    add();
  }

  /** Sends every buffered write, stage by stage (creations, updates, links, unlinks, deletions). */
  async flush(): Promise<void> {
    for (const rows of this.buffered) {
      const statements = [...rows];
      rows.clear();
      for (const [statement, list] of statements)
        for (let i = 0; i < list.length; i += SEND_ROWS)
          await this.raw.run(statement, { rows: list.slice(i, i + SEND_ROWS) });
    }
    this.deleting.clear();
  }

  private remember(id: string, state: NodeState | null): void {
    this.nodes.set(id, state);
    if (state) for (const [prefix, ids] of this.idsByPrefix) if (id.startsWith(prefix)) ids.add(id);
  }

  /**
   * Reads the nodes and all their outgoing links in one query, for the reads that follow (a
   * roster's matched members, its cluster and source).
   */
  async prefetch(ids: string[]): Promise<void> {
    const wanted = [...new Set(ids)].filter((id) => !this.outgoing.has(id) && this.nodes.get(id) !== null);
    if (!wanted.length) return;
    await this.flush();
    const { records } = await this.raw.run(
      `UNWIND $ids AS id
       MATCH (n:${ENTITY_LABEL} {id: id})
       OPTIONAL MATCH (n)-[r]->(b:${ENTITY_LABEL})
       RETURN n.id AS id, [l IN labels(n) WHERE l <> $entity][0] AS label, properties(n) AS props,
         collect(CASE WHEN r IS NULL THEN null ELSE [type(r), b.id, properties(r)] END) AS links`,
      { ids: wanted, entity: ENTITY_LABEL },
    );
    const found = new Set<string>();
    for (const r of records) {
      const id = r.get("id") as string;
      found.add(id);
      this.remember(id, { label: r.get("label") as string, props: r.get("props") as Properties });
      const links = new Map<string, Properties>();
      for (const [type, toId, props] of r.get("links") as [string, string, Properties][])
        links.set(linkKey(type, toId), props);
      this.outgoing.set(id, links);
    }
    for (const id of wanted) if (!found.has(id)) this.nodes.set(id, null);
  }

  /** The ids that start with `prefix`, read once and kept up to date by this writer's creations. */
  async idsStartingWith(prefix: string): Promise<ReadonlySet<string>> {
    let ids = this.idsByPrefix.get(prefix);
    if (!ids) {
      // Writers that name new nodes of one kind take turns: the next one waits here until this
      // transaction ends, then reads the ids it committed (two edits naming "Acme" at once both
      // chose org-acme, and one failed on the unique id).
      await this.tx.run("MERGE (l:WriteLock {prefix: $prefix}) SET l.at = timestamp()", { prefix });
      const { records } = await this.tx.run(
        `MATCH (n:${ENTITY_LABEL}) WHERE n.id STARTS WITH $prefix RETURN n.id AS id`,
        { prefix },
      );
      ids = new Set(records.map((r) => r.get("id") as string));
      for (const [id, state] of this.nodes) if (state && id.startsWith(prefix)) ids.add(id);
      this.idsByPrefix.set(prefix, ids);
    }
    return ids;
  }

  async node(id: string): Promise<NodeState | undefined> {
    const known = this.nodes.get(id);
    if (known !== undefined) return known ?? undefined;
    const { records } = await this.tx.run(
      `MATCH (n:${ENTITY_LABEL} {id: $id})
       RETURN [l IN labels(n) WHERE l <> $entity][0] AS label, properties(n) AS props`,
      { id, entity: ENTITY_LABEL },
    );
    const r = records[0];
    const state = r ? { label: r.get("label") as string, props: r.get("props") as Properties } : null;
    this.remember(id, state);
    return state ?? undefined;
  }

  /** The node's outgoing links of one type: `toId` and properties. */
  async linksFrom(fromId: string, type: string): Promise<{ toId: string; props: Properties }[]> {
    const known = this.outgoing.get(fromId);
    if (known) {
      const prefix = linkKey(type, "");
      return [...known]
        .filter(([key]) => key.startsWith(prefix))
        .map(([key, props]) => ({ toId: key.slice(prefix.length), props }));
    }
    const { records } = await this.tx.run(
      `MATCH (:${ENTITY_LABEL} {id: $fromId})-[r:${safe(type, TYPE)}]->(b:${ENTITY_LABEL}) RETURN b.id AS toId, properties(r) AS props`,
      { fromId },
    );
    return records.map((r) => ({ toId: r.get("toId") as string, props: r.get("props") as Properties }));
  }

  async link(fromId: string, type: string, toId: string): Promise<Properties | undefined> {
    const known = this.outgoing.get(fromId);
    if (known) return known.get(linkKey(type, toId));
    const { records } = await this.tx.run(
      `MATCH (:${ENTITY_LABEL} {id: $fromId})-[r:${safe(type, TYPE)}]->(:${ENTITY_LABEL} {id: $toId}) RETURN properties(r) AS props`,
      { fromId, toId },
    );
    return records[0]?.get("props") as Properties | undefined;
  }

  async createNode(label: string, props: Properties & { id: string }): Promise<void> {
    const clean = withoutNulls(props);
    await this.buffer(
      "create",
      `UNWIND $rows AS row CREATE (n:${safe(label, LABEL)}:${ENTITY_LABEL}) SET n = row`,
      clean,
      [props.id],
    );
    this.remember(props.id, { label, props: clean });
    this.outgoing.set(props.id, new Map());
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
    await this.buffer(
      "update",
      `UNWIND $rows AS row MATCH (n:${ENTITY_LABEL} {id: row.id}) SET n += row.set`,
      { id, set },
      [id],
    );
    this.remember(id, { label: current.label, props: withoutNulls({ ...current.props, ...set }) });
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
    await this.buffer("deleteNode", `UNWIND $rows AS row MATCH (n:${ENTITY_LABEL} {id: row.id}) DELETE n`, { id }, [
      id,
    ]);
    this.nodes.set(id, null);
    this.outgoing.delete(id);
    this.changes.push({ op: "DELETE_NODE", nodeId: id, label: current.label, before: current.props, after: null });
  }

  /** The link's properties (undefined: no such link) and its start node's label (undefined: no such node). */
  private async linkState(fromId: string, type: string, toId: string) {
    const known = this.outgoing.get(fromId);
    if (known) return { label: (await this.node(fromId))?.label, props: known.get(linkKey(type, toId)) };
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
    await this.buffer(
      "putLink",
      `UNWIND $rows AS row MATCH (a:${ENTITY_LABEL} {id: row.fromId}) MATCH (b:${ENTITY_LABEL} {id: row.toId})
       MERGE (a)-[r:${safe(type, TYPE)}]->(b) SET r = row.props`,
      { fromId, toId, props: clean },
      [fromId, toId, linkKey(type, toId, fromId)],
    );
    this.outgoing.get(fromId)?.set(linkKey(type, toId), clean);
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
    await this.buffer(
      "deleteLink",
      `UNWIND $rows AS row MATCH (:${ENTITY_LABEL} {id: row.fromId})-[r:${safe(type, TYPE)}]->(:${ENTITY_LABEL} {id: row.toId}) DELETE r`,
      { fromId, toId },
      [linkKey(type, toId, fromId)],
    );
    this.outgoing.get(fromId)?.delete(linkKey(type, toId));
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
    await this.flush();
    if (!this.changes.length) return;
    const common = { id: this.id, at: this.at, by: this.info.by, clusterId: this.info.clusterId ?? null };
    await this.raw.run(
      `CREATE (cs:ChangeSet {id: $id, at: $at, by: $by, kind: $kind, summary: $summary})
       SET cs.clusterId = $clusterId, cs.fileName = $fileName, cs.undoes = $undoes`,
      {
        ...common,
        kind: this.info.kind,
        summary,
        fileName: this.info.fileName ?? null,
        undoes: this.info.undoes ?? null,
      },
    );
    // In parts: one parameter of 15,000 changes (a 5,000-row roster) held the event loop while packed.
    for (let from = 0; from < this.changes.length; from += SEND_ROWS) {
      const changes = this.changes.slice(from, from + SEND_ROWS).map((c, i) => ({
        seq: from + i + 1,
        op: c.op,
        nodeId: c.nodeId,
        label: c.label,
        linkType: c.linkType ?? null,
        toId: c.toId ?? null,
        before: c.before === null ? null : JSON.stringify(c.before),
        after: c.after === null ? null : JSON.stringify(c.after),
      }));
      await this.raw.run(
        `MATCH (cs:ChangeSet {id: $id})
         UNWIND $changes AS c
         CREATE (cs)-[:INCLUDES]->(ch:Change {id: $id + '-' + c.seq, seq: c.seq, op: c.op, nodeId: c.nodeId, label: c.label,
           by: $by, at: $at})
         SET ch.linkType = c.linkType, ch.toId = c.toId, ch.before = c.before, ch.after = c.after, ch.clusterId = $clusterId`,
        { ...common, changes },
      );
    }
  }
}

interface NodeState {
  label: string;
  props: Properties;
}

/** A link among a node's outgoing ones (type and end); with its start, a link anywhere. */
const linkKey = (type: string, toId: string, fromId = ""): string => `${fromId}\u0000${type}\u0000${toId}`;

/** Rows a statement sends at once: packing a parameter holds the event loop, in proportion to its size. */
const SEND_ROWS = 1_000;

const STAGES = ["create", "update", "putLink", "deleteLink", "deleteNode"] as const;
type Stage = (typeof STAGES)[number];

export function withoutNulls<T extends Properties>(props: T): T {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined)) as T;
}
