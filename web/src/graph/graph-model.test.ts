import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { edgesCsv, nodesCsv } from "./graph-export";
import { csv } from "../shared/download";
import { applyFilters, countByType, mergeGraphs, nodeLabel, type Graph, type GraphNode } from "./graph-model";
import { link, summary } from "../test-support/graphql-stub";
import { columnPositions, STYLESHEET, toElements } from "./graph-style";

const node = (id: string, type: string, extra: Partial<GraphNode> = {}): GraphNode => summary(id, type, id, extra);
const edge = (from: string, to: string, type = "IN_ECOSYSTEM") => link(from, to, type);

const graph: Graph = {
  nodes: [
    node("c-energy", "Cluster", { ecosystems: ["eco-s"], missions: [2, 4], shortName: "LE2C" }),
    node("c-life", "Cluster", { ecosystems: ["eco-h"], missions: [6], nameIt: "Cluster lombardo scienze della vita" }),
    node("eco-s", "S3Ecosystem", { ecosystems: ["eco-s"], missions: [2, 4] }),
    node("eco-h", "S3Ecosystem", { ecosystems: ["eco-h"], missions: [6] }),
    node("m2", "PnrrMission", { missions: [2], name: "Green revolution" }),
    node("p", "Project", { years: [2022, 2023], missions: [2] }),
  ],
  edges: [
    edge("c-energy", "eco-s"),
    edge("c-life", "eco-h"),
    edge("c-energy", "m2", "CONTRIBUTES_TO_MISSION"),
    edge("c-energy", "p", "PARTICIPATES_IN"),
  ],
};

describe("filters", () => {
  it("keeps what belongs to PNRR Mission 2 and the links among it, with counts that follow", () => {
    const filtered = applyFilters(graph, { hiddenTypes: [], ecosystem: null, mission: 2, programme: null, year: null });
    expect(filtered.nodes.map((n) => n.id)).toEqual(["c-energy", "eco-s", "m2", "p"]);
    expect(filtered.edges.map((e) => e.id)).toEqual([
      "c-energy|IN_ECOSYSTEM|eco-s",
      "c-energy|CONTRIBUTES_TO_MISSION|m2",
      "c-energy|PARTICIPATES_IN|p",
    ]);
    expect([...countByType(filtered.nodes)]).toEqual([
      ["Cluster", 1],
      ["PnrrMission", 1],
      ["Project", 1],
      ["S3Ecosystem", 1],
    ]);
  });
  it("hides types, and narrows dated nodes to a year while undated ones stay", () => {
    const byType = applyFilters(graph, {
      hiddenTypes: ["S3Ecosystem"],
      ecosystem: null,
      mission: null,
      programme: null,
      year: null,
    });
    expect(byType.nodes.some((n) => n.type === "S3Ecosystem")).toBe(false);
    const byYear = applyFilters(graph, {
      hiddenTypes: [],
      ecosystem: null,
      mission: null,
      programme: null,
      year: 2030,
    });
    expect(byYear.nodes.map((n) => n.id)).not.toContain("p");
    expect(byYear.nodes).toHaveLength(5);
  });
});

describe("graph elements", () => {
  it("merges by id without duplicates", () => {
    const merged = mergeGraphs([
      graph,
      { nodes: [node("c-energy", "Cluster"), node("x", "Topic")], edges: [edge("c-energy", "eco-s")] },
    ]);
    expect(merged.nodes.map((n) => n.id)).toEqual([...graph.nodes.map((n) => n.id), "x"]);
    expect(merged.edges).toHaveLength(graph.edges.length);
  });
  it("labels in the chosen language", () => {
    expect(nodeLabel(graph.nodes[1]!, "it")).toBe("Cluster lombardo scienze della vita");
    expect(nodeLabel(graph.nodes[0]!, "en")).toBe("LE2C");
    expect(nodeLabel(graph.nodes[4]!, "en")).toBe("M2 Green revolution");
  });
  it("maps to Cytoscape elements a headless instance accepts, with the stylesheet", () => {
    const cy = cytoscape({ headless: true, elements: toElements(graph, "en"), style: STYLESHEET });
    expect(cy.nodes()).toHaveLength(6);
    expect(cy.edges()).toHaveLength(4);
    expect(cy.getElementById("c-energy").data("shape")).toBe("ellipse");
    cy.destroy();
  });
  it("lays the start view out the same way every time, in three columns", () => {
    const first = columnPositions(graph.nodes, "en");
    const again = columnPositions([...graph.nodes].reverse(), "en");
    expect(again).toEqual(first);
    expect(first["eco-s"]?.x).toBe(0);
    expect(first["c-energy"]?.x).toBe(340);
    expect(first["m2"]?.x).toBe(680);
  });
});

describe("export", () => {
  it("writes CSV with quoting where needed", () => {
    const g: Graph = {
      nodes: [node("a", "Cluster", { name: 'Cluster "A", Milano' })],
      edges: [
        {
          ...edge("a", "b"),
          role: "leader",
          evidence: [
            {
              sourceId: "s",
              sourceTitle: "Report",
              sourcePublisher: null,
              sourceUrl: null,
              sourceReference: "doc.txt",
              sourceDate: null,
              sourceLanguage: null,
              quote: "a, b",
            },
          ],
        },
      ],
    };
    expect(nodesCsv(g, "en")).toBe('id,type,name,nameIt,shortName\r\na,Cluster,"Cluster ""A"", Milano",,\r\n');
    // Semicolons on request: a cell with one is quoted, a comma is plain text then.
    expect(csv(["a", "b"], [["x;y", "1,5"]], ";")).toBe('a;b\r\n"x;y";1,5\r\n');
    // Both ends named (b is not drawn: no name), sources by title and by file.
    expect(edgesCsv(g, "en")).toBe(
      "id,type,from,fromName,to,toName,role,period,inferred,sources,sourceFiles,quotes\r\n" +
        'a|IN_ECOSYSTEM|b,IN_ECOSYSTEM,a,"Cluster ""A"", Milano",b,,leader,,,Report,doc.txt,"a, b"\r\n',
    );
  });
});
