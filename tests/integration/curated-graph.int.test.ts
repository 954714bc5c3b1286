import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDerivedLinks } from "@lombardy-kg/seed";
import { DERIVED_RELATIONSHIPS } from "@lombardy-kg/schema";
import { TestHelper } from "../support/test-helper";

const helper = new TestHelper();
beforeAll(async () => {
  await helper.useCuratedGraph();
  await helper.startApi();
});
afterAll(() => helper.close());

type Sourced = { sourcesConnection: { edges: { node: { reference: string | null } }[] } };
const references = (n: Sourced): (string | null)[] => n.sourcesConnection.edges.map((e) => e.node.reference);

describe("the regional report (004)", () => {
  it("links PNRR component M2C1 to the four clusters whose synergies blocks name it", async () => {
    const { pnrrComponents } = await helper.data<{
      pnrrComponents: { name: string; mission: { number: number }; clusters: { id: string }[] }[];
    }>(`{ pnrrComponents(where: { code: { eq: "M2C1" } }) { name mission { number } clusters { id } } }`);
    expect(pnrrComponents[0]?.name).toBe("Circular economy and sustainable agriculture");
    expect(pnrrComponents[0]?.mission.number).toBe(2);
    expect(pnrrComponents[0]?.clusters.map((c) => c.id).sort()).toEqual([
      "cluster-advanced-manufacturing",
      "cluster-agrifood",
      "cluster-energy",
      "cluster-green-chemistry",
    ]);
  });

  it("gives SYSCHEMIQ's programme, partner count, period and LE2C's part, with the quote", async () => {
    const { projects } = await helper.data<{
      projects: {
        partnerCount: number;
        startYear: number;
        endYear: number;
        programme: { name: string };
        clustersConnection: { edges: { node: { shortName: string }; properties: { quotes: string[] } }[] };
      }[];
    }>(`{ projects(where: { acronym: { eq: "SYSCHEMIQ" } }) {
          partnerCount startYear endYear programme { name }
          clustersConnection { edges { node { shortName } properties { quotes } } } } }`);
    const syschemiq = projects[0];
    expect(syschemiq).toMatchObject({
      partnerCount: 21,
      startYear: 2022,
      endYear: 2026,
      programme: { name: "Horizon Europe" },
    });
    expect(syschemiq?.clustersConnection.edges[0]?.node.shortName).toBe("LE2C");
    expect(syschemiq?.clustersConnection.edges[0]?.properties.quotes).toContain("SYSCHEMIQ (Horizon Europe)");
  });

  it("keeps each region-wide figure as a figure of the report, not of a cluster", async () => {
    const { figures } = await helper.data<{
      figures: { value: number; unit: string; clusters: unknown[]; regions: { name: string }[] }[];
    }>(
      `{ figures(where: { id: { in: ["fig-ltc-members", "fig-ltc-companies", "fig-ltc-research-orgs", "fig-ltc-other"] } }, sort: [{ value: DESC }]) {
          value unit clusters { id } regions { name } } }`,
    );
    expect(figures.map((f) => f.value)).toEqual([794, 585, 111, 98]);
    for (const f of figures) {
      expect(f.clusters).toEqual([]);
      expect(f.regions.map((r) => r.name)).toEqual(["Lombardy"]);
    }
  });

  it("dates the 2024 calendar events with their city", async () => {
    const { events } = await helper.data<{
      events: { date: string; endDate: string; city: string; country: string; clusters: { id: string }[] }[];
    }>(`{ events(where: { name: { eq: "Ila Berlin" } }) { date endDate city country clusters { id } } }`);
    expect(events).toEqual([
      {
        date: "2024-06-05",
        endDate: "2024-06-09",
        city: "Berlin",
        country: "Germany",
        clusters: [{ id: "cluster-aerospace" }],
      },
    ]);
  });
});

describe("the Aerospace cluster's Italian page (001)", () => {
  it("gives Angelo Vallerani's presidency with its period, and the cluster manager", async () => {
    const { people } = await helper.data<{
      people: {
        name: string;
        roles: {
          title: string;
          period: string | null;
          startYear: number | null;
          endYear: number | null;
          clusters: { id: string }[];
        }[];
      }[];
    }>(`{ people(where: { name: { in: ["Angelo Vallerani", "Giulia Fornara"] } }, sort: [{ name: ASC }]) {
          name roles(sort: [{ title: ASC }]) { title period startYear endYear clusters { id } } } }`);
    const vallerani = people.find((p) => p.name === "Angelo Vallerani");
    expect(vallerani?.roles).toContainEqual({
      title: "President",
      period: "2022-2024",
      startYear: 2022,
      endYear: 2024,
      clusters: [{ id: "cluster-aerospace" }],
    });
    expect(vallerani?.roles).toContainEqual(
      expect.objectContaining({ title: "Governing Board member", period: "2022-2024" }),
    );
    const fornara = people.find((p) => p.name === "Giulia Fornara");
    expect(fornara?.roles.map((r) => r.title)).toEqual(["Cluster Manager"]);
  });
});

describe("the Aerospace cluster's English page (000) against the Italian one (001)", () => {
  it("keeps both employee figures, each with its own source, and lists the disagreement", async () => {
    const { disagreements } = await helper.data<{
      disagreements: { kind: string; figures: ({ metric: string; value: number; qualifier: string } & Sourced)[] }[];
    }>(`{ disagreements(where: { id: { eq: "dis-aero-sector-size" } }) {
          kind figures(where: { metric: { eq: "employees" } }, sort: [{ value: ASC }]) {
            metric value qualifier sourcesConnection { edges { node { reference } } } } } }`);
    expect(disagreements[0]?.kind).toBe("figures");
    const [english, italian] = disagreements[0]?.figures ?? [];
    expect(english).toMatchObject({ value: 19300, qualifier: "around" });
    expect(english && references(english)).toEqual(["000_4554abb281a9681e.txt"]);
    expect(italian).toMatchObject({ value: 21800, qualifier: "around" });
    expect(italian && references(italian)).toEqual(["001_abb12a99a23e927d.txt"]);
  });

  it("lists every known disagreement", async () => {
    const { disagreements } = await helper.data<{ disagreements: { id: string }[] }>(`{ disagreements { id } }`);
    expect(disagreements.map((d) => d.id)).toEqual(
      expect.arrayContaining(["dis-aero-sector-size", "dis-pnrr-m6-numbering", "dis-gc-networks-line"]),
    );
  });
});

describe("the news of the Lombardy-Piedmont meeting (002)", () => {
  it("dates the meeting in Varese and names the Piedmont district's president", async () => {
    const { events } = await helper.data<{
      events: ({
        date: string;
        city: string;
        organizations: { shortName: string; regions: { name: string }[] }[];
      } & Sourced)[];
    }>(
      `{ events(where: { id: { eq: "evt-lac-dap-2025" } }) { date city organizations { shortName regions { name } } sourcesConnection { edges { node { reference } } } } }`,
    );
    expect(events[0]).toMatchObject({
      date: "2025-11-05",
      city: "Varese",
      organizations: [{ shortName: "DAP", regions: [{ name: "Piedmont" }] }],
    });
    expect(events[0] && references(events[0])).toEqual(["002_c918fa75a9d502f2.txt"]);
    const { roles } = await helper.data<{
      roles: { title: string; people: { name: string }[]; organizations: { name: string }[] }[];
    }>(`{ roles(where: { id: { eq: "role-dap-president" } }) { title people { name } organizations { name } } }`);
    expect(roles[0]).toEqual({
      title: "President",
      people: [{ name: "Maurizio De Mitri" }],
      organizations: [{ name: "Distretto Aerospaziale Piemonte" }],
    });
  });
});

describe("the Cluster2Cluster page (003)", () => {
  it("dates the Lyon mission and keeps the trade figure with its period", async () => {
    const { events } = await helper.data<{
      events: { date: string; city: string; organizations: { name: string }[] }[];
    }>(`{ events(where: { id: { eq: "evt-c2c-lyon" } }) { date city organizations { name } } }`);
    expect(events[0]).toEqual({
      date: "2018-11",
      city: "Lyon",
      organizations: [{ name: "Aerospace Cluster Auvergne-Rhône-Alpes" }],
    });
    const { figures } = await helper.data<{ figures: { value: number; unit: string; period: string }[] }>(
      `{ figures(where: { id: { eq: "fig-aero-export-france-2019" } }) { value unit period } }`,
    );
    expect(figures[0]).toEqual({ value: 88_000_000, unit: "EUR", period: "first nine months of 2019" });
  });
});

describe("evidence everywhere", () => {
  it("every relationship carries sources and quotes, and every node but a Source names a source", async () => {
    const database = helper.neo4j.database;
    const { records: rels } = await helper.driver.executeQuery(
      `MATCH ()-[r]->() WHERE NOT type(r) IN $derived
         AND (size(coalesce(r.sourceIds, [])) = 0 OR size(coalesce(r.quotes, [])) <> size(r.sourceIds))
       RETURN count(r) AS bad`,
      { derived: [...DERIVED_RELATIONSHIPS] },
      { database },
    );
    expect(rels[0]?.get("bad")).toBe(0);
    const { records: nodes } = await helper.driver.executeQuery(
      "MATCH (n) WHERE NOT n:Source AND NOT (n)-[:STATED_IN]->(:Source) RETURN collect(n.id) AS unsourced",
      {},
      { database },
    );
    expect(nodes[0]?.get("unsourced")).toEqual([]);
  });

  it("derives FUNDED_VIA exactly from the stated project links, marked derived, and hides it from the explorer", async () => {
    const database = helper.neo4j.database;
    const { records } = await helper.driver.executeQuery(
      `CALL () {
         MATCH (c:Cluster)-[:PARTICIPATES_IN]->(p:Project)-[:FUNDED_BY]->(z:Programme)
         WITH c, z, count(DISTINCT p) AS n ORDER BY c.id, z.id
         RETURN collect([c.id, z.id, n]) AS stated
       }
       CALL () {
         MATCH (c:Cluster)-[d:FUNDED_VIA]->(z:Programme) WHERE d.derived = true
         WITH c, z, d.projectCount AS n ORDER BY c.id, z.id
         RETURN collect([c.id, z.id, n]) AS derived
       }
       RETURN stated, derived`,
      {},
      { database },
    );
    const stated = records[0]?.get("stated") as unknown[];
    expect(stated.length).toBeGreaterThan(5);
    expect(records[0]?.get("derived")).toEqual(stated);
    const [clusterId, programmeId] = stated[0] as [string, string];
    const { neighbourhood } = await helper.data<{ neighbourhood: { relationships: { type: string }[] } }>(
      `query($id: ID!) { neighbourhood(id: $id, limit: 200) { relationships { type } } }`,
      { id: programmeId },
    );
    expect(neighbourhood.relationships.map((r) => r.type)).not.toContain("FUNDED_VIA");
    expect(neighbourhood.relationships.map((r) => r.type)).toContain("FUNDED_BY");
    expect(clusterId).toMatch(/^cluster-/);
  });

  it("derives the links at start for a graph written before they existed, and leaves them alone after", async () => {
    const database = helper.neo4j.database;
    const count = async () =>
      (
        await helper.driver.executeQuery("MATCH ()-[d:FUNDED_VIA]->() RETURN count(d) AS n", {}, { database })
      ).records[0]?.get("n") as number;
    const before = await count();
    await helper.driver.executeQuery("MATCH ()-[d:FUNDED_VIA]->() DELETE d", {}, { database });
    expect(await ensureDerivedLinks(helper.driver, database)).toBe(true);
    expect(await count()).toBe(before);
    expect(await ensureDerivedLinks(helper.driver, database)).toBe(false);
  });

  it("keeps a figure the source leaves blank as null and a suspicious period as written", async () => {
    const { projects } = await helper.data<{
      projects: { period: string; startYear: number | null; endYear: number | null }[];
    }>(`{ projects(where: { acronym: { eq: "Autitec" } }) { period startYear endYear } }`);
    expect(projects[0]).toEqual({ period: "2028-2021", startYear: null, endYear: null });
  });
});
