import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDerivedLinks } from "@lombardy-kg/write";
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

  it("keeps the nine clusters' member totals as figures of the nine together, not of a cluster or the region", async () => {
    const { figures } = await helper.data<{
      figures: { value: number; clusters: unknown[]; regions: unknown[]; groups: { name: string }[] }[];
    }>(
      `{ figures(where: { id: { in: ["fig-ltc-members", "fig-ltc-companies", "fig-ltc-research-orgs", "fig-ltc-other"] } }, sort: [{ value: DESC }]) {
          value clusters { id } regions { id } groups { name } } }`,
    );
    expect(figures.map((f) => f.value)).toEqual([794, 585, 111, 98]);
    for (const f of figures) {
      expect(f).toMatchObject({ clusters: [], regions: [], groups: [{ name: "Lombardy Technology Clusters" }] });
    }
    // The introduction's "almost 700 subjects" disagrees with the 794: both kept, the disagreement said.
    const { disagreements } = await helper.data<{
      disagreements: { figures: { value: number; qualifier: string | null }[] }[];
    }>(
      `{ disagreements(where: { id: { eq: "dis-ltc-member-total" } }) { figures(sort: [{ value: ASC }]) { value qualifier } } }`,
    );
    expect(disagreements[0]?.figures).toEqual([
      { value: 700, qualifier: "almost" },
      { value: 794, qualifier: null },
    ]);
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
    // "elected in 2016 for the next two mandates, now in office for the three-year period 2022-2024"; one role, not two.
    expect(vallerani?.roles.filter((r) => r.title === "President")).toEqual([
      {
        title: "President",
        period: "elected in 2016 for the next two mandates; in office for the three-year period 2022-2024",
        startYear: 2016,
        endYear: 2024,
        clusters: [{ id: "cluster-aerospace" }],
      },
    ]);
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

  it("derives FUNDED_VIA exactly from funded projects and stated programmes, marked derived, and hides it from the explorer", async () => {
    const database = helper.neo4j.database;
    const { records } = await helper.driver.executeQuery(
      `CALL () {
         CALL () {
           MATCH (c:Cluster)-[:PARTICIPATES_IN]->(p:Project)-[:FUNDED_BY]->(z:Programme)
           WHERE p.stage IS NULL OR NOT p.stage IN ['PROPOSAL', 'SUBMITTED']
           RETURN c, z, count(DISTINCT p) AS n
           UNION
           MATCH (c:Cluster)-[:IN_PROGRAMME]->(z:Programme)
           WHERE NOT EXISTS { (c)-[:PARTICIPATES_IN]->(:Project)-[:FUNDED_BY]->(z) }
           RETURN c, z, 0 AS n
         }
         WITH c, z, n ORDER BY c.id, z.id
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

describe("what the audit of the curated graph corrected", () => {
  const database = () => helper.neo4j.database;
  const one = async <T>(cypher: string): Promise<T> =>
    (await helper.driver.executeQuery(cypher, {}, { database: database() })).records[0]?.get(0) as T;

  it("shows proposals as applying to a call, never funded: Agrifood is not funded via Horizon Europe", async () => {
    const { projects } = await helper.data<{
      projects: { stage: string; programme: unknown; appliedTo: { name: string; parent: { name: string } }[] }[];
    }>(`{ projects(where: { id: { in: ["prj-agrifood-farm-safety", "prj-agrifood-biosecurity"] } }, sort: [{ id: ASC }]) {
          stage programme { id } appliedTo { name parent { name } } } }`);
    expect(projects).toEqual([
      {
        stage: "PROPOSAL",
        programme: null,
        appliedTo: [{ name: "Cluster 6 - 2022 - Farm2fork - 01 - 03", parent: { name: "Horizon Europe" } }],
      },
      {
        stage: "PROPOSAL",
        programme: null,
        appliedTo: [{ name: "Cluster 6 - 2022 - Communities - 01 - 02", parent: { name: "Horizon Europe" } }],
      },
    ]);
    expect(await one<boolean>("RETURN EXISTS { (:Cluster {id: 'cluster-agrifood'})-[:FUNDED_VIA]->() }")).toBe(false);
  });

  it("hangs the aerospace sector's figures on the system the pages name, which the cluster represents", async () => {
    const { groups } = await helper.data<{
      groups: { nameIt: string; representedBy: { id: string }[]; figures: { id: string }[] }[];
    }>(
      `{ groups(where: { id: { eq: "grp-lombardian-aerospace-system" } }) { nameIt representedBy { id } figures { id } } }`,
    );
    expect(groups[0]?.nameIt).toBe("sistema aerospaziale lombardo");
    expect(groups[0]?.representedBy).toEqual([{ id: "cluster-aerospace" }]);
    expect(groups[0]?.figures.map((f) => f.id)).toEqual(
      expect.arrayContaining(["fig-aero-companies-en", "fig-aero-employees-it", "fig-aero-universities"]),
    );
    expect(
      await one<string[]>(
        "MATCH (f:Figure)-[:DESCRIBES]->(:Cluster {id: 'cluster-aerospace'}) WITH f ORDER BY f.id RETURN collect(f.id)",
      ),
    ).toEqual(["fig-lac-b2b-companies", "fig-lac-b2b-participations", "fig-lac-c2c-companies"]);
  });

  it("gives the joint space company's figures to the company the three will form, not to each of them", async () => {
    const { organizations } = await helper.data<{
      organizations: { figures: { value: number }[]; founders: { id: string }[]; inferred: string[] }[];
    }>(`{ organizations(where: { id: { eq: "org-new-space-player" } }) {
          figures(sort: [{ value: ASC }]) { value } founders(sort: [{ id: ASC }]) { id } inferred } }`);
    expect(organizations[0]).toEqual({
      figures: [{ value: 25000 }, { value: 6_500_000_000 }],
      founders: [{ id: "org-airbus" }, { id: "org-leonardo" }, { id: "org-thales" }],
      inferred: ["name: ours, describing it; the source names no company"],
    });
    expect(
      await one<number>(
        "MATCH (:Figure)-[:DESCRIBES]->(o:Organization) WHERE o.id IN ['org-leonardo', 'org-airbus', 'org-thales'] RETURN count(*)",
      ),
    ).toBe(0);
  });

  it("puts the Vanguard Initiative's pilots inside it, and the 35 regions on the bioeconomy pilot", async () => {
    const { networks } = await helper.data<{ networks: { parts: { id: string }[] }[] }>(
      `{ networks(where: { id: { eq: "net-vanguard" } }) { parts(sort: [{ id: ASC }]) { id } } }`,
    );
    expect(networks[0]?.parts.map((p) => p.id)).toEqual(
      expect.arrayContaining(["net-vi-bioeconomy", "net-vi-smart-health", "net-vi-hydrogen", "net-vi-adma"]),
    );
    expect(
      await one<boolean>(
        "RETURN EXISTS { (:Cluster {id: 'cluster-living-environments'})-[:IN_NETWORK]->()-[:PART_OF]->(:Network {id: 'net-vanguard'}) }",
      ),
    ).toBe(true);
    expect(
      await one<string[]>("MATCH (:Figure {id: 'fig-vi-regions-lgca'})-[:DESCRIBES]->(n) RETURN collect(n.id)"),
    ).toEqual(["net-vi-bioeconomy"]);
  });

  it("records support and recognition as SUPPORTS, never as partnership", async () => {
    expect(
      await one<number>("MATCH (:Organization {id: 'org-regione-lombardia'})-[:SUPPORTS]->(c:Cluster) RETURN count(c)"),
    ).toBe(9);
    expect(
      await one<number>(
        "MATCH (:Organization {id: 'org-confindustria-lombardia'})-[:SUPPORTS]->(c:Cluster) RETURN count(c)",
      ),
    ).toBe(9);
    expect(
      await one<number>(
        "MATCH (c:Cluster)-[:PARTNERS_WITH]-(o:Organization) WHERE o.id IN ['org-regione-lombardia', 'org-confindustria-lombardia'] RETURN count(*)",
      ),
    ).toBe(0);
  });

  it("links the programmes the report names for Mobility, the Green Chemistry copy marked disputed", async () => {
    const derived = await helper.driver.executeQuery(
      `MATCH (c:Cluster)-[f:FUNDED_VIA]->(p:Programme) WHERE p.id IN ['prog-cosme', 'prog-life', 'prog-cef', 'prog-horizon']
       RETURN c.id AS cluster, p.id AS programme, f.disputedBy AS disputedBy ORDER BY cluster, programme`,
      {},
      { database: database() },
    );
    const rows = derived.records.map(
      (r) => `${r.get("cluster")} ${r.get("programme")} ${JSON.stringify(r.get("disputedBy"))}`,
    );
    expect(rows).toEqual([
      "cluster-energy prog-cosme []",
      'cluster-green-chemistry prog-cef ["dis-gc-networks-line"]',
      'cluster-green-chemistry prog-cosme ["dis-gc-networks-line"]',
      'cluster-green-chemistry prog-horizon ["dis-gc-networks-line"]',
      'cluster-green-chemistry prog-life ["dis-gc-networks-line"]',
      "cluster-mobility prog-cef []",
      "cluster-mobility prog-cosme []",
      "cluster-mobility prog-horizon []",
      "cluster-mobility prog-life []",
    ]);
    expect(
      await one<string>("MATCH (:Programme {id: 'prog-cosme-clusters-go-international'})-[:PART_OF]->(p) RETURN p.id"),
    ).toBe("prog-cosme");
  });

  it("says which facts are ours: inferred links carry how, and names no source gives are marked", async () => {
    const { entity } = await helper.data<{ entity: { inferred: string[] } }>(
      `{ entity(id: "region-piedmont") { inferred } }`,
    );
    expect(entity.inferred).toEqual(["name: our translation of 'Piemonte'"]);
    const { neighbourhood } = await helper.data<{
      neighbourhood: { relationships: { id: string; inferred: string | null }[] };
    }>(`{ neighbourhood(id: "prj-smart-land") { relationships { id inferred } } }`);
    expect(
      neighbourhood.relationships.find((r) => r.id === "prj-smart-land|ADDRESSES|topic-smart-cities")?.inferred,
    ).toMatch(/read as a smart-city topic/);
    expect(
      neighbourhood.relationships.find((r) => r.id === "cluster-smart-communities|PARTICIPATES_IN|prj-smart-land")
        ?.inferred,
    ).toBeNull();
  });

  it("leaves no node without a link", async () => {
    expect(
      await one<string[]>("MATCH (n:Entity) WHERE NOT n:Source AND NOT (n)-[]-(:Entity) RETURN collect(n.id)"),
    ).toEqual([]);
  });
});
