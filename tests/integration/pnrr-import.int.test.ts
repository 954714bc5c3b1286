/**
 * The PNRR importer against the run's embedded Neo4j, with small release files written for these
 * tests (tests/fixtures/pnrr): the real files' quirks (a byte-order mark, header names with
 * trailing spaces, N/D, Italian numbers, codes with leading zeros, one CUP on two rows) and bad rows.
 * Totals are computed here from the fixture files, apart from the importer's reader.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import { parquetWriteFile } from "hyparquet-writer";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPnrrRelease, StrictImportError, UnknownShapeError, type ImportSummary } from "@lombardy-kg/ingest";
import { graphSnapshot } from "../support/graph-snapshot";
import { repoRoot, TestHelper } from "../support/test-helper";

const helper = new TestHelper();
const fixtures = path.join(repoRoot, "tests", "fixtures", "pnrr");
const releaseA = path.join(fixtures, "release-a");
const releaseB = path.join(fixtures, "release-b");
const istat = path.join(fixtures, "istat-comuni.csv");

beforeAll(async () => {
  await helper.restoreCuratedGraph();
  await helper.startApi();
});
afterAll(async () => {
  await helper.restoreCuratedGraph();
  await helper.close();
});

const importA = (extra: { strict?: boolean } = {}): Promise<ImportSummary> =>
  importPnrrRelease(helper.driver, helper.neo4j.database, {
    paths: [releaseA],
    istat,
    releaseDate: "2023-01-31",
    ...extra,
  });

const snapshot = (): Promise<string> => graphSnapshot(helper.driver, helper.neo4j.database);

/** The fixture files read with nothing of the importer: `;` split, Italian numbers by hand. */
function independentTotals(folder: string) {
  const rows = (file: string): Record<string, string>[] => {
    const [header, ...lines] = readFileSync(path.join(folder, file), "utf8")
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    const names = (header ?? "").split(";").map((h) => h.replace(/\s+/g, " ").trim());
    return lines.map((l) => Object.fromEntries(l.split(";").map((v, i) => [names[i], v])));
  };
  const euros = (v: string | undefined): number => (v === "N/D" ? 0 : Number(v?.replace(/\./g, "").replace(",", ".")));
  const projects = rows("PNRR_Progetti.csv").filter(
    (r) => r.CUP && /^M[1-6]C\d$/.test(r.Componente ?? "") && !Number.isNaN(euros(r.FINANZIAMENTO_PNRR)),
  );
  const places = rows("PNRR_Localizzazione.csv");
  const bodies = rows("PNRR_Soggetti.csv");
  const inRegion = (cup: string, region: string): boolean => places.some((p) => p.CUP === cup && p.Regione === region);
  const inProvince = (cup: string, province: string): boolean =>
    places.some((p) => p.CUP === cup && p.Provincia === province && p.Comune !== "999");
  const taxOf = (cup: string): string[] =>
    bodies.filter((b) => b.CUP === cup).map((b) => (b["codice fiscale ATTUATORE"] ?? "").padStart(11, "0"));
  const totals = (keep: (p: Record<string, string>) => boolean) => {
    const kept = projects.filter(keep);
    return {
      projectCount: kept.length,
      pnrrFunding: kept.reduce((s, p) => s + euros(p.FINANZIAMENTO_PNRR), 0),
      implementerCount: new Set(kept.flatMap((p) => taxOf(p.CUP as string))).size,
    };
  };
  return {
    all: totals(() => true),
    lombardy: totals((p) => inRegion(p.CUP as string, "03")),
    milano: totals((p) => inProvince(p.CUP as string, "015")),
    m4c2Lombardy: totals((p) => p.Componente === "M4C2" && inRegion(p.CUP as string, "03")),
    polimi: totals((p) => taxOf(p.CUP as string).includes("80057930150")),
  };
}

const TOTALS = `query ($filter: PnrrTotalsFilter) { pnrrTotals(filter: $filter) { projectCount pnrrFunding implementerCount } }`;
const totalsOf = async (filter: Record<string, string> | null) =>
  (
    await helper.data<{ pnrrTotals: { projectCount: number; pnrrFunding: number; implementerCount: number } }>(TOTALS, {
      filter,
    })
  ).pnrrTotals;

describe("importing a release", () => {
  let summary: ImportSummary;
  beforeAll(async () => {
    summary = await importA();
  });

  it("reads the CSV export's quirks and reports every bad row with file, row, column and value", () => {
    expect(summary.files.map((f) => f.kind).sort()).toEqual([
      "bodies",
      "framework",
      "municipalities",
      "places",
      "projects",
    ]);
    expect(summary.rowsRead).toBe(8);
    expect(summary.counts.projects).toBe(5);
    expect(summary.projects).toEqual({ created: 5, updated: 0, unchanged: 0 });
    expect(summary.rejects.map((r) => [r.file, r.row, r.column, r.value, r.reason])).toEqual([
      ["PNRR_Progetti.csv", 7, "CUP", "", "missing CUP"],
      ["PNRR_Progetti.csv", 8, "Componente", "M9C9", "unknown component code"],
      ["PNRR_Progetti.csv", 9, "FINANZIAMENTO_PNRR", "circa 100", "not an amount"],
      ["PNRR_Localizzazione.csv", 3, "Comune", "015999", "a municipality code ISTAT does not know"],
    ]);
  });

  it("keeps a CUP's two local codes as two projects, tax codes padded, amounts as the file gives them", async () => {
    const { records } = await helper.driver.executeQuery(
      `MATCH (p:Project {cup: 'FIX0000000000A2'}) OPTIONAL MATCH (p)-[:IMPLEMENTED_BY]->(o)
       RETURN p.localCode AS local, p.pnrrFunding AS pnrr, o.taxCode AS tax ORDER BY local`,
      {},
      { database: helper.neo4j.database },
    );
    expect(records.map((r) => [r.get("local"), r.get("pnrr"), r.get("tax")])).toEqual([
      ["A2/1", 250000, "02598070247"],
      ["A2/2", null, "02598070247"],
    ]);
  });

  it("answers pnrrTotals as the files add up, by region, province, component and implementer", async () => {
    const expected = independentTotals(releaseA);
    expect(await totalsOf(null)).toEqual(expected.all);
    expect(await totalsOf({ regionName: "lombardia" })).toEqual(expected.lombardy);
    expect(await totalsOf({ provinceName: "MILANO" })).toEqual(expected.milano);
    expect(await totalsOf({ regionName: "Lombardia", componentCode: "m4c2" })).toEqual(expected.m4c2Lombardy);
    expect(await totalsOf({ implementerTaxCode: "80057930150" })).toEqual(expected.polimi);
    expect(expected.lombardy).toEqual({ projectCount: 4, pnrrFunding: 3_250_000, implementerCount: 2 });
  });

  it("places projects with ISTAT names and NUTS codes, a region-wide project in the region only", async () => {
    const { pnrrMatrix } = await helper.data<{
      pnrrMatrix: {
        regionName: string;
        provinces: { name: string; nutsCode: string }[];
        cells: { componentCode: string; provinceCode: string; projectCount: number; pnrrFunding: number }[];
        totals: { projectCount: number };
      };
    }>(
      `{ pnrrMatrix { regionName provinces { name nutsCode } cells { componentCode provinceCode projectCount pnrrFunding } totals { projectCount } } }`,
    );
    expect(pnrrMatrix.regionName).toBe("Lombardia");
    expect(pnrrMatrix.provinces).toEqual([
      { name: "Bergamo", nutsCode: "ITC46" },
      { name: "Milano", nutsCode: "ITC4C" },
    ]);
    expect(pnrrMatrix.cells).toEqual([
      { componentCode: "M2C2", provinceCode: "016", projectCount: 2, pnrrFunding: 250000 },
      { componentCode: "M4C2", provinceCode: "015", projectCount: 1, pnrrFunding: 1000000 },
    ]);
    expect(pnrrMatrix.totals.projectCount).toBe(4);
  });

  it("names the file and the row of every imported fact, as the explorer shows evidence", async () => {
    const { entity } = await helper.data<{
      entity: {
        evidence: { sourcePublisher: string; sourceTitle: string; sourceDate: string; quote: string }[];
        properties: { key: string; value: string }[];
      };
    }>(
      `{ entity(id: "pnrr-FIX0000000000A2-A2/2") { evidence { sourcePublisher sourceTitle sourceDate quote } properties { key value } } }`,
    );
    expect(entity.evidence).toEqual([
      {
        sourcePublisher: "Italia Domani (Presidenza del Consiglio dei Ministri)",
        sourceTitle: "Italia Domani, PNRR open data: PNRR_Progetti.csv",
        sourceDate: "2023-01-31",
        quote: "row 4: CUP FIX0000000000A2, local code A2/2",
      },
    ]);
    expect(entity.properties.find((p) => p.key === "title")?.value).toBe("TRAM*BERGAMO*LOTTO 2");
  });

  it("links a body to the curated organisation of the same normalised name, marked as a match of ours", async () => {
    expect(summary.matches.linked).toBe(2);
    const { records } = await helper.driver.executeQuery(
      `MATCH (b:Organization)-[r:SAME_AS]->(o:Organization) RETURN b.id AS b, o.id AS o, r.confidence AS c, r.inferred AS how`,
      {},
      { database: helper.neo4j.database },
    );
    expect(records.map((r) => [r.get("b"), r.get("o"), r.get("c")]).sort()).toEqual([
      ["org-cf-09876543210", "org-terraria", 0.9],
      ["org-cf-80057930150", "org-polimi", 0.9],
    ]);
    expect(records.every((r) => String(r.get("how")).includes("same name after normalising"))).toBe(true);
  });

  it("gives partner suggestions PNRR reasons: what a candidate implements, where, for how much", async () => {
    const { partnerSuggestions } = await helper.data<{ partnerSuggestions: { id: string; reasons: string[] }[] }>(
      `{ partnerSuggestions(forId: "cluster-aerospace", pnrrComponent: "M4C2", limit: 50) { id reasons } }`,
    );
    // TerrAria srl (curated) is the fixture's TERRARIA S.R.L. (imported), matched by name.
    const terraria = partnerSuggestions.find((p) => p.id === "org-terraria");
    expect(terraria?.reasons.filter((r) => r.includes("PNRR project"))).toEqual([
      "implements 1 PNRR project under M4C2 in Torino, EUR 75,500",
    ]);
  });

  it("is searched beside the curated graph, the curated organisation first", async () => {
    const search = async (text: string) =>
      (
        await helper.data<{ search: { id: string }[] }>(`query ($text: String!) { search(text: $text) { id } }`, {
          text,
        })
      ).search.map((h) => h.id);
    const polimi = await search("Politecnico di Milano");
    expect(polimi[0]).toBe("org-polimi");
    expect(polimi).toContain("org-cf-80057930150");
    expect(await search("tram bergamo")).toEqual(
      expect.arrayContaining(["pnrr-FIX0000000000A2-A2/1", "pnrr-FIX0000000000A2-A2/2"]),
    );
    expect((await search("energia"))[0]).toBe("cluster-energy");
  });

  it("changes nothing when the same release is imported again", async () => {
    const before = await snapshot();
    const again = await importA();
    expect(again.projects).toEqual({ created: 0, updated: 0, unchanged: 5 });
    expect(again.bodies.created + again.bodies.updated).toBe(0);
    expect(await snapshot()).toBe(before);
  });

  it("takes a newer release: new amounts and titles, new projects, absent ones marked and kept", async () => {
    const newer = await importPnrrRelease(helper.driver, helper.neo4j.database, {
      paths: [releaseB],
      istat,
      releaseDate: "2023-02-28",
    });
    expect(newer.projects).toEqual({ created: 1, updated: 1, unchanged: 3 });
    expect(newer.markedAbsent).toBe(1);
    const { records } = await helper.driver.executeQuery(
      `MATCH (p:Project) WHERE p.cup STARTS WITH 'FIX' RETURN p.id AS id, p.pnrrFunding AS pnrr, p.title AS title, p.absentFrom AS absent ORDER BY id`,
      {},
      { database: helper.neo4j.database },
    );
    const byId = Object.fromEntries(
      records.map((r) => [r.get("id"), [r.get("pnrr"), r.get("title"), r.get("absent")]]),
    );
    expect(byId["pnrr-FIX0000000000A1"]).toEqual([1_500_000, "CENTRO NAZIONALE*MILANO*RICERCA E INNOVAZIONE", null]);
    expect(byId["pnrr-FIX0000000000A2-A2/2"]).toEqual([null, "TRAM*BERGAMO*LOTTO 2", "2023-02-28"]);
    expect(byId["pnrr-FIX0000000000A8"]?.[0]).toBe(300_000);
    // Totals leave the absent project out and count the new one: as release B's files add up.
    expect(await totalsOf({ regionName: "Lombardia" })).toEqual(independentTotals(releaseB).lombardy);
  });
});

describe("bad input", () => {
  it("--strict fails on the first bad row, naming it, and writes nothing", async () => {
    await helper.restoreCuratedGraph();
    const before = await snapshot();
    const error = await importA({ strict: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StrictImportError);
    expect((error as Error).message).toBe("--strict: PNRR_Progetti.csv row 7, column 'CUP': missing CUP (value '')");
    expect(await snapshot()).toBe(before);
  });

  it("refuses a file of an unknown shape, naming the columns it expected, and writes nothing", async () => {
    const before = await snapshot();
    const error = await importPnrrRelease(helper.driver, helper.neo4j.database, {
      paths: [path.join(fixtures, "bad", "unknown-shape.csv")],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownShapeError);
    expect((error as Error).message).toMatch(
      /^unknown-shape\.csv: not a file of a known shape \(its columns: Nome, Cognome, Età\)/,
    );
    expect((error as Error).message).toContain("projects: CUP, Codice Locale Progetto, Titolo progetto, Componente");
    expect(await snapshot()).toBe(before);
  });

  it("leaves the graph as it was when the import fails half way through writing", async () => {
    const before = await snapshot();
    const error = await importPnrrRelease(helper.driver, helper.neo4j.database, {
      paths: [releaseA],
      istat,
      releaseDate: "2023-01-31",
      progress: (stage) => {
        if (stage === "implementers") throw new Error("crash while writing");
      },
    }).catch((e: unknown) => e);
    expect((error as Error).message).toBe("crash while writing");
    expect(await snapshot()).toBe(before);
  });
});

describe("the validated release as Parquet", () => {
  it("is recognised by its columns: numeric tax codes padded, six-digit ISTAT codes, awards, masked codes skipped", async () => {
    await helper.restoreCuratedGraph();
    const dir = mkdtempSync(path.join(os.tmpdir(), "kg-parquet-"));
    try {
      const strings = (name: string, data: (string | null)[]) => ({ name, data, type: "STRING" as const });
      parquetWriteFile({
        filename: path.join(dir, "progetti_validati.parquet"),
        columnData: [
          strings("Componente", ["M4C2", "M2C2"]),
          strings("Codice Univoco Misura", ["M4C2I1.04", "M2C2I4.01"]),
          strings("Descrizione Misura", ["Campioni nazionali", "Mobilità ciclistica"]),
          strings("Codice Univoco Submisura", ["M4C2I1.04.00", "M2C2I4.01.00"]),
          strings("Descrizione Submisura", ["Campioni nazionali", "Mobilità ciclistica"]),
          strings("Amministrazione Titolare", ["MUR", "MIMS"]),
          strings("CUP", ["PQT000000000001", "PQT000000000002"]),
          strings("Codice Locale Progetto", ["PQT000000000001", "LOC-2"]),
          strings("Titolo progetto", ["HUB*MILANO", "PISTA*BERGAMO"]),
          strings("Sintesi progetto", ["Un hub di ricerca", null]),
          strings("CUP Descrizione Settore", ["RICERCA", "TRASPORTI"]),
          { name: "Finanziamento PNRR", data: [1500000.5, 20000], type: "DOUBLE" as const },
          { name: "Finanziamento Totale", data: [1600000.5, 25000], type: "DOUBLE" as const },
          strings("Soggetto attuatore", ["POLITECNICO DI MILANO", "COMUNE DI BERGAMO"]),
          strings("Codice fiscale soggetto attuatore", ["80057930150", "280160"]),
          strings("Data aggiornamento", ["2023-02-21", "2023-02-21"]),
        ],
      });
      parquetWriteFile({
        filename: path.join(dir, "localizzazioni_validate.parquet"),
        columnData: [
          strings("CUP", ["PQT000000000001", "PQT000000000002"]),
          strings("Codice Locale Progetto", ["PQT000000000001", "LOC-2"]),
          { name: "Codice Regione", data: [3n, 3n], type: "INT64" as const },
          strings("Descrizione Regione", ["LOMBARDIA", "LOMBARDIA"]),
          { name: "Codice Provincia", data: [15n, 16n], type: "INT64" as const },
          strings("Descrizione Provincia", ["MILANO", "BERGAMO"]),
          strings("Descrizione Comune", ["MILANO", "BERGAMO"]),
          strings("COD_ISTAT_COMUNE", ["015146", "016024"]),
        ],
      });
      parquetWriteFile({
        filename: path.join(dir, "aggiudicatari_validati.parquet"),
        columnData: [
          strings("CUP", ["PQT000000000001", "PQT000000000001"]),
          strings("Codice Locale Progetto", ["PQT000000000001", "PQT000000000001"]),
          strings("Codice Fiscale - P IVA Aggiudicatario", ["2598070247", "****************"]),
          strings("Denominazione Aggiudicatario", ["NECSI S.R.L.", "PERSONA FISICA"]),
          strings("Descrizione forma giuridica Aggiudicatario", ["Società a responsabilità limitata", null]),
          strings("Codice ATECO Aggiudicatario", ["62.01.00", null]),
        ],
      });
      const summary = await importPnrrRelease(helper.driver, helper.neo4j.database, { paths: [dir], istat });
      expect(summary.files.map((f) => f.kind).sort()).toEqual(["awards", "municipalities", "places", "projects"]);
      expect(summary.releaseDate).toBe("2023-02-21");
      expect(summary.rejects).toEqual([]);
      const { records } = await helper.driver.executeQuery(
        `MATCH (p:Project) WHERE p.cup STARTS WITH 'PQT'
         RETURN p.id AS id, p.summary AS summary, p.pnrrFunding AS pnrr,
           COLLECT { MATCH (p)-[:IMPLEMENTED_BY]->(o) RETURN o.taxCode } AS implementers,
           COLLECT { MATCH (p)-[:AWARDED_TO]->(o) RETURN o.taxCode + ' ' + o.legalForm } AS contractors,
           COLLECT { MATCH (p)-[:LOCATED_IN]->(m:Municipality)-[:PART_OF]->(pr:Province) RETURN m.name + ' ' + pr.nutsCode } AS places
         ORDER BY id`,
        {},
        { database: helper.neo4j.database },
      );
      expect(records.map((r) => r.toObject())).toEqual([
        {
          id: "pnrr-PQT000000000001",
          summary: "Un hub di ricerca",
          pnrr: 1500000.5,
          implementers: ["80057930150"],
          contractors: ["02598070247 Società a responsabilità limitata"],
          places: ["Milano ITC4C"],
        },
        {
          id: "pnrr-PQT000000000002-LOC-2",
          summary: null,
          pnrr: 20000,
          implementers: ["00000280160"],
          contractors: [],
          places: ["Bergamo ITC46"],
        },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
