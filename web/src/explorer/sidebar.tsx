import { useEffect, useMemo, useState } from "react";
import type { FilterOptions } from "../api/explorer-api";
import { setCsvSeparator } from "../shared/download";
import { countByType, NO_FILTERS, nodePasses, type Filters, type Graph } from "../graph/graph-model";
import { typeStyle } from "../graph/graph-style";
import { LAYOUTS, type LayoutName } from "../graph/layout/layout-options";
import { translate, typeName, type Lang, type MessageKey } from "../shared/i18n";

interface Props {
  lang: Lang;
  /** Before filters, so hidden types stay listed and can come back. */
  unfiltered: Graph;
  visible: Graph;
  filters: Filters;
  options: FilterOptions | null;
  layout: LayoutName;
  busy: boolean;
  hiddenCount: number;
  onFilters: (filters: Filters) => void;
  onLayout: (layout: LayoutName) => void;
  onShowHidden: () => void;
  onStartView: () => void;
  onExport: (kind: "png" | "json" | "nodes" | "edges") => void;
}

const LAYOUT_LABELS: Record<LayoutName, MessageKey> = {
  columns: "layoutColumns",
  fcose: "layoutFcose",
  concentric: "layoutConcentric",
  breadthfirst: "layoutBreadthfirst",
};

/** Legend with counts (it is also the type filter), the facet filters, layouts and exports. */
export function Sidebar(props: Props) {
  const { lang, filters, options } = props;
  const all = countByType(props.unfiltered.nodes);
  const shown = countByType(props.visible.nodes);
  const { unfiltered } = props;
  const years = useMemo(
    () => [...new Set(unfiltered.nodes.flatMap((n) => n.years))].sort((a, b) => a - b),
    [unfiltered],
  );
  // Every option counted once per graph and filters, not at each render (a selection re-renders).
  const counts = useMemo(() => {
    const tally = (pass: (n: Graph["nodes"][number]) => boolean): number => unfiltered.nodes.filter(pass).length;
    /** Nodes that would show with this facet set so, the other filters as they are. */
    const count = (patch: Partial<Filters>): number => tally((n) => nodePasses(n, { ...filters, ...patch }));
    return {
      ecosystem: new Map(options?.ecosystems.map((o) => [o.id, count({ ecosystem: o.id })])),
      mission: new Map(options?.missions.map((o) => [o.number, count({ mission: o.number })])),
      programme: new Map(options?.programmes.map((o) => [o.id, count({ programme: o.id })])),
      // Of those, the ones dated that year: undated nodes stay whatever the year, and are counted apart.
      year: new Map(years.map((y) => [y, tally((n) => n.years.includes(y) && nodePasses(n, { ...filters, year: y }))])),
    };
  }, [unfiltered, filters, options, years]);
  const undated = props.visible.nodes.filter((n) => n.years.length === 0).length;
  const set = (patch: Partial<Filters>): void => props.onFilters({ ...filters, ...patch });
  // Semicolons by default in Italian, where Excel reads the comma as the decimal mark.
  const [chosen, setSemicolons] = useState<boolean | null>(null);
  const semicolons = chosen ?? lang === "it";
  useEffect(() => setCsvSeparator(semicolons ? ";" : ","), [semicolons]);

  return (
    <nav className="sidebar" aria-label={translate(lang, "filters")}>
      <section aria-labelledby="legend-title">
        <h2 id="legend-title">{translate(lang, "legend")}</h2>
        <p className="visible-count" data-testid="visible-count">
          {props.visible.nodes.length} / {props.unfiltered.nodes.length} {translate(lang, "visible")}
        </p>
        <ul className="legend">
          {[...all].map(([type, total]) => {
            const style = typeStyle(type);
            const hidden = filters.hiddenTypes.includes(type);
            return (
              <li key={type}>
                <label>
                  <input
                    type="checkbox"
                    checked={!hidden}
                    onChange={() =>
                      set({
                        hiddenTypes: hidden
                          ? filters.hiddenTypes.filter((t) => t !== type)
                          : [...filters.hiddenTypes, type],
                      })
                    }
                  />
                  <span
                    className={`swatch shape-${style.shape}`}
                    style={{ backgroundColor: style.color }}
                    aria-hidden="true"
                  />
                  {typeName(lang, type)}
                  <span className="count">
                    {shown.get(type) ?? 0}/{total}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="filters-title">
        <h2 id="filters-title">{translate(lang, "filters")}</h2>
        <label className="field">
          <span>{translate(lang, "ecosystem")}</span>
          <select
            aria-label={translate(lang, "ecosystem")}
            value={filters.ecosystem ?? ""}
            onChange={(e) => set({ ecosystem: e.target.value || null })}
          >
            <option value="">{translate(lang, "any")}</option>
            {options?.ecosystems.map((o) => {
              const n = counts.ecosystem.get(o.id) ?? 0;
              return (
                <option key={o.id} value={o.id} disabled={n === 0 && filters.ecosystem !== o.id}>
                  {(lang === "it" && o.nameIt) || o.name} ({n})
                </option>
              );
            })}
          </select>
        </label>
        <label className="field">
          <span>{translate(lang, "mission")}</span>
          <select
            aria-label={translate(lang, "mission")}
            value={filters.mission ?? ""}
            onChange={(e) => set({ mission: e.target.value ? Number(e.target.value) : null })}
          >
            <option value="">{translate(lang, "any")}</option>
            {options?.missions.map((o) => {
              const n = counts.mission.get(o.number) ?? 0;
              return (
                <option key={o.number} value={o.number} disabled={n === 0 && filters.mission !== o.number}>
                  M{o.number} {(lang === "it" && o.nameIt) || o.name} ({n})
                </option>
              );
            })}
          </select>
        </label>
        <label className="field">
          <span>{translate(lang, "programme")}</span>
          <select
            aria-label={translate(lang, "programme")}
            value={filters.programme ?? ""}
            onChange={(e) => set({ programme: e.target.value || null })}
          >
            <option value="">{translate(lang, "any")}</option>
            {options?.programmes.map((o) => {
              const n = counts.programme.get(o.id) ?? 0;
              return (
                <option key={o.id} value={o.id} disabled={n === 0 && filters.programme !== o.id}>
                  {o.name} ({n})
                </option>
              );
            })}
          </select>
        </label>
        <label className="field">
          <span>{translate(lang, "year")}</span>
          <select
            aria-label={translate(lang, "year")}
            value={filters.year ?? ""}
            onChange={(e) => set({ year: e.target.value ? Number(e.target.value) : null })}
          >
            <option value="">{translate(lang, "any")}</option>
            {years.map((y) => {
              const n = counts.year.get(y) ?? 0;
              return (
                <option key={y} value={y} disabled={n === 0 && filters.year !== y}>
                  {y} ({n})
                </option>
              );
            })}
          </select>
        </label>
        {filters.year !== null && undated > 0 && (
          <p className="filter-note" data-testid="undated-note">
            {translate(lang, "undatedStay", { n: undated })}
          </p>
        )}
        <button type="button" onClick={() => props.onFilters(NO_FILTERS)}>
          {translate(lang, "clearFilters")}
        </button>
      </section>

      <section aria-labelledby="layout-title">
        <h2 id="layout-title">{translate(lang, "layout")}</h2>
        <select
          aria-labelledby="layout-title"
          value={props.layout}
          onChange={(e) => props.onLayout(e.target.value as LayoutName)}
        >
          {LAYOUTS.map((l) => (
            <option key={l} value={l}>
              {translate(lang, LAYOUT_LABELS[l])}
            </option>
          ))}
        </select>
        {props.busy && (
          <p role="status" className="busy">
            {translate(lang, "laying")}
          </p>
        )}
        <button type="button" onClick={props.onStartView}>
          {translate(lang, "startView")}
        </button>
        {props.hiddenCount > 0 && (
          <button type="button" onClick={props.onShowHidden}>
            {translate(lang, "showHidden")} ({translate(lang, "hiddenCount", { n: props.hiddenCount })})
          </button>
        )}
      </section>

      <section aria-labelledby="export-title">
        <h2 id="export-title">{translate(lang, "exportLabel")}</h2>
        <div className="export-buttons">
          <button type="button" onClick={() => props.onExport("png")}>
            {translate(lang, "exportPng")}
          </button>
          <button type="button" onClick={() => props.onExport("json")}>
            {translate(lang, "exportJson")}
          </button>
          <button type="button" onClick={() => props.onExport("nodes")}>
            {translate(lang, "exportNodesCsv")}
          </button>
          <button type="button" onClick={() => props.onExport("edges")}>
            {translate(lang, "exportEdgesCsv")}
          </button>
        </div>
        <label className="csv-separator">
          <input type="checkbox" checked={semicolons} onChange={(e) => setSemicolons(e.target.checked)} />{" "}
          {translate(lang, "csvSemicolons")}
        </label>
      </section>
    </nav>
  );
}
