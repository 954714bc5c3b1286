import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { stubGraphQL, summary } from "../test-support/graphql-stub";
import { NO_ANALYSIS } from "./analysis-state";
import { PartnerFinder } from "./partner-finder";

const clusters = [
  summary("cluster-aerospace", "Cluster", "Lombardia Aerospace Cluster", { shortName: "LAC" }),
  summary("cluster-mobility", "Cluster", "Lombardy Mobility Cluster", { shortName: "CLM" }),
];

describe("the partner finder", () => {
  it("puts who looks and for what into the view, and shows the suggestions with their reasons", async () => {
    const api = stubGraphQL({
      Partners: {
        partnerSuggestions: [
          {
            id: "cluster-mobility",
            name: "Lombardy Mobility Cluster",
            type: "Cluster",
            score: 4.5,
            reasons: ["Lombardy Mobility Cluster takes part in SHINE, which addresses Hydrogen"],
            via: ["prj-shine", "topic-hydrogen"],
          },
        ],
      },
    });
    const onChange = vi.fn();
    const { rerender } = render(
      <PartnerFinder lang="en" state={{ ...NO_ANALYSIS, tab: "partners" }} clusters={clusters} onChange={onChange} />,
    );
    fireEvent.change(screen.getByRole("combobox", { name: "Looking for partners" }), {
      target: { value: "cluster-aerospace" },
    });
    fireEvent.change(screen.getByRole("combobox", { name: "For" }), { target: { value: "topic" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Value" }), { target: { value: " hydrogen " } });
    fireEvent.click(screen.getByRole("button", { name: "Find partners" }));
    const state = {
      ...NO_ANALYSIS,
      tab: "partners" as const,
      seeker: "cluster-aerospace",
      filterKind: "topic" as const,
      filterValue: "hydrogen",
    };
    expect(onChange).toHaveBeenCalledWith(state);
    rerender(<PartnerFinder lang="en" state={state} clusters={clusters} onChange={onChange} />);
    const results = await screen.findByTestId("partner-results");
    expect(results.textContent).toContain("Lombardy Mobility Cluster takes part in SHINE, which addresses Hydrogen");
    expect(api.calls("Partners")).toEqual([{ forId: "cluster-aerospace", topic: "hydrogen" }]);
    fireEvent.click(within(results).getByRole("button", { name: "Lombardy Mobility Cluster" }));
    expect(onChange).toHaveBeenLastCalledWith({ ...state, candidate: "cluster-mobility" });
  });
});
