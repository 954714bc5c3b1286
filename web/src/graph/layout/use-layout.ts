import { useEffect, useMemo, useRef, useState } from "react";
import type { Lang } from "../../shared/i18n";
import { nodeLabel, type Graph } from "../graph-model";
import { columnPositions, typeStyle } from "../graph-style";
import {
  estimateLabelWidth,
  type LayoutName,
  type LayoutRequest,
  type LayoutResult,
  type Positions,
} from "./layout-options";

let worker: Worker | undefined;
function layoutWorker(): Worker {
  worker ??= new Worker(new URL("./layout-worker.ts", import.meta.url), { type: "module" });
  return worker;
}

let nextRequest = 1;

/** Runs a layout in the worker and resolves with the positions. */
export function runLayout(request: Omit<LayoutRequest, "requestId">): Promise<LayoutResult> {
  const requestId = nextRequest++;
  const w = layoutWorker();
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent<LayoutResult>): void => {
      if (event.data.requestId !== requestId) return;
      w.removeEventListener("message", onMessage);
      resolve(event.data);
    };
    w.addEventListener("message", onMessage);
    w.postMessage({ ...request, requestId });
  });
}

/**
 * Positions for the graph: computed at once for the columns of the start view, in the worker
 * otherwise. Re-runs only when the set of elements or the layout change. `pinnedPositions` is
 * asked when a layout starts: those nodes stay where they are and the others go around them.
 * When the graph grows under the force-directed layout (an expansion, "show more"), the nodes
 * already placed stay where they are and only the new ones are laid out, so nothing jumps; a
 * layout the user picks lays everything out afresh.
 */
export function useLayout(
  graph: Graph,
  layout: LayoutName,
  root: string | null,
  lang: Lang,
  pinnedPositions: () => Positions,
) {
  const key = useMemo(
    () =>
      [layout, root ?? "", ...graph.nodes.map((n) => n.id).sort(), "|", ...graph.edges.map((e) => e.id).sort()].join(
        ",",
      ),
    [graph, layout, root],
  );
  const [state, setState] = useState<{ key: string; positions: Positions; millis: number } | null>(null);
  /** What is on screen: the layout that placed it and where. */
  const placed = useRef<{ layout: LayoutName; positions: Positions } | null>(null);
  const pinned = useRef(pinnedPositions);
  useEffect(() => {
    pinned.current = pinnedPositions;
  }, [pinnedPositions]);

  const columns = useMemo(
    () => (layout === "columns" ? columnPositions(graph.nodes, lang) : null),
    [layout, graph, lang],
  );

  useEffect(() => {
    if (columns) placed.current = { layout, positions: columns };
  }, [columns, layout]);

  useEffect(() => {
    if (layout === "columns") return;
    let cancelled = false;
    const before = placed.current;
    const keep: Positions = {};
    if (layout === "fcose" && before && (before.layout === "fcose" || before.layout === "columns")) {
      for (const n of graph.nodes) {
        const p = before.positions[n.id];
        if (p) keep[n.id] = p;
      }
    }
    const fixed = { ...keep, ...pinned.current() };
    const done = (positions: Positions, millis: number): void => {
      if (cancelled) return;
      placed.current = { layout, positions };
      setState({ key, positions, millis });
    };
    // Nothing new to place (a collapse, a hidden node): everything stays.
    if (graph.nodes.length > 0 && graph.nodes.every((n) => fixed[n.id])) {
      done(fixed, 0);
      return;
    }
    void runLayout({
      layout,
      nodes: graph.nodes.map((n) => ({
        id: n.id,
        size: typeStyle(n.type).size,
        labelWidth: estimateLabelWidth(nodeLabel(n, lang)),
      })),
      edges: graph.edges.map((e) => ({ id: e.id, source: e.from, target: e.to })),
      fixed,
      root,
    }).then((result) => done(result.positions, result.millis));
    return () => {
      cancelled = true;
    };
    // The key captures every input that changes the layout.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  if (columns) return { positions: columns, busy: false, key, millis: 0 };
  const done = state?.key === key;
  return { positions: state?.positions ?? {}, busy: !done, key: done ? key : null, millis: state?.millis ?? 0 };
}
