import { describe, expect, it } from "vitest";
import {
  effectiveLayout,
  INITIAL_VIEW,
  parseViewState,
  serializeViewState,
  withExpansion,
  type ViewState,
} from "./view-state";

describe("view state in the URL", () => {
  it("round-trips every part of a view", () => {
    const view: ViewState = {
      selected: "prj-syschemiq",
      expanded: [
        { id: "prj-syschemiq", relationshipType: null, limit: 50 },
        { id: "cluster-energy", relationshipType: "PARTICIPATES_IN", limit: 100 },
      ],
      hidden: ["topic-plastics"],
      pinned: ["cluster-energy"],
      focus: { id: "cluster-energy", depth: 2 },
      layout: "concentric",
      filters: {
        hiddenTypes: ["Topic", "Region"],
        ecosystem: "s3-sustainability",
        mission: 2,
        programme: "prog-horizon-europe",
        year: 2024,
      },
      lang: "it",
      table: true,
      about: true,
      editing: "history",
      clusterPage: ["cluster-energy", "cluster-aerospace"],
      analysis: {
        tab: "partners",
        pair: ["cluster-energy", "cluster-advanced-manufacturing"],
        seeker: "cluster-aerospace",
        filterKind: "topic",
        filterValue: "hydrogen",
        candidate: "cluster-mobility",
        from: "cluster-aerospace",
        to: "org-dap",
        avoidHubs: true,
        pnrrComponent: "M4C2",
        pnrrProvince: "Milano",
        pnrrCluster: "cluster-energy",
        pnrrProject: "pnrr-B43D21010780004",
      },
    };
    const query = serializeViewState(view);
    expect(parseViewState(query)).toEqual(view);
    expect(query).toContain("exp=prj-syschemiq%2Ccluster-energy%7EPARTICIPATES_IN%7E100");
  });

  it("writes nothing for the start view and reads an empty URL as the start view", () => {
    expect(serializeViewState(INITIAL_VIEW)).toBe("");
    expect(parseViewState("")).toEqual(INITIAL_VIEW);
  });

  it("ignores values it does not know rather than failing", () => {
    const view = parseViewState("?layout=spiral&mission=two&lang=fr&focus=x~9");
    expect(view.layout).toBeNull();
    expect(view.filters.mission).toBeNull();
    expect(view.lang).toBe("en");
    expect(view.focus).toEqual({ id: "x", depth: 1 });
  });

  it("lays the start view out in columns and anything expanded with fcose, unless chosen", () => {
    expect(effectiveLayout(INITIAL_VIEW)).toBe("columns");
    const expanded = withExpansion(INITIAL_VIEW, { id: "a", relationshipType: null, limit: 50 });
    expect(effectiveLayout(expanded)).toBe("fcose");
    expect(effectiveLayout({ ...expanded, layout: "breadthfirst" })).toBe("breadthfirst");
  });

  it("replaces an expansion of the same node and type, and un-hides the node", () => {
    let view = withExpansion({ ...INITIAL_VIEW, hidden: ["a"] }, { id: "a", relationshipType: null, limit: 50 });
    view = withExpansion(view, { id: "a", relationshipType: null, limit: 100 });
    expect(view.expanded).toEqual([{ id: "a", relationshipType: null, limit: 100 }]);
    expect(view.hidden).toEqual([]);
  });
});
