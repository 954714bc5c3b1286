import { useState } from "react";
import { fetchPartners, type FilterKind } from "../api/analysis-api";
import { nodeLabel } from "../graph/graph-model";
import { csv, download } from "../shared/download";
import { translate, typeName } from "../shared/i18n";
import { QueryStatus } from "../shared/query-status";
import { useQuery } from "../shared/use-query";
import type { AnalysisProps } from "./analysis-props";

/** Who a cluster could work with, for a topic, PNRR component or ecosystem, with the reasons. */
export function PartnerFinder({ lang, state, clusters, onChange }: AnalysisProps) {
  const [seeker, setSeeker] = useState(state.seeker ?? "");
  const [kind, setKind] = useState<FilterKind | "">(state.filterKind ?? "");
  const [value, setValue] = useState(state.filterValue ?? "");
  const key = state.seeker ? `${state.seeker}|${state.filterKind ?? ""}|${state.filterValue ?? ""}` : null;
  const query = useQuery(key, (signal) =>
    fetchPartners(state.seeker ?? "", state.filterKind, state.filterValue, signal),
  );
  const results = query.data;
  const exportCsv = (): void =>
    download(
      "lombardy-kg-partners.csv",
      csv(
        ["id", "name", "type", "score", "reasons"],
        (results ?? []).map((r) => [r.id, r.name, r.type, r.score, r.reasons.join(" | ")]),
      ),
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
      <QueryStatus query={query} lang={lang} />
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
