import type { EvidenceInput } from "../generated/graphql";
import { translate, type Lang } from "../shared/i18n";

export interface EvidenceDraft {
  sourceId: string;
  title: string;
  publisher: string;
  url: string;
  date: string;
  quote: string;
}

export const NEW_SOURCE = "";
export const EMPTY_EVIDENCE: EvidenceDraft = {
  sourceId: NEW_SOURCE,
  title: "",
  publisher: "",
  url: "",
  date: "",
  quote: "",
};

export function evidenceInput(d: EvidenceDraft): EvidenceInput {
  return {
    source: d.sourceId
      ? { id: d.sourceId }
      : {
          title: d.title.trim(),
          publisher: d.publisher.trim() || null,
          url: d.url.trim() || null,
          date: d.date.trim() || null,
        },
    quote: d.quote.trim(),
  };
}

export const evidenceComplete = (d: EvidenceDraft): boolean =>
  d.quote.trim().length >= 3 && (d.sourceId !== NEW_SOURCE || d.title.trim().length > 0);

interface Props {
  lang: Lang;
  /** Documents to pick from: the node's own sources first. */
  sources: { id: string; title: string }[];
  value: EvidenceDraft;
  onChange: (d: EvidenceDraft) => void;
  idPrefix: string;
}

/** Where a new fact comes from: an existing document or a new one described, and the words that state it. */
export function EvidenceFields({ lang, sources, value, onChange, idPrefix }: Props) {
  const set = (patch: Partial<EvidenceDraft>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="evidence-fields">
      <label>
        {translate(lang, "evidenceSource")}
        <select value={value.sourceId} onChange={(e) => set({ sourceId: e.target.value })} id={`${idPrefix}-source`}>
          <option value={NEW_SOURCE}>{translate(lang, "newSource")}</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </label>
      {value.sourceId === NEW_SOURCE && (
        <div className="new-source">
          <label>
            {translate(lang, "sourceTitleField")}
            <input value={value.title} onChange={(e) => set({ title: e.target.value })} required />
          </label>
          <label>
            {translate(lang, "sourcePublisherField")}
            <input value={value.publisher} onChange={(e) => set({ publisher: e.target.value })} />
          </label>
          <label>
            {translate(lang, "sourceUrlField")}
            <input type="url" value={value.url} onChange={(e) => set({ url: e.target.value })} placeholder="https://" />
          </label>
          <label>
            {translate(lang, "sourceDateField")}
            <input value={value.date} onChange={(e) => set({ date: e.target.value })} placeholder="2026-11-24" />
          </label>
        </div>
      )}
      <label>
        {translate(lang, "evidenceQuote")}
        <textarea value={value.quote} onChange={(e) => set({ quote: e.target.value })} rows={2} required />
      </label>
    </fieldset>
  );
}
