import { PARTNER_FILTERS, type FilterKind } from "../api/analysis-api";

export type AnalysisTab = "synergies" | "partners" | "paths" | "coverage" | "pnrr";
export const ANALYSIS_TABS: AnalysisTab[] = ["synergies", "partners", "paths", "coverage", "pnrr"];

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
  /** Path finder; `avoidHubs`: no step through a node every cluster links to. */
  from: string | null;
  to: string | null;
  avoidHubs: boolean;
  /** PNRR view: the matrix cell or column opened (a component, a province's name), a cluster's leads, a project drawn. */
  pnrrComponent: string | null;
  pnrrProvince: string | null;
  pnrrCluster: string | null;
  pnrrProject: string | null;
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
  avoidHubs: false,
  pnrrComponent: null,
  pnrrProvince: null,
  pnrrCluster: null,
  pnrrProject: null,
};

const isFilterKind = (value: string | null): value is FilterKind =>
  (PARTNER_FILTERS as readonly (string | null)[]).includes(value);

export function parseAnalysis(p: URLSearchParams): AnalysisState {
  const tab = p.get("an");
  const pair = p.get("pair")?.split("~");
  const filterKind = p.get("fk");
  const filterValue = p.get("fv");
  return {
    tab: ANALYSIS_TABS.includes(tab as AnalysisTab) ? (tab as AnalysisTab) : null,
    pair: pair?.length === 2 && pair[0] && pair[1] ? [pair[0], pair[1]] : null,
    seeker: p.get("seek"),
    filterKind: isFilterKind(filterKind) && filterValue ? filterKind : null,
    filterValue: isFilterKind(filterKind) ? filterValue : null,
    candidate: p.get("cand"),
    from: p.get("from"),
    to: p.get("to"),
    avoidHubs: p.get("hubs") === "avoid",
    pnrrComponent: p.get("pc"),
    pnrrProvince: p.get("pp"),
    pnrrCluster: p.get("pcl"),
    pnrrProject: p.get("prj"),
  };
}

export function serializeAnalysis(a: AnalysisState, p: URLSearchParams): void {
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
  if (a.avoidHubs) p.set("hubs", "avoid");
  if (a.pnrrComponent) p.set("pc", a.pnrrComponent);
  if (a.pnrrProvince) p.set("pp", a.pnrrProvince);
  if (a.pnrrCluster) p.set("pcl", a.pnrrCluster);
  if (a.pnrrProject) p.set("prj", a.pnrrProject);
}
