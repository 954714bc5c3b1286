import writeXlsxFile from "write-excel-file/node";
import { describe, expect, it } from "vitest";
import { readRosterFile } from "./roster-file";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("readRosterFile", () => {
  it("reads Italian Excel's ';' CSV with a BOM, Italian headers, quoted separators and blank lines", async () => {
    const file = await readRosterFile(
      bytes(
        '\uFEFFNome;Sito web;Città\r\n"Rossi; Bianchi Srl";https://rb.example.it;Milano\r\n\r\nVerdi Spa;;Brescia\r\n',
      ),
      "soci.csv",
      "members",
    );
    expect(file.fileKind).toBe("csv");
    expect(file.columns).toEqual(["name", "website", "city"]);
    expect(file.rows).toEqual([
      { row: 2, values: { name: "Rossi; Bianchi Srl", website: "https://rb.example.it", city: "Milano" } },
      { row: 4, values: { name: "Verdi Spa", city: "Brescia" } },
    ]);
  });

  it("reads ',' CSV and Latin-1", async () => {
    const latin1 = Uint8Array.from([...bytes("name,city\nUniversit"), 0xe0, ...bytes(" di Pavia,Pavia\n")]);
    const file = await readRosterFile(latin1, "x.csv", "members");
    expect(file.rows[0]?.values).toEqual({ name: "Università di Pavia", city: "Pavia" });
  });

  it("refuses text whose accents were garbled before it came, naming the row and the word", async () => {
    const garbled = new TextEncoder().encode("nome;città\nAcme;Milano\nUniversit\u00c3\u00a0 degli Studi;Pavia\n");
    await expect(readRosterFile(garbled, "soci.csv", "members")).rejects.toThrow(
      /soci\.csv, row 3: 'Universit.+ degli Studi' has garbled accents/,
    );
    const replaced = new TextEncoder().encode("nome;città\nCitt\uFFFD Studi;Milano\n");
    await expect(readRosterFile(replaced, "soci.csv", "members")).rejects.toThrow(/row 2: .* has garbled accents/);
  });

  it("reads the first sheet of an XLSX workbook", async () => {
    const xlsx = await writeXlsxFile([
      [{ value: "title" }, { value: "startYear" }],
      [{ value: "HYDRO" }, { value: 2024 }],
    ]).toBuffer();
    const file = await readRosterFile(new Uint8Array(xlsx), "p.xlsx", "projects");
    expect(file.fileKind).toBe("xlsx");
    expect(file.rows).toEqual([{ row: 2, values: { title: "HYDRO", startYear: "2024" } }]);
  });

  it("refuses unknown and missing columns, binary files and empty ones, naming what is wrong", async () => {
    await expect(readRosterFile(bytes("name;budget\nX;1\n"), "a.csv", "members")).rejects.toThrow(
      "a.csv: unknown column 'budget'; a members roster has the columns id, name, nameIt, shortName, kind, website, city, taxCode, quote.",
    );
    await expect(readRosterFile(bytes("city\nMilano\n"), "b.csv", "members")).rejects.toThrow(
      "b.csv: the column 'name' is missing",
    );
    await expect(readRosterFile(Uint8Array.from([0x25, 0x50, 0, 1]), "c.csv", "members")).rejects.toThrow(
      "not a CSV or XLSX file",
    );
    await expect(readRosterFile(Uint8Array.from([0x50, 0x4b, 3, 4, 9, 9]), "d.xlsx", "members")).rejects.toThrow(
      "d.xlsx: not a readable XLSX workbook",
    );
    await expect(readRosterFile(new Uint8Array(), "e.csv", "members")).rejects.toThrow("e.csv: the file is empty.");
  });
});
