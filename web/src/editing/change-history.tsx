import { useState } from "react";
import { fetchRecentChanges, undoChangeSet } from "../api/editing-api";
import type { Session } from "../api/session";
import { errorText, type Lang, type MessageKey, translate } from "../shared/i18n";
import { QueryStatus } from "../shared/query-status";
import { useQuery } from "../shared/use-query";

interface Props {
  lang: Lang;
  session: Session;
}

/** The latest change sets: one's own, or all one may see; an admin undoes one from here. */
export function ChangeHistory({ lang, session }: Props) {
  const [scope, setScope] = useState<"mine" | "all">("mine");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const by = scope === "mine" ? session.viewer.name : null;
  const history = useQuery(`history:${by ?? "*"}`, (signal) => fetchRecentChanges(by, signal));
  const undo = (id: string, summary: string): void => {
    if (!window.confirm(translate(lang, "undoConfirm", { summary }))) return;
    undoChangeSet(id).then(
      (r) => {
        setMessage({ ok: true, text: r.summary });
      },
      (e: unknown) => setMessage({ ok: false, text: errorText(lang, e) }),
    );
  };
  return (
    <section className="change-history" data-testid="change-history" aria-label={translate(lang, "tabHistory")}>
      <div className="segmented" role="group">
        <button type="button" aria-pressed={scope === "mine"} onClick={() => setScope("mine")}>
          {translate(lang, "historyMine")}
        </button>
        <button type="button" aria-pressed={scope === "all"} onClick={() => setScope("all")}>
          {translate(lang, "historyAll")}
        </button>
      </div>
      {message && (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "ok" : "error"}>
          {message.text}
        </p>
      )}
      <QueryStatus query={history} lang={lang} />
      {history.data?.length === 0 && <p>{translate(lang, "historyEmpty")}</p>}
      <ol className="change-sets">
        {history.data?.map((cs) => (
          <li key={cs.id} data-change-set={cs.id} className={cs.undoneBy ? "undone" : undefined}>
            <div>
              <strong>{translate(lang, `kind_${cs.kind}` as MessageKey)}</strong> · {cs.summary}
            </div>
            <small>
              {new Date(cs.at).toLocaleString(lang === "it" ? "it-IT" : "en-GB")} · {cs.by}
              {cs.clusterId ? ` · ${cs.clusterId}` : ""}
              {cs.fileName ? ` · ${cs.fileName}` : ""}
              {cs.undoneBy ? ` · ${translate(lang, "undoneBy", { id: cs.undoneBy })}` : ""}
            </small>
            {session.viewer.role === "admin" && !cs.undoneBy && cs.kind !== "UNDO" && (
              <button type="button" onClick={() => undo(cs.id, cs.summary)}>
                {translate(lang, "undo")}
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
