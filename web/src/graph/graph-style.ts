import type { ElementDefinition, StylesheetJson } from "cytoscape";
import { nodeFullName, nodeLabel, type Graph, type GraphNode } from "./graph-model";
import type { Lang } from "../shared/i18n";

export interface TypeStyle {
  color: string;
  shape: string;
  size: number;
}

/** One colour and one shape per type, so the legend reads without colour vision too. */
export const TYPE_STYLES: Record<string, TypeStyle> = {
  Cluster: { color: "#1f5fbf", shape: "ellipse", size: 44 },
  S3Ecosystem: { color: "#2e7d4f", shape: "round-rectangle", size: 34 },
  PnrrMission: { color: "#b03a2e", shape: "diamond", size: 36 },
  PnrrComponent: { color: "#d35400", shape: "diamond", size: 26 },
  Project: { color: "#6c3483", shape: "hexagon", size: 28 },
  Programme: { color: "#8d6e00", shape: "pentagon", size: 28 },
  Network: { color: "#117a7a", shape: "octagon", size: 28 },
  Organization: { color: "#4d5656", shape: "rectangle", size: 24 },
  Person: { color: "#a93268", shape: "ellipse", size: 20 },
  Role: { color: "#7f8c8d", shape: "vee", size: 18 },
  Event: { color: "#b7950b", shape: "triangle", size: 24 },
  Region: { color: "#34618f", shape: "barrel", size: 24 },
  Topic: { color: "#148f77", shape: "tag", size: 24 },
  Figure: { color: "#5d6d7e", shape: "round-triangle", size: 20 },
  Disagreement: { color: "#e74c3c", shape: "star", size: 28 },
  Group: { color: "#7d5a2f", shape: "round-octagon", size: 32 },
};

const FALLBACK: TypeStyle = { color: "#777777", shape: "ellipse", size: 22 };

export function typeStyle(type: string): TypeStyle {
  return TYPE_STYLES[type] ?? FALLBACK;
}

export function toElements(graph: Graph, lang: Lang): ElementDefinition[] {
  return [
    ...graph.nodes.map((n) => ({
      group: "nodes" as const,
      data: {
        id: n.id,
        label: nodeLabel(n, lang),
        fullName: nodeFullName(n, lang),
        type: n.type,
        ...typeStyle(n.type),
      },
    })),
    ...graph.edges.map((e) => ({
      group: "edges" as const,
      data: { id: e.id, source: e.from, target: e.to, type: e.type },
    })),
  ];
}

export const STYLESHEET: StylesheetJson = [
  {
    selector: "node",
    style: {
      "background-color": "data(color)",
      shape: "data(shape)" as never,
      width: "data(size)",
      height: "data(size)",
      label: "data(label)",
      "font-size": 11,
      "font-family": "system-ui, sans-serif",
      color: "#1d2433",
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-wrap": "ellipsis",
      "text-max-width": "130px",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.85,
      "text-background-padding": "2px",
      "border-width": 1,
      "border-color": "#ffffff",
    },
  },
  {
    selector: "edge",
    style: {
      width: 1.5,
      "line-color": "#9aa5b1",
      "target-arrow-color": "#9aa5b1",
      "target-arrow-shape": "triangle",
      "arrow-scale": 0.8,
      "curve-style": "bezier",
      opacity: 0.8,
    },
  },
  { selector: "node:selected", style: { "border-width": 4, "border-color": "#f1c40f" } },
  { selector: "node.keyboard", style: { "overlay-color": "#f1a208", "overlay-opacity": 0.35, "overlay-padding": 6 } },
  { selector: "node.pinned", style: { "border-width": 3, "border-color": "#1d2433", "border-style": "dashed" } },
  {
    selector: "edge.highlighted",
    style: { width: 3, "line-color": "#f39c12", "target-arrow-color": "#f39c12", opacity: 1 },
  },
  { selector: "node.faded", style: { opacity: 0.35 } },
];

/** Column of each start-view type, left to right. */
const COLUMNS: Record<string, number> = { S3Ecosystem: 0, Cluster: 1, PnrrMission: 2 };

/**
 * The start view laid out the same way every time: S3 ecosystems on the left, clusters in the
 * middle, PNRR missions on the right, each column sorted by label and centred vertically.
 * Anything else goes into a fourth column.
 */
export function columnPositions(nodes: GraphNode[], lang: Lang): Record<string, { x: number; y: number }> {
  const columns = new Map<number, GraphNode[]>();
  for (const n of nodes) {
    const column = COLUMNS[n.type] ?? 3;
    columns.set(column, [...(columns.get(column) ?? []), n]);
  }
  const tallest = Math.max(...[...columns.values()].map((c) => c.length), 1);
  const spacing = 84;
  const positions: Record<string, { x: number; y: number }> = {};
  for (const [column, members] of columns) {
    const sorted = [...members].sort(
      (a, b) => nodeLabel(a, lang).localeCompare(nodeLabel(b, lang)) || a.id.localeCompare(b.id),
    );
    const offset = ((tallest - sorted.length) * spacing) / 2;
    sorted.forEach((n, i) => {
      positions[n.id] = { x: column * 340, y: offset + i * spacing };
    });
  }
  return positions;
}
