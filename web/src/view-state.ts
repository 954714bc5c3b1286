import { NO_FILTERS, type Filters } from "./graph-model";
import type { Lang } from "./i18n";

export type LayoutName = "columns" | "fcose" | "concentric" | "breadthfirst";
export const LAYOUTS: LayoutName[] = ["columns", "fcose", "concentric", "breadthfirst"];

/** One node's neighbours brought into view: all, or one relationship type; `limit` grows with "show more". */
export interface Expansion {
  id: string;
  relationshipType: string | null;
  limit: number;
}

export type AnalysisTab = "synergies" | "partners" | "paths" | "coverage";
export const ANALYSIS_TABS: AnalysisTab[] = ["synergies", "partners", "paths", "coverage"];
export type FilterKind = "topic" | "pnrrComponent" | "ecosystem";

/** The open analysis and what was chosen in it; what it picks is drawn instead of the explored graph. */
export interface AnalysisState {
  tab: AnalysisTab | null;
  /** Synergy heatmap: the cell opened. */
  pair: [string, string] | null;
  /** Partner finder: who looks, for what, and the suggestion opened. */
  seeker: string | null;
  filterKind: FilterKind | null;
  filterValue: string | null;
  candidate: string | null;
  /** Path finder. */
  from: string | null;
  to: string | null;
}

export const NO_ANALYSIS: AnalysisState = {
  tab: null,
  pair: null,
  seeker: null,
  filterKind: null,
  filterValue: null,
  candidate: null,
  from: null,
  to: null,
};

/** Everything the explorer shows, and nothing else: it is the URL, so a link reproduces the view. */
export interface ViewState {
  selected: string | null;
  expanded: Expansion[];
  hidden: string[];
  pinned: string[];
  focus: { id: string; depth: 1 | 2 } | null;
  /** null: columns for the start view, fcose once anything is expanded or focused. */
  layout: LayoutName | null;
  filters: Filters;
  lang: Lang;
  table: boolean;
  analysis: AnalysisState;
}

export const PAGE_SIZE = 50;

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
  analysis: NO_ANALYSIS,
};

const list = (value: string | null): string[] => (value ? value.split(",").filter(Boolean) : []);
const int = (value: string | null): number | null => {
  if (value === null || !/^\d+$/.test(value)) return null;
  return Number(value);
};

function parseAnalysis(p: URLSearchParams): AnalysisState {
  const tab = p.get("an");
  const pair = p.get("pair")?.split("~");
  const filterKind = p.get("fk");
  const kinds: FilterKind[] = ["topic", "pnrrComponent", "ecosystem"];
  return {
    tab: ANALYSIS_TABS.includes(tab as AnalysisTab) ? (tab as AnalysisTab) : null,
    pair: pair?.length === 2 && pair[0] && pair[1] ? [pair[0], pair[1]] : null,
    seeker: p.get("seek"),
    filterKind: kinds.includes(filterKind as FilterKind) && p.get("fv") ? (filterKind as FilterKind) : null,
    filterValue: kinds.includes(filterKind as FilterKind) ? p.get("fv") : null,
    candidate: p.get("cand"),
    from: p.get("from"),
    to: p.get("to"),
  };
}

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
  const a = state.analysis;
  if (a.tab) p.set("an", a.tab);
  if (a.pair) p.set("pair", a.pair.join("~"));
  if (a.seeker) p.set("seek", a.seeker);
  if (a.filterKind && a.filterValue) {
    p.set("fk", a.filterKind);
    p.set("fv", a.filterValue);
  }
  if (a.candidate) p.set("cand", a.candidate);
  if (a.from) p.set("from", a.from);
  if (a.to) p.set("to", a.to);
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
