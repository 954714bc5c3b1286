import { useState, type FormEvent } from "react";
import { addMember, addProject, fetchNodeHistory, updateFacts, type EditResult } from "../api/editing-api";
import { editsCluster, type Session } from "../api/session";
import type { FactValuesInput } from "../generated/graphql";
import { SearchBox } from "../explorer/search-box";
import { errorText, type Lang, type MessageKey, propertyName, translate } from "../shared/i18n";
import { QueryStatus } from "../shared/query-status";
import { useQuery } from "../shared/use-query";
import { EMPTY_EVIDENCE, EvidenceFields, evidenceComplete, evidenceInput, type EvidenceDraft } from "./evidence-fields";

/** The values an edit may set on each type (the API checks them against the model again). */
const FIELDS: Record<string, (keyof FactValuesInput)[]> = {
  Cluster: [
    "website",
    "memberCount",
    "companyCount",
    "researchOrgCount",
    "otherEntityCount",
    "membersAsOf",
    "city",
    "nameIt",
    "shortName",
  ],
  Organization: ["website", "city", "kind", "name", "nameIt", "shortName", "description"],
  Project: ["website", "title", "acronym", "stage", "startYear", "endYear", "description"],
  Event: ["name", "nameIt", "date", "city", "country", "description"],
  Person: ["name"],
  Role: ["title"],
};
const NUMBERS = new Set([
  "memberCount",
  "companyCount",
  "researchOrgCount",
  "otherEntityCount",
  "startYear",
  "endYear",
]);
const STAGES = ["PROPOSAL", "SUBMITTED", "FUNDED", "ONGOING", "COMPLETED"];

interface Props {
  lang: Lang;
  id: string;
  type: string;
  session: Session;
  sources: { id: string; title: string }[];
}

type Form = "value" | "member" | "project" | null;

function useEdit(lang: Lang) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const run = (work: () => Promise<EditResult>, done: () => void) => {
    setBusy(true);
    setMessage(null);
    work().then(
      (r) => {
        setBusy(false);
        setMessage({ ok: true, text: r.summary });
        done();
      },
      (e: unknown) => {
        setBusy(false);
        setMessage({ ok: false, text: errorText(lang, e) });
      },
    );
  };
  return { busy, message, run };
}

const show = (json: string | null | undefined): string => {
  if (!json) return "—";
  const value = JSON.parse(json) as Record<string, unknown>;
  return Object.entries(value)
    .filter(([k]) => k !== "sourceIds" && k !== "quotes")
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(", ") : String(v)}`)
    .join("; ");
};

/** What a signed-in editor changes on a node: a value, and on a cluster a new member or project; with the node's history. */
export function NodeEditor({ lang, id, type, session, sources }: Props) {
  const fields = FIELDS[type] ?? [];
  const [form, setForm] = useState<Form>(null);
  const [field, setField] = useState<keyof FactValuesInput>(fields[0] ?? "website");
  const [value, setValue] = useState("");
  const [name, setName] = useState("");
  const [website, setWebsite] = useState("");
  const [city, setCity] = useState("");
  const [acronym, setAcronym] = useState("");
  const [role, setRole] = useState("");
  const [evidence, setEvidence] = useState<EvidenceDraft>(EMPTY_EVIDENCE);
  const [existing, setExisting] = useState<{ id: string; name: string } | null>(null);
  const [pickError, setPickError] = useState<string | null>(null);
  const history = useQuery(`node-history:${id}`, (signal) => fetchNodeHistory(id, signal));
  const edit = useEdit(lang);
  const reset = () => {
    setForm(null);
    setValue("");
    setName("");
    setWebsite("");
    setCity("");
    setAcronym("");
    setRole("");
    setEvidence(EMPTY_EVIDENCE);
    setExisting(null);
  };
  const clusterOfMine = type !== "Cluster" || editsCluster(session, id);

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const ev = evidenceInput(evidence);
    if (form === "value") {
      const typed = NUMBERS.has(field) ? Number(value) : value.trim();
      edit.run(() => updateFacts({ id, values: { [field]: typed }, evidence: ev }), reset);
    } else if (form === "member" && existing) {
      edit.run(() => addMember({ clusterId: id, organizationId: existing.id, evidence: ev }), reset);
    } else if (form === "member") {
      const organization = { name: name.trim(), website: website.trim() || null, city: city.trim() || null };
      edit.run(() => addMember({ clusterId: id, organization, evidence: ev }), reset);
    } else if (form === "project") {
      const project = { title: name.trim(), acronym: acronym.trim() || null, website: website.trim() || null };
      edit.run(() => addProject({ clusterId: id, project, role: role.trim() || null, evidence: ev }), reset);
    }
  };
  const ready =
    evidenceComplete(evidence) &&
    (form === "value" ? value.trim() !== "" : name.trim() !== "" || (form === "member" && existing !== null));

  return (
    <section className="node-editor" aria-labelledby="node-editor-title" data-testid="node-editor">
      <h3 id="node-editor-title">{translate(lang, "editNode")}</h3>
      {!clusterOfMine && <p className="hint-text">{translate(lang, "notYours")}</p>}
      {clusterOfMine && fields.length > 0 && (
        <div className="actions">
          <button
            type="button"
            aria-pressed={form === "value"}
            onClick={() => setForm(form === "value" ? null : "value")}
          >
            {translate(lang, "setValue")}
          </button>
          {type === "Cluster" && (
            <>
              <button
                type="button"
                aria-pressed={form === "member"}
                onClick={() => setForm(form === "member" ? null : "member")}
              >
                {translate(lang, "addMember")}
              </button>
              <button
                type="button"
                aria-pressed={form === "project"}
                onClick={() => setForm(form === "project" ? null : "project")}
              >
                {translate(lang, "addProject")}
              </button>
            </>
          )}
        </div>
      )}
      {form && (
        <form onSubmit={submit} className="edit-form" data-form={form}>
          {form === "value" && (
            <>
              <label>
                {translate(lang, "field")}
                <select value={field} onChange={(e) => setField(e.target.value as keyof FactValuesInput)}>
                  {fields.map((f) => (
                    <option key={f} value={f}>
                      {propertyName(lang, f)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {translate(lang, "newValue")}
                {field === "stage" ? (
                  <select value={value} onChange={(e) => setValue(e.target.value)}>
                    <option value="" />
                    {STAGES.map((s) => (
                      <option key={s}>{s}</option>
                    ))}
                  </select>
                ) : (
                  <input
                    value={value}
                    inputMode={NUMBERS.has(field) ? "numeric" : undefined}
                    onChange={(e) => setValue(e.target.value)}
                  />
                )}
              </label>
            </>
          )}
          {form === "member" && (
            <div className="existing-org">
              <span>{translate(lang, "existingOrganization")}</span>
              {existing ? (
                <span className="picked" data-testid="picked-organization">
                  {existing.name}{" "}
                  <button type="button" onClick={() => setExisting(null)} aria-label={translate(lang, "close")}>
                    ×
                  </button>
                </span>
              ) : (
                <SearchBox
                  lang={lang}
                  onPick={(hit) => {
                    if (hit.type !== "Organization")
                      setPickError(translate(lang, "notAnOrganization", { name: hit.name }));
                    else {
                      setPickError(null);
                      setExisting({ id: hit.id, name: hit.name });
                    }
                  }}
                />
              )}
              {pickError && <p className="error">{pickError}</p>}
            </div>
          )}
          {((form === "member" && !existing) || form === "project") && (
            <>
              <label>
                {translate(lang, form === "member" ? "organizationName" : "projectTitle")}
                <input value={name} onChange={(e) => setName(e.target.value)} required />
              </label>
              {form === "project" && (
                <label>
                  {translate(lang, "acronymField")}
                  <input value={acronym} onChange={(e) => setAcronym(e.target.value)} />
                </label>
              )}
              <label>
                {translate(lang, "website")}
                <input type="url" value={website} onChange={(e) => setWebsite(e.target.value)} placeholder="https://" />
              </label>
              {form === "member" ? (
                <label>
                  {translate(lang, "cityField")}
                  <input value={city} onChange={(e) => setCity(e.target.value)} />
                </label>
              ) : (
                <label>
                  {translate(lang, "roleField")}
                  <input value={role} onChange={(e) => setRole(e.target.value)} placeholder="partner" />
                </label>
              )}
            </>
          )}
          <EvidenceFields
            lang={lang}
            sources={sources}
            value={evidence}
            onChange={setEvidence}
            idPrefix={`edit-${id}`}
          />
          <button type="submit" className="primary" disabled={!ready || edit.busy}>
            {translate(lang, "save")}
          </button>
        </form>
      )}
      {edit.message && (
        <p role={edit.message.ok ? "status" : "alert"} className={edit.message.ok ? "ok" : "error"}>
          {edit.message.ok ? translate(lang, "saved", { summary: edit.message.text }) : edit.message.text}
        </p>
      )}
      <h4>{translate(lang, "nodeHistory")}</h4>
      <QueryStatus query={history} lang={lang} />
      {history.data?.length === 0 && <p className="hint-text">{translate(lang, "historyEmpty")}</p>}
      <ol className="node-history" data-testid="node-history">
        {history.data?.map((c) => (
          <li key={c.id}>
            <small>
              {new Date(c.at).toLocaleString(lang === "it" ? "it-IT" : "en-GB")} · {c.by}
            </small>{" "}
            <strong>{translate(lang, `op_${c.op}` as MessageKey)}</strong>
            {c.linkType && c.linkType !== "STATED_IN"
              ? ` ${c.linkType} ${c.nodeId === id ? `→ ${c.toId}` : `← ${c.nodeId}`}`
              : ""}
            {c.linkType === "STATED_IN" ? ` (${translate(lang, "evidenceSource").toLowerCase()} ${c.toId})` : ""}
            {c.op === "UPDATE_NODE" && (
              <div className="change-values">
                {show(c.before)} → {show(c.after)}
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
