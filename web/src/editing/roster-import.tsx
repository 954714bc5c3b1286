import { useState } from "react";
import { importRoster, type RosterReport } from "../api/editing-api";
import { RosterMemberColumn, RosterProjectColumn } from "../generated/rest-types";
import type { Session } from "../api/session";
import { errorText, type Lang, type MessageKey, propertyName, relationshipName, translate } from "../shared/i18n";

interface Props {
  lang: Lang;
  session: Session;
  clusters: { id: string; name: string }[];
}

/** The columns as the contract names them (schema/rest.graphql). */
const COLUMNS = {
  members: Object.values(RosterMemberColumn).join(", "),
  projects: Object.values(RosterProjectColumn).join(", "),
};

const show = (v: unknown): string => (v === null || v === undefined ? "—" : String(v));

/** A roster upload for one of the account's clusters: a dry run first, then all of it or nothing. */
export function RosterImport({ lang, session, clusters }: Props) {
  const mine =
    session.viewer.role === "admin" ? clusters : clusters.filter((c) => session.viewer.clusters.includes(c.id));
  const [picked, setClusterId] = useState("");
  // The clusters may arrive after the account signed in: the first of them until one is picked.
  const clusterId = picked || mine[0]?.id || "";
  const [kind, setKind] = useState<"members" | "projects">("members");
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<RosterReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const send = (apply: boolean): void => {
    if (!file || !clusterId) return;
    setBusy(true);
    setError(null);
    importRoster(clusterId, kind, file, apply).then(
      (r) => {
        setBusy(false);
        setReport(r);
      },
      (e: unknown) => {
        setBusy(false);
        setReport(null);
        setError(errorText(lang, e));
      },
    );
  };
  const c = report?.counts;
  const rows = report?.rows ?? [];
  return (
    <section className="roster-import" aria-label={translate(lang, "tabImport")} data-testid="roster-import">
      <div className="form-row">
        <label>
          {translate(lang, "rosterCluster")}
          <select value={clusterId} onChange={(e) => (setClusterId(e.target.value), setReport(null))}>
            {mine.map((cl) => (
              <option key={cl.id} value={cl.id}>
                {cl.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {translate(lang, "rosterKind")}
          <select value={kind} onChange={(e) => (setKind(e.target.value as "members" | "projects"), setReport(null))}>
            <option value="members">{translate(lang, "rosterMembers")}</option>
            <option value="projects">{translate(lang, "rosterProjects")}</option>
          </select>
        </label>
        {/* The browser's own file button speaks the browser's language, not the page's: it stays
            (hidden, still focused and announced) and this label, which opens it, shows the page's. */}
        <label className="file-field">
          {translate(lang, "rosterFile")}
          <span className="file-picker">
            <input
              type="file"
              className="visually-hidden"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => (setFile(e.target.files?.[0] ?? null), setReport(null))}
            />
            <span className="file-button" aria-hidden="true">
              {translate(lang, "chooseFile")}
            </span>
            <span className="file-name" aria-hidden="true" data-testid="roster-file-name">
              {file?.name ?? translate(lang, "noFileChosen")}
            </span>
          </span>
        </label>
      </div>
      <p className="hint-text">
        {translate(lang, "rosterTemplate")}{" "}
        <a href={`/templates/roster-${kind}.csv`} download>
          roster-{kind}.csv
        </a>{" "}
        ·{" "}
        <a href={`/templates/roster-${kind}.xlsx`} download>
          roster-{kind}.xlsx
        </a>
        . {translate(lang, "rosterColumns", { columns: COLUMNS[kind] })}
      </p>
      <div className="actions">
        <button type="button" disabled={!file || busy || !clusterId} onClick={() => send(false)}>
          {translate(lang, "dryRun")}
        </button>
        {report && !report.applied && (
          <button type="button" className="primary" disabled={busy || (c?.error ?? 0) > 0} onClick={() => send(true)}>
            {translate(lang, "applyImport", { n: rows.length })}
          </button>
        )}
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {report && c && (
        <p role="status" className={c.error > 0 ? "error" : "ok"} data-testid="roster-summary">
          {translate(lang, report.applied ? "importApplied" : "dryRunDone", { file: report.fileName, ...c })}
          {c.error > 0 && ` ${translate(lang, "importBlocked")}`}
        </p>
      )}
      {rows.length > 0 && (
        <div className="table-scroll">
          <table className="roster-report">
            <thead>
              <tr>
                <th>{translate(lang, "rowColumn")}</th>
                <th>{translate(lang, "accountName")}</th>
                <th>{translate(lang, "statusColumn")}</th>
                <th>{translate(lang, "whatColumn")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.row} className={`status-${r.status}`} data-row={r.row}>
                  <td>{r.row}</td>
                  <td>{r.name}</td>
                  <td>{translate(lang, `status_${r.status}` as MessageKey)}</td>
                  <td>
                    {r.errors.map((e) => (
                      <div key={e.column}>
                        <strong>{e.column}</strong> “{e.value}”: {e.message}
                      </div>
                    ))}
                    {r.changes.map((ch, i) =>
                      /^[A-Z_]+$/.test(ch.field) ? (
                        <div key={i}>
                          {relationshipName(lang, ch.field)} → {show(ch.after)}
                        </div>
                      ) : (
                        <div key={i}>
                          {propertyName(lang, ch.field)}: {show(ch.before)} → {show(ch.after)}
                        </div>
                      ),
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
