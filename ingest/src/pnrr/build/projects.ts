import type { Table } from "../../tables/read-table";
import { parseAmount, text } from "../../tables/values";
import { measureId, projectId } from "../release-model";
import { cellReader, columnName } from "../shapes";
import type { ReleaseDraft } from "./release-draft";

/**
 * The projects file: one project per CUP + local code, under its measure or sub-measure (a measure
 * the framework does not list still gets a node, named as the projects file names it). The
 * validated release names each project's implementing body on the same row: `buildImplementers`.
 */
export function buildProjects(draft: ReleaseDraft, projects: Table): void {
  const read = cellReader(projects);
  const source = draft.source("projects");
  projects.rows.forEach((row, i) => {
    draft.rowsRead++;
    const cup = text(read(row, "CUP"));
    if (!cup) return draft.reject(projects, i, columnName(projects, "CUP"), read(row, "CUP"), "missing CUP");
    const component = text(read(row, "Componente"));
    if (!component || !draft.options.knownComponents.has(component))
      return draft.reject(projects, i, columnName(projects, "Componente"), component, "unknown component code");
    const amount = (...names: string[]): number | null | undefined => {
      const value = parseAmount(read(row, ...names));
      if (value === undefined)
        draft.reject(projects, i, columnName(projects, ...names), read(row, ...names), "not an amount");
      return value;
    };
    const pnrr = amount("Finanziamento PNRR", "FINANZIAMENTO_PNRR");
    if (pnrr === undefined) return;
    const total = amount("Finanziamento Totale", "FINANZ_TOTALE");
    if (total === undefined) return;
    const localCode = text(read(row, "Codice Locale Progetto")) ?? cup;
    const id = projectId(cup, localCode);
    if (draft.projects.has(id))
      return draft.reject(
        projects,
        i,
        columnName(projects, "Codice Locale Progetto"),
        localCode,
        `CUP ${cup} with this local code is already on an earlier row`,
      );
    const subCode = text(read(row, "Codice Univoco Submisura"));
    const measureCode = text(read(row, "Codice Univoco Misura"));
    const quote = `row ${projects.rowNumbers[i]}: CUP ${cup}, local code ${localCode}`;
    const props = {
      cup,
      localCode,
      title: text(read(row, "Titolo progetto")),
      summary: text(read(row, "Sintesi progetto")),
      pnrrFunding: pnrr,
      totalFunding: total,
      owner: text(read(row, "Amministrazione Titolare")),
      cupSector: text(read(row, "CUP Descrizione Settore")),
      componentCode: component,
      kind: "PNRR project",
    };
    const addMeasure = (code: string, column: string, level: string, parent: string | null): void => {
      if (draft.measures.has(measureId(code))) return;
      draft.measures.set(measureId(code), {
        id: measureId(code),
        props: { code, name: text(read(row, column)) ?? code, level, kind: null, amount: null, owner: props.owner },
        componentCode: component,
        parentId: parent ? measureId(parent) : null,
        sourceId: source,
        quote,
      });
    };
    if (measureCode) addMeasure(measureCode, "Descrizione Misura", "measure", null);
    if (subCode && subCode !== measureCode) addMeasure(subCode, "Descrizione Submisura", "sub-measure", measureCode);
    const measure =
      subCode && draft.measures.has(measureId(subCode))
        ? measureId(subCode)
        : measureCode
          ? measureId(measureCode)
          : null;
    draft.addProject({ id, props, measureId: measure, sourceId: source, quote }, i);
  });
}

/** The implementing body the validated release names on each project's row (a rejected row lends none). */
export function buildImplementers(draft: ReleaseDraft, projects: Table): void {
  const read = cellReader(projects);
  projects.rows.forEach((row, i) => {
    const raw = read(row, "Codice fiscale soggetto attuatore");
    const project = draft.projectOfRow[i];
    if (raw === undefined || !project) return;
    const taxCode = draft.taxCodeOf(projects, i, columnName(projects, "Codice fiscale soggetto attuatore"), raw);
    if (!taxCode) return;
    const ev = { sourceId: project.sourceId, quote: project.quote };
    const body = draft.addBody(taxCode, text(read(row, "Soggetto attuatore")), null, null, ev);
    draft.implementedBy.set(`${project.id}|${body}`, { from: project.id, to: body, ...ev });
  });
}
