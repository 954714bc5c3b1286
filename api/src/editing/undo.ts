import { canonical, type ChangeWriter, type Properties } from "@lombardy-kg/write";
import { EditError } from "./edit-error";

interface StoredChange {
  seq: number;
  op: string;
  nodeId: string;
  label: string;
  linkType: string | null;
  toId: string | null;
  before: Properties | null;
  after: Properties | null;
}

const parse = (json: string | null): Properties | null => (json === null ? null : (JSON.parse(json) as Properties));

function conflict(c: StoredChange, what: string): EditError {
  const target = c.linkType ? `${c.nodeId} ${c.linkType} ${c.toId}` : c.nodeId;
  return new EditError(`Cannot undo change ${c.seq} (${c.op} ${target}): ${what}. Undo the later change first.`, {
    seq: c.seq,
  });
}

/**
 * Reverses a change set, last change first, as a new UNDO change set. Each change is undone only
 * if what it left is still there (nobody changed it since); otherwise the whole undo is refused,
 * naming the change, and nothing is written.
 */
export async function undoChangeSet(writer: ChangeWriter, id: string): Promise<{ summary: string }> {
  const { records } = await writer.tx.run(
    `MATCH (cs:ChangeSet {id: $id})
     OPTIONAL MATCH (cs)-[:INCLUDES]->(c:Change)
     WITH cs, c ORDER BY c.seq DESC
     RETURN cs.summary AS summary, cs.kind AS kind, cs.undoneBy AS undoneBy, cs.clusterId AS clusterId,
       collect(c {.*}) AS changes`,
    { id },
  );
  const row = records[0];
  if (!row) throw new EditError(`id: no change set has the id '${id}'.`);
  if (row.get("undoneBy")) throw new EditError(`'${id}' was undone already (by ${String(row.get("undoneBy"))}).`);
  // The undo belongs to the same cluster, so its editors see it in their history.
  writer.info.clusterId = (row.get("clusterId") as string | null) ?? undefined;
  const changes = (row.get("changes") as Record<string, unknown>[]).map((c): StoredChange => ({
    seq: Number(c.seq),
    op: String(c.op),
    nodeId: String(c.nodeId),
    label: String(c.label),
    linkType: (c.linkType as string | null) ?? null,
    toId: (c.toId as string | null) ?? null,
    before: parse((c.before as string | null) ?? null),
    after: parse((c.after as string | null) ?? null),
  }));
  for (const c of changes) await undoOne(writer, c);
  await writer.tx.run("MATCH (cs:ChangeSet {id: $id}) SET cs.undoneBy = $by", { id, by: writer.id });
  return { summary: `Undone: ${String(row.get("summary"))}` };
}

async function undoOne(writer: ChangeWriter, c: StoredChange): Promise<void> {
  if (c.linkType && c.toId) {
    const now = (await writer.link(c.nodeId, c.linkType, c.toId)) ?? null;
    if (canonical(now) !== canonical(c.after)) throw conflict(c, "the link has changed since");
    if (c.before === null) await writer.deleteLink(c.nodeId, c.linkType, c.toId);
    else await writer.putLink(c.nodeId, c.linkType, c.toId, c.before);
    return;
  }
  const node = await writer.node(c.nodeId);
  if (c.op === "CREATE_NODE") {
    if (!node) throw conflict(c, "the node is gone");
    if (canonical(node.props) !== canonical(c.after)) throw conflict(c, "the node has changed since");
    const { records } = await writer.tx.run("MATCH (:Entity {id: $id})-[r]-() RETURN count(r) AS n", { id: c.nodeId });
    if (Number(records[0]?.get("n")) > 0) throw conflict(c, "other links reach the node now");
    await writer.deleteNode(c.nodeId);
  } else if (c.op === "DELETE_NODE") {
    if (node) throw conflict(c, "a node with its id exists again");
    await writer.createNode(c.label, c.before as Properties & { id: string });
  } else {
    if (!node) throw conflict(c, "the node is gone");
    const keys = Object.keys(c.after ?? {});
    const current = Object.fromEntries(keys.map((k) => [k, node.props[k] ?? null]));
    if (canonical(current) !== canonical(c.after)) throw conflict(c, "its values have changed since");
    await writer.updateNode(c.nodeId, Object.fromEntries(keys.map((k) => [k, c.before?.[k] ?? null])));
  }
}
