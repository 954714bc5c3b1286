import type { ExportedNode, ExportedRelationship, GraphJson } from "@lombardy-kg/ingest";
import { ENTITY_LABEL } from "@lombardy-kg/schema";

/** The JSON export: its shape is the one the JSON import reads (ingest's GraphJson). */
export type GraphExport = GraphJson;

type Run = <T>(query: string, params: Record<string, unknown>) => Promise<T[]>;

/**
 * The nodes of a cluster's part: the cluster, every node linked to it either way, and the sources
 * of all of them; without a cluster, every node of the graph. Binds `n`, one row per node.
 */
function scope(clusterId: string | null): string {
  if (!clusterId) return `MATCH (n:${ENTITY_LABEL})`;
  return `MATCH (c:Cluster {id: $clusterId})
    CALL (c) { RETURN c AS m UNION MATCH (c)--(m:${ENTITY_LABEL}) RETURN m }
    WITH DISTINCT m
    CALL (m) { RETURN m AS n UNION MATCH (m)-[:STATED_IN]->(n:Source) RETURN n }
    WITH DISTINCT n`;
}

const INTEGERS = (v: string): string =>
  `[k IN keys(${v}) WHERE valueType(${v}[k]) STARTS WITH 'INTEGER' OR valueType(${v}[k]) STARTS WITH 'LIST<INTEGER' | k]`;

export async function exportGraph(run: Run, clusterId: string | null): Promise<GraphExport> {
  if (clusterId) {
    const found = await run<{ n: number }>("MATCH (c:Cluster {id: $clusterId}) RETURN count(c) AS n", { clusterId });
    if (!found[0]?.n) throw new ExportError(`cluster: no cluster has the id '${clusterId}'.`);
  }
  const nodes = await run<ExportedNode>(
    `${scope(clusterId)}
     RETURN n.id AS id, [l IN labels(n) WHERE l <> $entity][0] AS label, properties(n) AS properties,
       ${INTEGERS("n")} AS integers
     ORDER BY id`,
    { clusterId, entity: ENTITY_LABEL },
  );
  // The links between the nodes just read: for a cluster's part, those starting at one of them
  // and ending inside (a set here, not a list search per link in Cypher).
  const inside = new Set(nodes.map((n) => n.id));
  const links = `-[r]->(b:${ENTITY_LABEL})
     RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties, ${INTEGERS("r")} AS integers
     ORDER BY from, type, to`;
  const relationships = clusterId
    ? (
        await run<ExportedRelationship>(`UNWIND $ids AS id MATCH (a:${ENTITY_LABEL} {id: id})${links}`, {
          ids: [...inside],
        })
      ).filter((r) => inside.has(r.to))
    : await run<ExportedRelationship>(`MATCH (a:${ENTITY_LABEL})${links}`, {});
  return {
    format: "lombardy-kg/graph",
    version: 1,
    exportedAt: new Date().toISOString(),
    scope: clusterId ?? "all",
    nodes,
    relationships,
  };
}

export class ExportError extends Error {}

/** Text a spreadsheet would run as a formula: it gets a leading apostrophe (OWASP's CSV injection advice). */
const FORMULA_START = /^[=+\-@\t\r]/;

const csvCell = (v: unknown): string => {
  const text = v === null || v === undefined ? "" : typeof v === "string" ? v : JSON.stringify(v);
  const s = FORMULA_START.test(text) && typeof v !== "number" ? `'${text}` : text;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Gephi's node table: Id, Label (the name), Type, and every property as JSON. */
export function nodesCsv(g: GraphExport): string {
  const lines = ["Id,Label,Type,properties"];
  for (const n of g.nodes) {
    const p = n.properties;
    const name = p.name ?? p.title ?? p.acronym ?? p.metric ?? n.id;
    lines.push([n.id, name, n.label, p].map(csvCell).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}

/** Gephi's edge table: Source, Target, Type (directed), and the link's properties as JSON. */
export function relationshipsCsv(g: GraphExport): string {
  const lines = ["Source,Target,Type,Kind,properties"];
  for (const r of g.relationships) lines.push([r.from, r.to, "Directed", r.type, r.properties].map(csvCell).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

const xml = (s: string): string =>
  s
    .replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!)
    .replace(
      // Characters XML 1.0 does not allow at all.
      // eslint-disable-next-line no-control-regex -- matching them is the point
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g,
      "",
    );

type GraphmlType = "boolean" | "long" | "double" | "string";

/** The narrowest GraphML type that holds both: a key's type, widened value by value. */
function widen(type: GraphmlType | undefined, v: unknown): GraphmlType {
  const own: GraphmlType =
    typeof v === "boolean" ? "boolean" : Number.isInteger(v) ? "long" : typeof v === "number" ? "double" : "string";
  if (type === undefined || type === own) return own;
  const numbers = new Set<GraphmlType>(["long", "double"]);
  return numbers.has(type) && numbers.has(own) ? "double" : "string";
}

/** GraphML for Gephi and yEd: one key per property (lists as JSON text), the label as `label` and `type`. */
export function graphml(g: GraphExport): string {
  // One pass over the items, a type per key: no list of values is kept (a whole graph has 80,000 nodes).
  const keys = (items: { properties: Record<string, unknown> }[], prefix: string) => {
    const types = new Map<string, GraphmlType>();
    for (const item of items)
      for (const [k, v] of Object.entries(item.properties)) if (v !== null) types.set(k, widen(types.get(k), v));
    return [...types]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, type]) => ({ id: `${prefix}_${k}`, name: k, type }));
  };
  const nodeKeys = keys(g.nodes, "n");
  const edgeKeys = keys(g.relationships, "e");
  const value = (v: unknown): string => xml(typeof v === "string" ? v : JSON.stringify(v));
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="rel" for="edge" attr.name="type" attr.type="string"/>',
    ...nodeKeys.map((k) => `  <key id="${k.id}" for="node" attr.name="${xml(k.name)}" attr.type="${k.type}"/>`),
    ...edgeKeys.map((k) => `  <key id="${k.id}" for="edge" attr.name="${xml(k.name)}" attr.type="${k.type}"/>`),
    `  <graph id="${xml(g.scope)}" edgedefault="directed">`,
  ];
  for (const n of g.nodes) {
    const p = n.properties;
    out.push(`    <node id="${xml(n.id)}">`);
    out.push(`      <data key="label">${value(p.name ?? p.title ?? p.acronym ?? p.metric ?? n.id)}</data>`);
    out.push(`      <data key="type">${xml(n.label)}</data>`);
    for (const k of nodeKeys)
      if (p[k.name] !== undefined && p[k.name] !== null)
        out.push(`      <data key="${k.id}">${value(p[k.name])}</data>`);
    out.push("    </node>");
  }
  g.relationships.forEach((r, i) => {
    out.push(`    <edge id="e${i}" source="${xml(r.from)}" target="${xml(r.to)}">`);
    out.push(`      <data key="rel">${xml(r.type)}</data>`);
    for (const k of edgeKeys)
      if (r.properties[k.name] !== undefined && r.properties[k.name] !== null)
        out.push(`      <data key="${k.id}">${value(r.properties[k.name])}</data>`);
    out.push("    </edge>");
  });
  out.push("  </graph>", "</graphml>");
  return `${out.join("\n")}\n`;
}
