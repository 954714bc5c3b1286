import neo4j, { type Driver } from "neo4j-driver";
import { ENTITY_LABEL, readNodeTypes } from "@lombardy-kg/schema";
import { batches, groupBy, sessionWrite, writeGraph } from "@lombardy-kg/write";

export class GraphImportError extends Error {}

/** A node of the JSON export. */
export interface ExportedNode {
  id: string;
  label: string;
  properties: Record<string, unknown>;
  /** The properties Neo4j holds as whole numbers (JSON has one kind of number). */
  integers: string[];
}

/** A relationship of the JSON export. */
export interface ExportedRelationship {
  from: string;
  type: string;
  to: string;
  properties: Record<string, unknown>;
  integers: string[];
}

/**
 * The JSON export's shape, one type for its writer (api/src/export/graph-export.ts) and its reader
 * (here): the graph's facts (no accounts, no audit trail), in a stable order.
 */
export interface GraphJson {
  format: "lombardy-kg/graph";
  version: 1;
  exportedAt: string;
  /** "all", or the cluster whose part it is. */
  scope: string;
  nodes: ExportedNode[];
  relationships: ExportedRelationship[];
}

/** JSON has one kind of number: the export lists which properties Neo4j held as whole numbers. */
function typed(item: {
  properties: Record<string, unknown>;
  integers?: string[] | undefined;
}): Record<string, unknown> {
  const whole = new Set(item.integers ?? []);
  return Object.fromEntries(
    Object.entries(item.properties).map(([k, v]) => {
      if (!whole.has(k)) return [k, v];
      if (Array.isArray(v)) return [k, v.map((x) => (typeof x === "number" ? neo4j.int(x) : x))];
      return [k, typeof v === "number" ? neo4j.int(v) : v];
    }),
  );
}

/**
 * Loads a JSON export into an empty database, in one transaction: what `exportGraph` wrote comes
 * back as the same nodes, properties and links. Refuses a database that holds anything.
 */
export async function importGraphJson(
  driver: Driver,
  database: string,
  graph: GraphJson,
): Promise<{ nodes: number; relationships: number }> {
  if (
    graph?.format !== "lombardy-kg/graph" ||
    graph.version !== 1 ||
    !Array.isArray(graph.nodes) ||
    !Array.isArray(graph.relationships)
  ) {
    throw new GraphImportError(
      "Not a lombardy-kg graph export (format 'lombardy-kg/graph', version 1, nodes, relationships).",
    );
  }
  const types = readNodeTypes();
  const labels = new Set(types.map((t) => t.label));
  const ids = new Set<string>();
  graph.nodes.forEach((n, i) => {
    if (!labels.has(n.label))
      throw new GraphImportError(`nodes[${i}] (${n.id}): '${n.label}' is not a type of the model.`);
    if (typeof n.id !== "string" || n.properties?.id !== n.id)
      throw new GraphImportError(`nodes[${i}]: its id and properties.id differ.`);
    if (ids.has(n.id)) throw new GraphImportError(`nodes[${i}]: the id '${n.id}' appears twice.`);
    ids.add(n.id);
  });
  graph.relationships.forEach((r, i) => {
    if (!ids.has(r.from) || !ids.has(r.to))
      throw new GraphImportError(`relationships[${i}]: ${r.from} -[${r.type}]-> ${r.to} names a node the file lacks.`);
    if (!/^[A-Z][A-Z_]*$/.test(r.type))
      throw new GraphImportError(`relationships[${i}]: '${r.type}' is not a relationship type.`);
  });
  return writeGraph(sessionWrite(driver, database), async (tx) => {
    const { records } = await tx.run("MATCH (n) RETURN count(n) AS n");
    if (Number(records[0]?.get("n")) > 0)
      throw new GraphImportError("The database is not empty: import into an empty one (a new NEO4J_DATA_DIR).");
    const byLabel = groupBy(graph.nodes, (n) => n.label);
    for (const [label, nodes] of byLabel) {
      for (const batch of batches(nodes)) {
        await tx.run(`UNWIND $rows AS row CREATE (n:${label}:${ENTITY_LABEL}) SET n = row`, {
          rows: batch.map(typed),
        });
      }
    }
    for (const [type, rels] of groupBy(graph.relationships, (r) => r.type)) {
      for (const batch of batches(rels)) {
        await tx.run(
          `UNWIND $rows AS row MATCH (a:${ENTITY_LABEL} {id: row.from}) MATCH (b:${ENTITY_LABEL} {id: row.to})
             CREATE (a)-[r:${type}]->(b) SET r = row.properties`,
          { rows: batch.map((r) => ({ from: r.from, to: r.to, properties: typed(r) })) },
        );
      }
    }
    return { nodes: graph.nodes.length, relationships: graph.relationships.length };
  });
}
