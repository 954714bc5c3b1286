import { describe, expect, it } from "vitest";
import { pathReason, pnrrReason, sharedReason } from "./partner-reasons";

describe("partner reasons", () => {
  it("says what both sides share", () => {
    expect(sharedReason({ kind: "Network", name: "Vanguard Initiative Hydrogen Table" })).toBe(
      "both are in the network Vanguard Initiative Hydrogen Table",
    );
    expect(sharedReason({ kind: "Project", name: "SYSCHEMIQ" })).toBe("both take part in the project SYSCHEMIQ");
  });
  it("reads a path to the topic asked for, in the direction of each link", () => {
    expect(
      pathReason({
        names: ["Lombardy Mobility Cluster", "SHINE", "Hydrogen"],
        types: ["PARTICIPATES_IN", "ADDRESSES"],
        forward: [true, true],
      }),
    ).toBe("Lombardy Mobility Cluster takes part in SHINE, which addresses Hydrogen");
    expect(
      pathReason({
        names: ["H2IT", "HERE Network", "Hydrogen"],
        types: ["IN_NETWORK", "ADDRESSES"],
        forward: [true, true],
      }),
    ).toBe("H2IT is in HERE Network, which addresses Hydrogen");
    expect(
      pathReason({ names: ["Lombardy Energy Cleantech Cluster", "Hydrogen"], types: ["ADDRESSES"], forward: [true] }),
    ).toBe("Lombardy Energy Cleantech Cluster addresses Hydrogen");
  });

  it("says the same in Italian", () => {
    expect(sharedReason({ kind: "Project", name: "SYSCHEMIQ" }, "it")).toBe(
      "entrambi partecipano al progetto SYSCHEMIQ",
    );
    expect(
      pathReason(
        {
          names: ["Lombardy Mobility Cluster", "SHINE", "Hydrogen"],
          types: ["PARTICIPATES_IN", "ADDRESSES"],
          forward: [true, true],
        },
        "it",
      ),
    ).toBe("Lombardy Mobility Cluster partecipa a SHINE, che tratta Hydrogen");
  });
});

describe("PNRR reasons", () => {
  it("say what a candidate implements, where, and for how much, in both languages", () => {
    const group = { component: "M4C2", province: "Milano", projects: 12, funding: 40_100_000 };
    expect(pnrrReason(group)).toBe("implements 12 PNRR projects under M4C2 in Milano, EUR 40.1 M");
    expect(pnrrReason(group, "it")).toBe("attua 12 progetti PNRR della M4C2 a Milano, 40,1 mln €");
    expect(pnrrReason({ ...group, projects: 1, province: null, funding: 250_000 })).toBe(
      "implements 1 PNRR project under M4C2, EUR 250,000",
    );
  });
});
