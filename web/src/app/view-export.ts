import type { Core } from "cytoscape";
import { edgesCsv, graphJson, nodesCsv } from "../graph/graph-export";
import { countByType, type Graph } from "../graph/graph-model";
import { typeStyle } from "../graph/graph-style";
import { pngWithLegend } from "../graph/png-export";
import { download } from "../shared/download";
import { translate, typeName, type Lang } from "../shared/i18n";

export type ViewExportKind = "png" | "json" | "nodes" | "edges";

/** Downloads what is in view: a PNG with a title band and the legend, the subgraph as JSON, or its nodes or links as CSV. */
export function exportView(kind: ViewExportKind, visible: Graph, lang: Lang, cy: Core | null): void {
  const stamp = "lombardy-kg";
  if (kind === "png" && cy) {
    const graphPng = cy.png({ full: true, scale: 2, bg: "#ffffff", output: "blob" }) as unknown as Blob;
    const legend = [...countByType(visible.nodes).keys()].map((type) => ({
      label: typeName(lang, type),
      color: typeStyle(type).color,
    }));
    const subtitle = `${visible.nodes.length} ${translate(lang, "nodes")}, ${visible.edges.length} ${translate(lang, "edges")} · ${new Date().toISOString().slice(0, 10)} · ${window.location.href}`;
    void pngWithLegend(graphPng, translate(lang, "title"), subtitle, legend).then((png) =>
      download(`${stamp}.png`, png),
    );
  }
  if (kind === "json") download(`${stamp}.json`, graphJson(visible, window.location.href), "application/json");
  if (kind === "nodes") download(`${stamp}-nodes.csv`, nodesCsv(visible, lang), "text/csv");
  if (kind === "edges") download(`${stamp}-links.csv`, edgesCsv(visible, lang), "text/csv");
}
