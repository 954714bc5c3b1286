import { describe, expect, it } from "vitest";
import { normaliseTaxCode } from "../identity/tax-code";
import { isoDate, istatCode, parseAmount, text } from "./values";

describe("values as the release writes them", () => {
  it("reads amounts in Italian format, plain and from Parquet, N/D as unknown", () => {
    expect(parseAmount("114.000.000")).toBe(114_000_000);
    expect(parseAmount("1.234,56")).toBe(1234.56);
    expect(parseAmount("40,5")).toBe(40.5);
    expect(parseAmount("900000000")).toBe(900_000_000);
    expect(parseAmount(42576)).toBe(42576);
    expect(parseAmount("N/D")).toBeNull();
    expect(parseAmount(" ")).toBeNull();
    expect(parseAmount("circa 100")).toBeUndefined();
  });

  it("pads tax codes and ISTAT codes whose zeros a numeric column lost", () => {
    expect(normaliseTaxCode("833360738")).toBe("00833360738");
    expect(normaliseTaxCode(" 02598070247 ")).toBe("02598070247");
    expect(normaliseTaxCode("rssmra80a01f205x")).toBe("RSSMRA80A01F205X");
    expect(normaliseTaxCode("N/D")).toBeNull();
    expect(normaliseTaxCode("****************")).toBeNull();
    expect(normaliseTaxCode("IT02598070247")).toBe("02598070247");
    expect(normaliseTaxCode("FR92785423997")).toBe("FR92785423997");
    expect(istatCode("000", 2)).toBe("00");
    expect(normaliseTaxCode("12-34")).toBeUndefined();
    expect(istatCode("18128", 6)).toBe("018128");
    expect(istatCode(3, 2)).toBe("03");
    expect(istatCode("MI", 3)).toBeUndefined();
  });

  it("tidies text only where it needs tidying, and reads N/D and blanks as none", () => {
    expect(text("CENTRO NAZIONALE*MILANO")).toBe("CENTRO NAZIONALE*MILANO");
    expect(text(" Tram  Bergamo\tlotto\n2 ")).toBe("Tram Bergamo lotto 2");
    expect(text("Sintesi\u00a0del progetto")).toBe("Sintesi del progetto");
    expect(text(" n/d ")).toBeNull();
    expect(text("N.D.")).toBeNull();
    expect(text("   ")).toBeNull();
    expect(text("")).toBeNull();
    expect(text(null)).toBeNull();
    expect(text(2023)).toBe("2023");
  });

  it("reads dates from Parquet and text", () => {
    expect(isoDate(new Date("2023-02-21T00:00:00Z"))).toBe("2023-02-21");
    expect(isoDate("2023-02-21T00:00:00.000Z")).toBe("2023-02-21");
    expect(isoDate("N/D")).toBeNull();
  });
});
