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
    if (!draft.measures.has(measureId(measureCode))) {
      draft.measures.set(measureId(measureCode), {
        id: measureId(measureCode),
        props: {
          code: measureCode,
          name: text(cell(row, "Descrizione Misura")) ?? measureCode,
          level: "measure",
          kind,
          amount: text(cell(row, "Tipo Livello"))?.toLowerCase() === "misura" ? amount : null,
          owner,
        },
        componentCode: component,
        parentId: null,
        sourceId: source,
        quote,
      });
    }
    if (subCode && subCode !== measureCode) {
      draft.measures.set(measureId(subCode), {
        id: measureId(subCode),
        props: {
          code: subCode,
          name: text(cell(row, "Descrizione Submisura")) ?? subCode,
          level: "sub-measure",
          kind,
          amount,
          owner,
        },
        componentCode: component,
        parentId: measureId(measureCode),
        sourceId: source,
        quote,
      });
    }
  });
}
