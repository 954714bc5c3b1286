import { parseAnalysis, serializeAnalysis, NO_ANALYSIS, type AnalysisState } from "../analyses/analysis-state";
import { PAGE_SIZE, type Expansion, type Focus } from "../explorer/use-explorer-data";
import { NO_FILTERS, type Filters } from "../graph/graph-model";
import { LAYOUTS, type LayoutName } from "../graph/layout/layout-options";
import type { Lang } from "../shared/i18n";

import { EDITING_TABS, type EditingTab } from "../editing/editing-tabs";

/** Everything the explorer shows, and nothing else: it is the URL, so a link reproduces the view. */
export interface ViewState {
  selected: string | null;
  expanded: Expansion[];
  hidden: string[];
  pinned: string[];
  focus: Focus | null;
  /** null: columns for the start view, fcose once anything is expanded or focused. */
  layout: LayoutName | null;
  filters: Filters;
  lang: Lang;
  table: boolean;
  /** The About the data page is open. */
  about: boolean;
  /** The editing page (roster import, history, export) is open, on this tab. */
  editing: EditingTab | null;
  /** The cluster pages open: one, or two side by side. */
  clusterPage: string[];
  analysis: AnalysisState;
}

export const INITIAL_VIEW: ViewState = {
  selected: null,
  expanded: [],
  hidden: [],
  pinned: [],
  focus: null,
  layout: null,
  filters: NO_FILTERS,
  lang: "en",
  table: false,
  about: false,
  editing: null,
  clusterPage: [],
  analysis: NO_ANALYSIS,
};

const list = (value: string | null): string[] => (value ? value.split(",").filter(Boolean) : []);
const int = (value: string | null): number | null => {
  if (value === null || !/^\d+$/.test(value)) return null;
  return Number(value);
};

export function parseViewState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const layout = p.get("layout");
  const focus = p.get("focus");
  const [focusId, focusDepth] = focus ? focus.split("~") : [];
  return {
    selected: p.get("sel"),
    expanded: list(p.get("exp")).map((item) => {
      const [id = "", type, limit] = item.split("~");
      return { id, relationshipType: type || null, limit: int(limit ?? null) ?? PAGE_SIZE };
    }),
    hidden: list(p.get("hide")),
    pinned: list(p.get("pin")),
    focus: focusId ? { id: focusId, depth: focusDepth === "2" ? 2 : 1 } : null,
    layout: LAYOUTS.includes(layout as LayoutName) ? (layout as LayoutName) : null,
    filters: {
      hiddenTypes: list(p.get("hideTypes")),
      ecosystem: p.get("eco"),
      mission: int(p.get("mission")),
      programme: p.get("prog"),
      year: int(p.get("year")),
    },
    lang: p.get("lang") === "it" ? "it" : "en",
    table: p.get("table") === "1",
    about: p.get("about") === "1",
    editing: EDITING_TABS.includes(p.get("edit") as EditingTab) ? (p.get("edit") as EditingTab) : null,
    clusterPage: list(p.get("cluster")).slice(0, 2),
    analysis: parseAnalysis(p),
  };
}

/** The query string of a view; defaults are left out so links stay short. */
export function serializeViewState(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.selected) p.set("sel", state.selected);
  if (state.expanded.length)
    p.set(
      "exp",
      state.expanded
        .map((e) =>
          [e.id, e.relationshipType ?? "", e.limit === PAGE_SIZE ? "" : String(e.limit)].join("~").replace(/~+$/, ""),
        )
        .join(","),
    );
  if (state.hidden.length) p.set("hide", state.hidden.join(","));
  if (state.pinned.length) p.set("pin", state.pinned.join(","));
  if (state.focus) p.set("focus", `${state.focus.id}~${state.focus.depth}`);
  if (state.layout) p.set("layout", state.layout);
  if (state.filters.hiddenTypes.length) p.set("hideTypes", state.filters.hiddenTypes.join(","));
  if (state.filters.ecosystem) p.set("eco", state.filters.ecosystem);
  if (state.filters.mission !== null) p.set("mission", String(state.filters.mission));
  if (state.filters.programme) p.set("prog", state.filters.programme);
  if (state.filters.year !== null) p.set("year", String(state.filters.year));
  if (state.lang !== "en") p.set("lang", state.lang);
  if (state.table) p.set("table", "1");
  if (state.about) p.set("about", "1");
  if (state.editing) p.set("edit", state.editing);
  if (state.clusterPage.length) p.set("cluster", state.clusterPage.join(","));
  serializeAnalysis(state.analysis, p);
  const query = p.toString();
  return query ? `?${query}` : "";
}

export function effectiveLayout(state: ViewState): LayoutName {
  return state.layout ?? (state.expanded.length || state.focus ? "fcose" : "columns");
}

/** Adds or replaces one node's expansion. */
export function withExpansion(state: ViewState, expansion: Expansion): ViewState {
  const others = state.expanded.filter(
    (e) => !(e.id === expansion.id && e.relationshipType === expansion.relationshipType),
  );
  return { ...state, expanded: [...others, expansion], hidden: state.hidden.filter((id) => id !== expansion.id) };
}

export function withoutExpansions(state: ViewState, id: string): ViewState {
  return { ...state, expanded: state.expanded.filter((e) => e.id !== id) };
}
