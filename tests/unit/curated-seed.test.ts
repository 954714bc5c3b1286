import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildSeedReport, checkCuratedSeed, formatProblem } from "@lombardy-kg/seed";

// CI sets SOURCES_DIR; beside a checkout the documents sit in ../shared/seeds. Without them the
// quotes cannot be checked, and the test says so rather than quietly checking less.
const sourcesDir = process.env.SOURCES_DIR ?? path.resolve(import.meta.dirname, "..", "..", "..", "shared", "seeds");

describe("the curated data", () => {
  if (!existsSync(sourcesDir)) {
    throw new Error(`The seed documents are not at ${sourcesDir}: set SOURCES_DIR to the folder that holds them.`);
  }
  const checked = checkCuratedSeed({ sourcesDir });

  it("validates, with every quote found in its document", () => {
    expect(checked.problems.map(formatProblem)).toEqual([]);
    expect(checked.quoteCheck).toBe("done");
    expect(checked.uncheckedSources).toEqual(["src-pnrr"]);
  });

  it("has the complete reference data: 8 S3 ecosystems, 6 PNRR missions, 16 components", () => {
    const report = buildSeedReport(checked.files);
    expect(report.nodesByType.get("S3Ecosystem")).toBe(8);
    expect(report.nodesByType.get("PnrrMission")).toBe(6);
    expect(report.nodesByType.get("PnrrComponent")).toBe(16);
    expect(report.nodesByType.get("Cluster")).toBe(9);
    expect(report.nodesByType.get("Source")).toBe(6);
    const codes = checked.files
      .flatMap((f) => f.nodes)
      .filter((n) => n.type === "PnrrComponent")
      .map((n) => n.properties.code);
    expect(codes).toEqual([
      "M1C1",
      "M1C2",
      "M1C3",
      "M2C1",
      "M2C2",
      "M2C3",
      "M2C4",
      "M3C1",
      "M3C2",
      "M4C1",
      "M4C2",
      "M5C1",
      "M5C2",
      "M5C3",
      "M6C1",
      "M6C2",
    ]);
  });

  it("counts facts per source for every one of the five documents", () => {
    const report = buildSeedReport(checked.files);
    for (const source of [
      "src-lac-about-en",
      "src-lac-cluster-it",
      "src-lac-dap-2025",
      "src-lac-c2c-ara",
      "src-ltc-report",
    ]) {
      expect(report.factsBySource.get(source), source).toBeGreaterThan(0);
    }
    expect(report.disagreements.map((d) => d.id)).toContain("dis-gc-networks-line");
  });
});
