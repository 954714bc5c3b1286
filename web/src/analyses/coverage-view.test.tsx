import { render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { stubGraphQL, summary } from "../test-support/graphql-stub";
import { NO_ANALYSIS } from "./analysis-state";
import { CoverageView } from "./coverage-view";

describe("the coverage view", () => {
  it("marks what no cluster covers and what rests on one cluster", async () => {
    const target = (code: string, clusterIds: string[]) => ({ id: `pnrr-${code}`, code, name: code, clusterIds });
    stubGraphQL({
      Coverage: {
        coverage: {
          pnrrComponents: {
            clusters: [summary("cluster-energy", "Cluster", "LE2C"), summary("cluster-aerospace", "Cluster", "LAC")],
            targets: [
              target("M2C1", ["cluster-energy", "cluster-aerospace"]),
              target("M3C2", ["cluster-aerospace"]),
              target("M5C1", []),
            ],
          },
          s3Ecosystems: { targets: [] },
        },
      },
    });
    render(<CoverageView lang="en" state={{ ...NO_ANALYSIS, tab: "coverage" }} clusters={[]} onChange={vi.fn()} />);
    await screen.findByTestId("coverage");
    const header = (code: string) => document.querySelector(`th[data-target="${code}"]`);
    expect(header("M5C1")?.className).toBe("gap");
    expect(header("M3C2")?.className).toBe("single");
    expect(header("M2C1")?.className).toBe("");
    // The components table: LAC covers M2C1 and M3C2, not M5C1.
    expect(screen.getAllByRole("row", { name: /LAC/ })[0]?.textContent).toBe("LAC●●");
  });
});
