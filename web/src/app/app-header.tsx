import { useState } from "react";
import { signOut } from "../api/editing-api";
import type { Session } from "../api/session";
import { SearchBox } from "../explorer/search-box";
import { translate } from "../shared/i18n";
import type { UpdateView } from "./use-view-state";
import type { ViewState } from "./view-state";

interface Props {
  view: ViewState;
  update: UpdateView;
  session: Session | null;
  sidebarOpen: boolean;
  onToggleSidebar: () => void;
  /** A search hit picked: select it, and bring it into view. */
  onPick: (id: string) => void;
}

/** The top bar: the filters' toggle on a phone, the title, search, and the view's and account's actions. */
export function AppHeader({ view, update, session, sidebarOpen, onToggleSidebar, onPick }: Props) {
  const { lang } = view;
  const [copied, setCopied] = useState(false);
  const copyLink = (): void => {
    void navigator.clipboard?.writeText(window.location.href).catch(() => {});
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  return (
    <header className="topbar">
      <button
        type="button"
        className="sidebar-toggle"
        aria-expanded={sidebarOpen}
        aria-controls="explorer-sidebar"
        onClick={onToggleSidebar}
      >
        {translate(lang, "filtersAndLegend")}
      </button>
      <div className="brand">
        <h1>{translate(lang, "title")}</h1>
        <p>{translate(lang, "subtitle")}</p>
      </div>
      <SearchBox lang={lang} onPick={(hit) => onPick(hit.id)} />
      <div className="topbar-actions">
        <button
          type="button"
          aria-pressed={view.analysis.tab !== null}
          onClick={() =>
            update((v) => ({ ...v, analysis: { ...v.analysis, tab: v.analysis.tab ? null : "synergies" } }))
          }
        >
          {translate(lang, "analyses")}
        </button>
        <button type="button" onClick={() => update((v) => ({ ...v, table: !v.table }))} aria-pressed={view.table}>
          {translate(lang, view.table ? "graphView" : "tableView")}
        </button>
        <button type="button" onClick={copyLink}>
          {translate(lang, copied ? "linkCopied" : "link")}
        </button>
        <button
          type="button"
          lang={lang === "en" ? "it" : "en"}
          onClick={() => update((v) => ({ ...v, lang: v.lang === "en" ? "it" : "en" }))}
        >
          {translate(lang, "language")}
        </button>
        <button type="button" aria-pressed={view.about} onClick={() => update((v) => ({ ...v, about: !v.about }))}>
          {translate(lang, "aboutData")}
        </button>
        <a href="/graphql">GraphiQL</a>
        <span className="account">
          {session && (
            <span className="signed-in" data-testid="signed-in">
              {translate(lang, "signedInAs", { name: session.viewer.name, role: session.viewer.role })}
            </span>
          )}
          <button
            type="button"
            title={
              session
                ? translate(lang, "signedInAs", { name: session.viewer.name, role: session.viewer.role })
                : undefined
            }
            aria-pressed={view.editing !== null}
            onClick={() => update((v) => ({ ...v, editing: v.editing ? null : "import" }))}
          >
            {translate(lang, session ? "editingPage" : "signIn")}
          </button>
          {session && (
            <button type="button" onClick={() => (signOut(), update((v) => ({ ...v, editing: null })))}>
              {translate(lang, "signOut")}
            </button>
          )}
        </span>
      </div>
    </header>
  );
}
