import type { Core, CytoscapeOptions, ElementDefinition, StylesheetJson } from "cytoscape";

/**
 * How a graph is drawn: the canvas renderer as it is; the canvas renderer tuned for thousands of
 * elements (a cached texture while the view moves, straight "haystack" edges, no labels too small
 * to read); or Cytoscape's WebGL renderer (3.31+). `npm run bench:web` measures all three on the
 * same 2,000 and 10,000 elements; on this machine's software GL the tuned canvas wins (see
 * bench/RESULTS.md), so it is what large graphs get.
 */
export type Renderer = "canvas" | "canvas-large" | "webgl";

/** Above this many elements the graph is drawn with the large-graph renderer. */
export const LARGE_GRAPH = 3000;

/** Elements added per task when a graph is large: each task stays short enough not to freeze the page. */
export const ADD_CHUNK = 200;

export function rendererFor(elementCount: number): Renderer {
  return elementCount > LARGE_GRAPH ? "canvas-large" : "canvas";
}

/** Options for `cytoscape()` that select the renderer. */
export function rendererOptions(renderer: Renderer): Partial<CytoscapeOptions> {
  if (renderer === "canvas") return {};
  if (renderer === "canvas-large") return { textureOnViewport: true, hideEdgesOnViewport: true };
  // @types/cytoscape has no `renderer` option yet (Cytoscape reads it since 3.0, `webgl` since 3.31).
  const webgl = { renderer: { name: "canvas", webgl: true, webglTexSize: 4096, webglBatchSize: 4096 } };
  return webgl as unknown as Partial<CytoscapeOptions>;
}

/** Style rules added for a large graph: cheaper edges, labels only where they can be read. */
export const LARGE_GRAPH_STYLE: StylesheetJson = [
  {
    selector: "node",
    style: { "min-zoomed-font-size": 9, "border-width": 0, "text-wrap": "none", "text-background-opacity": 0 },
  },
  { selector: "edge", style: { "curve-style": "haystack", "haystack-radius": 0, "target-arrow-shape": "none" } },
];

/** Yields to the browser so input and painting go on between chunks of work. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Adds elements in chunks, one task each, nodes before edges (every edge finds its ends), so a
 * graph of ten thousand elements never holds the main thread for seconds.
 */
export async function addInChunks(cy: Core, elements: ElementDefinition[], chunk = ADD_CHUNK): Promise<void> {
  const ordered = [...elements.filter((e) => e.group === "nodes"), ...elements.filter((e) => e.group !== "nodes")];
  for (let i = 0; i < ordered.length; i += chunk) {
    // Styles, label sizes and bounding boxes are otherwise computed lazily, all at the first
    // frame; asking for the chunk's bounding box does that work here, a chunk at a time.
    cy.add(ordered.slice(i, i + chunk)).boundingBox();
    await nextTask();
  }
}
