import type { Driver } from "neo4j-driver";

/**
 * Every node (labels, properties) and relationship (type, properties) of the graph, one line
 * each, sorted: two snapshots are equal only when the graphs are, value types included (12 and
 * 12.0 print differently).
 */
export async function graphSnapshot(driver: Driver, database: string, where = "true"): Promise<string> {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (n) WHERE ${where} RETURN n.id + ' ' + apoc.convert.toJson(apoc.coll.sort(labels(n))) + ' ' + apoc.convert.toJson(properties(n)) AS line
       UNION ALL MATCH (a)-[r]->(b) WHERE ${where.replace(/\bn\b/g, "a")} AND ${where.replace(/\bn\b/g, "b")}
       RETURN a.id + ' -' + type(r) + '-> ' + b.id + ' ' + apoc.convert.toJson(properties(r)) AS line }
     RETURN line ORDER BY line`,
    {},
    { database },
  );
  return records.map((r) => r.get("line") as string).join("\n");
}
