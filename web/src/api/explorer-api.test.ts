import { afterEach, describe, expect, it, vi } from "vitest";
import { stubGraphQL, summary } from "../test-support/graphql-stub";
import { fetchNeighbourhood, NEIGHBOURHOOD_PAGE, search } from "./explorer-api";

afterEach(() => vi.unstubAllGlobals());

describe("fetchNeighbourhood", () => {
  it("asks in pages the API accepts until it has the limit or the total", async () => {
    const total = 260;
    const api = stubGraphQL({
      Neighbourhood: (v: Record<string, unknown>) => {
        const offset = Number(v.offset);
        const count = Math.max(0, Math.min(Number(v.limit), total - offset));
        return {
          neighbourhood: {
            total,
            center: summary("hub", "Network"),
            nodes: Array.from({ length: count }, (_, i) => summary(`n${offset + i}`, "Organization")),
            relationships: [],
          },
        };
      },
    });
    const page = await fetchNeighbourhood("hub", null, 1, 250);
    expect(api.calls("Neighbourhood").map((c) => [c.offset, c.limit])).toEqual([
      [0, NEIGHBOURHOOD_PAGE],
      [NEIGHBOURHOOD_PAGE, 50],
    ]);
    expect(page.total).toBe(total);
    expect(page.nodes.filter((n) => n.id !== "hub")).toHaveLength(250);

    const all = await fetchNeighbourhood("hub", "MEMBER_OF", 2, 1000);
    expect(
      api
        .calls("Neighbourhood")
        .slice(2)
        .map((c) => [c.offset, c.type, c.depth]),
    ).toEqual([
      [0, "MEMBER_OF", 2],
      [200, "MEMBER_OF", 2],
    ]);
    expect(all.nodes.filter((n) => n.id !== "hub")).toHaveLength(total);
  });
});

describe("the client's answers", () => {
  it("asks the API each time it is called: what is kept, and for how long, is the page's query cache's", async () => {
    const api = stubGraphQL({ Search: new Error("The database did not answer; try again shortly.") });
    await expect(search("energy")).rejects.toMatchObject({ code: "DATABASE_UNAVAILABLE" });
    api.answer("Search", { search: [] });
    expect(await search("energy")).toEqual([]);
    expect(await search("energy")).toEqual([]);
    expect(api.calls("Search")).toEqual([{ text: "energy" }, { text: "energy" }, { text: "energy" }]);
  });
});
