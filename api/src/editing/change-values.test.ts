import { describe, expect, it } from "vitest";
import { declaredRoles } from "../auth/permissions";
import { exportText, type GraphExport } from "../export/graph-export";
import { canonical } from "@lombardy-kg/write";
import { describedSourceId, withEvidence } from "./evidence";

describe("what edits compare and keep", () => {
  it("compares property maps regardless of key order and absent values", () => {
    expect(canonical({ b: 1, a: "x", c: null })).toBe(canonical({ a: "x", b: 1 }));
    expect(canonical({ a: [1, 2] })).not.toBe(canonical({ a: [2, 1] }));
    expect(canonical(null)).toBe("null");
  });

  it("adds a source and quote to evidence once", () => {
    const once = withEvidence({ sourceIds: ["s1"], quotes: ["q1"], role: "partner" }, "s2", "q2");
    expect(once).toEqual({ sourceIds: ["s1", "s2"], quotes: ["q1", "q2"], role: "partner" });
    expect(withEvidence(once, "s2", "q2")).toEqual(once);
  });

  it("gives a described source the same id each time", () => {
    expect(describedSourceId("Soci 2026", "LE2C")).toBe(describedSourceId("Soci 2026", "LE2C"));
    expect(describedSourceId("Soci 2026", "LE2C")).toMatch(/^src-user-soci-2026-[0-9a-f]{8}$/);
    expect(describedSourceId("Soci 2026", "LE2C")).not.toBe(describedSourceId("Soci 2026", "LAC"));
  });

  it("reads the role each Mutation field declares in the SDL", () => {
    const roles = declaredRoles();
    expect(roles.get("Mutation.addMember")).toBe("editor");
    expect(roles.get("Mutation.undoChangeSet")).toBe("admin");
    expect(roles.has("Mutation.login")).toBe(false);
  });

  it("writes GraphML with escaped text, typed keys and lists as JSON", async () => {
    const xml = await exportText("graphml", {
      format: "lombardy-kg/graph",
      version: 1,
      exportedAt: "2026-11-24T00:00:00Z",
      scope: "all",
      nodes: [
        {
          id: "a",
          label: "Organization",
          properties: { id: "a", name: "R&D <Lab>", founded: 2001 },
          integers: ["founded"],
        },
        { id: "b", label: "Cluster", properties: { id: "b", name: "B", aims: ["x", "y"] }, integers: [] },
      ],
      relationships: [{ from: "a", type: "MEMBER_OF", to: "b", properties: { quotes: ["q"] }, integers: [] }],
    });
    expect(xml).toContain('<data key="label">R&amp;D &lt;Lab&gt;</data>');
    expect(xml).toContain('<key id="n_founded" for="node" attr.name="founded" attr.type="long"/>');
    expect(xml).toContain('<data key="n_aims">[&quot;x&quot;,&quot;y&quot;]</data>');
    expect(xml).toContain('<edge id="e0" source="a" target="b">');
  });

  it("types each key from all its values, and writes a graph of 40,000 nodes and 40,000 links whole", async () => {
    const n = 40_000;
    const nodes = Array.from({ length: n }, (_, i) => ({
      id: `n${i}`,
      label: "Project",
      // A key whose values are whole numbers but one, and one that mixes numbers and text.
      properties: { id: `n${i}`, name: `P${i}`, funding: i === 7 ? 1.5 : i, code: i % 2 ? i : `c${i}` },
      integers: [],
    }));
    const relationships = Array.from({ length: n }, (_, i) => ({
      from: `n${i}`,
      type: "PART_OF",
      to: `n${(i + 1) % n}`,
      properties: { derived: true },
      integers: [],
    }));
    const xml = await exportText("graphml", {
      format: "lombardy-kg/graph",
      version: 1,
      exportedAt: "",
      scope: "all",
      nodes,
      relationships,
    });
    expect(xml).toContain('<key id="n_funding" for="node" attr.name="funding" attr.type="double"/>');
    expect(xml).toContain('<key id="n_code" for="node" attr.name="code" attr.type="string"/>');
    expect(xml).toContain('<key id="e_derived" for="edge" attr.name="derived" attr.type="boolean"/>');
    expect(xml.match(/<node /g)).toHaveLength(n);
    expect(xml.match(/<edge /g)).toHaveLength(n);
  });

  it("neutralises text a spreadsheet would run as a formula in both CSV tables", async () => {
    const g: GraphExport = {
      format: "lombardy-kg/graph",
      version: 1,
      exportedAt: "",
      scope: "all",
      nodes: [{ id: "a", label: "Organization", properties: { id: "a", name: "=cmd|' /C calc'!A0" }, integers: [] }],
      relationships: [{ from: "a", type: "MEMBER_OF", to: "@b", properties: {}, integers: [] }],
    };
    expect((await exportText("nodes.csv", g)).split("\r\n")[1]).toBe(
      `a,'=cmd|' /C calc'!A0,Organization,"{""id"":""a"",""name"":""=cmd|' /C calc'!A0""}"`,
    );
    expect((await exportText("relationships.csv", g)).split("\r\n")[1]).toBe("a,'@b,Directed,MEMBER_OF,{}");
  });
});
