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
      PartnerFilterChoices: {
        topics: [{ id: "topic-hydrogen", name: "Hydrogen", nameIt: "Idrogeno" }],
        pnrrComponents: [],
        s3Ecosystems: [],
      },
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
    // Topics picked from the graph's own, in the interface language.
    await screen.findByRole("option", { name: "Hydrogen" });
    fireEvent.change(screen.getByRole("combobox", { name: "Topic" }), { target: { value: "topic-hydrogen" } });
    fireEvent.click(screen.getByRole("button", { name: "Find partners" }));
    const state = {
      ...NO_ANALYSIS,
      tab: "partners" as const,
      seeker: "cluster-aerospace",
      filterKind: "topic" as const,
      filterValue: "topic-hydrogen",
    };
    expect(onChange).toHaveBeenCalledWith(state);
    rerender(<PartnerFinder lang="en" state={state} clusters={clusters} onChange={onChange} />);
    const results = await screen.findByTestId("partner-results");
    expect(results.textContent).toContain("Lombardy Mobility Cluster takes part in SHINE, which addresses Hydrogen");
    expect(api.calls("Partners")).toEqual([{ forId: "cluster-aerospace", topic: "topic-hydrogen", language: "en" }]);
    fireEvent.click(within(results).getByRole("button", { name: "Lombardy Mobility Cluster" }));
    expect(onChange).toHaveBeenLastCalledWith({ ...state, candidate: "cluster-mobility" });
  });

  it("says next to the field what is missing, rather than searching for someone", async () => {
    const api = stubGraphQL({ PartnerFilterChoices: { topics: [], pnrrComponents: [], s3Ecosystems: [] } });
    const onChange = vi.fn();
    render(
      <PartnerFinder lang="it" state={{ ...NO_ANALYSIS, tab: "partners" }} clusters={clusters} onChange={onChange} />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Trova partner" }));
    const seeker = screen.getByRole("combobox", { name: "Chi cerca partner" });
    expect(seeker.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(seeker.getAttribute("aria-describedby") ?? "")?.textContent).toBe(
      "Scegli chi cerca partner.",
    );
    expect(onChange).not.toHaveBeenCalled();
    expect(api.calls("Partners")).toEqual([]);
  });

  it("shows the search in the URL when the URL changes (Back)", async () => {
    stubGraphQL({
      PartnerFilterChoices: { topics: [], pnrrComponents: [], s3Ecosystems: [] },
      Partners: { partnerSuggestions: [] },
    });
    const props = { lang: "en" as const, clusters, onChange: vi.fn() };
    const { rerender } = render(
      <PartnerFinder {...props} state={{ ...NO_ANALYSIS, tab: "partners", seeker: "cluster-mobility" }} />,
    );
    const seeker = () => screen.getByRole("combobox", { name: "Looking for partners" }) as HTMLSelectElement;
    expect(seeker().value).toBe("cluster-mobility");
    rerender(<PartnerFinder {...props} state={{ ...NO_ANALYSIS, tab: "partners", seeker: "cluster-aerospace" }} />);
    expect(seeker().value).toBe("cluster-aerospace");
  });
});
