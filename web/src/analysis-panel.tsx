import { useEffect, useState } from "react";
import {
  fetchCoverage,
  fetchPartners,
  fetchPaths,
  fetchSynergyMatrix,
  type Coverage,
  type CoverageTarget,
  type GraphPath,
  type PartnerSuggestion,
  type SynergyPair,
} from "./analysis-api";
import { download } from "./graph-export";
import { nodeLabel, type GraphNode } from "./graph-model";
import { translate, typeName, type Lang, type MessageKey } from "./i18n";
import { SearchBox } from "./search-box";
import { ANALYSIS_TABS, NO_ANALYSIS, type AnalysisState, type AnalysisTab, type FilterKind } from "./view-state";

interface Props {
  lang: Lang;
  state: AnalysisState;
  /** The nine clusters, for the heatmap's axes and the seeker list. */
  clusters: GraphNode[];
  onChange: (state: AnalysisState) => void;
  onError: (message: string) => void;
}

const TAB_LABELS: Record<AnalysisTab, MessageKey> = {
  synergies: "tabSynergies",
  partners: "tabPartners",
  paths: "tabPaths",
  coverage: "tabCoverage",
};

function csvOf(rows: (string | number)[][]): string {
  return (
    rows
      .map((r) => r.map((v) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v))).join(","))
      .join("\r\n") + "\r\n"
  );
}

/** Fetches once per key, keeping errors for the banner. */
function useFetch<T>(
  key: string | null,
  fetcher: (signal: AbortSignal) => Promise<T>,
  onError: (m: string) => void,
): T | null {
  const [result, setResult] = useState<{ key: string; value: T } | null>(null);
  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    fetcher(controller.signal)
      .then((value) => setResult({ key, value }))
      .catch((e: unknown) => {
        if (!controller.signal.aborted) onError((e as Error).message);
      });
    return () => controller.abort();
    // The key names everything the fetch depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return result && result.key === key ? result.value : null;
}

function Heatmap({ lang, state, clusters, onChange, onError }: Props) {
  const matrix = useFetch("matrix", fetchSynergyMatrix, onError);
  const sorted = [...clusters].sort((a, b) => nodeLabel(a, lang).localeCompare(nodeLabel(b, lang)));
  const pairOf = (a: string, b: string): SynergyPair | undefined =>
    matrix?.find((p) => (p.from.id === a && p.to.id === b) || (p.from.id === b && p.to.id === a));
  const max = Math.max(...(matrix ?? []).map((p) => p.score), 1);
  const open = state.pair ? pairOf(state.pair[0], state.pair[1]) : undefined;
  const exportCsv = (): void =>
    download(
      "lombardy-kg-synergies.csv",
      csvOf([
        ["from", "to", "score", "evidence"],
        ...(matrix ?? []).map((p) => [
          p.from.id,
          p.to.id,
          p.score,
          p.evidence.map((e) => `${e.kind}:${e.name}${e.disputed ? " (disputed)" : ""}`).join(" | "),
        ]),
      ]),
      "text/csv",
    );
  return (
    <div className="analysis-body heatmap-layout">
      <table className="heatmap" data-testid="heatmap">
        <caption>{translate(lang, "heatmapCaption")}</caption>
        <thead>
          <tr>
            <td />
            {sorted.map((c) => (
              <th key={c.id} scope="col" title={c.name}>
                {nodeLabel(c, lang)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.id}>
              <th scope="row" title={row.name}>
                {nodeLabel(row, lang)}
              </th>
              {sorted.map((col) => {
                if (row.id === col.id) return <td key={col.id} className="diagonal" />;
                const pair = pairOf(row.id, col.id);
                const score = pair?.score ?? 0;
                const selected = state.pair?.includes(row.id) && state.pair.includes(col.id);
                return (
                  <td
                    key={col.id}
                    style={{ backgroundColor: `rgba(31, 95, 191, ${(0.08 + 0.8 * (score / max)).toFixed(2)})` }}
                    className={selected ? "selected" : undefined}
                  >
                    <button
                      type="button"
                      data-pair={`${row.id}~${col.id}`}
                      aria-label={`${nodeLabel(row, lang)} × ${nodeLabel(col, lang)}: ${score.toFixed(1)}`}
                      onClick={() => onChange({ ...state, pair: [row.id, col.id] })}
                    >
                      {score.toFixed(1)}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="analysis-side">
        <button type="button" onClick={exportCsv}>
          {translate(lang, "exportCsv")}
        </button>
        {open && (
          <section aria-labelledby="pair-evidence" data-testid="pair-evidence">
            <h3 id="pair-evidence">
              {nodeLabel(open.from, lang)} × {nodeLabel(open.to, lang)}: {open.score.toFixed(2)}
            </h3>
            <ul className="evidence-list">
              {open.evidence.map((e) => (
                <li key={e.id}>
                  <span className="evidence-kind">{typeName(lang, e.kind)}</span> {e.name}{" "}
                  <span className="evidence-score">+{e.contribution.toFixed(2)}</span>
                  {e.disputed && (
                    <span className="evidence-disputed" title={translate(lang, "disputedHint")}>
                      {" "}
                      {translate(lang, "disputed")}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </div>
  );
}

function PartnerFinder({ lang, state, clusters, onChange, onError }: Props) {
  const [seeker, setSeeker] = useState(state.seeker ?? "");
  const [kind, setKind] = useState<FilterKind | "">(state.filterKind ?? "");
  const [value, setValue] = useState(state.filterValue ?? "");
  const key = state.seeker ? `${state.seeker}|${state.filterKind ?? ""}|${state.filterValue ?? ""}` : null;
  const results = useFetch<PartnerSuggestion[]>(
    key,
    (signal) => fetchPartners(state.seeker ?? "", state.filterKind, state.filterValue, signal),
    onError,
  );
  const exportCsv = (): void =>
    download(
      "lombardy-kg-partners.csv",
      csvOf([
        ["id", "name", "type", "score", "reasons"],
        ...(results ?? []).map((r) => [r.id, r.name, r.type, r.score, r.reasons.join(" | ")]),
      ]),
      "text/csv",
    );
  return (
    <div className="analysis-body">
      <form
        className="partner-form"
        onSubmit={(e) => {
          e.preventDefault();
          onChange({
            ...state,
            seeker: seeker || clusters[0]?.id || null,
            filterKind: kind || null,
            filterValue: kind && value.trim() ? value.trim() : null,
            candidate: null,
          });
        }}
      >
        <label>
          <span>{translate(lang, "seeker")}</span>
          <select value={seeker} onChange={(e) => setSeeker(e.target.value)} aria-label={translate(lang, "seeker")}>
            <option value="" disabled>
              —
            </option>
            {[...clusters]
              .sort((a, b) => nodeLabel(a, lang).localeCompare(nodeLabel(b, lang)))
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {nodeLabel(c, lang)}
                </option>
              ))}
          </select>
        </label>
        <label>
          <span>{translate(lang, "filterBy")}</span>
          <select
            value={kind}
            onChange={(e) => setKind(e.target.value as FilterKind | "")}
            aria-label={translate(lang, "filterBy")}
          >
            <option value="">{translate(lang, "none")}</option>
            <option value="topic">{typeName(lang, "Topic")}</option>
            <option value="pnrrComponent">{typeName(lang, "PnrrComponent")}</option>
            <option value="ecosystem">{typeName(lang, "S3Ecosystem")}</option>
          </select>
        </label>
        <label>
          <span>{translate(lang, "value")}</span>
          <input
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-label={translate(lang, "value")}
            placeholder="hydrogen, M2C1, Sustainability"
          />
        </label>
        <button type="submit">{translate(lang, "find")}</button>
        {results && (
          <button type="button" onClick={exportCsv}>
            {translate(lang, "exportCsv")}
          </button>
        )}
      </form>
      {results && results.length === 0 && <p>{translate(lang, "noPartners")}</p>}
      {results && (
        <ol className="partner-results" data-testid="partner-results">
          {results.map((r) => (
            <li key={r.id} className={state.candidate === r.id ? "selected" : undefined}>
              <button
                type="button"
                className="link-button"
                data-candidate={r.id}
                onClick={() => onChange({ ...state, candidate: r.id })}
              >
                {r.name}
              </button>{" "}
              <span className="evidence-kind">{typeName(lang, r.type)}</span>{" "}
              <span className="evidence-score">{r.score.toFixed(2)}</span>
              <ul className="reasons">
                {r.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function PathFinder({ lang, state, onChange, onError }: Props) {
  const key = state.from && state.to ? `${state.from}|${state.to}` : null;
  const paths = useFetch<GraphPath[]>(
    key,
    (signal) => fetchPaths(state.from ?? "", state.to ?? "", 4, signal),
    onError,
  );
  const first = paths?.[0];
  const firstNode = first?.nodes[0];
  const lastNode = first?.nodes.at(-1);
  const fromName = firstNode ? nodeLabel(firstNode, lang) : state.from;
  const toName = lastNode ? nodeLabel(lastNode, lang) : state.to;
  const exportCsv = (): void =>
    download(
      "lombardy-kg-paths.csv",
      csvOf([
        ["path", "length", "nodes"],
        ...(paths ?? []).map((p, i) => [i + 1, p.length, p.nodes.map((n) => n.name).join(" > ")]),
      ]),
      "text/csv",
    );
  return (
    <div className="analysis-body">
      <div className="path-form">
        <div>
          <span>
            {translate(lang, "pathFrom")}: <strong data-testid="path-from">{fromName ?? "—"}</strong>
          </span>
          <SearchBox lang={lang} onPick={(hit) => onChange({ ...state, from: hit.id })} />
        </div>
        <div>
          <span>
            {translate(lang, "pathTo")}: <strong data-testid="path-to">{toName ?? "—"}</strong>
          </span>
          <SearchBox lang={lang} onPick={(hit) => onChange({ ...state, to: hit.id })} />
        </div>
        {paths && (
          <button type="button" onClick={exportCsv}>
            {translate(lang, "exportCsv")}
          </button>
        )}
      </div>
      {paths && paths.length === 0 && <p>{translate(lang, "noPath")}</p>}
      {paths && (
        <ol className="path-results" data-testid="path-results">
          {paths.map((p, i) => (
            <li key={i}>
              {translate(lang, "steps", { n: p.length })}: {p.nodes.map((n) => nodeLabel(n, lang)).join(" → ")}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function CoverageTable({
  lang,
  caption,
  clusters,
  targets,
}: {
  lang: Lang;
  caption: string;
  clusters: GraphNode[];
  targets: CoverageTarget[];
}) {
  return (
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
                {t.code}
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
                {t.clusterIds.includes(c.id) ? "●" : ""}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CoverageView({ lang, onError }: Props) {
  const coverage = useFetch<Coverage>("coverage", fetchCoverage, onError);
  if (!coverage) return <p role="status">{translate(lang, "loading")}</p>;
  const exportCsv = (): void => {
    const rows: (string | number)[][] = [
      ["cluster", ...coverage.pnrrComponents.map((t) => t.code), ...coverage.s3Ecosystems.map((t) => t.name)],
    ];
    for (const c of coverage.clusters) {
      rows.push([
        c.id,
        ...[...coverage.pnrrComponents, ...coverage.s3Ecosystems].map((t) => (t.clusterIds.includes(c.id) ? 1 : 0)),
      ]);
    }
    download("lombardy-kg-coverage.csv", csvOf(rows), "text/csv");
  };
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
      />
      <CoverageTable
        lang={lang}
        caption={translate(lang, "ecosystemsCaption")}
        clusters={coverage.clusters}
        targets={coverage.s3Ecosystems}
      />
    </div>
  );
}

/** The analyses drawer: synergy heatmap, partner finder, path finder, coverage. */
export function AnalysisPanel(props: Props) {
  const { lang, state, onChange } = props;
  const tab = state.tab ?? "synergies";
  return (
    <section className="analysis" aria-label={translate(lang, "analyses")} data-testid="analysis-panel">
      <div className="tabs" role="tablist">
        {ANALYSIS_TABS.map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            aria-selected={t === tab}
            onClick={() => onChange({ ...state, tab: t })}
          >
            {translate(lang, TAB_LABELS[t])}
          </button>
        ))}
        <button type="button" className="close-analysis" onClick={() => onChange(NO_ANALYSIS)}>
          {translate(lang, "closeAnalysis")}
        </button>
      </div>
      <div role="tabpanel">
        {tab === "synergies" && <Heatmap {...props} />}
        {tab === "partners" && <PartnerFinder {...props} />}
        {tab === "paths" && <PathFinder {...props} />}
        {tab === "coverage" && <CoverageView {...props} />}
      </div>
    </section>
  );
}
