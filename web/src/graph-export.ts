import { nodeFullName, type Graph } from "./graph-model";
import type { Lang } from "./i18n";

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

export function nodesCsv(graph: Graph, lang: Lang): string {
  return csv(
    ["id", "type", "name", "nameIt", "shortName"],
    graph.nodes.map((n) => [n.id, n.type, nodeFullName(n, lang), n.nameIt, n.shortName]),
  );
}

export function edgesCsv(graph: Graph): string {
  return csv(
    ["id", "type", "from", "to", "role", "period", "sources", "quotes"],
    graph.edges.map((e) => [
      e.id,
      e.type,
      e.from,
      e.to,
      e.role,
      e.period,
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

export function download(filename: string, content: string | Blob, type = "text/plain"): void {
  const blob = content instanceof Blob ? content : new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
