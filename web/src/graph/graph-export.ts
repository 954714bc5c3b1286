import { nodeFullName, type Graph } from "./graph-model";
import { csv } from "../shared/download";
import type { Lang } from "../shared/i18n";

export function nodesCsv(graph: Graph, lang: Lang): string {
  return csv(
    ["id", "type", "name", "nameIt", "shortName"],
    graph.nodes.map((n) => [n.id, n.type, nodeFullName(n, lang), n.nameIt, n.shortName]),
  );
}

export function edgesCsv(graph: Graph): string {
  return csv(
    ["id", "type", "from", "to", "role", "period", "inferred", "sources", "quotes"],
    graph.edges.map((e) => [
      e.id,
      e.type,
      e.from,
      e.to,
      e.role,
      e.period,
      e.inferred,
      e.evidence.map((q) => q.sourceReference ?? q.sourceId).join(" | "),
      e.evidence.map((q) => q.quote).join(" | "),
    ]),
  );
}

/** The visible subgraph with its evidence, as a researcher would want to reuse it. */
export function graphJson(graph: Graph, view: string): string {
  return JSON.stringify(
    { view, exportedFrom: "Lombardy innovation-ecosystem graph", nodes: graph.nodes, edges: graph.edges },
    null,
    2,
  );
}
