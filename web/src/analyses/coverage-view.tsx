import { fetchCoverage, type Coverage, type CoverageTarget } from "../api/analysis-api";
import { nodeLabel } from "../graph/graph-model";
import { csv, download } from "../shared/download";
import { translate, type Lang } from "../shared/i18n";
import { QueryStatus } from "../shared/query-status";
import { useQuery } from "../shared/use-query";
import type { AnalysisProps } from "./analysis-props";

function CoverageTable({
  lang,
  caption,
  clusters,
  targets,
  onOpen,
}: {
  lang: Lang;
  caption: string;
  clusters: Coverage["clusters"];
  targets: CoverageTarget[];
  /** A covered cell opens how the cluster reaches the target, with the evidence of each link. */
  onOpen: (clusterId: string, targetId: string) => void;
}) {
  return (
    <div className="coverage-scroll">
      <table className="coverage">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td />
            {targets.map((t) => {
              const status = t.clusterIds.length === 0 ? "gap" : t.clusterIds.length === 1 ? "single" : undefined;
              return (
                <th
                  key={t.id}
                  scope="col"
                  title={`${t.name}${status ? ` (${translate(lang, status)})` : ""}`}
                  className={status}
                  data-target={t.code}
                >
                  <span className="target-code">{t.code}</span>
                  {t.code !== t.name && <span className="target-name">{t.name}</span>}
                  {status && <span className="visually-hidden"> ({translate(lang, status)})</span>}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {clusters.map((c) => (
            <tr key={c.id}>
              <th scope="row">{nodeLabel(c, lang)}</th>
              {targets.map((t) => (
                <td key={t.id} className={t.clusterIds.length === 0 ? "gap" : undefined}>
                  {t.clusterIds.includes(c.id) ? (
                    <button
                      type="button"
                      className="coverage-cell"
                      data-cell={`${c.id}~${t.id}`}
                      aria-label={translate(lang, "coveredHow", { cluster: nodeLabel(c, lang), target: t.code })}
                      title={translate(lang, "coveredHow", { cluster: nodeLabel(c, lang), target: t.code })}
                      onClick={() => onOpen(c.id, t.id)}
                    >
                      ●
                    </button>
                  ) : (
                    ""
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Cluster x PNRR component and cluster x S3 ecosystem, gaps and single-cluster targets marked. */
export function CoverageView({ lang, state, onChange }: AnalysisProps) {
  const onOpen = (clusterId: string, targetId: string): void =>
    onChange({ ...state, tab: "paths", from: clusterId, to: targetId });
  const query = useQuery("coverage", fetchCoverage);
  const coverage = query.data;
  if (!coverage) return <QueryStatus query={query} lang={lang} />;
  const targets = [...coverage.pnrrComponents, ...coverage.s3Ecosystems];
  const exportCsv = (): void =>
    download(
      "lombardy-kg-coverage.csv",
      csv(
        ["cluster", ...coverage.pnrrComponents.map((t) => t.code), ...coverage.s3Ecosystems.map((t) => t.name)],
        coverage.clusters.map((c) => [c.id, ...targets.map((t) => (t.clusterIds.includes(c.id) ? 1 : 0))]),
      ),
      "text/csv",
    );
  return (
    <div className="analysis-body coverage-body" data-testid="coverage">
      <p className="legend-inline">
        <span className="gap">{translate(lang, "gap")}</span>{" "}
        <span className="single">{translate(lang, "single")}</span>{" "}
        <button type="button" onClick={exportCsv}>
          {translate(lang, "exportCsv")}
        </button>
      </p>
      <CoverageTable
        lang={lang}
        caption={translate(lang, "componentsCaption")}
        clusters={coverage.clusters}
        targets={coverage.pnrrComponents}
        onOpen={onOpen}
      />
      <CoverageTable
        lang={lang}
        caption={translate(lang, "ecosystemsCaption")}
        clusters={coverage.clusters}
        targets={coverage.s3Ecosystems}
        onOpen={onOpen}
      />
    </div>
  );
}
