import { nodeFullName, type Graph } from "./graph-model";
import { csv } from "../shared/download";
import type { Lang } from "../shared/i18n";

export function nodesCsv(graph: Graph, lang: Lang): string {
  return csv(
    ["id", "type", "name", "nameIt", "shortName"],
    graph.nodes.map((n) => [n.id, n.type, nodeFullName(n, lang), n.nameIt, n.shortName]),
  );
}

/** Links with the names of both ends and the titles of their sources, readable without the nodes file. */
export function edgesCsv(graph: Graph, lang: Lang): string {
  const names = new Map(graph.nodes.map((n) => [n.id, nodeFullName(n, lang)]));
  return csv(
    [
      "id",
      "type",
      "from",
      "fromName",
      "to",
      "toName",
      "role",
      "period",
      "inferred",
      "sources",
      "sourceFiles",
      "quotes",
    ],
    graph.edges.map((e) => [
      e.id,
      e.type,
      e.from,
      names.get(e.from),
      e.to,
      names.get(e.to),
      e.role,
      e.period,
      e.inferred,
      e.evidence.map((q) => q.sourceTitle ?? q.sourceId).join(" | "),
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
