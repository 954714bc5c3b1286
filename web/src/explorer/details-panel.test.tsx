import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { link, quote, stubGraphQL, summary } from "../test-support/graphql-stub";
import { DetailsPanel } from "./details-panel";

const entity = {
  entity: {
    entity: summary("cluster-living-environments", "Cluster", "Lombardy Cluster for Living Environments", {
      nameIt: "Cluster Lombardo Tecnologie per gli Ambienti di Vita",
    }),
    properties: [{ key: "memberCount", value: "57" }],
    inferred: ["nameIt: our translation"],
    evidence: [quote("NUMBER OF MEMBERS 57")],
    disagreements: [
      {
        id: "dis-pnrr-m6-numbering",
        topic: "Numbering of PNRR Mission 6 components",
        kind: "numbering",
        description: "The two sections number the components differently.",
        evidence: [quote("M6C1"), quote("M6C2")],
      },
    ],
    neighbourCounts: [{ type: "IN_ECOSYSTEM", direction: "OUT", count: 2 }],
  },
};

const graph = {
  nodes: [
    summary("cluster-living-environments", "Cluster", "Living Environments"),
    summary("s3-health", "S3Ecosystem", "Health"),
  ],
  edges: [
    link("cluster-living-environments", "s3-health", "IN_ECOSYSTEM", {
      role: "reference ecosystem",
      evidence: [quote("Health and life sciences")],
    }),
    link("cluster-living-environments", "topic-digital-health", "ADDRESSES", {
      inferred: "the pilot's name read as digital health",
      evidence: [quote("Vanguard Initiative Smart Health Pilot")],
    }),
  ],
};

function renderPanel(overrides: Partial<Parameters<typeof DetailsPanel>[0]> = {}) {
  const handlers = {
    onExpand: vi.fn(),
    onShowMore: vi.fn(),
    onCollapse: vi.fn(),
    onHide: vi.fn(),
    onTogglePin: vi.fn(),
    onFocus: vi.fn(),
    onSelect: vi.fn(),
    onClose: vi.fn(),
  };
  render(
    <DetailsPanel
      id="cluster-living-environments"
      lang="en"
      graph={graph}
      pinned={false}
      expandedTotal={null}
      {...handlers}
      {...overrides}
    />,
  );
  return handlers;
}

describe("the details panel", () => {
  it("shows the node's sources with quotes, its disagreement marked, and its links with their quotes", async () => {
    stubGraphQL({ Entity: entity });
    const handlers = renderPanel();
    const disagreement = await screen.findByText("Numbering of PNRR Mission 6 components");
    expect(disagreement.closest("[data-disagreement]")?.getAttribute("data-disagreement")).toBe(
      "dis-pnrr-m6-numbering",
    );
    expect(screen.getByText("“Number of members 57”")).toBeTruthy();
    // The source by title, publisher and date; its file name only as a detail.
    expect(screen.getByText("“Number of members 57”").closest("blockquote")?.querySelector("footer")?.textContent).toBe(
      "from Lombardy Technology Clusters, Regione Lombardia and Confindustria Lombardia, 2024 · 004_a87dbb28fe92c1c0.txt",
    );
    const link = document.querySelector(
      '[data-link="cluster-living-environments|IN_ECOSYSTEM|s3-health"]',
    ) as HTMLElement;
    expect(within(link).getByText("“Health and life sciences”")).toBeTruthy();
    fireEvent.click(within(link).getByRole("button", { name: "Health" }));
    expect(handlers.onSelect).toHaveBeenCalledWith("s3-health");
    fireEvent.click(screen.getByRole("button", { name: /in S3 ecosystem → \(2\)/ }));
    expect(handlers.onExpand).toHaveBeenCalledWith("IN_ECOSYSTEM");
  });

  it("sets apart what is ours: an inferred link with how, and the node's fields we set", async () => {
    stubGraphQL({ Entity: entity });
    renderPanel();
    const ours = await screen.findByRole("region", { name: "What we set ourselves" });
    expect(within(ours).getByRole("listitem").textContent).toBe("Italian name: our translation");
    const inferredLink = document.querySelector(
      '[data-link="cluster-living-environments|ADDRESSES|topic-digital-health"]',
    ) as HTMLElement;
    expect(inferredLink.querySelector(".ours")?.textContent).toBe(
      "Ours, not a source's: the pilot's name read as digital health",
    );
    const stated = document.querySelector('[data-link="cluster-living-environments|IN_ECOSYSTEM|s3-health"]');
    expect(stated?.querySelector(".ours")).toBeNull();
  });

  it("says what a figure is about, as its source names it", async () => {
    stubGraphQL({
      Entity: {
        entity: {
          entity: summary("fig-aero-employees-en", "Figure", "employees"),
          properties: [
            { key: "subject", value: "the Lombardian aerospace system" },
            { key: "value", value: "19300" },
          ],
          inferred: [],
          evidence: [quote("more than 220 companies for around 19,300 employees")],
          disagreements: [],
          neighbourCounts: [],
        },
      },
    });
    renderPanel({ id: "fig-aero-employees-en", graph: { nodes: [], edges: [] } });
    expect((await screen.findByTestId("figure-subject")).textContent).toBe(
      "A figure about the Lombardian aerospace system, as its source names it",
    );
  });

  it("names the node in Italian where a source gives the name", async () => {
    stubGraphQL({ Entity: entity });
    renderPanel({ lang: "it" });
    expect(
      await screen.findByRole("heading", { name: "Cluster Lombardo Tecnologie per gli Ambienti di Vita" }),
    ).toBeTruthy();
  });

  it("says when the API failed, and Retry asks again and shows the answer", async () => {
    const api = stubGraphQL({ Entity: new Error("The database did not answer; try again shortly.") });
    renderPanel();
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("The database is not answering");
    api.answer("Entity", entity);
    fireEvent.click(within(alert).getByRole("button", { name: "Retry" }));
    expect(await screen.findByText("Numbering of PNRR Mission 6 components")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
    // A database that does not answer is tried once more on its own before the alert, then once on Retry.
    expect(api.calls("Entity")).toHaveLength(3);
  });

  it("offers the next page of a large neighbourhood: show N more", async () => {
    stubGraphQL({ Entity: entity });
    const handlers = renderPanel({ expandedTotal: { loaded: 50, total: 73 } });
    fireEvent.click(await screen.findByRole("button", { name: "Show 23 more" }));
    expect(handlers.onShowMore).toHaveBeenCalledOnce();
  });

  it("offers no more when all neighbours are shown", async () => {
    stubGraphQL({ Entity: entity });
    renderPanel({ expandedTotal: { loaded: 73, total: 73 } });
    await screen.findByText("Numbering of PNRR Mission 6 components");
    expect(screen.queryByRole("button", { name: /Show \d+ more/ })).toBeNull();
  });

  it("reads properties and link roles in Italian, the model's own words on hover", async () => {
    stubGraphQL({ Entity: entity });
    renderPanel({ lang: "it" });
    const members = await screen.findByText("Soci");
    expect(members.tagName).toBe("DT");
    expect(members.getAttribute("title")).toBe("memberCount");
    const role = document.querySelector(
      '[data-link="cluster-living-environments|IN_ECOSYSTEM|s3-health"] .link-role',
    ) as HTMLElement;
    expect(role.textContent).toBe(" · ecosistema di riferimento");
    expect(role.getAttribute("title")).toBe("reference ecosystem");
  });
});
