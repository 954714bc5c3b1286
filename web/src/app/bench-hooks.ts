import cytoscape from "cytoscape";
import { STYLESHEET, typeStyle } from "../graph/graph-style";
import { addInChunks, LARGE_GRAPH_STYLE, rendererOptions, type Renderer } from "../graph/large-graph";
import { runLayout } from "../graph/layout/use-layout";

/** One renderer's figures for the same laid-out graph. */
export interface DrawBench {
  renderer: Renderer;
  /** From creating the view to the first frame with every element added (in chunks) and fitted. */
  drawMs: number;
  /** Longest gap between 16 ms timer ticks meanwhile: how long the page froze. */
  drawStallMs: number;
}

export interface LayoutBench {
  elements: number;
  nodes: number;
  edges: number;
  layoutMs: number;
  /** Longest gap between 16 ms timer ticks on the page while the layout ran in the worker. */
  layoutStallMs: number;
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

/** Longest gap between 16 ms timer ticks while `work` runs: how long the page froze. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; stallMs: number }> {
  let maxGap = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
  }, 16);
  const started = performance.now();
  const result = await work();
  const ended = performance.now();
  clearInterval(ticker);
  return { result, ms: ended - started, stallMs: Math.max(maxGap, ended - last) };
}

const frames = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** Frames the page paints in `ms`, counted while the benchmark pans and zooms with the mouse. */
async function framesPerSecond(ms: number): Promise<number> {
  let count = 0;
  const started = performance.now();
  await new Promise<void>((resolve) => {
    const tick = (now: number): void => {
      count++;
      if (now - started < ms) requestAnimationFrame(tick);
      else resolve();
    };
    requestAnimationFrame(tick);
  });
  return count / ((performance.now() - started) / 1000);
}

interface Drawn {
  cy: cytoscape.Core;
  container: HTMLElement;
}

let laid: {
  nodes: { id: string }[];
  edges: { id: string; source: string; target: string }[];
  positions: Record<string, { x: number; y: number }>;
} | null = null;
let drawn: Drawn | null = null;

/** Lays out a synthetic graph of `elements` in the worker; `draw` draws it next. */
async function benchLayout(elements: number): Promise<LayoutBench> {
  const { nodes, edges } = syntheticGraph(elements);
  const result = await longestStall(() => runLayout({ layout: "fcose", nodes, edges, fixed: {}, root: null }));
  laid = { nodes, edges, positions: result.result.positions };
  return {
    elements,
    nodes: nodes.length,
    edges: edges.length,
    layoutMs: result.ms,
    layoutStallMs: result.stallMs,
  };
}

/** Draws the graph last laid out with one renderer, and keeps it on screen for the gestures. */
async function benchDraw(renderer: Renderer): Promise<DrawBench> {
  clear();
  if (!laid) throw new Error("lay a graph out first");
  const { nodes, edges, positions } = laid;
  const container = document.createElement("div");
  container.style.cssText = "position:fixed;left:0;top:0;width:1200px;height:800px;z-index:100;background:#fff";
  document.body.append(container);
  const elements = [
    ...nodes.map((n) => ({
      group: "nodes" as const,
      data: { id: n.id, label: n.id, fullName: n.id, ...typeStyle("Organization") },
      position: positions[n.id] ?? { x: 0, y: 0 },
    })),
    ...edges.map((e) => ({ group: "edges" as const, data: e })),
  ];
  const style = renderer === "canvas" ? STYLESHEET : [...STYLESHEET, ...LARGE_GRAPH_STYLE];
  const result = await longestStall(async () => {
    const cy = cytoscape({ container, style, ...rendererOptions(renderer) });
    await addInChunks(cy, elements);
    cy.fit(undefined, 20);
    await frames();
    return cy;
  });
  drawn = { cy: result.result, container };
  return { renderer, drawMs: result.ms, drawStallMs: result.stallMs };
}

function clear(): void {
  drawn?.cy.destroy();
  drawn?.container.remove();
  drawn = null;
}

declare global {
  interface Window {
    __kgBench?: {
      layout: (elements: number) => Promise<LayoutBench>;
      draw: (renderer: Renderer) => Promise<DrawBench>;
      framesPerSecond: (ms: number) => Promise<number>;
      clear: () => void;
    };
  }
}

export function installBenchHooks(): void {
  window.__kgBench = { layout: benchLayout, draw: benchDraw, framesPerSecond, clear };
}
