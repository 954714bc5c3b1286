import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { stubGraphQL, summary } from "../test-support/graphql-stub";
import { NO_ANALYSIS } from "./analysis-state";
import { SynergyHeatmap } from "./synergy-heatmap";

const energy = summary("cluster-energy", "Cluster", "Lombardy Energy Cleantech Cluster", { shortName: "LE2C" });
const afil = summary("cluster-advanced-manufacturing", "Cluster", "AFIL", { shortName: "AFIL" });
const mobility = summary("cluster-mobility", "Cluster", "Lombardy Mobility Cluster", { shortName: "CLM" });
const matrix = {
  synergyMatrix: [
    {
      from: afil,
      to: energy,
      score: 7.83,
      evidence: [
        {
          kind: "PnrrComponent",
          id: "pnrr-m2c1",
          name: "Circular economy",
          clusterCount: 4,
          contribution: 0.93,
          disputed: false,
        },
        { kind: "Network", id: "net-ara", name: "ARA", clusterCount: 3, contribution: 0.72, disputed: true },
      ],
    },
  ],
};

/** The heatmap of two clusters, on its first tab, nothing chosen. */
const renderEnergyAndAfil = () =>
  render(
    <SynergyHeatmap
      lang="en"
      state={{ ...NO_ANALYSIS, tab: "synergies" }}
      clusters={[energy, afil]}
      onChange={vi.fn()}
    />,
  );

describe("the synergy heatmap", () => {
  it("draws each pair's score, and a cell opens the pair's evidence, the disputed marked", async () => {
    stubGraphQL({ SynergyMatrix: matrix });
    const onChange = vi.fn();
    const clusters = [energy, afil, mobility];
    const { rerender } = render(
      <SynergyHeatmap lang="en" state={{ ...NO_ANALYSIS, tab: "synergies" }} clusters={clusters} onChange={onChange} />,
    );
    const cell = await screen.findByRole("button", { name: "AFIL × LE2C: 7.8" });
    expect(screen.getByRole("button", { name: "AFIL × CLM: 0.0" })).toBeTruthy(); // a pair sharing nothing
    fireEvent.click(cell);
    const state = {
      ...NO_ANALYSIS,
      tab: "synergies" as const,
      pair: ["cluster-advanced-manufacturing", "cluster-energy"] as [string, string],
    };
    expect(onChange).toHaveBeenCalledWith(state);
    rerender(<SynergyHeatmap lang="en" state={state} clusters={clusters} onChange={onChange} />);
    const evidence = screen.getByTestId("pair-evidence");
    expect(within(evidence).getByRole("heading").textContent).toBe("AFIL × LE2C: 7.83");
    expect(
      within(evidence)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["PNRR component Circular economy +0.93", "Network ARA +0.72 disputed"]);
  });

  it("while loading or after a failure draws no grid of zeros, and Retry loads it", async () => {
    const api = stubGraphQL({ SynergyMatrix: new Error("The database did not answer; try again shortly.") });
    renderEnergyAndAfil();
    expect(screen.getByRole("status").textContent).toBe("Loading…");
    const alert = await screen.findByRole("alert");
    expect(screen.queryByTestId("heatmap")).toBeNull();
    api.answer("SynergyMatrix", matrix);
    fireEvent.click(within(alert).getByRole("button", { name: "Retry" }));
    expect(await screen.findByTestId("heatmap")).toBeTruthy();
  });

  it("marks a score that rests mostly on disputed links, and can leave them out", async () => {
    const mostlyDisputed = {
      synergyMatrix: [
        {
          ...matrix.synergyMatrix[0],
          score: 1.65,
          evidence: [
            { ...matrix.synergyMatrix[0]!.evidence[0]!, contribution: 0.45 },
            { ...matrix.synergyMatrix[0]!.evidence[1]!, contribution: 1.2 },
          ],
        },
      ],
    };
    stubGraphQL({ SynergyMatrix: mostlyDisputed });
    renderEnergyAndAfil();
    const cell = await screen.findByRole("button", {
      name: "AFIL × LE2C: 1.6 (73% of this score rests on disputed links)",
    });
    expect(cell.closest("td")?.className).toContain("mostly-disputed");
    fireEvent.click(screen.getByRole("checkbox", { name: "Scores without disputed evidence" }));
    const plain = screen.getByRole("button", { name: "AFIL × LE2C: 0.4" });
    expect(plain.closest("td")?.className ?? "").not.toContain("mostly-disputed");
  });
});
