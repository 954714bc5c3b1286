import { describe, expect, it } from "vitest";
import { csv } from "./download";

describe("CSV the explorer writes", () => {
  it("neutralises text a spreadsheet would run as a formula, and keeps numbers as numbers", () => {
    const payloads = ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\r=1"];
    const out = csv(["v"], [...payloads.map((p) => [p]), [-5], ["Milano"]], ",");
    const cells = out.split("\r\n").slice(1, -1);
    expect(cells.slice(0, 6).every((c) => c.startsWith("'") || c.startsWith("\"'"))).toBe(true);
    expect(cells[0]).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(cells[6]).toBe("-5");
    expect(cells[7]).toBe("Milano");
  });
});
