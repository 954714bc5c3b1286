/// <reference lib="webworker" />
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import { layoutBox, layoutOptions, type LayoutRequest, type LayoutResult } from "./layout-options";

cytoscape.use(fcose);

/** A seeded generator, so the same elements lay out the same way every time. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h;
}

// Layouts run here, off the page's thread, so the page stays responsive however long they take.
self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const request = event.data;
  const started = performance.now();
  Math.random = seededRandom(hash(request.nodes.map((n) => n.id).join(",")));
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...request.nodes.map((n) => ({ group: "nodes" as const, data: { id: n.id, ...layoutBox(n) } })),
      ...request.edges.map((e) => ({ group: "edges" as const, data: e })),
    ],
    style: [{ selector: "node", style: { width: "data(width)", height: "data(height)" } }],
  });
  // A locked node refuses new positions, so every layout leaves a pinned node where it is.
  for (const [id, position] of Object.entries(request.fixed)) cy.getElementById(id).position(position).lock();
  cy.layout(layoutOptions(request)).run();
  const positions: LayoutResult["positions"] = {};
  cy.nodes().forEach((n) => {
    positions[n.id()] = { ...n.position() };
  });
  cy.destroy();
  const result: LayoutResult = { requestId: request.requestId, positions, millis: performance.now() - started };
  self.postMessage(result);
};
