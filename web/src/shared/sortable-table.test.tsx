import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { SortableTable } from "./sortable-table";

const rows = [
  { id: "a", name: "Beta", count: 2 },
  { id: "b", name: "Alpha", count: null },
  { id: "c", name: "Gamma", count: 10 },
];

describe("a sortable table", () => {
  it("sorts by a header, reverses on a second click, and keeps unknown values last", () => {
    render(
      <SortableTable
        lang="en"
        caption="Members"
        rows={rows}
        rowKey={(r) => r.id}
        csvName="members.csv"
        columns={[
          { key: "name", label: "Name", value: (r) => r.name },
          { key: "count", label: "Count", value: (r) => r.count },
        ]}
      />,
    );
    const names = () =>
      screen
        .getAllByRole("row")
        .slice(1)
        .map((r) => r.firstElementChild?.textContent);
    expect(names()).toEqual(["Beta", "Alpha", "Gamma"]);
    fireEvent.click(screen.getByRole("button", { name: "Count" }));
    expect(names()).toEqual(["Beta", "Gamma", "Alpha"]);
    expect(screen.getByRole("columnheader", { name: "Count" }).getAttribute("aria-sort")).toBe("ascending");
    fireEvent.click(screen.getByRole("button", { name: "Count" }));
    expect(names()).toEqual(["Gamma", "Beta", "Alpha"]);
    fireEvent.click(screen.getByRole("button", { name: "Name" }));
    expect(names()).toEqual(["Alpha", "Beta", "Gamma"]);
  });
});
