import { fetchPaths, fetchSubgraph } from "../api/analysis-api";
import { SearchBox } from "../explorer/search-box";
import { nodeLabel } from "../graph/graph-model";
import { csv, download } from "../shared/download";
import { translate } from "../shared/i18n";
import { QueryStatus } from "../shared/query-status";
import { useQuery } from "../shared/use-query";
import type { AnalysisProps } from "./analysis-props";

/** The longest path the finder asks for. */
const MAX_PATH_LENGTH = 4;

/** The shortest paths between two entities found by search. */
export function PathFinder({ lang, state, onChange }: AnalysisProps) {
  const key = state.from && state.to ? `${state.from}|${state.to}|${state.avoidHubs}` : null;
  const query = useQuery(key, (signal) =>
    fetchPaths(state.from ?? "", state.to ?? "", MAX_PATH_LENGTH, state.avoidHubs, signal),
  );
  const paths = query.data;
  // The two ends by name even when no path joins them.
  const endsKey = [state.from, state.to].filter(Boolean).join("|") || null;
  const ends = useQuery(endsKey, (signal) =>
    fetchSubgraph(
      [state.from, state.to].filter((id): id is string => Boolean(id)),
      signal,
    ),
  ).data;
  const nameOf = (id: string | null): string | null => {
    const node = id ? ends?.nodes.find((n) => n.id === id) : undefined;
    return node ? nodeLabel(node, lang) : id;
  };
  const fromName = nameOf(state.from);
  const toName = nameOf(state.to);
  const exportCsv = (): void =>
    download(
      "lombardy-kg-paths.csv",
      csv(
        ["path", "length", "nodes"],
        (paths ?? []).map((p, i) => [i + 1, p.length, p.nodes.map((n) => n.name).join(" > ")]),
      ),
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
        <label className="avoid-hubs">
          <input
            type="checkbox"
            checked={state.avoidHubs}
            onChange={(e) => onChange({ ...state, avoidHubs: e.target.checked })}
          />{" "}
          {translate(lang, "avoidHubs")}
        </label>
        {paths && (
          <button type="button" onClick={exportCsv}>
            {translate(lang, "exportCsv")}
          </button>
        )}
      </div>
      <QueryStatus query={query} lang={lang} />
      {paths && paths.length === 0 && (
        <p data-testid="no-path">
          {fromName} → {toName}: {translate(lang, "noPath", { n: MAX_PATH_LENGTH })}
        </p>
      )}
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
