import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { stubGraphQL, summary } from "../test-support/graphql-stub";
import { SearchBox } from "./search-box";

const hits = [
  { ...summary("prj-syschemiq", "Project", "SYSCHEMIQ"), score: 3 },
  { ...summary("cluster-energy", "Cluster", "Lombardy Energy Cleantech Cluster", { shortName: "LE2C" }), score: 1 },
  { ...summary("prj-shine", "Project", "SHINE"), score: 0.5 },
].map(({ id, type, name, nameIt, shortName }) => ({ id, type, name, nameIt, shortName, match: "all" }));

describe("the search box", () => {
  it("suggests as you type, once typing pauses, and picks with the keyboard", async () => {
    const api = stubGraphQL({ Search: { search: hits } });
    const onPick = vi.fn();
    render(<SearchBox lang="en" onPick={onPick} />);
    const input = screen.getByRole("combobox");
    fireEvent.change(input, { target: { value: "s" } });
    fireEvent.change(input, { target: { value: "sys" } });
    const options = await screen.findAllByRole("option");
    // Grouped by type, the groups in the order of their best hit.
    expect(screen.getAllByRole("group").map((g) => g.getAttribute("aria-label"))).toEqual(["Project", "Cluster"]);
    expect(options.map((o) => o.textContent)).toEqual([
      "SYSCHEMIQ",
      "SHINE",
      "Lombardy Energy Cleantech Cluster (LE2C)",
    ]);
    expect(api.calls("Search")).toEqual([{ text: "sys" }]); // one request for the pause, none for "s"
    expect(options[0]?.getAttribute("aria-selected")).toBe("true");
    fireEvent.keyDown(input, { key: "ArrowDown" });
    fireEvent.keyDown(input, { key: "ArrowDown" });
    expect(screen.getAllByRole("option")[2]?.getAttribute("aria-selected")).toBe("true");
    fireEvent.keyDown(input, { key: "Enter" });
    expect(onPick).toHaveBeenCalledWith(hits[1]);
    expect((input as HTMLInputElement).value).toBe("");
  });

  it("says there is no match, and says so when the API fails rather than showing nothing", async () => {
    const api = stubGraphQL({ Search: { search: [] } });
    render(<SearchBox lang="en" onPick={vi.fn()} />);
    const input = screen.getByRole("combobox");
    fireEvent.change(input, { target: { value: "unicorns" } });
    await screen.findByText("No match");
    expect(screen.getByRole("listbox").textContent).toBe("No match");
    api.answer("Search", new Error("The API could not be reached"));
    fireEvent.change(input, { target: { value: "unicorns and" } });
    expect((await screen.findByRole("alert")).textContent).toContain("The database is not answering");
  });

  it("says when the hits match only some words, or only a similar spelling", async () => {
    stubGraphQL({ Search: { search: [{ ...hits[1], match: "similar" }] } });
    render(<SearchBox lang="it" onPick={vi.fn()} />);
    fireEvent.change(screen.getByRole("combobox"), { target: { value: "enrgy" } });
    expect((await screen.findByText("Nessun nome corrisponde: nomi simili")).className).toBe("search-note");
  });
});
