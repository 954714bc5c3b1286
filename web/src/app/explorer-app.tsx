import type { Core } from "cytoscape";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { AnalysisPanel } from "../analyses/analysis-panel";
import { useAnalysisOverlay } from "../analyses/use-analysis-overlay";
import { DetailsPanel } from "../explorer/details-panel";
import { SearchBox } from "../explorer/search-box";
import { Sidebar } from "../explorer/sidebar";
import { TableView } from "../explorer/table-view";
import { signOut } from "../api/editing-api";
import { useSession } from "../api/session";
import { EditingPage } from "../editing/editing-page";
import { AboutPage } from "../explorer/about-page";
import { ClusterPage } from "../explorer/cluster-page";
import { FOCUS_PAGE, FocusBar } from "../explorer/focus-bar";
import { PAGE_SIZE, useExplorerData } from "../explorer/use-explorer-data";
import { CytoscapeGraph } from "../graph/cytoscape-graph";
import { edgesCsv, graphJson, nodesCsv } from "../graph/graph-export";
import {
  applyFilters,
  countByType,
  mergeGraphs,
  NO_FILTERS,
  nodeLabel,
  withoutNodes,
  type Graph,
} from "../graph/graph-model";
import { toElements, typeStyle } from "../graph/graph-style";
import type { Positions } from "../graph/layout/layout-options";
import { useLayout } from "../graph/layout/use-layout";
import { download } from "../shared/download";
import { errorText, translate, typeName } from "../shared/i18n";
import { pngWithLegend } from "../graph/png-export";
import {
  effectiveLayout,
  INITIAL_VIEW,
  parseViewState,
  serializeViewState,
  withExpansion,
  withoutExpansions,
  type ViewState,
} from "./view-state";

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
  const [view, setView] = useState<ViewState>(() => parseViewState(window.location.search));
  const cy = useRef<Core | null>(null);
  const [copied, setCopied] = useState(false);
  /** On a phone the filters and legend fold away over the graph; on wider screens they always show. */
  const [sidebarOpen, setSidebarOpen] = useState(false);

  useEffect(() => {
    const onPop = (): void => setView(parseViewState(window.location.search));
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  const update = useCallback((next: ViewState | ((v: ViewState) => ViewState)) => {
    setView((current) => {
      const state = typeof next === "function" ? next(current) : next;
      const query = serializeViewState(state);
      if (query !== window.location.search) window.history.pushState(null, "", `${window.location.pathname}${query}`);
      return state;
    });
  }, []);

  const { lang } = view;
  const session = useSession();
  // Grows with each edit: the graph and the details are read again.
  const data = useExplorerData(view);
  const gone = data.gone.join(",");
  useEffect(() => {
    if (!gone) return;
    const ids = new Set(gone.split(","));
    // The view is the URL: once the API says a node is gone (an undo removed it), the link must drop it too.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    update((v) => ({
      ...v,
      selected: v.selected && ids.has(v.selected) ? null : v.selected,
      expanded: v.expanded.filter((e) => !ids.has(e.id)),
      pinned: v.pinned.filter((id) => !ids.has(id)),
      focus: v.focus && ids.has(v.focus.id) ? null : v.focus,
    }));
  }, [gone, update]);
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

  // Escape closes the details, unless it is closing something nearer (a search list, a select).
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const tag = (event.target as HTMLElement | null)?.tagName;
      if (event.key === "Escape" && tag !== "INPUT" && tag !== "SELECT" && tag !== "TEXTAREA") select(null);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [select]);
  const selectAndShow = (id: string): void =>
    update((v) => {
      const shown = visible.nodes.some((n) => n.id === id);
      const next = { ...v, selected: id };
      return shown ? next : withExpansion(next, { id, relationshipType: null, limit: PAGE_SIZE });
    });

  // What a focus shows of the neighbourhood it asked for, for the bar that says so.
  const focusRequest = view.focus ? data.requests[0] : undefined;
  const focusPage = view.focus ? data.pages[0] : undefined;
  const focusCenter = focusPage?.nodes.find((n) => n.id === view.focus?.id);
  const focus =
    view.focus && focusRequest && focusPage && focusCenter
      ? {
          depth: view.focus.depth,
          name: nodeLabel(focusCenter, lang),
          shown: new Set(focusPage.nodes.map((n) => n.id).filter((id) => id !== focusCenter.id)).size,
          total: focusPage.total,
          limit: focusRequest.limit,
        }
      : null;

  const expansionOfSelected = view.selected
    ? view.expanded.find((e) => e.id === view.selected && e.relationshipType === null)
    : undefined;
  const requestOfSelected = data.requests.find((r) => r.id === view.selected && r.relationshipType === null);
  const expandedTotal =
    expansionOfSelected && requestOfSelected
      ? {
          loaded: Math.min(expansionOfSelected.limit, data.totals.get(requestOfSelected.key) ?? 0),
          total: data.totals.get(requestOfSelected.key) ?? 0,
        }
      : null;

  const exportView = (kind: "png" | "json" | "nodes" | "edges"): void => {
    const stamp = "lombardy-kg";
    if (kind === "png" && cy.current) {
      const graphPng = cy.current.png({ full: true, scale: 2, bg: "#ffffff", output: "blob" }) as unknown as Blob;
      const legend = [...countByType(visible.nodes).keys()].map((type) => ({
        label: typeName(lang, type),
        color: typeStyle(type).color,
      }));
      const subtitle = `${visible.nodes.length} ${translate(lang, "nodes")}, ${visible.edges.length} ${translate(lang, "edges")} · ${new Date().toISOString().slice(0, 10)} · ${window.location.href}`;
      void pngWithLegend(graphPng, translate(lang, "title"), subtitle, legend).then((png) =>
        download(`${stamp}.png`, png),
      );
    }
    if (kind === "json") download(`${stamp}.json`, graphJson(visible, window.location.href), "application/json");
    if (kind === "nodes") download(`${stamp}-nodes.csv`, nodesCsv(visible, lang), "text/csv");
    if (kind === "edges") download(`${stamp}-links.csv`, edgesCsv(visible, lang), "text/csv");
  };

  const copyLink = (): void => {
    void navigator.clipboard?.writeText(window.location.href).catch(() => {});
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };

  return (
    <div className="app">
      <a className="skip-link" href="#graph-stage">
        {translate(lang, "skipToGraph")}
      </a>
      <header className="topbar">
        <button
          type="button"
          className="sidebar-toggle"
          aria-expanded={sidebarOpen}
          aria-controls="explorer-sidebar"
          onClick={() => setSidebarOpen((open) => !open)}
        >
          {translate(lang, "filtersAndLegend")}
        </button>
        <div className="brand">
          <h1>{translate(lang, "title")}</h1>
          <p>{translate(lang, "subtitle")}</p>
        </div>
        <SearchBox lang={lang} onPick={(hit) => selectAndShow(hit.id)} />
        <div className="topbar-actions">
          <button
            type="button"
            aria-pressed={view.analysis.tab !== null}
            onClick={() =>
              update((v) => ({ ...v, analysis: { ...v.analysis, tab: v.analysis.tab ? null : "synergies" } }))
            }
          >
            {translate(lang, "analyses")}
          </button>
          <button type="button" onClick={() => update((v) => ({ ...v, table: !v.table }))} aria-pressed={view.table}>
            {translate(lang, view.table ? "graphView" : "tableView")}
          </button>
          <button type="button" onClick={copyLink}>
            {translate(lang, copied ? "linkCopied" : "link")}
          </button>
          <button
            type="button"
            lang={lang === "en" ? "it" : "en"}
            onClick={() => update((v) => ({ ...v, lang: v.lang === "en" ? "it" : "en" }))}
          >
            {translate(lang, "language")}
          </button>
          <button type="button" aria-pressed={view.about} onClick={() => update((v) => ({ ...v, about: !v.about }))}>
            {translate(lang, "aboutData")}
          </button>
          <a href="/graphql">GraphiQL</a>
          <span className="account">
            {session && (
              <span className="signed-in" data-testid="signed-in">
                {translate(lang, "signedInAs", { name: session.viewer.name, role: session.viewer.role })}
              </span>
            )}
            <button
              type="button"
              title={
                session
                  ? translate(lang, "signedInAs", { name: session.viewer.name, role: session.viewer.role })
                  : undefined
              }
              aria-pressed={view.editing !== null}
              onClick={() => update((v) => ({ ...v, editing: v.editing ? null : "import" }))}
            >
              {translate(lang, session ? "editingPage" : "signIn")}
            </button>
            {session && (
              <button type="button" onClick={() => (signOut(), update((v) => ({ ...v, editing: null })))}>
                {translate(lang, "signOut")}
              </button>
            )}
          </span>
        </div>
      </header>
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
            onExport={exportView}
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
            id={view.selected}
            lang={lang}
            graph={visible}
            pinned={view.pinned.includes(view.selected)}
            expandedTotal={expandedTotal}
            onExpand={(relationshipType) => {
              const id = view.selected;
              if (id) update((v) => withExpansion(v, { id, relationshipType, limit: PAGE_SIZE }));
            }}
            onShowMore={() => {
              const id = view.selected;
              if (id && expansionOfSelected)
                update((v) =>
                  withExpansion(v, { id, relationshipType: null, limit: expansionOfSelected.limit + PAGE_SIZE }),
                );
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
