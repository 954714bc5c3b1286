import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parquetWriteFile } from "hyparquet-writer";
import { afterAll, describe, expect, it } from "vitest";
import { readParquet } from "./read-table";

const dir = mkdtempSync(path.join(os.tmpdir(), "kg-read-table-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("reading a release's Parquet file", () => {
  it("names every column, for recognising the file, and holds the values of the columns the caller keeps", async () => {
    const file = path.join(dir, "projects.parquet");
    parquetWriteFile({
      filename: file,
      columnData: [
        { name: "CUP ", data: ["J61F22000330006", "B11B21005020006"], type: "STRING" },
        { name: "Stato CUP", data: ["ATTIVO", "ATTIVO"], type: "STRING" },
        { name: "Finanziamento PNRR", data: [42576, 9000.5], type: "DOUBLE" },
        { name: "Codice fiscale soggetto attuatore", data: [833360738n, 2598070247n], type: "INT64" },
      ],
    });
    const table = await readParquet(file, (name) => name !== "Stato CUP");
    expect(table.columns).toEqual(["CUP", "Stato CUP", "Finanziamento PNRR", "Codice fiscale soggetto attuatore"]);
    expect(table.rowNumbers).toEqual([1, 2]);
    // "Stato CUP" is not kept: left out of the rows; the header's trailing space trimmed.
    expect(table.rows).toEqual([
      { CUP: "J61F22000330006", "Finanziamento PNRR": 42576, "Codice fiscale soggetto attuatore": 833360738 },
      { CUP: "B11B21005020006", "Finanziamento PNRR": 9000.5, "Codice fiscale soggetto attuatore": 2598070247 },
    ]);
  });
});
