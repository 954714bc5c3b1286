import { useId, useState, type ReactNode } from "react";
import {
  fetchPartnerFilterChoices,
  fetchPartners,
  PARTNER_FILTERS,
  type FilterChoice,
  type FilterKind,
} from "../api/analysis-api";
import { nodeLabel } from "../graph/graph-model";
import { csv, download } from "../shared/download";
import { translate, typeName, type Lang } from "../shared/i18n";
import { QueryStatus } from "../shared/query-status";
import { useQuery } from "../shared/use-query";
import type { AnalysisProps } from "./analysis-props";

/** A choice's label: its code first where it has one (M2C1), its name in the interface language. */
function choiceLabel(choice: FilterChoice, lang: Lang): string {
  const name = lang === "it" && choice.nameIt ? choice.nameIt : choice.name;
  return choice.code ? `${choice.code} ${name}` : name;
}

interface FormProps extends AnalysisProps {
  choices: Record<FilterKind, FilterChoice[]> | null;
}

/**
 * The partner form: who is looking, and optionally for which topic, PNRR component or ecosystem,
 * each picked from the graph's own (in both languages). Its fields start from the URL's state, so
 * Back shows the search that was run; a missing choice is said next to its field.
 */
function PartnerForm({ lang, state, clusters, onChange, choices, children }: FormProps & { children?: ReactNode }) {
  const [seeker, setSeeker] = useState(state.seeker ?? "");
  const [kind, setKind] = useState<FilterKind | "">(state.filterKind ?? "");
  const [value, setValue] = useState(state.filterValue ?? "");
  const [errors, setErrors] = useState<{ seeker?: string; value?: string }>({});
  const formId = useId();
  const options = kind ? (choices?.[kind] ?? []) : [];
  return (
    <form
      className="partner-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const found = {
          ...(seeker ? {} : { seeker: translate(lang, "chooseSeeker") }),
          ...(kind && !value ? { value: translate(lang, "chooseValue") } : {}),
        };
        setErrors(found);
        if (Object.keys(found).length) return;
        onChange({
          ...state,
          seeker,
          filterKind: kind || null,
          filterValue: kind ? value : null,
          candidate: null,
        });
      }}
    >
      <SelectField
        id={`${formId}-seeker`}
        label={translate(lang, "seeker")}
        value={seeker}
        onChange={setSeeker}
        error={errors.seeker}
        options={[
          { value: "", label: "—" },
          ...[...clusters]
            .sort((a, b) => nodeLabel(a, lang).localeCompare(nodeLabel(b, lang)))
            .map((c) => ({ value: c.id, label: nodeLabel(c, lang) })),
        ]}
      />
      <SelectField
        id={`${formId}-kind`}
        label={translate(lang, "filterBy")}
        value={kind}
        onChange={(next) => {
          setKind(next as FilterKind | "");
          setValue("");
        }}
        options={[
          { value: "", label: translate(lang, "none") },
          ...PARTNER_FILTERS.map((k) => ({ value: k, label: typeName(lang, FILTER_TYPES[k]) })),
        ]}
      />
      {kind && (
        <SelectField
          id={`${formId}-value`}
          label={typeName(lang, FILTER_TYPES[kind])}
          value={value}
          onChange={setValue}
          error={errors.value}
          options={[{ value: "", label: "—" }, ...options.map((c) => ({ value: c.id, label: choiceLabel(c, lang) }))]}
        />
      )}
      <button type="submit">{translate(lang, "find")}</button>
      {children}
    </form>
  );
}

/** A labelled select whose error, when it has one, is said next to it and tied to it for screen readers. */
function SelectField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  error?: string | undefined;
}) {
  const errorId = `${props.id}-error`;
  return (
    <div className="form-field">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errorId : undefined}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {props.error && (
        <span className="field-error" id={errorId} role="alert">
          {props.error}
        </span>
      )}
    </div>
  );
}

const FILTER_TYPES: Record<FilterKind, string> = {
  topic: "Topic",
  pnrrComponent: "PnrrComponent",
  ecosystem: "S3Ecosystem",
};

/** Who a cluster could work with, for a topic, PNRR component or ecosystem, with the reasons. */
export function PartnerFinder(props: AnalysisProps) {
  const { lang, state, onChange } = props;
  const search = state.seeker ? `${state.seeker}|${state.filterKind ?? ""}|${state.filterValue ?? ""}` : null;
  const query = useQuery(search && `${search}|${lang}`, (signal) =>
    fetchPartners(state.seeker ?? "", state.filterKind, state.filterValue, lang, signal),
  );
  const choices = useQuery("partner-filter-choices", fetchPartnerFilterChoices).data;
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
      {/* Remounted when the search in the URL changes (Back, a shared link): the form shows it. */}
      <PartnerForm key={search ?? "none"} {...props} choices={choices}>
        {results && (
          <button type="button" onClick={exportCsv}>
            {translate(lang, "exportCsv")}
          </button>
        )}
      </PartnerForm>
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
