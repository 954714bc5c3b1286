import { describe, expect, it } from "vitest";
import type { NeighbourhoodRequest } from "../explorer/use-explorer-data";
import { summary } from "../test-support/graphql-stub";
import { expandedTotal, focusSummary } from "./view-summaries";

const node = (id: string, name = id) => summary(id, "Organization", name);
const request = (id: string, limit: number): NeighbourhoodRequest => ({
  key: `${id}|*|1|${limit}`,
  id,
  relationshipType: null,
  depth: 1,
  limit,
});

describe("what the view says of a focus and of an expansion", () => {
  it("counts a focus's neighbours without the focused node, once each, of the total", () => {
    const page = { nodes: [node("a", "Alpha"), node("b"), node("c"), node("b")], edges: [], total: 40 };
    const summary = focusSummary({ focus: { id: "a", depth: 2 } }, [request("a", 25)], [page], "en");
    expect(summary).toEqual({ depth: 2, name: "Alpha", shown: 2, total: 40, limit: 25 });
    expect(focusSummary({ focus: null }, [], [], "en")).toBeNull();
    // Until the page holds the focused node there is nothing to say.
    expect(focusSummary({ focus: { id: "z", depth: 1 } }, [request("z", 25)], [page], "en")).toBeNull();
  });

  it("says how many of the selected node's neighbours are in view, never more than there are", () => {
    const view = { selected: "a", expanded: [{ id: "a", relationshipType: null, limit: 100 }] };
    const totals = new Map([["a|*|1|100", 73]]);
    expect(expandedTotal(view, [request("a", 100)], totals)).toEqual({ loaded: 73, total: 73, limit: 100 });
    expect(expandedTotal({ ...view, selected: "b" }, [request("a", 100)], totals)).toBeNull();
  });
});
