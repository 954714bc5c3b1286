import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { STYLESHEET } from "./graph-style";
import { ADD_CHUNK, addInChunks, LARGE_GRAPH_STYLE, rendererFor } from "./large-graph";
import type { Positions } from "./layout/layout-options";

interface Props {
  elements: ElementDefinition[];
  positions: Positions;
  /** Changes when a new layout result arrives: the view is fitted to it. */
  layoutKey: string | null;
  selected: string | null;
  pinned: string[];
  onSelect: (id: string | null) => void;
  onReady: (cy: Core) => void;
  label: string;
  /** The zoom buttons' names, in the interface language. */
  controls: { zoomIn: string; zoomOut: string; fit: string; keyboardHint: string };
}

/**
 * The one owner of the Cytoscape instance: created once on mount, destroyed on unmount; elements
 * are diffed by id inside a batch; positions come from the layout hook. Its `data-layout`
 * attribute says "running" until the current layout is applied and fitted, then "done".
 */
export function CytoscapeGraph({
  elements,
  positions,
  layoutKey,
  selected,
  pinned,
  onSelect,
  onReady,
  label,
  controls,
}: Props) {
  const container = useRef<HTMLDivElement>(null);
  const largeRef = useRef(false);
  const positionsRef = useRef(positions);
  /** The node the arrow keys are on, and what a screen reader is told about it. */
  const [keyboard, setKeyboard] = useState<{ id: string; said: string } | null>(null);
  const cyRef = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      style: STYLESHEET,
      minZoom: 0.05,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
    });
    cy.on("tap", "node", (event) => onSelectRef.current(event.target.id()));
    // Labels are shortened on the canvas; the full name shows on hover.
    cy.on("mouseover", "node", (event) => {
      if (container.current) container.current.title = String(event.target.data("fullName") ?? "");
    });
    // The zoom level, for tests and the benchmark to read.
    cy.on("zoom", () => {
      if (container.current) container.current.dataset.zoom = cy.zoom().toFixed(3);
    });
    cy.on("mouseout", "node", () => {
      if (container.current) container.current.title = "";
    });
    cy.on("tap", (event) => {
      if (event.target === cy) onSelectRef.current(null);
    });
    cyRef.current = cy;
    onReady(cy);
    // The stage changes size when the details open or close, the sidebar folds, the window turns:
    // the canvas follows and the graph is fitted again, so no part of it ends up out of sight.
    let frame = 0;
    const observer = new (window.ResizeObserver ?? NoResizeObserver)(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        cy.resize();
        fitView(cy);
      });
    });
    observer.observe(container.current);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      cy.destroy();
      cyRef.current = null;
    };
    // Created once; onReady is read at mount only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const wanted = new Map(elements.map((e) => [e.data.id as string, e]));
    const added: ElementDefinition[] = [];
    cy.batch(() => {
      cy.elements().forEach((el) => {
        if (!wanted.has(el.id())) el.remove();
      });
      for (const [id, def] of wanted) {
        const existing = cy.getElementById(id);
        if (existing.empty()) added.push(def);
        else existing.data(def.data);
      }
    });
    // Thousands of elements: cheaper edges and labels, and added a chunk per task so the page
    // keeps answering (measured by `npm run bench:web`).
    const large = rendererFor(elements.length) === "canvas-large";
    if (large !== largeRef.current) {
      largeRef.current = large;
      cy.style(large ? [...STYLESHEET, ...LARGE_GRAPH_STYLE] : STYLESHEET);
    }
    if (added.length > ADD_CHUNK) {
      // Positions that arrived while the chunks went in are applied to the late ones too.
      void addInChunks(cy, added).then(() => {
        if (!cy.destroyed()) placeNodes(cy, positionsRef.current);
      });
    } else {
      cy.batch(() => {
        // Nodes before edges, so every edge finds its ends.
        cy.add(added.filter((e) => e.group === "nodes"));
        cy.add(added.filter((e) => e.group === "edges"));
      });
    }
  }, [elements]);

  /** The layout whose positions are applied and drawn: tests and the benchmark wait for it, never sleep. */
  const [drawnKey, setDrawnKey] = useState<string | null>(null);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !layoutKey) return;
    positionsRef.current = positions;
    placeNodes(cy, positions);
    fitView(cy);
    const frame = requestAnimationFrame(() => setDrawnKey(layoutKey));
    return () => cancelAnimationFrame(frame);
  }, [layoutKey, positions]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.nodes().unselect();
      cy.edges().removeClass("highlighted");
      cy.nodes().removeClass("pinned").unlock();
      for (const id of pinned) cy.getElementById(id).addClass("pinned").lock();
      if (selected) {
        const node = cy.getElementById(selected);
        node.select();
        node.connectedEdges().addClass("highlighted");
      }
    });
  }, [selected, pinned, elements]);

  /** Arrow keys walk the visible nodes in reading order (top to bottom, left to right); Enter opens one. */
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const cy = cyRef.current;
    if (!cy) return;
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      const nodes = cy
        .nodes()
        .toArray()
        .sort((a, b) => a.position("y") - b.position("y") || a.position("x") - b.position("x"));
      if (nodes.length === 0) return;
      const at = keyboard ? nodes.findIndex((n) => n.id() === keyboard.id) : -1;
      const next = nodes[(at + step + nodes.length) % nodes.length]!;
      cy.nodes().removeClass("keyboard");
      next.addClass("keyboard");
      const box = next.renderedBoundingBox();
      if (box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height()) cy.center(next);
      setKeyboard({
        id: next.id(),
        said: `${String(next.data("fullName"))} (${nodes.indexOf(next) + 1} / ${nodes.length})`,
      });
    } else if ((event.key === "Enter" || event.key === " ") && keyboard) {
      event.preventDefault();
      onSelect(keyboard.id);
    }
  };

  const zoomBy = (factor: number): void => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };

  return (
    <>
      <div
        ref={container}
        className="graph-canvas"
        role="application"
        tabIndex={0}
        aria-label={`${label}. ${controls.keyboardHint}`}
        aria-roledescription="graph"
        data-testid="graph-canvas"
        data-layout={layoutKey !== null && drawnKey === layoutKey ? "done" : "running"}
        onKeyDown={onKeyDown}
        onBlur={() => {
          cyRef.current?.nodes().removeClass("keyboard");
          setKeyboard(null);
        }}
      />
      <p className="visually-hidden" aria-live="polite" data-testid="graph-keyboard">
        {keyboard?.said ?? ""}
      </p>
      <div className="graph-controls">
        <button type="button" aria-label={controls.zoomIn} title={controls.zoomIn} onClick={() => zoomBy(1.25)}>
          +
        </button>
        <button type="button" aria-label={controls.zoomOut} title={controls.zoomOut} onClick={() => zoomBy(0.8)}>
          −
        </button>
        <button type="button" onClick={() => cyRef.current && fitView(cyRef.current)}>
          {controls.fit}
        </button>
      </div>
    </>
  );
}

/** Zoom past which a fitted graph is not enlarged: a few nodes stay their size, not 4x. */
const MAX_FIT_ZOOM = 1.5;

/** The whole graph in view with a margin, never blown up beyond MAX_FIT_ZOOM. */
function fitView(cy: Core): void {
  if (cy.elements().empty()) return;
  cy.fit(undefined, 40);
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  }
}

/** Where there is no ResizeObserver (jsdom), nothing resizes. */
class NoResizeObserver {
  observe(): void {}
  disconnect(): void {}
}

/** Moves every node that has a position to it; a pinned (locked) node stays where it is. */
function placeNodes(cy: Core, positions: Positions): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const p = positions[n.id()];
      if (p && !n.locked()) n.position(p);
    });
  });
}
