/**
 * Each builder on a few rows, as a release's files give them (header names with trailing spaces,
 * Italian amounts, N/D, codes that lost their zeros), without a database.
 */
import { describe, expect, it } from "vitest";
import type { Table } from "../../tables/read-table";
import { StrictImportError } from "../../rejects";
import { buildAwards, buildBodies } from "./bodies";
import { buildFramework } from "./framework";
import { buildMunicipalities } from "./municipalities";
import { buildPlaces } from "./places";
import { buildImplementers, buildProjects } from "./projects";
import { ReleaseDraft } from "./release-draft";
import { buildSources } from "./sources";

const table = (file: string, rows: Record<string, unknown>[]): Table => ({
  file: `/release/${file}`,
  columns: Object.keys(rows[0] ?? {}),
  rowNumbers: rows.map((_, i) => i + 2),
  rows,
});

function draftWith(tables: Record<string, Table>, strict = false): ReleaseDraft {
  const draft = new ReleaseDraft({ knownComponents: new Set(["M4C2", "M2C2"]), releaseName: "release-x", strict });
  buildSources(draft, new Map(Object.entries(tables)) as Map<never, Table>);
  return draft;
}

const project = (cup: string, extra: Record<string, unknown> = {}) => ({
  "CUP ": cup,
  Componente: "M4C2",
  "Codice Univoco Misura": "M4C2I1.3",
  "Descrizione Misura": "Partenariati estesi",
  "Codice Univoco Submisura": "N/D",
  "Finanziamento PNRR": "1.234.567,89",
  "Finanziamento Totale": "2.000.000",
  "Codice Locale Progetto": "",
  "Titolo progetto ": `Progetto ${cup}`,
  "Data aggiornamento": "2023-02-21",
  ...extra,
});

describe("the PNRR release's builders", () => {
  it("sources: one per file, dated by the latest update of the projects", () => {
    const projects = table("progetti.csv", [project("A1"), project("A2", { "Data aggiornamento": "2023-03-01" })]);
    const draft = draftWith({ projects });
    expect(draft.releaseDate).toBe("2023-03-01");
    expect(draft.sources).toEqual([
      expect.objectContaining({
        id: "src-italia-domani-2023-03-01-projects",
        licence: "CC BY 4.0",
        reference: "progetti.csv",
      }),
    ]);
  });

  it("projects: amounts read in Italian format, a measure node for each code, duplicates and unknown components rejected", () => {
    const projects = table("progetti.csv", [
      project("A1"),
      project("A1"),
      project("B2", { Componente: "M9C9" }),
      project("C3", { "Finanziamento PNRR": "lots" }),
    ]);
    const draft = draftWith({ projects });
    buildProjects(draft, projects);
    expect(
      [...draft.projects.values()].map((p) => [p.id, p.props.pnrrFunding, p.props.totalFunding, p.measureId]),
    ).toEqual([["pnrr-A1", 1234567.89, 2000000, "pnrr-measure-M4C2I1.3"]]);
    expect(draft.measures.get("pnrr-measure-M4C2I1.3")?.props.name).toBe("Partenariati estesi");
    expect(draft.rejects.map((r) => [r.row, r.column, r.reason])).toEqual([
      [3, "Codice Locale Progetto", "CUP A1 with this local code is already on an earlier row"],
      [4, "Componente", "unknown component code"],
      [5, "Finanziamento PNRR", "not an amount"],
    ]);
    expect(draft.rowsRead).toBe(4);
  });

  it("with --strict, stops at the first reject, naming file, row and column", () => {
    const projects = table("progetti.csv", [project("B2", { Componente: "M9C9" })]);
    const draft = draftWith({ projects }, true);
    expect(() => buildProjects(draft, projects)).toThrow(StrictImportError);
    expect(() => buildProjects(draft, projects)).toThrow("progetti.csv row 2, column 'Componente'");
  });

  it("implementers: a numeric tax code gets its zeros back; the body of a rejected row is not lent to another", () => {
    const projects = table("progetti.parquet", [
      project("A1", { "Codice fiscale soggetto attuatore": 833360738, "Soggetto attuatore": "Comune di X" }),
      project("A1", { "Codice fiscale soggetto attuatore": 2598070247, "Soggetto attuatore": "Duplicate" }),
    ]);
    const draft = draftWith({ projects });
    buildProjects(draft, projects);
    buildImplementers(draft, projects);
    expect([...draft.bodies.keys()]).toEqual(["org-cf-00833360738"]);
    expect([...draft.implementedBy.values()].map((l) => [l.from, l.to])).toEqual([["pnrr-A1", "org-cf-00833360738"]]);
  });

  it("bodies and awards: a body once by tax code, legal form filled in by a later file", () => {
    const projects = table("progetti.csv", [project("A1")]);
    const bodies = table("soggetti.csv", [
      { CUP: "A1", "codice fiscale ATTUATORE": "00833360738", "Denominazione ATTUATORE": "Comune di X" },
      { CUP: "", "codice fiscale ATTUATORE": "1", "Denominazione ATTUATORE": "No CUP" },
    ]);
    const awards = table("aggiudicatari.csv", [
      {
        CUP: "A1",
        "Codice Fiscale - P IVA Aggiudicatario": "IT00833360738",
        "Denominazione Aggiudicatario": "Comune di X",
        "Descrizione forma giuridica Aggiudicatario": "Ente pubblico",
        "Codice ATECO Aggiudicatario": "84.11",
        "Codice Locale Progetto": "",
      },
      { CUP: "A1", "Codice Fiscale - P IVA Aggiudicatario": "not a code", "Codice Locale Progetto": "" },
    ]);
    const draft = draftWith({ projects, bodies, awards });
    buildProjects(draft, projects);
    buildBodies(draft, bodies);
    buildAwards(draft, awards);
    expect([...draft.bodies.values()].map((b) => b.props)).toEqual([
      { name: "Comune di X", taxCode: "00833360738", legalForm: "Ente pubblico", ateco: "84.11" },
    ]);
    expect(draft.implementedBy.size).toBe(1);
    expect(draft.awardedTo.size).toBe(1);
    expect(draft.rejects.map((r) => [r.file, r.row, r.reason])).toEqual([
      ["soggetti.csv", 3, "missing CUP"],
      ["aggiudicatari.csv", 3, "not a tax code"],
    ]);
  });

  it("framework and places: measures with official names; a place at the finest level named, ISTAT's names where known", () => {
    const framework = table("quadro.csv", [
      {
        Componente: "M2C2",
        "Codice Univoco Misura": "M2C2I3.1",
        "Descrizione Misura": "Produzione di idrogeno",
        "Codice Univoco Submisura": "M2C2I3.1",
        "Importo Totale": "500.000.000",
        "Tipo Livello": "Misura",
      },
    ]);
    const istat = table("istat.csv", [
      {
        "Codice Comune formato alfanumerico": "15146",
        "Codice Provincia (Storico)(1)": "15",
        "Codice Regione": "3",
        "Denominazione in italiano": "Milano",
        "Denominazione dell'Unità territoriale sovracomunale (valida a fini statistici)": "Milano",
        NUTS3: "ITC4C",
        "Denominazione regione": "Lombardia",
        "NUTS2(3)": "ITC4",
      },
    ]);
    const projects = table("progetti.csv", [project("A1"), project("A2")]);
    const places = table("localizzazione.csv", [
      { CUP: "A1", "Codice Regione": "03", "Codice Provincia": "015", COD_ISTAT_COMUNE: "015146" },
      { CUP: "A2", "Codice Regione": "03", "Codice Provincia": "000", COD_ISTAT_COMUNE: "000000" },
      { CUP: "A2", "Codice Regione": "03", "Codice Provincia": "015", COD_ISTAT_COMUNE: "015999" },
    ]);
    const draft = draftWith({ framework, projects, places, municipalities: istat });
    buildFramework(draft, framework);
    buildMunicipalities(draft, istat);
    buildProjects(draft, projects);
    buildPlaces(draft, places);
    expect(draft.measures.get("pnrr-measure-M2C2I3.1")?.props).toMatchObject({ amount: 500000000, level: "measure" });
    expect([...draft.locatedIn.values()].map((l) => [l.from, l.to])).toEqual([
      ["pnrr-A1", "istat-municipality-015146"],
      ["pnrr-A2", "istat-region-03"],
    ]);
    expect(draft.places.get("istat-province-015")?.props).toMatchObject({ name: "Milano", nutsCode: "ITC4C" });
    expect(draft.rejects.map((r) => [r.row, r.reason])).toEqual([[4, "a municipality code ISTAT does not know"]]);
  });
});
