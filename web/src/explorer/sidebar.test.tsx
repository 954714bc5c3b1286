import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { NO_FILTERS } from "../graph/graph-model";
import { summary } from "../test-support/graphql-stub";
import { Sidebar } from "./sidebar";

const nodes = [
  summary("cluster-energy", "Cluster", "LE2C", { missions: [2], ecosystems: ["s3-sustainability"] }),
  summary("cluster-agrifood", "Cluster", "Agrifood", { missions: [2, 6] }),
  summary("s3-sustainability", "S3Ecosystem", "Sustainability"),
];
const graph = { nodes, edges: [] };
const options = {
  ecosystems: [{ id: "s3-sustainability", name: "Sustainability", nameIt: null }],
  missions: [
    { number: 2, name: "Green revolution", nameIt: "Rivoluzione verde" },
    { number: 6, name: "Health", nameIt: "Salute" },
  ],
  programmes: [],
};

function renderSidebar(visible = graph, filters = NO_FILTERS) {
  const props = {
    onFilters: vi.fn(),
    onLayout: vi.fn(),
    onShowHidden: vi.fn(),
    onStartView: vi.fn(),
    onExport: vi.fn(),
  };
  render(
    <Sidebar
      lang="en"
      unfiltered={graph}
      visible={visible}
      filters={filters}
      options={options}
      layout="columns"
      busy={false}
      hiddenCount={0}
      {...props}
    />,
  );
  return props;
}

describe("the sidebar", () => {
  it("counts what is visible of each type, and the legend hides a type", () => {
    const props = renderSidebar({ nodes: nodes.slice(0, 2), edges: [] });
    expect(screen.getByTestId("visible-count").textContent).toBe("2 / 3 visible");
    expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual(["Cluster2/2", "S3 ecosystem0/1"]);
    fireEvent.click(screen.getByRole("checkbox", { name: /Cluster/ }));
    expect(props.onFilters).toHaveBeenCalledWith({ ...NO_FILTERS, hiddenTypes: ["Cluster"] });
  });

  it("lists the missions with how many nodes each keeps, and filters by one", () => {
    const props = renderSidebar();
    const missions = screen.getByRole("combobox", { name: "PNRR mission" });
    expect([...missions.querySelectorAll("option")].map((o) => o.textContent)).toEqual([
      "Any",
      "M2 Green revolution (2)",
      "M6 Health (1)",
    ]);
    fireEvent.change(missions, { target: { value: "6" } });
    expect(props.onFilters).toHaveBeenCalledWith({ ...NO_FILTERS, mission: 6 });
  });

  it("counts each option with the other filters applied, and offers none that would empty the graph", () => {
    renderSidebar(graph, { ...NO_FILTERS, ecosystem: "s3-sustainability" });
    const missions = screen.getByRole("combobox", { name: "PNRR mission" });
    const labels = [...missions.querySelectorAll("option")].map((o) => [o.textContent, o.disabled]);
    // Within Sustainability only LE2C is in M2, and nothing is in M6.
    expect(labels).toEqual([
      ["Any", false],
      ["M2 Green revolution (1)", false],
      ["M6 Health (0)", true],
    ]);
  });

  it("counts a year by the nodes dated in it, and says the undated stay", () => {
    const dated = {
      nodes: [
        summary("prj-a", "Project", "A", { years: [2022] }),
        summary("prj-b", "Project", "B", { years: [2023] }),
        summary("cluster-energy", "Cluster", "LE2C"),
      ],
      edges: [],
    };
    render(
      <Sidebar
        lang="en"
        unfiltered={dated}
        visible={{ nodes: [dated.nodes[0]!, dated.nodes[2]!], edges: [] }}
        filters={{ ...NO_FILTERS, year: 2022 }}
        options={options}
        layout="columns"
        busy={false}
        hiddenCount={0}
        onFilters={vi.fn()}
        onLayout={vi.fn()}
        onShowHidden={vi.fn()}
        onStartView={vi.fn()}
        onExport={vi.fn()}
      />,
    );
    const years = screen.getByRole("combobox", { name: "Year" });
    expect([...years.querySelectorAll("option")].map((o) => o.textContent)).toEqual(["Any", "2022 (1)", "2023 (1)"]);
    expect(screen.getByTestId("undated-note").textContent).toBe("Nodes without a date stay shown: 1.");
  });
});
