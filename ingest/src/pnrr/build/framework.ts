import type { Table } from "../../tables/read-table";
import { parseAmount, text } from "../../tables/values";
import { measureId } from "../release-model";
import { cellReader, columnName } from "../shapes";
import type { ReleaseDraft } from "./release-draft";

/** The financial framework: measures and sub-measures with their official names and amounts. */
export function buildFramework(draft: ReleaseDraft, framework: Table): void {
  const cell = cellReader(framework);
  const source = draft.source("framework");
  framework.rows.forEach((row, i) => {
    const component = text(cell(row, "Componente"));
    const measureCode = text(cell(row, "Codice Univoco Misura"));
    const subCode = text(cell(row, "Codice Univoco Submisura"));
    if (!component || !draft.options.knownComponents.has(component)) {
      draft.reject(framework, i, columnName(framework, "Componente"), component, "unknown component code");
      return;
    }
    if (!measureCode) {
      draft.reject(framework, i, columnName(framework, "Codice Univoco Misura"), "", "missing measure code");
      return;
    }
    const amount = parseAmount(cell(row, "Importo Totale"));
    if (amount === undefined) {
      draft.reject(framework, i, columnName(framework, "Importo Totale"), cell(row, "Importo Totale"), "not an amount");
      return;
    }
    const quote = `row ${framework.rowNumbers[i]}: ${component} ${measureCode}${subCode ? ` ${subCode}` : ""}`;
    const kind = text(cell(row, "Investimento o Riforma"));
    const owner = text(cell(row, "Amministrazione Titolare"));
    const measure = (code: string, name: unknown, level: string, value: number | null, parent: string | null) => ({
      id: measureId(code),
      props: { code, name: text(name) ?? code, level, kind, amount: value, owner },
      componentCode: component,
      parentId: parent,
      sourceId: source,
      quote,
    });
    if (!draft.measures.has(measureId(measureCode))) {
      const isMeasure = text(cell(row, "Tipo Livello"))?.toLowerCase() === "misura";
      draft.measures.set(
        measureId(measureCode),
        measure(measureCode, cell(row, "Descrizione Misura"), "measure", isMeasure ? amount : null, null),
      );
    }
    if (subCode && subCode !== measureCode) {
      draft.measures.set(
        measureId(subCode),
        measure(subCode, cell(row, "Descrizione Submisura"), "sub-measure", amount, measureId(measureCode)),
      );
    }
  });
}
