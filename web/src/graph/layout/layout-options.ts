import type { LayoutOptions } from "cytoscape";

export type LayoutName = "columns" | "fcose" | "concentric" | "breadthfirst";
export const LAYOUTS: LayoutName[] = ["columns", "fcose", "concentric", "breadthfirst"];

export type Positions = Record<string, { x: number; y: number }>;

export interface LayoutRequest {
  requestId: number;
  layout: Exclude<LayoutName, "columns">;
  nodes: { id: string; size: number }[];
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
