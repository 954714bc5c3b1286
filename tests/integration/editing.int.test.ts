/**
 * Accounts, edits with evidence, roster import, audit, undo and export, over HTTP against the
 * run's embedded Neo4j. Every refusal checks that nothing was written (a graph snapshot).
 */
import http from "node:http";
import { readFileSync } from "node:fs";
import path from "node:path";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import writeXlsxFile from "write-excel-file/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AccountStore,
  AuthService,
  authSettings,
  issueToken,
  tokenVerifier,
  TOKEN_AUDIENCE,
  TOKEN_ISSUER,
  readConfig,
} from "@lombardy-kg/api";
import { importGraphJson } from "@lombardy-kg/ingest";
import { graphSnapshot } from "../support/graph-snapshot";
import { repoRoot, TestHelper } from "../support/test-helper";

const helper = new TestHelper();
const SECRET = "a-test-secret-that-is-long-enough-0123456789";
const PASSWORD = "correct horse battery";
const snapshot = (): Promise<string> => graphSnapshot(helper.driver, helper.neo4j.database);
let editor = "";
let admin = "";
let other = "";

const LOGIN = `mutation ($name: String!, $password: String!) { login(name: $name, password: $password) { token expiresAt viewer { name role clusters } } }`;
const ADD_MEMBER = `mutation ($clusterId: ID!, $organizationId: ID, $organization: NewOrganizationInput, $evidence: EvidenceInput!) {
  addMember(clusterId: $clusterId, organizationId: $organizationId, organization: $organization, evidence: $evidence) { changeSetId summary changeCount nodeId disagreementIds } }`;
const UPDATE = `mutation ($id: ID!, $values: FactValuesInput!, $evidence: EvidenceInput!) {
  updateFacts(id: $id, values: $values, evidence: $evidence) { changeSetId summary changeCount nodeId disagreementIds } }`;
const UNDO = `mutation ($id: ID!) { undoChangeSet(id: $id) { changeSetId summary changeCount } }`;
const evidence = {
  source: {
    title: "Energy cluster members page",
    publisher: "Lombardy Energy Cluster",
    url: "https://www.lombardyenergy.eu/soci",
    date: "2026-11-01",
  },
  quote: "Among our members: Acme Energia Srl.",
};

async function login(name: string, password = PASSWORD) {
  return helper.graphql<{ login: { token: string; viewer: { role: string } } }>(LOGIN, { name, password });
}

async function roster(
  clusterId: string,
  file: Uint8Array | string,
  fileName: string,
  apply: boolean,
  token = editor,
  kind = "members",
) {
  const response = await fetch(`${helper.url}/roster/${clusterId}?kind=${kind}&apply=${apply}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "x-file-name": fileName, "content-type": "application/octet-stream" },
    body: typeof file === "string" ? file : Buffer.from(file),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any -- a JSON answer read field by field in the asserts
}

beforeAll(async () => {
  await helper.restoreCuratedGraph();
  await helper.startApi({ AUTH_SECRET: SECRET, AUTH_MAX_LOGIN_FAILURES: "3" });
  const accounts = new AccountStore(helper.driver, helper.neo4j.database);
  await accounts.add("anna", PASSWORD, "editor", ["cluster-energy"]);
  await accounts.add("boss", PASSWORD, "admin", []);
  await accounts.add("marco", PASSWORD, "editor", ["cluster-aerospace"]);
  editor = (await login("anna")).data!.login.token;
  admin = (await login("boss")).data!.login.token;
  other = (await login("marco")).data!.login.token;
}, 120_000);

afterAll(async () => {
  await helper.restoreCuratedGraph();
  await helper.close();
});

describe("accounts and tokens", () => {
  it("signs in an editor with their clusters, and `me` says who", async () => {
    const r = await login("anna");
    expect(r.data?.login.viewer).toEqual({ name: "anna", role: "editor", clusters: ["cluster-energy"] });
    const me = await helper.data<{ me: { name: string } | null }>("{ me { name role clusters } }", {}, editor);
    expect(me.me).toEqual({ name: "anna", role: "editor", clusters: ["cluster-energy"] });
    expect((await helper.data<{ me: null }>("{ me { name } }")).me).toBeNull();
  });

  // Before the failures below: three of them block this client's logins for the window.
  it("checks one password per request: an aliased second login is refused before any check", async () => {
    const r = await helper.graphql<Record<string, { token: string } | null>>(
      `mutation ($p: String!) { a: login(name: "anna", password: $p) { token } b: login(name: "anna", password: $p) { token } c: login(name: "boss", password: $p) { token } }`,
      { p: PASSWORD },
    );
    // `login` is non-null: the refused second one nulls the whole answer, and the third never runs.
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.map((e) => [e.extensions?.code, (e as { path?: string[] }).path?.[0]])).toEqual([
      ["BAD_REQUEST", "b"],
    ]);
    expect(r.errors?.[0]?.message).toBe("One sign-in per request: send each login in a request of its own.");
  });

  it("answers a wrong password and an unknown name alike, and refuses logins after repeated failures", async () => {
    const wrong = await login("marco", "not the password");
    const unknown = await login("nobody-here", "not the password");
    expect(wrong.errors?.[0]?.message).toBe("The name or the password is wrong.");
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    expect(wrong.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    await login("marco", "wrong again");
    // Two failures for marco from this address, and one for another name: not yet refused.
    expect((await login("marco")).errors?.[0]?.extensions?.code).toBeUndefined();
    for (const attempt of ["wrong 1", "wrong 2", "wrong 3"]) await login("marco", attempt);
    const limited = await login("marco"); // the right password, after 3 failures from this address
    expect(limited.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    expect(limited.status).toBe(429);
    expect(limited.data?.login).toBeUndefined();
  });

  it("refuses tampered, expired and wrongly signed tokens, saying which", async () => {
    const [head, payload, signature] = editor.split(".");
    const claims = JSON.parse(Buffer.from(payload!, "base64url").toString());
    const tampered = [
      head,
      Buffer.from(JSON.stringify({ ...claims, roles: ["admin", "editor"] })).toString("base64url"),
      signature,
    ].join(".");
    const settings = authSettings({ ...readConfig({ AUTH_SECRET: SECRET }).auth });
    const expired = (
      await issueToken(
        settings,
        { name: "anna", role: "editor", clusters: ["cluster-energy"] },
        new Date(Date.now() - 3 * 3600_000),
      )
    ).token;
    const foreign = (
      await issueToken(authSettings(readConfig({ AUTH_SECRET: "another-secret-another-secret-0123456789" }).auth), {
        name: "anna",
        role: "admin",
        clusters: [],
      })
    ).token;
    // Signed with the right key, for this API, but valid for ever: no `exp`.
    const { exp: _exp, ...lasting } = claims;
    const noExpiry = await new SignJWT(lasting)
      .setProtectedHeader({ alg: "HS256" })
      .sign(new TextEncoder().encode(SECRET));
    for (const [token, says] of [
      [tampered, "signature"],
      [expired, "expired"],
      [noExpiry, "no expiry"],
      [foreign, "signature"],
      ["not-a-token", "not valid"],
    ] as const) {
      const r = await helper.graphql("{ me { name } }", {}, token);
      expect(r.status, says).toBe(401);
      expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(r.errors?.[0]?.message).toContain(says);
    }
  });

  it("accepts an OIDC provider's tokens checked against its JWKS, and refuses others", async () => {
    const { publicKey, privateKey } = await generateKeyPair("RS256");
    const stranger = await generateKeyPair("RS256");
    const jwk = { ...(await exportJWK(publicKey)), kid: "k1", alg: "RS256", use: "sig" };
    const jwks = http.createServer((_req, res) =>
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: [jwk] })),
    );
    await new Promise<void>((resolve) => jwks.listen(0, "127.0.0.1", resolve));
    const port = (jwks.address() as { port: number }).port;
    try {
      const oidc = {
        AUTH_JWKS_URL: `http://127.0.0.1:${port}/jwks.json`,
        AUTH_ISSUER: "https://login.example.org",
      };
      // Without an audience, a token the provider gave any other application would open this API.
      expect(() => readConfig(oidc)).toThrow(/AUTH_AUDIENCE must be set when AUTH_JWKS_URL is set/);
      const config = readConfig({ ...oidc, AUTH_AUDIENCE: "lombardy-kg" }).auth;
      const verify = tokenVerifier(authSettings(config));
      const sign = (key: Parameters<SignJWT["sign"]>[0], iss = "https://login.example.org", aud = "lombardy-kg") =>
        new SignJWT({ roles: ["editor"], clusters: ["cluster-energy"] })
          .setProtectedHeader({ alg: "RS256", kid: "k1" })
          .setSubject("oidc-user")
          .setIssuer(iss)
          .setAudience(aud)
          .setExpirationTime("5m")
          .sign(key);
      const viewer = await verify(await sign(privateKey));
      expect(viewer).toMatchObject({ name: "oidc-user", role: "editor", clusters: ["cluster-energy"] });
      await expect(verify(await sign(stranger.privateKey))).rejects.toThrow(/signature/);
      await expect(verify(await sign(privateKey, "https://evil.example.org"))).rejects.toThrow(
        /not issued for this API \(iss\)/,
      );
      await expect(verify(await sign(privateKey, undefined, "another-app"))).rejects.toThrow(
        /not issued for this API \(aud\)/,
      );
      await expect(
        verify(
          (
            await issueToken(authSettings(readConfig({ AUTH_SECRET: SECRET }).auth), {
              name: "x",
              role: "admin",
              clusters: [],
            })
          ).token,
        ),
      ).rejects.toThrow();
    } finally {
      jwks.close();
    }
    // A provider that does not answer: the token cannot be checked, which is neither 401 nor 500.
    const unreachable = readConfig({
      AUTH_JWKS_URL: `http://127.0.0.1:${port}/jwks.json`,
      AUTH_ISSUER: "https://login.example.org",
      AUTH_AUDIENCE: "lombardy-kg",
    }).auth;
    const service = AuthService.forDatabase(unreachable, helper.neo4j.database);
    const token = await new SignJWT({ roles: ["editor"] })
      .setProtectedHeader({ alg: "RS256", kid: "k1" })
      .setSubject("oidc-user")
      .setIssuer("https://login.example.org")
      .setAudience("lombardy-kg")
      .setExpirationTime("5m")
      .sign((await generateKeyPair("RS256")).privateKey);
    const refusal = await service.viewerOf(`Bearer ${token}`).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ extensions: { code: "AUTH_UNAVAILABLE", http: { status: 503 } } });
    expect(TOKEN_ISSUER).toBe("lombardy-kg");
    expect(TOKEN_AUDIENCE).toBe("lombardy-kg-api");
  });
});

describe("edits", () => {
  it("refuses anonymous writes and other clusters' writes, writing nothing", async () => {
    const before = await snapshot();
    const anonymous = await helper.graphql(ADD_MEMBER, {
      clusterId: "cluster-energy",
      organization: { name: "Acme Energia Srl" },
      evidence,
    });
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const forbidden = await helper.graphql(
      ADD_MEMBER,
      { clusterId: "cluster-energy", organization: { name: "Acme Energia Srl" }, evidence },
      other,
    );
    expect(forbidden.status).toBe(403);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(forbidden.errors?.[0]?.message).toContain("marco edits cluster-aerospace, not cluster-energy");
    const undo = await helper.graphql(UNDO, { id: "cs-anything" }, editor);
    expect(undo.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const reference = await helper.graphql(
      UPDATE,
      { id: "s3-sustainability", values: { name: "x" }, evidence },
      editor,
    );
    expect(reference.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(reference.errors?.[0]?.message).toBe("Only an admin may change S3Ecosystem nodes (reference data).");
    const history = await helper.graphql("{ changeSets { id } }");
    expect(history.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await snapshot()).toBe(before);
  });

  it("refuses bad input naming the field, writing nothing", async () => {
    const before = await snapshot();
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ clusterId: "cluster-energy", organization: { name: "X", website: "www.x" }, evidence }, /website/],
      [{ clusterId: "cluster-energy", organization: { name: "X", taxCode: "12" + "ab" }, evidence }, /taxCode/],
      [
        { clusterId: "cluster-energy", organization: { name: "X" }, evidence: { source: {}, quote: "Members: X" } },
        /evidence.source/,
      ],
      [
        {
          clusterId: "cluster-energy",
          organization: { name: "X" },
          evidence: { source: { id: "src-nope" }, quote: "Members: X" },
        },
        /no Source has the id 'src-nope'/,
      ],
      [
        { clusterId: "cluster-energy", organizationId: "org-nope", evidence },
        /organizationId: nothing in the graph has the id 'org-nope'/,
      ],
    ];
    for (const [variables, message] of cases) {
      const r = await helper.graphql(ADD_MEMBER, variables, editor);
      expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(r.errors?.[0]?.message).toMatch(message);
    }
    expect(await snapshot()).toBe(before);
  });

  it("adds a member with its source, keeps a conflicting value as a disagreement, and shows the history", async () => {
    const added = await helper.data<{ addMember: { nodeId: string; changeSetId: string; changeCount: number } }>(
      ADD_MEMBER,
      {
        clusterId: "cluster-energy",
        organization: { name: "Acme Energia Srl", website: "https://acme.example.it", taxCode: "1234567890" },
        evidence,
      },
      editor,
    );
    const id = added.addMember.nodeId;
    expect(id).toBe("org-acme-energia-srl");
    const entity = await helper
      .data<{
        entity: { relationships: { type: string; to: string; evidence: { quote: string; sourceTitle: string }[] }[] };
      }>(`query ($id: ID!) { entity(id: $id) { relationships { type to evidence { quote sourceTitle } } } }`, { id })
      .catch(() => null);
    const { records } = await helper.driver.executeQuery(
      `MATCH (o:Organization {id: $id})-[m:MEMBER_OF]->(:Cluster {id: 'cluster-energy'}) MATCH (o)-[s:STATED_IN]->(src:Source)
       RETURN o.taxCode AS taxCode, m.quotes AS quotes, src.title AS title`,
      { id },
      { database: helper.neo4j.database },
    );
    expect(records[0]?.get("taxCode")).toBe("01234567890");
    expect(records[0]?.get("quotes")).toEqual([evidence.quote]);
    expect(records[0]?.get("title")).toBe("Energy cluster members page");
    void entity;

    // A website stated by another source: the new value is set, the old one kept in a disagreement.
    const otherSource = {
      source: { title: "Registro imprese extract", publisher: "InfoCamere" },
      quote: "Sito web: https://www.acme-energia.it",
    };
    const changed = await helper.data<{ updateFacts: { disagreementIds: string[]; changeCount: number } }>(
      UPDATE,
      { id, values: { website: "https://www.acme-energia.it" }, evidence: otherSource },
      editor,
    );
    expect(changed.updateFacts.disagreementIds).toHaveLength(1);
    const dis = await helper.driver.executeQuery(
      "MATCH (d:Disagreement {id: $d})-[:CONCERNS]->(o {id: $id}) RETURN d.description AS description",
      { d: changed.updateFacts.disagreementIds[0], id },
      { database: helper.neo4j.database },
    );
    expect(dis.records[0]?.get("description")).toContain("'https://acme.example.it'");
    expect(dis.records[0]?.get("description")).toContain("'https://www.acme-energia.it'");
    // The same source restating its own value again: nothing changes.
    const again = await helper.data<{ updateFacts: { changeCount: number } }>(
      UPDATE,
      { id, values: { website: "https://www.acme-energia.it" }, evidence: otherSource },
      editor,
    );
    expect(again.updateFacts.changeCount).toBe(0);

    const history = await helper.data<{
      changes: { op: string; by: string; before: string | null; after: string | null }[];
    }>(
      `query ($id: ID!) { changes(where: { nodeId: { eq: $id } }, sort: [{ at: ASC }, { seq: ASC }]) { op by before after } }`,
      { id },
      editor,
    );
    expect(history.changes.map((c) => c.op)).toEqual(
      expect.arrayContaining(["CREATE_NODE", "CREATE_LINK", "UPDATE_NODE"]),
    );
    const update = history.changes.find((c) => c.op === "UPDATE_NODE")!;
    expect(JSON.parse(update.before!)).toEqual({ website: "https://acme.example.it" });
    expect(JSON.parse(update.after!)).toEqual({ website: "https://www.acme-energia.it" });
    // Another cluster's editor does not see this cluster's audit trail; an admin does.
    const hidden = await helper.data<{ changeSets: unknown[] }>(
      `{ changeSets(where: { by: { eq: "anna" } }) { id } }`,
      {},
      other,
    );
    expect(hidden.changeSets).toEqual([]);
    const seen = await helper.data<{ changeSets: { by: string }[] }>(
      `{ changeSets(where: { by: { eq: "anna" } }) { id by } }`,
      {},
      admin,
    );
    expect(seen.changeSets.length).toBeGreaterThanOrEqual(2);
  });
});

describe("links", () => {
  it("adds five organisations of one name at once, each with its own id (a lost race is tried again)", async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        helper.graphql<{ addMember: { nodeId: string } }>(
          ADD_MEMBER,
          { clusterId: "cluster-energy", organization: { name: "Gemelli Concorrenti Srl" }, evidence },
          editor,
        ),
      ),
    );
    expect(results.map((r) => r.errors?.[0]?.message ?? "ok")).toEqual(["ok", "ok", "ok", "ok", "ok"]);
    const ids = results.map((r) => r.data!.addMember.nodeId);
    expect(new Set(ids).size).toBe(5);
    expect(ids).toContain("org-gemelli-concorrenti-srl");
  });

  it("adds an existing organisation as a member, and removes the link with a note kept in the history", async () => {
    const added = await helper.data<{ addMember: { summary: string } }>(
      ADD_MEMBER,
      { clusterId: "cluster-energy", organizationId: "org-grammelot", evidence },
      editor,
    );
    expect(added.addMember.summary).toMatch(/added to the members of Lombardy Energy Cleantech Cluster$/);
    const unlink = `mutation ($note: String!) { unlinkNodes(fromId: "org-grammelot", type: "MEMBER_OF", toId: "cluster-energy", note: $note) { summary changeCount } }`;
    const removed = await helper.data<{ unlinkNodes: { summary: string } }>(
      unlink,
      { note: "It left in 2026." },
      editor,
    );
    expect(removed.unlinkNodes.summary).toContain("removed: It left in 2026.");
    const again = await helper.graphql(unlink, { note: "again" }, editor);
    expect(again.errors?.[0]?.message).toBe("No MEMBER_OF link goes from 'org-grammelot' to 'cluster-energy'.");
    const link = `mutation { linkNodes(fromId: "org-grammelot", type: "FUNDED_BY", toId: "cluster-energy", evidence: { source: { title: "x" }, quote: "abc" }) { summary } }`;
    const wrongType = await helper.graphql(link, {}, editor);
    expect(wrongType.errors?.[0]?.message).toMatch(
      /^type: the model has no FUNDED_BY from a Organization to a Cluster \(it has .*MEMBER_OF/,
    );
    // A type written in lower case is not a type of the model: said so, never an internal error.
    const lower = await helper.graphql(unlink.replace('type: "MEMBER_OF"', 'type: "member_of"'), { note: "x" }, editor);
    expect(lower.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(lower.errors?.[0]?.message).toMatch(/^type: the model has no member_of from a Organization to a Cluster/);
  });
});

const memberRows = (n: number, bad?: number): string =>
  [
    "name;website;city;taxCode",
    ...Array.from(
      { length: n },
      (_, i) =>
        `Roster Member ${i + 1} Srl;${i + 1 === bad ? "not a site" : `https://member${i + 1}.example.it`};Milano;`,
    ),
  ].join("\r\n");

describe("roster import", () => {
  it("dry-runs, applies all or nothing, and changes nothing on a second import", async () => {
    const before = await snapshot();
    const file = `\uFEFFnome;sito web;città\r\nAcme Energia Srl;https://www.acme-energia.it;Milano\r\nNuova Energia S.p.A.;https://nuova.example.it;Brescia\r\n"Rossi; Bianchi Srl";;Bergamo\r\n`;
    const dry = await roster("cluster-energy", file, "soci-2026.csv", false);
    expect(dry.status).toBe(200);
    expect(dry.body.applied).toBe(false);
    expect(dry.body.counts).toEqual({ added: 2, changed: 1, unchanged: 0, conflicting: 0, error: 0 });
    expect(dry.body.rows.map((r: { row: number; name: string; status: string }) => [r.row, r.name, r.status])).toEqual([
      [2, "Acme Energia Srl", "changed"],
      [3, "Nuova Energia S.p.A.", "added"],
      [4, "Rossi; Bianchi Srl", "added"],
    ]);
    expect(await snapshot()).toBe(before);

    const applied = await roster("cluster-energy", file, "soci-2026.csv", true);
    expect(applied.body.applied).toBe(true);
    expect(applied.body.changeSetId).toMatch(/^cs-/);
    const { records } = await helper.driver.executeQuery(
      "MATCH (o:Organization)-[m:MEMBER_OF]->(:Cluster {id: 'cluster-energy'}) WHERE o.name IN ['Nuova Energia S.p.A.', 'Rossi; Bianchi Srl'] RETURN o.name AS name, o.city AS city, m.quotes AS quotes ORDER BY name",
      {},
      { database: helper.neo4j.database },
    );
    expect(records.map((r) => [r.get("name"), r.get("city")])).toEqual([
      ["Nuova Energia S.p.A.", "Brescia"],
      ["Rossi; Bianchi Srl", "Bergamo"],
    ]);
    expect(records[0]?.get("quotes")).toEqual([
      "soci-2026.csv, row 3: Nuova Energia S.p.A.; https://nuova.example.it; Brescia",
    ]);

    const after = await snapshot();
    const again = await roster("cluster-energy", file, "soci-2026.csv", true);
    expect(again.body.counts).toEqual({ added: 0, changed: 0, unchanged: 3, conflicting: 0, error: 0 });
    expect(again.body.changeSetId).toBeNull();
    expect(await snapshot()).toBe(after);
  });

  it("reads XLSX, and keeps a value another source states as a conflict without replacing it", async () => {
    const xlsx = await writeXlsxFile([
      [{ value: "name" }, { value: "website" }],
      [{ value: "Acme Energia Srl" }, { value: "https://acme-other.example.it" }],
    ]).toBuffer();
    const dry = await roster("cluster-energy", xlsx, "other-list.xlsx", true);
    expect(dry.body.fileKind).toBe("xlsx");
    expect(dry.body.rows[0].status).toBe("conflicting");
    const { records } = await helper.driver.executeQuery(
      "MATCH (o {id: 'org-acme-energia-srl'}) RETURN o.website AS w",
      {},
      { database: helper.neo4j.database },
    );
    expect(records[0]?.get("w")).toBe("https://www.acme-energia.it");
  });

  it("writes nothing for one bad row in 1,000 and names it; refuses other clusters, unknown columns, other files and large ones", async () => {
    const before = await snapshot();
    const bad = await roster("cluster-energy", memberRows(1000, 637), "big.csv", true);
    expect(bad.status, JSON.stringify(bad.body).slice(0, 400)).toBe(422);
    expect(bad.body.applied).toBe(false);
    expect(bad.body.counts.error).toBe(1);
    const row = bad.body.rows.find((r: { status: string }) => r.status === "error");
    expect(row).toMatchObject({ row: 638, errors: [{ column: "website", value: "not a site" }] });

    const forbidden = await roster("cluster-aerospace", memberRows(2), "x.csv", true);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.errors[0].extensions.code).toBe("FORBIDDEN");
    const anonymous = await fetch(`${helper.url}/roster/cluster-energy?apply=true`, {
      method: "POST",
      headers: { "x-file-name": "x.csv" },
      body: memberRows(2),
    });
    expect(anonymous.status).toBe(401);
    // The token is checked before the body is read: a visitor's 3 MB is refused as a visitor's, unread.
    const anonymousLarge = await fetch(`${helper.url}/roster/cluster-energy?apply=true`, {
      method: "POST",
      headers: { "x-file-name": "x.csv" },
      body: "x".repeat(3 * 1024 * 1024),
    });
    expect(anonymousLarge.status).toBe(401);
    expect(anonymousLarge.headers.get("connection")).toBe("close");
    const unknown = await roster("cluster-energy", "name;budget;colour\nX;1;red\n", "x.csv", true);
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].message).toContain("unknown columns 'budget', 'colour'");
    const binary = await roster("cluster-energy", new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2]), "x.csv", true);
    expect(binary.body.errors[0].message).toContain("not a CSV or XLSX file");
    const pdf = await roster("cluster-energy", "name\nX\n", "members.pdf", true);
    expect(pdf.body.errors[0].message).toContain("give a .csv or .xlsx file");
    const large = await roster("cluster-energy", `name\n${"x".repeat(3 * 1024 * 1024)}\n`, "x.csv", true);
    expect(large.status).toBe(413);
    expect(await snapshot()).toBe(before);
  });

  it("lets an admin undo the import, audits the undo, and refuses to undo it twice", async () => {
    const imported = await roster("cluster-energy", "name\nUndo Me Srl\n", "undo.csv", true);
    const id = imported.body.changeSetId as string;
    const undone = await helper.data<{ undoChangeSet: { changeSetId: string; changeCount: number } }>(
      UNDO,
      { id },
      admin,
    );
    expect(undone.undoChangeSet.changeCount).toBeGreaterThan(0);
    const { records } = await helper.driver.executeQuery(
      "OPTIONAL MATCH (o:Organization {name: 'Undo Me Srl'}) MATCH (cs:ChangeSet {id: $id}) MATCH (u:ChangeSet {id: cs.undoneBy}) RETURN o, u.kind AS kind, u.by AS by, u.undoes AS undoes",
      { id },
      { database: helper.neo4j.database },
    );
    expect(records[0]?.get("o")).toBeNull();
    expect([records[0]?.get("kind"), records[0]?.get("by"), records[0]?.get("undoes")]).toEqual(["UNDO", "boss", id]);
    const twice = await helper.graphql(UNDO, { id }, admin);
    expect(twice.errors?.[0]?.message).toContain("was undone already");
  });

  it("refuses an undo when a later change touched the same values", async () => {
    const first = await helper.data<{ updateFacts: { changeSetId: string } }>(
      UPDATE,
      { id: "org-acme-energia-srl", values: { city: "Sesto San Giovanni" }, evidence },
      editor,
    );
    await helper.data(UPDATE, { id: "org-acme-energia-srl", values: { city: "Monza" }, evidence }, editor);
    const before = await snapshot();
    const r = await helper.graphql(UNDO, { id: first.updateFacts.changeSetId }, admin);
    expect(r.errors?.[0]?.message).toMatch(
      /Cannot undo change 1 \(UPDATE_NODE org-acme-energia-srl\): its values have changed since/,
    );
    expect(await snapshot()).toBe(before);
  });
});

describe("export", () => {
  it("exports a cluster's part as GraphML and CSV, and the whole graph as JSON that imports back the same", async () => {
    const graphmlText = await (await fetch(`${helper.url}/export/graph.graphml?cluster=cluster-energy`)).text();
    expect(graphmlText).toContain('<node id="cluster-energy">');
    expect(graphmlText).toContain('<node id="org-acme-energia-srl">');
    expect(graphmlText).not.toContain('<node id="cluster-aerospace">');
    const nodesCsv = await (await fetch(`${helper.url}/export/graph.nodes.csv?cluster=cluster-energy`)).text();
    expect(nodesCsv.split("\r\n")[0]).toBe("Id,Label,Type,properties");
    expect(nodesCsv).toContain("org-acme-energia-srl,Acme Energia Srl,Organization,");
    const unknownCluster = await fetch(`${helper.url}/export/graph.json?cluster=cluster-nope`);
    expect(unknownCluster.status).toBe(400);

    const response = await fetch(`${helper.url}/export/graph.json`);
    expect(response.headers.get("content-disposition")).toContain("lombardy-kg-all.json");
    const graph = await response.json();
    const facts = "NOT n:Account AND NOT n:ChangeSet AND NOT n:Change AND NOT n:LoginFailures AND NOT n:WriteLock";
    const before = await graphSnapshot(helper.driver, helper.neo4j.database, facts);
    await helper.resetDatabase();
    const counts = await importGraphJson(helper.driver, helper.neo4j.database, graph);
    expect(counts.nodes).toBe(graph.nodes.length);
    expect(await graphSnapshot(helper.driver, helper.neo4j.database, facts)).toBe(before);
    await expect(importGraphJson(helper.driver, helper.neo4j.database, graph)).rejects.toThrow(/not empty/);
  });

  it("publishes the roster templates with the documented columns", async () => {
    const csv = await (await fetch(`${helper.url}/templates/roster-members.csv`)).text();
    expect(csv.trim()).toBe(readFileSync(path.join(repoRoot, "docs/templates/roster-members.csv"), "utf8").trim());
    expect(csv.trim().split(";")).toEqual([
      "id",
      "name",
      "nameIt",
      "shortName",
      "kind",
      "website",
      "city",
      "taxCode",
      "quote",
    ]);
    const xlsx = await fetch(`${helper.url}/templates/roster-members.xlsx`);
    expect(xlsx.status).toBe(200);
  });
});
