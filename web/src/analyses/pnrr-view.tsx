import { useEffect, useRef } from "react";
import {
  fetchPnrrLeads,
  fetchPnrrOverview,
  fetchPnrrProjects,
  fetchPnrrTopImplementers,
  type PnrrImplementer,
  type PnrrOverview,
} from "../api/pnrr-api";
import { nodeLabel } from "../graph/graph-model";
import { euros, translate, type Lang } from "../shared/i18n";
import { QueryStatus } from "../shared/query-status";
import { useQuery } from "../shared/use-query";
import type { AnalysisProps } from "./analysis-props";

/** Component x province: money and counts per cell; a cell or a column opens its projects. */
function FundingMatrix({
  lang,
  overview,
  open,
  selected,
}: {
  lang: Lang;
  overview: PnrrOverview;
  open: (component: string | null, province: string | null) => void;
  selected: { component: string | null; province: string | null };
}) {
  const cell = (component: string, province: string) =>
    overview.cells.find((c) => c.componentCode === component && c.provinceCode === province);
  return (
    <div className="coverage-scroll">
      <table className="coverage pnrr-matrix" data-testid="pnrr-matrix">
        <caption>{translate(lang, "pnrrMatrixCaption", { region: overview.regionName ?? "" })}</caption>
        <thead>
          <tr>
            <td />
            {overview.components.map((c) => (
              <th key={c.code} scope="col" title={lang === "it" && c.nameIt ? c.nameIt : c.name}>
                <button
                  type="button"
                  className={`pnrr-column${selected.component === c.code && !selected.province ? " active" : ""}`}
                  data-component={c.code}
                  onClick={() => open(c.code, null)}
                >
                  {c.code}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {overview.provinces.map((p) => (
            <tr key={p.istatCode}>
              <th scope="row" title={p.nutsCode ?? undefined}>
                {p.name}
              </th>
              {overview.components.map((c) => {
                const here = cell(c.code, p.istatCode);
                const active = selected.component === c.code && selected.province === p.name;
                return (
                  <td key={c.code}>
                    {here && (
                      <button
                        type="button"
                        className={`pnrr-cell${active ? " active" : ""}`}
                        data-cell={`${c.code}~${p.istatCode}`}
                        aria-label={translate(lang, "pnrrCellLabel", {
                          component: c.code,
                          province: p.name,
                          count: here.projectCount,
                          money: euros(lang, here.pnrrFunding),
                        })}
                        onClick={() => open(c.code, p.name)}
                      >
                        <span className="pnrr-money">{euros(lang, here.pnrrFunding)}</span>
                        <span className="pnrr-count">{here.projectCount}</span>
                      </button>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ImplementerList({ lang, rows, clusterId }: { lang: Lang; rows: PnrrImplementer[]; clusterId?: string }) {
  return (
    <div className="coverage-scroll">
      <table className="pnrr-list" data-testid="pnrr-implementers">
        <thead>
          <tr>
            <th scope="col">{translate(lang, "pnrrImplementer")}</th>
            <th scope="col">{translate(lang, "pnrrProjectsCol")}</th>
            <th scope="col">{translate(lang, "pnrrFundingCol")}</th>
            <th scope="col">{translate(lang, "pnrrInGraph")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const linked = clusterId ? r.linkedClusterIds.includes(clusterId) : r.linkedClusterIds.length > 0;
            return (
              <tr key={r.organization.id} data-implementer={r.organization.id}>
                <td>
                  {r.organization.name}
                  {r.organization.taxCode && <small className="tax-code"> {r.organization.taxCode}</small>}
                </td>
                <td className="number">{r.projectCount}</td>
                <td className="number">{euros(lang, r.pnrrFunding)}</td>
                <td>
                  {r.matchedTo.length > 0 && (
                    <span title={translate(lang, "pnrrMatchOurs")}>≈ {r.matchedTo.map((m) => m.name).join(", ")} </span>
                  )}
                  <span className={linked ? "pnrr-linked" : "pnrr-lead"}>
                    {translate(lang, linked ? "pnrrLinked" : "pnrrLead")}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Italy's PNRR projects in Lombardy from Italia Domani's open data: where the money goes, who implements it. */
export function PnrrView({ lang, state, onChange, onSelect, clusters }: AnalysisProps) {
  const overview = useQuery("pnrr-overview", fetchPnrrOverview);
  const component = state.pnrrComponent;
  const province = state.pnrrProvince;
  const projects = useQuery(component || province ? `pnrr-projects|${component}|${province}` : null, (signal) =>
    fetchPnrrProjects(component, province, signal),
  );
  const top = useQuery(component && !province ? `pnrr-top|${component}` : null, (signal) =>
    fetchPnrrTopImplementers(component as string, signal),
  );
  const leads = useQuery(state.pnrrCluster ? `pnrr-leads|${state.pnrrCluster}` : null, (signal) =>
    fetchPnrrLeads(state.pnrrCluster as string, signal),
  );
  // An opened cell's projects come below the matrix: bring them into view, or they open unseen.
  const drill = useRef<HTMLElement | null>(null);
  // Both answers must be in: the list is drawn only once the matrix above it is.
  const projectsShown = projects.data !== null && overview.data !== null;
  useEffect(() => {
    if (projectsShown) drill.current?.scrollIntoView({ block: "start" });
  }, [projectsShown, component, province]);
  const data = overview.data;
  if (!data) return <QueryStatus query={overview} lang={lang} />;
  if (data.totals.projectCount === 0)
    return (
      <div className="analysis-body" data-testid="pnrr-view">
        <p className="empty">{translate(lang, "pnrrNone")}</p>
        <pre>
          npm run import:pnrr -- ../shared/data/pnrr/italia-domani-validated-2023-02 --istat
          ../shared/data/istat/istat20200101.csv
        </pre>
      </div>
    );
  const open = (c: string | null, p: string | null): void =>
    onChange({ ...state, pnrrComponent: c, pnrrProvince: p, pnrrProject: null });
  const openProject = (id: string): void => {
    onChange({ ...state, pnrrProject: id });
    onSelect?.(id);
  };
  const cluster = clusters.find((c) => c.id === state.pnrrCluster);
  return (
    <div className="analysis-body pnrr-body" data-testid="pnrr-view">
      <p className="pnrr-totals" data-testid="pnrr-totals">
        {translate(lang, "pnrrTotals", {
          region: data.regionName ?? "",
          count: data.totals.projectCount.toLocaleString(lang),
          money: euros(lang, data.totals.pnrrFunding),
          bodies: data.totals.implementerCount.toLocaleString(lang),
        })}{" "}
        <small>{translate(lang, "pnrrSource")}</small>
      </p>
      <FundingMatrix lang={lang} overview={data} open={open} selected={{ component, province }} />
      {(component || province) && (
        <section className="pnrr-drill" aria-labelledby="pnrr-drill-title" ref={drill}>
          <h3 id="pnrr-drill-title">
            {[component, province].filter(Boolean).join(" · ")}{" "}
            <button type="button" onClick={() => open(null, null)}>
              {translate(lang, "clear")}
            </button>
          </h3>
          {top.data && (
            <>
              <h4>{translate(lang, "pnrrTopImplementers")}</h4>
              <ImplementerList lang={lang} rows={top.data} />
            </>
          )}
          <h4>{translate(lang, "pnrrProjectsTitle")}</h4>
          {!projects.data ? (
            <QueryStatus query={projects} lang={lang} />
          ) : (
            <div className="coverage-scroll">
              <table className="pnrr-list" data-testid="pnrr-projects">
                <thead>
                  <tr>
                    <th scope="col">CUP</th>
                    <th scope="col">{translate(lang, "pnrrTitleCol")}</th>
                    <th scope="col">{translate(lang, "pnrrFundingCol")}</th>
                    <th scope="col">{translate(lang, "pnrrImplementer")}</th>
                    <th scope="col">{translate(lang, "pnrrPlaces")}</th>
                  </tr>
                </thead>
                <tbody>
                  {projects.data.map((p) => (
                    <tr key={p.id} className={state.pnrrProject === p.id ? "active" : undefined}>
                      <td>
                        <button type="button" className="link" data-project={p.id} onClick={() => openProject(p.id)}>
                          {p.cup}
                        </button>
                      </td>
                      <td>{p.title}</td>
                      <td className="number">{p.pnrrFunding === null ? "?" : euros(lang, p.pnrrFunding)}</td>
                      <td>{p.implementers.join(", ")}</td>
                      <td>{p.places.join(", ")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
      <section className="pnrr-leads" aria-labelledby="pnrr-leads-title">
        <h3 id="pnrr-leads-title">{translate(lang, "pnrrLeadsTitle")}</h3>
        <label>
          {translate(lang, "pnrrLeadsFor")}{" "}
          <select
            value={state.pnrrCluster ?? ""}
            onChange={(e) => onChange({ ...state, pnrrCluster: e.target.value || null })}
          >
            <option value="">{translate(lang, "chooseCluster")}</option>
            {clusters.map((c) => (
              <option key={c.id} value={c.id}>
                {nodeLabel(c, lang)}
              </option>
            ))}
          </select>
        </label>
        {state.pnrrCluster && !leads.data && <QueryStatus query={leads} lang={lang} />}
        {leads.data && cluster && (
          <div data-testid="pnrr-leads">
            <p>
              {leads.data.componentCodes.length === 0
                ? translate(lang, "pnrrLeadsNoComponents", { cluster: nodeLabel(cluster, lang) })
                : translate(lang, "pnrrLeadsSummary", {
                    cluster: nodeLabel(cluster, lang),
                    components: leads.data.componentCodes.join(", "),
                    count: leads.data.totals.projectCount.toLocaleString(lang),
                    money: euros(lang, leads.data.totals.pnrrFunding),
                    bodies: leads.data.totals.implementerCount.toLocaleString(lang),
                  })}
            </p>
            <ImplementerList lang={lang} rows={leads.data.implementers} clusterId={cluster.id} />
          </div>
        )}
      </section>
    </div>
  );
}
