import { describe, expect, it } from "vitest";
import { readEnums, readNodeTypes, readRelationshipProperties } from "@lombardy-kg/schema";
import type { SeedFile } from "./seed-data";
import { formatProblem, normalizeText, validateSeed } from "./validate-seed";

const model = { nodeTypes: readNodeTypes(), relationshipProperties: readRelationshipProperties(), enums: readEnums() };
const source = { type: "Source", id: "src-doc", properties: { title: "A document", reference: "doc.txt" } };
const cluster = (id: string, quote = "the Lombardia Aerospace Cluster") => ({
  type: "Cluster",
  id,
  properties: { name: "Lombardia Aerospace Cluster", memberCount: 114 },
  evidence: [{ source: "src-doc", quote }],
});
const ecosystem = {
  type: "S3Ecosystem",
  id: "eco",
  properties: { name: "S3" },
  evidence: [{ source: "src-doc", quote: "S3" }],
};
const inEcosystem = { type: "IN_ECOSYSTEM", from: "c1", to: "eco", evidence: [{ source: "src-doc", quote: "S3" }] };
const texts = new Map([["doc.txt", normalizeText("About  the Lombardia\nAerospace Cluster and **S3** Net")]]);

function problems(files: SeedFile[], withTexts = true): string[] {
  return validateSeed(files, model, withTexts ? texts : undefined).problems.map(formatProblem);
}

describe("validateSeed", () => {
  it("accepts well-formed data whose quotes occur in the documents, however they wrap", () => {
    const result = validateSeed(
      [{ file: "a.json", nodes: [source, cluster("c1"), ecosystem], relationships: [inEcosystem] }],
      model,
      texts,
    );
    expect(result.problems).toEqual([]);
    expect(result.quoteCheck).toBe("done");
    expect(result.typeOfId.get("c1")).toBe("Cluster");
  });

  it("names file, entry and field for each problem", () => {
    const files: SeedFile[] = [
      { file: "sources.json", nodes: [source], relationships: [] },
      {
        file: "clusters.json",
        nodes: [
          cluster("c1"),
          cluster("c1"),
          {
            type: "Cluster",
            id: "c2",
            properties: { name: "Two", memberCount: "many" as unknown as number, colour: "red" },
          },
          { type: "Starship", id: "s1", properties: {} },
          cluster("c3", "a sentence no document contains"),
        ],
        relationships: [
          { type: "IN_ECOSYSTEM", from: "c1", to: "eco-missing", evidence: [{ source: "src-doc", quote: "S3" }] },
          { type: "MEMBER_OF", from: "c1", to: "c3", evidence: [{ source: "src-doc", quote: "S3" }] },
          { type: "IN_NETWORK", from: "c1", to: "c3", evidence: [] },
          {
            type: "IN_ECOSYSTEM",
            from: "c3",
            to: "c1",
            evidence: [{ source: "src-doc", quote: "S3" }],
            properties: { role: 7, mood: "happy" },
          },
        ],
      },
    ];
    expect(problems(files)).toEqual(
      expect.arrayContaining([
        "clusters.json: node c1: id: duplicate id, first defined in clusters.json",
        'clusters.json: node c2: properties.memberCount: must be Int, got "many"',
        "clusters.json: node c2: properties.colour: Cluster has no property 'colour'",
        "clusters.json: node c2: evidence: a node needs at least one source with a quote",
        "clusters.json: node s1: type: unknown node type 'Starship'",
        'clusters.json: node c3: evidence[0].quote: quote not found in doc.txt: "a sentence no document contains"',
        "clusters.json: relationship c1 -[IN_ECOSYSTEM]-> eco-missing: to: unknown id 'eco-missing'",
        "clusters.json: relationship c1 -[MEMBER_OF]-> c3: type: the model has no MEMBER_OF relationship from Cluster to Cluster",
        "clusters.json: relationship c1 -[IN_NETWORK]-> c3: evidence: a relationship needs at least one source with a quote",
        "clusters.json: relationship c3 -[IN_ECOSYSTEM]-> c1: properties.role: must be String, got 7",
        "clusters.json: relationship c3 -[IN_ECOSYSTEM]-> c1: properties.mood: a relationship has no property 'mood'",
      ]),
    );
  });

  it("names an unknown source and a missing quote", () => {
    const bad = {
      ...cluster("c1"),
      evidence: [
        { source: "src-nowhere", quote: "x" },
        { source: "src-doc", quote: " " },
      ],
    };
    expect(problems([{ file: "f.json", nodes: [source, bad], relationships: [] }])).toEqual([
      "f.json: node c1: evidence[0].source: unknown source 'src-nowhere'",
      "f.json: node c1: evidence[1].quote: missing quote",
    ]);
  });

  it("says the quote check was skipped when the documents are not given", () => {
    const result = validateSeed(
      [
        {
          file: "a.json",
          nodes: [source, cluster("c1", "anything Lombardia Aerospace Cluster"), ecosystem],
          relationships: [inEcosystem],
        },
      ],
      model,
    );
    expect(result.problems).toEqual([]);
    expect(result.quoteCheck).toBe("skipped");
  });

  it("accepts a link disputed by a Disagreement and names any other id given as its dispute", () => {
    const disagreement = {
      type: "Disagreement",
      id: "dis-copy",
      properties: { topic: "A copied line", kind: "duplicated text", description: "The line repeats another" },
      evidence: [{ source: "src-doc", quote: "S3" }],
    };
    const network = {
      type: "Network",
      id: "net-1",
      properties: { name: "S3 Net" },
      evidence: [{ source: "src-doc", quote: "S3 Net" }],
    };
    const concerns = {
      type: "CONCERNS",
      from: "dis-copy",
      to: "c1",
      evidence: [{ source: "src-doc", quote: "S3 Net" }],
    };
    const link = (disputedBy: unknown) => ({
      type: "IN_NETWORK",
      from: "c1",
      to: "net-1",
      properties: { disputedBy: disputedBy as string[] },
      evidence: [{ source: "src-doc", quote: "S3" }],
    });
    const files = (disputedBy: unknown): SeedFile[] => [
      {
        file: "a.json",
        nodes: [source, cluster("c1"), network, disagreement],
        relationships: [link(disputedBy), concerns],
      },
    ];
    expect(problems(files(["dis-copy"]))).toEqual([]);
    expect(problems(files(["c1", "dis-nope"]))).toEqual([
      "a.json: relationship c1 -[IN_NETWORK]-> net-1: properties.disputedBy: 'c1' is not the id of a Disagreement",
      "a.json: relationship c1 -[IN_NETWORK]-> net-1: properties.disputedBy: 'dis-nope' is not the id of a Disagreement",
    ]);
    expect(problems(files("dis-copy"))).toEqual([
      'a.json: relationship c1 -[IN_NETWORK]-> net-1: properties.disputedBy: must be a list of ID, got "dis-copy"',
    ]);
  });
});
