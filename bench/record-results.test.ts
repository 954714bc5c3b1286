import { describe, expect, it } from "vitest";
import { withSection } from "./record-results";

describe("recording a benchmark's figures", () => {
  it("replaces that benchmark's section and leaves the others as they are", () => {
    const file =
      "# Results\n\n<!-- bench:web -->\nold web\n<!-- /bench:web -->\n\n<!-- bench:load -->\nold load\n<!-- /bench:load -->\n";
    const next = withSection(file, "web", "new web");
    expect(next).toContain("<!-- bench:web -->\nnew web\n<!-- /bench:web -->");
    expect(next).toContain("old load");
    expect(next).not.toContain("old web");
  });

  it("adds a section for a benchmark not recorded yet", () => {
    expect(withSection("# Results\n", "import", "figures")).toBe(
      "# Results\n\n<!-- bench:import -->\nfigures\n<!-- /bench:import -->\n",
    );
  });
});
