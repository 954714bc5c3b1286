import { exportUrl } from "../api/editing-api";
import type { Session } from "../api/session";
import type { EditingTab } from "./editing-tabs";
import { translate, type Lang } from "../shared/i18n";
import { ChangeHistory } from "./change-history";
import { RosterImport } from "./roster-import";
import { SignInForm } from "./sign-in-form";

interface Props {
  lang: Lang;
  tab: EditingTab;
  session: Session | null;
  clusters: { id: string; name: string }[];
  onTab: (tab: EditingTab) => void;
  onClose: () => void;
  /** The graph changed: what is shown is read again. */
}

const TABS: [EditingTab, "tabImport" | "tabHistory" | "tabExport"][] = [
  ["import", "tabImport"],
  ["history", "tabHistory"],
  ["export", "tabExport"],
];

const FORMATS = [
  ["json", "JSON"],
  ["graphml", "GraphML (Gephi, yEd)"],
  ["nodes.csv", "CSV: nodes"],
  ["relationships.csv", "CSV: links"],
] as const;

/** Keeping the graph current: a roster import, the history with undo, and the exports. */
export function EditingPage({ lang, tab, session, clusters, onTab, onClose }: Props) {
  return (
    <section className="about-page editing-page" aria-labelledby="editing-title" data-testid="editing-page">
      <header className="about-header">
        <h2 id="editing-title">{translate(lang, "editingTitle")}</h2>
        <button type="button" onClick={onClose} aria-label={translate(lang, "close")}>
          ×
        </button>
      </header>
      <div className="tabs" role="tablist">
        {TABS.map(([id, label]) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} onClick={() => onTab(id)}>
            {translate(lang, label)}
          </button>
        ))}
      </div>
      {tab === "export" && (
        <div className="exports" data-testid="exports">
          <p>{translate(lang, "exportIntro")}</p>
          <h3>{translate(lang, "exportWhole")}</h3>
          <ul>
            {FORMATS.map(([format, label]) => (
              <li key={format}>
                <a href={exportUrl(format)} download>
                  {label}
                </a>
              </li>
            ))}
          </ul>
          <h3>{translate(lang, "exportCluster")}</h3>
          <ul className="cluster-exports">
            {clusters.map((c) => (
              <li key={c.id}>
                {c.name}:{" "}
                {FORMATS.map(([format, label], i) => (
                  <span key={format}>
                    {i > 0 && " · "}
                    <a href={exportUrl(format, c.id)} download>
                      {label}
                    </a>
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </div>
      )}
      {tab !== "export" && !session && <SignInForm lang={lang} onDone={() => undefined} />}
      {tab === "import" && session && <RosterImport lang={lang} session={session} clusters={clusters} />}
      {tab === "history" && session && <ChangeHistory lang={lang} session={session} />}
    </section>
  );
}
