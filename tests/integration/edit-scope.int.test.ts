/**
 * One scope rule for editors, every writer against every kind of target: a matrix generated from
 * the rule as the docs state it (docs/editing.md), not from the code. An editor of the Energy
 * cluster; targets of each kind around it; for each writer and target, allowed or FORBIDDEN, and
 * a refusal writes nothing.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AccountStore } from "@lombardy-kg/api";
import { graphSnapshot } from "../support/graph-snapshot";
import { TestHelper } from "../support/test-helper";

const helper = new TestHelper();
const SECRET = "a-test-secret-for-the-scope-matrix-0123456789";
const PASSWORD = "scope matrix password";
const OWN = "cluster-energy";
const OTHER = "cluster-aerospace";
let token = "";

/** The kinds of target an editor of OWN meets, each an organisation linked as its name says. */
const TARGETS = {
  own: { member: [OWN] },
  other: { member: [OTHER] },
  shared: { member: [OWN, OTHER] },
  /** Linked to no cluster, as a PNRR body is. */
  none: { member: [] },
  /** Another cluster's member that an editor of OWN once linked to OWN: the link is theirs, the node is not. */
  borrowed: { member: [OTHER], addedTo: [OWN] },
} as const;
type Target = keyof typeof TARGETS;
const idOf = (t: Target) => `org-scope-${t}`;

// The rule, as docs/editing.md states it.
/** Whose values an editor sets: nodes their cluster reaches by its own links (not ones it added to existing nodes). */
const inScope = (t: Target): boolean => (TARGETS[t].member as readonly string[]).includes(OWN);
/** Which links an editor adds or removes: any to their own cluster; none to another cluster. */
const mayLinkTo = (cluster: string): boolean => cluster === OWN;
/** Which rows a roster's id column may name: the cluster's members, however they became members. */
const isMember = (t: Target): boolean =>
  (TARGETS[t].member as readonly string[]).includes(OWN) ||
  ((TARGETS[t] as { addedTo?: readonly string[] }).addedTo ?? []).includes(OWN);

async function placeTargets(): Promise<void> {
  const db = { database: helper.neo4j.database };
  await helper.driver.executeQuery(
    "MATCH (o:Organization) WHERE o.id STARTS WITH 'org-scope-' DETACH DELETE o",
    {},
    db,
  );
  for (const [t, spec] of Object.entries(TARGETS)) {
    await helper.driver.executeQuery(
      `CREATE (o:Organization:Entity {id: $id, name: $name, website: 'https://scope.example.it'})
       WITH o UNWIND $member AS c MATCH (cl:Cluster {id: c}) CREATE (o)-[:MEMBER_OF {quotes: ['fixture']}]->(cl)`,
      { id: idOf(t as Target), name: `Scope target ${t}`, member: spec.member },
      db,
    );
    for (const c of (spec as { addedTo?: readonly string[] }).addedTo ?? [])
      await helper.driver.executeQuery(
        `MATCH (o:Organization {id: $id}), (cl:Cluster {id: $c}) CREATE (o)-[:MEMBER_OF {addedToExisting: true}]->(cl)`,
        { id: idOf(t as Target), c },
        db,
      );
  }
}

const evidence = { source: { title: "Scope matrix", publisher: "Tests" }, quote: "as the matrix says" };
const codeOf = (r: { errors?: { extensions?: { code?: unknown } }[] }) => r.errors?.[0]?.extensions?.code;
/** The editor's mutation went through (no error code). */
const succeeds = async (mutation: string, variables: Record<string, unknown>): Promise<boolean> =>
  !codeOf(await helper.graphql(mutation, variables, token));

async function roster(rows: string, apply = false) {
  const response = await fetch(`${helper.url}/roster/${OWN}?kind=members&apply=${apply}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "x-file-name": "scope.csv" },
    body: rows,
  });
  return (await response.json()) as { counts: Record<string, number>; rows: { status: string }[] };
}

const LINK_MEMBER = `mutation ($id: ID!, $c: ID!, $e: EvidenceInput!) { linkNodes(fromId: $id, type: "MEMBER_OF", toId: $c, evidence: $e) { changeSetId } }`;

/** Each writer: what it does to a target, and whether the rule allows it. */
const WRITERS: {
  name: string;
  allowed: (t: Target) => boolean;
  run: (t: Target) => Promise<boolean>;
}[] = [
  {
    name: "updateFacts sets a value",
    allowed: inScope,
    run: async (t) =>
      succeeds(
        `mutation ($id: ID!, $e: EvidenceInput!) { updateFacts(id: $id, values: { website: "https://new.example.it" }, evidence: $e) { changeSetId } }`,
        { id: idOf(t), e: evidence },
      ),
  },
  {
    name: "linkNodes to the editor's cluster",
    allowed: () => mayLinkTo(OWN),
    run: async (t) => succeeds(LINK_MEMBER, { id: idOf(t), c: OWN, e: evidence }),
  },
  {
    name: "linkNodes to another cluster",
    allowed: () => mayLinkTo(OTHER),
    run: async (t) => succeeds(LINK_MEMBER, { id: idOf(t), c: OTHER, e: evidence }),
  },
  {
    name: "addMember adds it to the editor's cluster",
    allowed: () => mayLinkTo(OWN),
    run: async (t) =>
      succeeds(
        `mutation ($id: ID!, $c: ID!, $e: EvidenceInput!) { addMember(clusterId: $c, organizationId: $id, evidence: $e) { changeSetId } }`,
        { id: idOf(t), c: OWN, e: evidence },
      ),
  },
  {
    name: "unlinkNodes removes its link to another cluster",
    allowed: () => mayLinkTo(OTHER),
    run: async (t) =>
      succeeds(
        `mutation ($id: ID!, $c: ID!) { unlinkNodes(fromId: $id, type: "MEMBER_OF", toId: $c, note: "scope matrix") { changeSetId } }`,
        { id: idOf(t), c: OTHER },
      ),
  },
  {
    name: "a roster row names it by id",
    allowed: isMember,
    run: async (t) => (await roster(`id;name\n${idOf(t)};Scope target ${t}\n`)).counts.error === 0,
  },
  {
    name: "a roster row matches it by name and changes its website",
    allowed: inScope,
    run: async (t) => (await roster(`name;website\nScope target ${t};https://roster.example.it\n`)).counts.error === 0,
  },
];

beforeAll(async () => {
  await helper.restoreCuratedGraph();
  await helper.startApi({ AUTH_SECRET: SECRET });
  await new AccountStore(helper.driver, helper.neo4j.database).add("scoped", PASSWORD, "editor", [OWN]);
  const login = await helper.data<{ login: { token: string } }>(
    `mutation ($p: String!) { login(name: "scoped", password: $p) { token } }`,
    { p: PASSWORD },
  );
  token = login.login.token;
});
beforeEach(placeTargets);
afterAll(async () => {
  await helper.restoreCuratedGraph();
  await helper.close();
});

describe("one scope rule for editors", () => {
  for (const writer of WRITERS)
    for (const target of Object.keys(TARGETS) as Target[]) {
      // unlinkNodes needs the link to exist to be more than "no such link".
      if (writer.name.startsWith("unlinkNodes") && !(TARGETS[target].member as readonly string[]).includes(OTHER))
        continue;
      const allowed = writer.allowed(target);
      it(`${writer.name}: ${target} -> ${allowed ? "allowed" : "FORBIDDEN"}`, async () => {
        const before = await graphSnapshot(helper.driver, helper.neo4j.database, "NOT n:ChangeSet AND NOT n:Change");
        expect(await writer.run(target)).toBe(allowed);
        if (!allowed)
          expect(await graphSnapshot(helper.driver, helper.neo4j.database, "NOT n:ChangeSet AND NOT n:Change")).toBe(
            before,
          );
      });
    }

  it("linking a node to the editor's cluster never widens what they may change", async () => {
    for (const target of ["other", "none"] as const) {
      const link = await helper.graphql(
        `mutation ($id: ID!, $e: EvidenceInput!) { linkNodes(fromId: $id, type: "MEMBER_OF", toId: "${OWN}", evidence: $e) { changeSetId } }`,
        { id: idOf(target), e: evidence },
        token,
      );
      expect(codeOf(link)).toBeUndefined();
      const rename = await helper.graphql(
        `mutation ($id: ID!, $e: EvidenceInput!) { updateFacts(id: $id, values: { name: "Renamed" }, evidence: $e) { changeSetId } }`,
        { id: idOf(target), e: evidence },
        token,
      );
      expect(codeOf(rename)).toBe("FORBIDDEN");
    }
  });
});
