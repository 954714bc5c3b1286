import { describe, expect, it } from "vitest";
import { checkClaims } from "./claims";
import type { NodeEntry, RelationshipEntry, SeedFile } from "./seed-data";
import { formatProblem } from "./validate-seed";

const said = (quote: string) => [{ source: "src-doc", quote }];
const node = (type: string, id: string, properties: NodeEntry["properties"], quote: string): NodeEntry => ({
  type,
  id,
  properties,
  evidence: said(quote),
});
const link = (type: string, from: string, to: string, quote: string, properties = {}): RelationshipEntry => ({
  type,
  from,
  to,
  evidence: said(quote),
  properties,
});
const check = (nodes: NodeEntry[], relationships: RelationshipEntry[]) => {
  const files: SeedFile[] = [{ file: "f.yaml", nodes, relationships }];
  const result = checkClaims(files);
  return { problems: result.problems.map(formatProblem), reviews: result.reviews.map(formatProblem) };
};

const horizon = node("Programme", "prog-he", { name: "Horizon Europe" }, "Horizon Europe");
const agrifood = node("Cluster", "c-agri", { name: "Agrifood" }, "Agrifood");
const proposal = (stage: string) =>
  node("Project", "p-farm", { title: "Farm safety", stage }, `Farm safety: preparation of the project proposal`);

describe("what the quotes support", () => {
  it("refuses funding for a proposal: it applies to the call", () => {
    const rels = (type: string) => [
      link(type, "p-farm", "prog-he", "Farm safety, Horizon Europe"),
      link("PARTICIPATES_IN", "c-agri", "p-farm", "Agrifood: Farm safety"),
    ];
    expect(check([horizon, agrifood, proposal("PROPOSAL")], rels("FUNDED_BY")).problems).toEqual([
      "f.yaml: relationship p-farm -[FUNDED_BY]-> prog-he: type: a project at stage PROPOSAL is not funded: it APPLIES_TO the call",
    ]);
    expect(check([horizon, agrifood, proposal("PROPOSAL")], rels("APPLIES_TO")).problems).toEqual([]);
  });

  it("refuses a sector's or system's figure hung on a cluster", () => {
    const lac = node("Cluster", "c-lac", { name: "Lombardia Aerospace Cluster" }, "Lombardia Aerospace Cluster");
    const system = node("Group", "g-aero", { name: "Lombardian aerospace system" }, "the Lombardian aerospace system");
    const employees = node(
      "Figure",
      "f-emp",
      { metric: "employees", value: 19300, unit: "employees", subject: "the Lombardian aerospace system" },
      "represents the Lombardian aerospace system: more than 220 companies for around 19,300 employees",
    );
    const on = (to: string) => [
      link("DESCRIBES", "f-emp", to, "around 19,300 employees"),
      link("REPRESENTS", "c-lac", "g-aero", "Lombardia Aerospace Cluster represents the Lombardian aerospace system"),
    ];
    expect(check([lac, system, employees], on("c-lac")).problems).toEqual([
      "f.yaml: relationship f-emp -[DESCRIBES]-> c-lac: to: the figure's subject 'the Lombardian aerospace system' does not name what it describes (Lombardia Aerospace Cluster): describe the subject its source names",
      "f.yaml: relationship f-emp -[DESCRIBES]-> c-lac: to: the figure's quote speaks of a system or sector: it describes that whole (a Group the cluster represents), not the cluster",
    ]);
    expect(check([lac, system, employees], on("g-aero")).problems).toEqual([]);
  });

  it("refuses a figure whose subject does not name what it describes", () => {
    const event = node(
      "Event",
      "e-c2c",
      { name: "Cluster2Cluster: France visits Lombardia" },
      "Cluster2Cluster: France visits Lombardia",
    );
    const lac = node("Cluster", "c-lac", { name: "Lombardia Aerospace Cluster" }, "Lombardia Aerospace Cluster");
    const people = node(
      "Figure",
      "f-ent",
      { metric: "entrepreneurs", value: 40, unit: "people", subject: "Cluster2Cluster: France visits Lombardia" },
      "40 entrepreneurs from 24 Lombardian and French aerospace companies",
    );
    const takesPart = link(
      "TAKES_PART_IN",
      "c-lac",
      "e-c2c",
      "Lombardia Aerospace Cluster: Cluster2Cluster: France visits Lombardia",
    );
    expect(
      check([event, lac, people], [link("DESCRIBES", "f-ent", "c-lac", "40 entrepreneurs"), takesPart]).problems,
    ).toEqual([
      "f.yaml: relationship f-ent -[DESCRIBES]-> c-lac: to: the figure's subject 'Cluster2Cluster: France visits Lombardia' does not name what it describes (Lombardia Aerospace Cluster): describe the subject its source names",
    ]);
    expect(
      check([event, lac, people], [link("DESCRIBES", "f-ent", "e-c2c", "40 entrepreneurs"), takesPart]).problems,
    ).toEqual([]);
  });

  it("refuses a node with no link", () => {
    expect(check([horizon], []).problems).toEqual([
      "f.yaml: node prog-he: relationships: the node has no link: link it to what its source relates it to, or leave it out",
    ]);
  });

  it("refuses a name no quote gives unless it is marked ours, with how", () => {
    const piedmont = (extra = {}) =>
      node("Region", "r-pie", { name: "Piedmont", nameIt: "Piemonte", ...extra }, "Lombardia, Piemonte e Liguria");
    const dap = node(
      "Organization",
      "o-dap",
      { name: "Distretto Aerospaziale Piemonte" },
      "Distretto Aerospaziale Piemonte",
    );
    const located = [link("LOCATED_IN", "o-dap", "r-pie", "Distretto Aerospaziale Piemonte")];
    expect(check([piedmont(), dap], located).problems).toEqual([
      `f.yaml: node r-pie: properties.name: 'Piedmont' is in none of the node's quotes: quote the source that gives it, or mark it ours in 'inferred' ("name: how")`,
    ]);
    expect(check([piedmont({ inferred: ["name: our translation of 'Piemonte'"] }), dap], located).problems).toEqual([]);
    expect(check([piedmont({ inferred: ["our translation"] }), dap], located).problems).toContain(
      `f.yaml: node r-pie: properties.inferred: 'our translation' must read "field: how", naming a property the node has`,
    );
  });

  it("refuses a topic link whose quote uses no word for the topic, unless it is marked inferred", () => {
    const cities = node(
      "Topic",
      "t-sc",
      { name: "Smart cities", keywords: ["smart city"] },
      "the complex world of Smart Cities",
    );
    const land = node("Project", "p-land", { title: "Smart Land" }, "The Smart Land project");
    const quote = "Smart Land: monitoring of the territory (water, air quality)";
    expect(check([cities, land], [link("ADDRESSES", "p-land", "t-sc", quote)]).problems).toEqual([
      "f.yaml: relationship p-land -[ADDRESSES]-> t-sc: evidence: no quote uses a word for the topic 'Smart cities' (its name or keywords): quote one that does, or mark the link inferred with how",
    ]);
    const inferred = link("ADDRESSES", "p-land", "t-sc", quote, {
      inferred: "a territorial monitoring chain read as smart cities",
    });
    expect(check([cities, land], [inferred]).problems).toEqual([]);
    const keyword = link("ADDRESSES", "p-land", "t-sc", "Smart Land, a smart city supply chain");
    expect(check([cities, land], [keyword]).problems).toEqual([]);
  });

  it("refuses a project stage no quote states", () => {
    const hyper = (stage: string, quote: string, extra = {}) =>
      node("Project", "p-hyper", { acronym: "Hyper", stage, ...extra }, quote);
    const mobility = node("Cluster", "c-mob", { name: "Mobility" }, "Mobility");
    const rels = [link("PARTICIPATES_IN", "c-mob", "p-hyper", "Mobility: Hyper")];
    expect(check([hyper("COMPLETED", "recent projects (Hyper)"), mobility], rels).problems).toEqual([
      "f.yaml: node p-hyper: properties.stage: no quote of the node says the project is completed: quote it, or mark it ours in 'inferred'",
    ]);
    expect(check([hyper("ONGOING", "ONGOING PROJECTS 2024 Hyper"), mobility], rels).problems).toEqual([]);
    const marked = hyper("COMPLETED", "Hyper (2018-2022)", { inferred: ["stage: the period ended before the report"] });
    expect(check([marked, mobility], rels).problems).toEqual([]);
  });

  it("lists for review a link whose quotes name neither end, unless it is marked inferred", () => {
    const vallerani = node("Person", "p-val", { name: "Angelo Vallerani" }, "Angelo Vallerani");
    const lac = node("Cluster", "c-lac", { name: "Lombardia Aerospace Cluster" }, "Lombardia Aerospace Cluster");
    const vague = [link("TAKES_PART_IN", "p-val", "c-lac", "During the sixth event, 40 entrepreneurs met")];
    expect(check([vallerani, lac], vague)).toEqual({
      problems: [],
      reviews: ["f.yaml: relationship p-val -[TAKES_PART_IN]-> c-lac: evidence: no quote names either end of the link"],
    });
    const named = [link("TAKES_PART_IN", "p-val", "c-lac", "comments Angelo Vallerani, President")];
    expect(check([vallerani, lac], named).reviews).toEqual([]);
  });
});
