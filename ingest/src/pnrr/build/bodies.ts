import type { Table } from "../../tables/read-table";
import { text } from "../../tables/values";
import { cellReader, columnName } from "../shapes";
import type { ReleaseDraft } from "./release-draft";

/** The CSV export's bodies file: each CUP's implementing body, with its legal form and ATECO code. */
export function buildBodies(draft: ReleaseDraft, bodies: Table): void {
  const cell = cellReader(bodies);
  const source = draft.source("bodies");
  bodies.rows.forEach((row, i) => {
    const cup = text(cell(row, "CUP"));
    if (!cup) return draft.reject(bodies, i, columnName(bodies, "CUP"), "", "missing CUP");
    const targets = draft.projectsOf(cup, null);
    const raw = cell(row, "codice fiscale ATTUATORE");
    const taxCode = draft.taxCodeOf(bodies, i, columnName(bodies, "codice fiscale ATTUATORE"), raw);
    if (!taxCode || targets.length === 0) return;
    const ev = { sourceId: source, quote: `row ${bodies.rowNumbers[i]}: CUP ${cup}` };
    const body = draft.addBody(
      taxCode,
      text(cell(row, "Denominazione ATTUATORE")),
      text(cell(row, "descrizione forma giuritica ATTUATORE", "descrizione forma giuridica ATTUATORE")),
      text(cell(row, "Codice ATECO ATTUTORE", "Codice ATECO ATTUATORE")),
      ev,
    );
    for (const project of targets) draft.implementedBy.set(`${project}|${body}`, { from: project, to: body, ...ev });
  });
}

/** The awards file: the companies that won a project's contracts. */
export function buildAwards(draft: ReleaseDraft, awards: Table): void {
  const cell = cellReader(awards);
  const source = draft.source("awards");
  awards.rows.forEach((row, i) => {
    const cup = text(cell(row, "CUP"));
    if (!cup) return draft.reject(awards, i, columnName(awards, "CUP"), "", "missing CUP");
    const raw = cell(row, "Codice Fiscale - P IVA Aggiudicatario");
    const taxCode = draft.taxCodeOf(awards, i, columnName(awards, "Codice Fiscale - P IVA Aggiudicatario"), raw);
    if (!taxCode) return;
    const localCode = text(cell(row, "Codice Locale Progetto"));
    const ev = { sourceId: source, quote: `row ${awards.rowNumbers[i]}: CUP ${cup}, local code ${localCode ?? cup}` };
    const body = draft.addBody(
      taxCode,
      text(cell(row, "Denominazione Aggiudicatario")),
      text(cell(row, "Descrizione forma giuridica Aggiudicatario")),
      text(cell(row, "Codice ATECO Aggiudicatario")),
      ev,
    );
    for (const project of draft.projectsOf(cup, localCode))
      draft.awardedTo.set(`${project}|${body}`, { from: project, to: body, ...ev });
  });
}
