import { describe, expect, it } from "vitest";
import { readableQuote } from "./readable-quote";

describe("quotes as people read them", () => {
  it("turns headings in capitals and bullets into words", () => {
    expect(readableQuote("Lombardy Technology Clusters AEROSPACE ● AGRIFOOD ● GREEN CHEMISTRY ● ENERGY ●")).toBe(
      "Lombardy Technology Clusters Aerospace · Agrifood · Green chemistry · Energy",
    );
    expect(readableQuote("SMART SPECIALISATION STRATEGY S3 Advanced Manufacturing Ecosystem")).toBe(
      "Smart specialisation strategy S3 Advanced Manufacturing Ecosystem",
    );
    expect(readableQuote("NUMBER OF MEMBERS 794 of which 585 COMPANIES 111 RESEARCH ORGANISATIONS")).toBe(
      "Number of members 794 of which 585 COMPANIES 111 Research organisations",
    );
  });

  it("joins words split at a line end and keeps a dash after an acronym", () => {
    expect(readableQuote("the Aerospace Cluster Auvergne-Rhône- Alpes and its SMEs")).toBe(
      "the Aerospace Cluster Auvergne-Rhône-Alpes and its SMEs",
    );
    expect(readableQuote("EUSALP, ARA- Automotive Regions Alliance")).toBe("EUSALP, ARA – Automotive Regions Alliance");
    expect(readableQuote("the Strategic Community De- and Remanufacturing")).toBe(
      "the Strategic Community De- and Remanufacturing",
    );
  });

  it("drops a footnote mark and leaves acronyms, names and ordinary text alone", () => {
    expect(readableQuote("¹ Directorial Decree 257/Ric of 30 May 2012")).toBe(
      "Directorial Decree 257/Ric of 30 May 2012",
    );
    expect(readableQuote("e.g. ENAC, ENAV. Led by LGCA, SYMBIO provides")).toBe(
      "e.g. ENAC, ENAV. Led by LGCA, SYMBIO provides",
    );
    const plain = "Attending several European projects (such as COSME, Horizon, LIFE, CEF). TerrAria srl, PNRR M2C1";
    expect(readableQuote(plain)).toBe(plain);
  });
});
