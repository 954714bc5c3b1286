import { describe, expect, it } from "vitest";
import { cellReader, readsColumn } from "./shapes";

describe("the PNRR files' columns", () => {
  it("refuses to read a column the list of columns read leaves out, so the list cannot fall behind", () => {
    const read = cellReader({ file: "x.csv", columns: ["CUP", "Stato CUP"], rowNumbers: [2], rows: [{ CUP: "A" }] });
    expect(read({ CUP: "A" }, "cup")).toBe("A");
    expect(readsColumn("Stato CUP")).toBe(false);
    expect(readsColumn("CUP ")).toBe(true);
    expect(() => read({ CUP: "A" }, "Stato CUP")).toThrow("column 'Stato CUP' is read but not listed in COLUMNS_READ");
  });
});
