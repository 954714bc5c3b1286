import { fetchSynergyMatrix } from "../api/analysis-api";
import { fetchClusterPages, type ClusterSheetData } from "../api/explorer-api";
import { nodeLabel, type GraphNode } from "../graph/graph-model";
import { propertyName, translate, typeName, type Lang } from "../shared/i18n";
import { QueryStatus } from "../shared/query-status";
import { SortableTable } from "../shared/sortable-table";
import { useQuery } from "../shared/use-query";

interface Props {
  lang: Lang;
  /** One cluster, or two side by side. */
  ids: string[];
  clusters: GraphNode[];
  onChange: (ids: string[]) => void;
  onSelect: (id: string) => void;
  onClose: () => void;
}

const FIGURES = ["memberCount", "companyCount", "researchOrgCount", "otherEntityCount"] as const;

function ClusterSheet({
  cluster,
  lang,
  onSelect,
}: {
  cluster: ClusterSheetData;
  lang: Lang;
  onSelect: (id: string) => void;
}) {
  const link = (id: string, text: string) => (
    <button type="button" className="link-button" onClick={() => onSelect(id)}>
      {text}
    </button>
  );
  const unknown = translate(lang, "unknown");
  return (
    <article className="cluster-sheet" data-cluster={cluster.id}>
      <h3>{lang === "it" && cluster.nameIt ? cluster.nameIt : cluster.name}</h3>
      <dl className="cluster-facts">
        {FIGURES.map((key) => (
          <div key={key}>
            <dt>{propertyName(lang, key)}</dt>
            <dd>{cluster[key] ?? unknown}</dd>
          </div>
        ))}
        <div>
          <dt>{propertyName(lang, "membersAsOf")}</dt>
          <dd>{cluster.membersAsOf ?? unknown}</dd>
        </div>
      </dl>
      <SortableTable
        lang={lang}
        caption={translate(lang, "membersTitle")}
        empty={translate(lang, "noMembersNamed", { n: cluster.memberCount ?? "?" })}
        rows={cluster.members}
        rowKey={(m) => m.id}
        csvName={`${cluster.id}-members.csv`}
        columns={[
          { key: "name", label: propertyName(lang, "name"), value: (m) => m.name, render: (m) => link(m.id, m.name) },
          { key: "kind", label: propertyName(lang, "kind"), value: (m) => m.kind },
          { key: "city", label: propertyName(lang, "city"), value: (m) => m.city },
          { key: "country", label: propertyName(lang, "country"), value: (m) => m.country },
        ]}
      />
      <SortableTable
        lang={lang}
        caption={translate(lang, "projectsTitle")}
        empty={translate(lang, "noneInSources")}
        rows={cluster.projects}
        rowKey={(p) => p.id}
        csvName={`${cluster.id}-projects.csv`}
        columns={[
          {
            key: "acronym",
            label: propertyName(lang, "acronym"),
            value: (p) => p.acronym ?? p.title,
            render: (p) => link(p.id, p.acronym ?? p.title ?? p.id),
          },
          { key: "title", label: propertyName(lang, "title"), value: (p) => p.title },
          { key: "stage", label: propertyName(lang, "stage"), value: (p) => p.stage?.toLowerCase() },
          { key: "period", label: propertyName(lang, "period"), value: (p) => p.period },
          { key: "programme", label: typeName(lang, "Programme"), value: (p) => p.programme?.name },
        ]}
      />
      <SortableTable
        lang={lang}
        caption={translate(lang, "figuresTitle")}
        empty={translate(lang, "noneInSources")}
        rows={cluster.figures}
        rowKey={(f) => f.id}
        csvName={`${cluster.id}-figures.csv`}
        columns={[
          {
            key: "metric",
            label: propertyName(lang, "metric"),
            value: (f) => f.metric,
            render: (f) => link(f.id, f.metric),
          },
          { key: "value", label: propertyName(lang, "value"), value: (f) => f.value },
          { key: "unit", label: propertyName(lang, "unit"), value: (f) => f.unit },
          { key: "period", label: propertyName(lang, "period"), value: (f) => f.period },
          { key: "subject", label: propertyName(lang, "subject"), value: (f) => f.subject },
        ]}
      />
    </article>
  );
}

/**
 * A cluster's page: its member figures, members, projects and figures as sortable, exportable
 * lists; with a second cluster, both side by side and what they share (the synergy evidence).
 */
export function ClusterPage({ lang, ids, clusters, onChange, onSelect, onClose }: Props) {
  const pages = useQuery(ids.join(","), (signal) => fetchClusterPages(ids, signal));
  const pair = ids.length === 2 ? ids : null;
  const matrix = useQuery(pair ? "matrix" : null, fetchSynergyMatrix).data;
  const shared = pair ? matrix?.find((p) => [p.from.id, p.to.id].sort().join() === [...pair].sort().join()) : undefined;
  const sorted = [...clusters].sort((a, b) => nodeLabel(a, lang).localeCompare(nodeLabel(b, lang)));
  return (
    <section className="cluster-page" aria-labelledby="cluster-page-title" data-testid="cluster-page">
      <header className="about-header">
        <h2 id="cluster-page-title">{translate(lang, pair ? "compareTitle" : "clusterPageTitle")}</h2>
        <label>
          {translate(lang, "compareWith")}{" "}
          <select
            value={ids[1] ?? ""}
            onChange={(e) => onChange(e.target.value ? [ids[0] ?? "", e.target.value] : ids.slice(0, 1))}
          >
            <option value="">—</option>
            {sorted
              .filter((c) => c.id !== ids[0])
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {nodeLabel(c, lang)}
                </option>
              ))}
          </select>
        </label>
        <button type="button" onClick={onClose}>
          {translate(lang, "close")}
        </button>
      </header>
      <QueryStatus query={pages} lang={lang} />
      {pair && shared && (
        <div className="shared" data-testid="shared">
          <h3>
            {translate(lang, "sharedTitle")}: {shared.score.toFixed(2)}
          </h3>
          <ul className="evidence-list">
            {shared.evidence.map((e) => (
              <li key={e.id}>
                <span className="evidence-kind">{typeName(lang, e.kind)}</span>{" "}
                <button type="button" className="link-button" onClick={() => onSelect(e.id)}>
                  {e.name}
                </button>{" "}
                <span className="evidence-score">+{e.contribution.toFixed(2)}</span>
                {e.disputed && <span className="evidence-disputed"> {translate(lang, "disputed")}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className={pair ? "cluster-sheets side-by-side" : "cluster-sheets"}>
        {(pages.data ?? []).map((c) => (
          <ClusterSheet key={c.id} cluster={c} lang={lang} onSelect={onSelect} />
        ))}
      </div>
    </section>
  );
}
