import cytoscape from "cytoscape";
import { STYLESHEET, typeStyle } from "../graph/graph-style";
import { runLayout } from "../graph/layout/use-layout";

export interface LayoutBench {
  elements: number;
  nodes: number;
  edges: number;
  layoutMs: number;
  drawMs: number;
  /** Longest gap between 16 ms timer ticks on the page while the layout ran: how long the page froze. */
  layoutStallMs: number;
  /** The same while Cytoscape drew the laid-out elements. */
  drawStallMs: number;
}

/** A reproducible synthetic graph; every id says it is synthetic. */
function syntheticGraph(elements: number) {
  const nodeCount = Math.round(elements / 3);
  let seed = 42;
  const random = (): number => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  const nodes = Array.from({ length: nodeCount }, (_, i) => ({ id: `synthetic-${i}`, size: 24 }));
  const edges = Array.from({ length: elements - nodeCount }, (_, i) => {
    const source = Math.floor(random() * nodeCount);
    const target = (source + 1 + Math.floor(random() * Math.min(nodeCount - 1, 60))) % nodeCount;
    return { id: `synthetic-e${i}`, source: `synthetic-${source}`, target: `synthetic-${target}` };
  });
  return { nodes, edges };
}

async function benchLayout(elements: number): Promise<LayoutBench> {
  const { nodes, edges } = syntheticGraph(elements);
  let maxGap = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
  }, 16);
  const started = performance.now();
  const result = await runLayout({ layout: "fcose", nodes, edges, fixed: {}, root: null });
  const laidOut = performance.now();
  const layoutStall = Math.max(maxGap, laidOut - last);
  maxGap = 0;
  const container = document.createElement("div");
  container.style.cssText = "position:fixed;left:0;top:0;width:1200px;height:800px;";
  document.body.append(container);
  const cy = cytoscape({
    container,
    style: STYLESHEET,
    elements: [
      ...nodes.map((n) => ({
        group: "nodes" as const,
        data: { id: n.id, label: n.id, ...typeStyle("Organization") },
        position: result.positions[n.id] ?? { x: 0, y: 0 },
      })),
      ...edges.map((e) => ({ group: "edges" as const, data: e })),
    ],
    layout: { name: "preset", fit: true },
  });
  await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
  const drawn = performance.now();
  clearInterval(ticker);
  const drawStall = Math.max(maxGap, drawn - last);
  cy.destroy();
  container.remove();
  return {
    elements,
    nodes: nodes.length,
    edges: edges.length,
    layoutMs: laidOut - started,
    drawMs: drawn - laidOut,
    layoutStallMs: layoutStall,
    drawStallMs: drawStall,
  };
}

declare global {
  interface Window {
    __kgBench?: { layout: (elements: number) => Promise<LayoutBench> };
  }
}

export function installBenchHooks(): void {
  window.__kgBench = { layout: benchLayout };
}
