import { useState } from "react";
import { fetchSynergyMatrix, type SynergyPair } from "../api/analysis-api";
import { nodeLabel } from "../graph/graph-model";
import { csv, download } from "../shared/download";
import { translate, typeName } from "../shared/i18n";
import { QueryStatus } from "../shared/query-status";
import { useQuery } from "../shared/use-query";
import type { AnalysisProps } from "./analysis-props";

/** The part of a pair's score that rests on disputed links. */
function disputedPart(pair: SynergyPair): number {
  return pair.evidence.reduce((sum, e) => sum + (e.disputed ? e.contribution : 0), 0);
}

/** A pair whose score rests this much or more on disputed links is marked in the grid. */
const MOSTLY_DISPUTED = 0.5;

/**
 * Every pair of clusters scored; a cell opens the pair's evidence and draws what they share. A
 * score that rests mostly on disputed links is marked, and the grid can leave disputed evidence out.
 */
export function SynergyHeatmap({ lang, state, clusters, onChange }: AnalysisProps) {
  const query = useQuery("matrix", fetchSynergyMatrix);
  const matrix = query.data;
  const [undisputedOnly, setUndisputedOnly] = useState(false);
  const scoreOf = (pair: SynergyPair | undefined): number =>
    pair ? Math.max(0, pair.score - (undisputedOnly ? disputedPart(pair) : 0)) : 0;
  const sorted = [...clusters].sort((a, b) => nodeLabel(a, lang).localeCompare(nodeLabel(b, lang)));
  const pairOf = (a: string, b: string): SynergyPair | undefined =>
    matrix?.find((p) => (p.from.id === a && p.to.id === b) || (p.from.id === b && p.to.id === a));
  const max = Math.max(...(matrix ?? []).map(scoreOf), 1);
  const open = state.pair ? pairOf(state.pair[0], state.pair[1]) : undefined;
  const exportCsv = (): void =>
    download(
      "lombardy-kg-synergies.csv",
      csv(
        ["from", "to", "score", "evidence"],
        (matrix ?? []).map((p) => [
          p.from.id,
          p.to.id,
          p.score,
          p.evidence.map((e) => `${e.kind}:${e.name}${e.disputed ? " (disputed)" : ""}`).join(" | "),
        ]),
      ),
      "text/csv",
    );
  // No answer is not "no synergy": without the matrix there is no grid of zeros to draw.
  if (!matrix) return <QueryStatus query={query} lang={lang} />;
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
                const score = scoreOf(pair);
                const selected = state.pair?.includes(row.id) && state.pair.includes(col.id);
                const disputed =
                  !undisputedOnly && pair !== undefined && disputedPart(pair) >= MOSTLY_DISPUTED * pair.score;
                const share = pair ? Math.round((100 * disputedPart(pair)) / pair.score) : 0;
                return (
                  <td
                    key={col.id}
                    style={{ backgroundColor: `rgba(31, 95, 191, ${(0.08 + 0.8 * (score / max)).toFixed(2)})` }}
                    className={
                      [selected ? "selected" : "", disputed ? "mostly-disputed" : ""].join(" ").trim() || undefined
                    }
                    title={disputed ? translate(lang, "mostlyDisputed", { share }) : undefined}
                  >
                    <button
                      type="button"
                      data-pair={`${row.id}~${col.id}`}
                      aria-label={`${nodeLabel(row, lang)} × ${nodeLabel(col, lang)}: ${score.toFixed(1)}${
                        disputed ? ` (${translate(lang, "mostlyDisputed", { share })})` : ""
                      }`}
                      onClick={() => onChange({ ...state, pair: [row.id, col.id] })}
                    >
                      {score.toFixed(1)}
                      {disputed && <span aria-hidden="true">*</span>}
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
        <label className="undisputed-toggle">
          <input type="checkbox" checked={undisputedOnly} onChange={(e) => setUndisputedOnly(e.target.checked)} />{" "}
          {translate(lang, "withoutDisputed")}
        </label>
        {!undisputedOnly && <p className="hint-inline">{translate(lang, "mostlyDisputedLegend")}</p>}
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
