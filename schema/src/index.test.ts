import { describe, expect, it } from "vitest";
import { databaseSchemaStatements, readNodeTypes } from "./index";

const CONTRACT_TYPES = [
  "Cluster",
  "Organization",
  "Person",
  "Project",
  "Programme",
  "Network",
  "S3Ecosystem",
  "PnrrMission",
  "PnrrComponent",
  "Event",
  "Region",
  "Topic",
  "Source",
];

describe("the model", () => {
  const types = readNodeTypes();
  const byLabel = new Map(types.map((t) => [t.label, t]));

  it("has every contract type of design.md", () => {
    for (const label of CONTRACT_TYPES) expect(byLabel.has(label), label).toBe(true);
  });

  it("has the contract fields of Cluster", () => {
    const cluster = byLabel.get("Cluster");
    const fields = [...(cluster?.properties.keys() ?? []), ...(cluster?.relationships.map((r) => r.field) ?? [])];
    expect(fields).toEqual(
      expect.arrayContaining([
        "id",
        "name",
        "shortName",
        "website",
        "memberCount",
        "companyCount",
        "researchOrgCount",
        "otherEntityCount",
        "ecosystems",
        "pnrrComponents",
        "projects",
        "networks",
        "members",
      ]),
    );
  });

  it("declares every relationship from both ends", () => {
    for (const type of types) {
      for (const rel of type.relationships) {
        if (rel.type === "STATED_IN") continue; // sources are evidence, not navigable back
        const back = byLabel
          .get(rel.target)
          ?.relationships.find((r) => r.type === rel.type && r.target === type.label && r.direction !== rel.direction);
        expect(back, `${type.label}.${rel.field} (${rel.type}) has no field back on ${rel.target}`).toBeDefined();
      }
    }
  });
});

describe("databaseSchemaStatements", () => {
  const statements = databaseSchemaStatements();
  it("makes one idempotent uniqueness constraint on id per node type", () => {
    const constraints = statements.filter((s) => s.startsWith("CREATE CONSTRAINT"));
    expect(constraints).toHaveLength(readNodeTypes().length + 1);
    expect(constraints).toContain("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE");
    expect(constraints).toContain("CREATE CONSTRAINT cluster_id IF NOT EXISTS FOR (n:Cluster) REQUIRE n.id IS UNIQUE");
  });
  it("makes one accent-insensitive fulltext index over names, short names, acronyms and titles", () => {
    const fulltext = statements.find((s) => s.startsWith("CREATE FULLTEXT INDEX")) ?? "";
    expect(fulltext).toContain("standard-folding");
    for (const p of ["n.name", "n.shortName", "n.acronym", "n.title"]) expect(fulltext).toContain(p);
    expect(fulltext).toMatch(/FOR \(n:[\w|]*\bProject\b[\w|]*\)/);
  });
});
