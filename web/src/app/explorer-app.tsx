import type { Core } from "cytoscape";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { AnalysisPanel } from "../analyses/analysis-panel";
import { useAnalysisOverlay } from "../analyses/use-analysis-overlay";
import { useSession } from "../api/session";
import { EditingPage } from "../editing/editing-page";
import { NodeEditor } from "../editing/node-editor";
import { AboutPage } from "../explorer/about-page";
import { ClusterPage } from "../explorer/cluster-page";
import { DetailsPanel } from "../explorer/details-panel";
import { FOCUS_PAGE, FocusBar } from "../explorer/focus-bar";
import { Sidebar } from "../explorer/sidebar";
import { TableView } from "../explorer/table-view";
import { PAGE_SIZE, useExplorerData } from "../explorer/use-explorer-data";
import { CytoscapeGraph } from "../graph/cytoscape-graph";
import { applyFilters, mergeGraphs, NO_FILTERS, withoutNodes, type Graph } from "../graph/graph-model";
import { toElements } from "../graph/graph-style";
import type { Positions } from "../graph/layout/layout-options";
import { useLayout } from "../graph/layout/use-layout";
import { errorText, translate } from "../shared/i18n";
import { AppHeader } from "./app-header";
import { useDropGone, useEscapeCloses, useViewState } from "./use-view-state";
import { exportView } from "./view-export";
import { effectiveLayout, INITIAL_VIEW, withExpansion, withoutExpansions } from "./view-state";
import { expandedTotal, focusSummary } from "./view-summaries";

declare global {
  interface Window {
    /** Set once the start view is drawn and laid out: read by the browser tests and the benchmark. */
    __kgReady?: number;
    /** Where each drawn node is, in model coordinates: read by the browser tests. */
    __kgNodePositions?: () => Record<string, { x: number; y: number }>;
    /** Each drawn node's label box, in model coordinates: read by the browser tests. */
    __kgLabelBoxes?: () => { id: string; x1: number; y1: number; x2: number; y2: number }[];
  }
}

const EMPTY: Graph = { nodes: [], edges: [] };

/** The explorer: the URL is the view; every change pushes it, so Back steps back and links reproduce it. */
export function ExplorerApp() {
  const [view, update] = useViewState();
  const cy = useRef<Core | null>(null);
  /** On a phone the filters and legend fold away over the graph; on wider screens they always show. */
  const [sidebarOpen, setSidebarOpen] = useState(false);

  const { lang } = view;
  const session = useSession();
  const data = useExplorerData(view);
  useDropGone(data.gone, update);
  const overlay = useAnalysisOverlay(view.analysis);
  const unfiltered = useMemo(() => {
    // An analysis draws what it picked instead of the explored graph, until it is closed.
    if (overlay.key) return withoutNodes(overlay.data ?? EMPTY, view.hidden);
    const parts = view.focus ? data.pages : [data.start ?? EMPTY, ...data.pages];
    return withoutNodes(mergeGraphs(parts), view.hidden);
  }, [data.start, data.pages, view.focus, view.hidden, overlay.key, overlay.data]);
  const clusters = useMemo(() => (data.start?.nodes ?? []).filter((n) => n.type === "Cluster"), [data.start]);
  const visible = useMemo(() => applyFilters(unfiltered, view.filters), [unfiltered, view.filters]);
  const layoutName = overlay.key && !view.layout ? "fcose" : effectiveLayout(view);

  // Only breadth-first needs a root; for the others a new selection must not move the graph.
  const root = layoutName === "breadthfirst" ? (view.focus?.id ?? view.selected) : null;
  const { pinned } = view;
  const pinnedPositions = useCallback((): Positions => {
    const positions: Positions = {};
    for (const id of pinned) {
      const node = cy.current?.getElementById(id);
      if (node && !node.empty()) positions[id] = { ...node.position() };
    }
    return positions;
  }, [pinned]);
  const layout = useLayout(visible, layoutName, root, lang, pinnedPositions);
  const elements = useMemo(() => toElements(visible, lang), [visible, lang]);

  useEffect(() => {
    if (layout.key && !data.loading && window.__kgReady === undefined) {
      requestAnimationFrame(() => {
        window.__kgReady = performance.now();
      });
    }
  }, [layout.key, data.loading]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translate(lang, "title");
  }, [lang]);

  const select = useCallback((id: string | null) => update((v) => ({ ...v, selected: id })), [update]);
  const closeDetails = useCallback(() => select(null), [select]);
  useEscapeCloses(closeDetails);

  const focus = focusSummary(view, data.requests, data.pages, lang);
  const expanded = expandedTotal(view, data.requests, data.totals);
  const selectAndShow = (id: string): void =>
    update((v) => {
      const shown = visible.nodes.some((n) => n.id === id);
      const next = { ...v, selected: id };
      return shown ? next : withExpansion(next, { id, relationshipType: null, limit: PAGE_SIZE });
    });

  return (
    <div className="app">
      <a className="skip-link" href="#graph-stage">
        {translate(lang, "skipToGraph")}
      </a>
      <AppHeader
        view={view}
        update={update}
        session={session}
        sidebarOpen={sidebarOpen}
        onToggleSidebar={() => setSidebarOpen((open) => !open)}
        onPick={selectAndShow}
      />
      {(data.error ?? overlay.error) && (
        <div role="alert" className="error banner">
          <span>
            {translate(lang, "apiDown")} {errorText(lang, data.error ?? overlay.error ?? "")}
          </span>
          <button
            type="button"
            onClick={() => {
              data.retry();
              if (overlay.error) overlay.retry();
            }}
          >
            {translate(lang, "retry")}
          </button>
        </div>
      )}
      <main className="workspace">
        <div id="explorer-sidebar" className={sidebarOpen ? "sidebar-slot open" : "sidebar-slot"}>
          <Sidebar
            lang={lang}
            unfiltered={unfiltered}
            visible={visible}
            filters={view.filters}
            options={data.options}
            layout={layoutName}
            busy={layout.busy || (data.loading && !data.error)}
            hiddenCount={view.hidden.length}
            onFilters={(filters) => update((v) => ({ ...v, filters }))}
            onLayout={(l) => update((v) => ({ ...v, layout: l }))}
            onShowHidden={() => update((v) => ({ ...v, hidden: [] }))}
            onStartView={() => update({ ...INITIAL_VIEW, lang: view.lang })}
            onExport={(kind) => exportView(kind, visible, lang, cy.current)}
          />
        </div>
        <section
          id="graph-stage"
          tabIndex={-1}
          className="stage"
          aria-label={translate(lang, view.table ? "tableView" : "graphView")}
        >
          {view.analysis.tab && (
            <AnalysisPanel
              lang={lang}
              state={view.analysis}
              clusters={clusters}
              onChange={(analysis) => update((v) => ({ ...v, analysis }))}
              onSelect={select}
            />
          )}
          {focus && (
            <FocusBar
              lang={lang}
              name={focus.name}
              depth={focus.depth}
              shown={focus.shown}
              total={focus.total}
              onMore={() =>
                update((v) =>
                  v.focus
                    ? withExpansion(v, { id: v.focus.id, relationshipType: null, limit: focus.limit + FOCUS_PAGE })
                    : v,
                )
              }
              onLeave={() => update((v) => ({ ...v, focus: null }))}
            />
          )}
          {view.clusterPage.length > 0 && (
            <ClusterPage
              lang={lang}
              ids={view.clusterPage}
              clusters={clusters}
              onChange={(ids) => update((v) => ({ ...v, clusterPage: ids }))}
              onSelect={(id) => update((v) => ({ ...v, clusterPage: [], selected: id }))}
              onClose={() => update((v) => ({ ...v, clusterPage: [] }))}
            />
          )}
          {view.about && <AboutPage lang={lang} onClose={() => update((v) => ({ ...v, about: false }))} />}
          {view.editing && (
            <EditingPage
              lang={lang}
              tab={view.editing}
              session={session}
              clusters={clusters.map((c) => ({ id: c.id, name: c.name }))}
              onTab={(tab) => update((v) => ({ ...v, editing: tab }))}
              onClose={() => update((v) => ({ ...v, editing: null }))}
            />
          )}
          {view.table && <TableView graph={visible} lang={lang} onSelect={select} />}
          <div className={view.table ? "graph-hidden" : "graph-wrap"}>
            <CytoscapeGraph
              elements={elements}
              positions={layout.positions}
              layoutKey={layout.key}
              selected={view.selected}
              pinned={view.pinned}
              onSelect={select}
              onReady={(instance) => {
                cy.current = instance;
                window.__kgNodePositions = () =>
                  Object.fromEntries(instance.nodes().map((n) => [n.id(), { ...n.position() }]));
                window.__kgLabelBoxes = () =>
                  instance.nodes().map((n) => {
                    const { x1, y1, x2, y2 } = n.boundingBox({
                      includeNodes: false,
                      includeLabels: true,
                      includeOverlays: false,
                    });
                    return { id: n.id(), x1, y1, x2, y2 };
                  });
              }}
              label={`${translate(lang, "title")}: ${visible.nodes.length} ${translate(lang, "nodes")}, ${visible.edges.length} ${translate(lang, "edges")}`}
              controls={{
                zoomIn: translate(lang, "zoomIn"),
                zoomOut: translate(lang, "zoomOut"),
                fit: translate(lang, "fit"),
                keyboardHint: translate(lang, "graphKeyboardHint"),
              }}
            />
            {!view.selected && <p className="hint">{translate(lang, "selectHint")}</p>}
            {visible.nodes.length === 0 && unfiltered.nodes.length > 0 && (
              <div className="empty-graph" role="status">
                <p>{translate(lang, "nothingMatches")}</p>
                <button type="button" onClick={() => update((v) => ({ ...v, filters: NO_FILTERS }))}>
                  {translate(lang, "clearFilters")}
                </button>
              </div>
            )}
          </div>
        </section>
        {view.selected && (
          <DetailsPanel
            editor={(node) => <NodeEditor key={node.id} lang={lang} {...node} />}
            id={view.selected}
            lang={lang}
            graph={visible}
            pinned={view.pinned.includes(view.selected)}
            expandedTotal={expanded}
            onExpand={(relationshipType) => {
              const id = view.selected;
              if (id) update((v) => withExpansion(v, { id, relationshipType, limit: PAGE_SIZE }));
            }}
            onShowMore={() => {
              const id = view.selected;
              if (id && expanded)
                update((v) => withExpansion(v, { id, relationshipType: null, limit: expanded.limit + PAGE_SIZE }));
            }}
            onCollapse={() => {
              const id = view.selected;
              if (id) update((v) => withoutExpansions(v, id));
            }}
            onHide={() => {
              const id = view.selected;
              if (id) update((v) => ({ ...withoutExpansions(v, id), selected: null, hidden: [...v.hidden, id] }));
            }}
            onTogglePin={() => {
              const id = view.selected;
              if (id)
                update((v) => ({
                  ...v,
                  pinned: v.pinned.includes(id) ? v.pinned.filter((p) => p !== id) : [...v.pinned, id],
                }));
            }}
            onFocus={(depth) => {
              const id = view.selected;
              if (id) update((v) => ({ ...v, focus: { id, depth }, layout: v.layout }));
            }}
            onSelect={selectAndShow}
            onClose={() => select(null)}
            onClusterPage={(id) => update((v) => ({ ...v, clusterPage: [id] }))}
            session={session}
          />
        )}
      </main>
    </div>
  );
}
