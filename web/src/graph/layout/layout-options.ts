import type { LayoutOptions } from "cytoscape";

export type LayoutName = "columns" | "fcose" | "concentric" | "breadthfirst";
export const LAYOUTS: LayoutName[] = ["columns", "fcose", "concentric", "breadthfirst"];

export type Positions = Record<string, { x: number; y: number }>;

export interface LayoutRequest {
  requestId: number;
  layout: Exclude<LayoutName, "columns">;
  /** Each node's drawn size and, where it has one, its label's estimated width in pixels. */
  nodes: { id: string; size: number; labelWidth?: number }[];
  edges: { id: string; source: string; target: string }[];
  /** Pinned nodes keep these positions; the others are laid out around them. */
  fixed: Positions;
  root: string | null;
}

export interface LayoutResult {
  requestId: number;
  positions: Positions;
  millis: number;
}

/** Height of a label line under a node, with its background padding. */
export const LABEL_HEIGHT = 18;
/** Labels are cut with an ellipsis at this width (the stylesheet's text-max-width) plus padding. */
const LABEL_MAX_WIDTH = 134;

/** A label's width at the stylesheet's 11 px font, estimated without a canvas (layouts run in a worker). */
export function estimateLabelWidth(label: string): number {
  return Math.min(LABEL_MAX_WIDTH, Math.ceil(label.length * 6.6) + 6);
}

/**
 * The box a node takes on the page: its shape, widened to its label and heightened by the label
 * line below it (on both sides, since layouts place centres), so layouts keep labels apart too.
 */
export function layoutBox(node: { size: number; labelWidth?: number }): { width: number; height: number } {
  if (!node.labelWidth) return { width: node.size, height: node.size };
  return { width: Math.max(node.size, node.labelWidth), height: node.size + 2 * LABEL_HEIGHT };
}

export function layoutOptions(request: LayoutRequest): LayoutOptions {
  const present = new Set(request.nodes.map((n) => n.id));
  const fixed = Object.entries(request.fixed)
    .filter(([nodeId]) => present.has(nodeId))
    .map(([nodeId, position]) => ({ nodeId, position }));
  switch (request.layout) {
    case "fcose":
      return {
        name: "fcose",
        quality: request.nodes.length > 3000 ? "draft" : "default",
        randomize: true,
        animate: false,
        nodeSeparation: 90,
        idealEdgeLength: 110,
        nodeRepulsion: 9000,
        numIter: 2500,
        fixedNodeConstraint: fixed.length ? fixed : undefined,
      } as LayoutOptions;
    case "concentric":
      return {
        name: "concentric",
        animate: false,
        minNodeSpacing: 40,
        concentric: (node: { degree: (b: boolean) => number }) => node.degree(false),
        levelWidth: () => 2,
      } as LayoutOptions;
    case "breadthfirst":
      // Levels on rings around the root: on an expanded graph a level holds dozens of nodes,
      // which rows would stretch into one long line.
      return {
        name: "breadthfirst",
        animate: false,
        directed: false,
        circle: true,
        avoidOverlap: true,
        spacingFactor: 1.8,
        roots: request.root ? [request.root] : undefined,
      } as LayoutOptions;
  }
}
