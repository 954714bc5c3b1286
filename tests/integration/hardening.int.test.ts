/**
 * The hardening review's findings, one describe each (numbered as in the issue): what a hostile
 * client sent, and what the API must answer now. Each request here once froze the API, ran
 * without bound, leaked internals, or answered a client's mistake as a server error.
 */
import net from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { REQUEST_LIMITS } from "@lombardy-kg/api";
import { aliasedScalars, chain, doublingFragments, introspections, nestedAll } from "../support/hostile-requests";
import { TestHelper } from "../support/test-helper";

const helper = new TestHelper();
beforeAll(async () => {
  await helper.useCuratedGraph();
  await helper.startApi({}, { httpTimeouts: { requestMs: 1_500, headersMs: 1_000 } });
});
afterAll(() => helper.close());

interface Answer {
  status: number;
  text: string;
  json: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined;
  headers: Headers;
}

async function post(body: string | Uint8Array, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${helper.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : new Blob([new Uint8Array(body)]),
  });
  const text = await response.text();
  let json: Answer["json"];
  try {
    json = JSON.parse(text) as Answer["json"];
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json, headers: response.headers };
}

const ask = (query: string, variables: Record<string, unknown> = {}) => post(JSON.stringify({ query, variables }));

/** Nothing a client should never see: stack frames, file paths, library names, Cypher. */
function expectNoInternals(text: string): void {
  expect(text).not.toMatch(/\n\s+at |node_modules|\/work\/|\.ts:\d+|\.js:\d+|body-parser|Neo4jError|MATCH \(|<html/i);
}

describe("1. a request that would freeze the event loop is refused before it runs", () => {
  it.each([
    {
      name: "6,000 aliased scalars",
      query: aliasedScalars(6_000),
      code: "TOO_MANY_TOKENS",
      limit: REQUEST_LIMITS.tokens,
    },
    { name: "51 aliases", query: aliasedScalars(51), code: "TOO_MANY_ALIASES", limit: REQUEST_LIMITS.aliases },
    {
      name: "fragments doubling 24 times",
      query: doublingFragments(24),
      code: "TOO_MANY_SELECTIONS",
      limit: REQUEST_LIMITS.selections,
    },
    {
      name: "two full introspections",
      query: introspections(2),
      code: "TOO_MUCH_INTROSPECTION",
      limit: REQUEST_LIMITS.schemaIntrospections,
    },
    { name: "a chain nine fields deep", query: chain(7), code: "QUERY_TOO_DEEP", limit: REQUEST_LIMITS.depth },
    {
      name: "21 directives",
      query: `{ clusters { ${Array.from({ length: 21 }, (_, i) => `f${i}: id @include(if: true)`).join(" ")} } }`,
      code: "TOO_MANY_DIRECTIVES",
      limit: REQUEST_LIMITS.directives,
    },
    {
      name: "nested lists without limits under a long one",
      query: `{ organizations(limit: 2000) { id clusters { id members { id name } } } }`,
      code: "QUERY_TOO_COSTLY",
      limit: REQUEST_LIMITS.cost,
    },
    {
      name: "one field repeated 1,900 times",
      query: `{ clusters { ${"id ".repeat(1_900)} } }`,
      code: "TOO_MANY_TOKENS",
      limit: REQUEST_LIMITS.tokens,
    },
  ])("$name: 400 $code naming the limit", async ({ query, code, limit }) => {
    const answer = await ask(query);
    expect(answer.status).toBe(400);
    expect(answer.json?.data ?? null).toBeNull();
    expect(answer.json?.errors?.[0]?.extensions?.code).toBe(code);
    if (limit !== undefined) {
      expect(answer.json?.errors?.[0]?.extensions?.limit).toBe(limit);
      expect(answer.json?.errors?.[0]?.message).toContain(limit.toLocaleString("en-GB"));
    }
  });

  it("counts what it refuses: the depth and aliases found", async () => {
    // clusters, seven links, id: nine fields on the longest path.
    expect((await ask(chain(7))).json?.errors?.[0]?.extensions).toMatchObject({ limit: 8, found: 9 });
    expect((await ask(aliasedScalars(51))).json?.errors?.[0]?.extensions).toMatchObject({ limit: 50, found: 51 });
  });

  it("still answers what the explorer and GraphiQL ask: one introspection, a depth-8 chain, 50 aliases", async () => {
    for (const query of [introspections(1), chain(6, 3), aliasedScalars(50)]) {
      const answer = await ask(query);
      expect(answer.json?.errors).toBeUndefined();
      expect(answer.status).toBe(200);
    }
  });
});

describe("2. Neo4j work is bounded", () => {
  it("refuses `where` filters nested deeper than the limit, naming it", async () => {
    const answer = await ask(nestedAll(8));
    expect(answer.status).toBe(400);
    expect(answer.json?.errors?.[0]?.extensions).toMatchObject({
      code: "FILTER_TOO_DEEP",
      limit: REQUEST_LIMITS.filterDepth,
      found: 9,
    });
    expect((await ask(nestedAll(3))).json?.errors).toBeUndefined();
  });

  it("counts filters passed in variables as well", async () => {
    let where: Record<string, unknown> = { name: { eq: "nobody" } };
    for (let i = 0; i < 6; i++) where = { members: { all: { clusters: { all: where } } } };
    const answer = await ask(`query($w: ClusterWhere) { clusters(where: $w) { id } }`, { w: where });
    expect(answer.json?.errors?.[0]?.extensions?.code).toBe("FILTER_TOO_DEEP");
  });

  it("refuses variables nested deeper than any filter could need", async () => {
    let deep: unknown = { id: { eq: "x" } };
    for (let i = 0; i < 200; i++) deep = { AND: [deep] };
    const answer = await ask(`query($w: ClusterWhere) { clusters(limit: 1, where: $w) { id } }`, { w: deep });
    expect(answer.status).toBe(400);
    expect(answer.json?.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "variables" });
  });
});

describe("4. HTTP-level errors answer JSON, without stacks or paths", () => {
  beforeAll(() => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterAll(() => vi.restoreAllMocks());

  it.each([
    ["malformed JSON", () => post("{bad"), 400, "BAD_REQUEST"],
    [
      "a body over the size limit",
      () => post(JSON.stringify({ query: `{ clusters { id } }`, pad: "x".repeat(REQUEST_LIMITS.bodyBytes) })),
      413,
      "PAYLOAD_TOO_LARGE",
    ],
    ["charset=utf-16", () => post("{}", { "content-type": "application/json; charset=utf-16" }), 400, "BAD_REQUEST"],
    ["a bad gzip body", () => post("not gzip at all", { "content-encoding": "gzip" }), 400, "BAD_REQUEST"],
    ["an unknown content encoding", () => post("{}", { "content-encoding": "snappy" }), 415, "BAD_REQUEST"],
  ])("%s", async (_, send, status, code) => {
    const answer = await send();
    expect(answer.status).toBe(status);
    expect(answer.headers.get("content-type")).toMatch(/^application\/json/);
    expect(answer.json?.errors?.[0]?.extensions?.code).toBe(code);
    expectNoInternals(answer.text);
  });

  it("a gzip body that is good is read", async () => {
    const answer = await post(gzipSync(JSON.stringify({ query: `{ clusters(limit: 1) { id } }` })), {
      "content-encoding": "gzip",
    });
    expect(answer.json?.errors).toBeUndefined();
  });

  it("an address nothing serves", async () => {
    const response = await fetch(`${helper.url}/assets/no-such-file.js`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: "NOT_FOUND" } }] });
  });
});

describe("5. a client's mistake is BAD_USER_INPUT naming the argument and range, and logs nothing", () => {
  it.each([
    [`{ clusters(limit: -1) { id } }`, "limit", "from 1 to 2,000, got -1"],
    [`{ clusters(offset: -5) { id } }`, "offset", "from 0 to 1,000,000, got -5"],
    [`{ clusters(limit: 2001) { id } }`, "limit", "from 1 to 2,000, got 2001"],
    [`{ clustersConnection(first: 0) { totalCount } }`, "first", "from 1 to 2,000, got 0"],
    [`{ clusters(limit: 1) { members(limit: -3) { id } } }`, "limit", "got -3"],
    [`{ search(text: "${"a".repeat(1_001)}") { id } }`, "text", "at most 200 characters"],
    [`{ search(text: "${"a".repeat(150)}") { id } }`, "text", "at most 100 characters long, got one of 150"],
  ])("%#: %s", async (query, argument, range) => {
    const log = vi.spyOn(console, "error");
    try {
      const answer = await ask(query);
      expect(answer.status).toBe(query.includes("search") ? 200 : 400);
      expect(answer.json?.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
      expect(answer.json?.errors?.[0]?.message).toContain(range);
      expect(log).not.toHaveBeenCalled();
    } finally {
      log.mockRestore();
    }
  });
});

describe("6. headers and connections", () => {
  it.each(["/", "/graphql"])("%s carries a CSP, nosniff, no framing and no referrer", async (page) => {
    const response = await fetch(`${helper.url}${page}`, { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-eval");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("x-powered-by")).toBeNull();
  });

  it("answers headers over Node's limit with 431 in the API's JSON error shape", async () => {
    const response = await fetch(`${helper.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${"x".repeat(20_000)}` },
      body: JSON.stringify({ query: "{ clusters { id } }" }),
    });
    expect(response.status).toBe(431);
    expect(response.headers.get("content-type")).toBe("application/json");
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe("HEADERS_TOO_LARGE");
    expect(body.errors[0]!.message).toMatch(/headers are larger than this server accepts/);
  });

  it("sends answers and the app compressed to a client that accepts it", async () => {
    const answer = await fetch(`${helper.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "accept-encoding": "gzip" },
      body: JSON.stringify({ query: "{ startView { nodes { id name } relationships { id } } }" }),
    });
    expect(answer.headers.get("content-encoding")).toBe("gzip");
    expect(((await answer.json()) as { data: { startView: { nodes: unknown[] } } }).data.startView.nodes).toHaveLength(
      23,
    );
    const html = await (await fetch(`${helper.url}/`)).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${helper.url}${script}`, { headers: { "accept-encoding": "br, gzip" } });
    expect(asset.headers.get("content-encoding")).toMatch(/^(br|gzip)$/);
  });

  it("cuts a body sent a byte at a time once the request timeout passes", async () => {
    const socket = net.connect(Number(new URL(helper.url).port), "127.0.0.1");
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
    let received = "";
    socket.on("data", (d: Buffer) => (received += d.toString()));
    const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
    socket.write("POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{");
    const drip = setInterval(() => socket.writable && socket.write(" "), 400);
    await closed;
    clearInterval(drip);
    // Closed by the server with 408, not left open for as long as the client keeps dripping.
    expect(received).toMatch(/^HTTP\/1\.1 408/);
  });
});

describe("6. per-client rate limit", () => {
  const limited = new TestHelper();
  beforeAll(() => limited.startApi({ RATE_LIMIT: "5" }));
  afterAll(() => limited.close());

  it("answers 429 with Retry-After and a code past the limit", async () => {
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 7; i++) {
      last = await fetch(`${limited.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      statuses.push(last.status);
      if (i < 6) await last.text();
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(Number(last?.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await last?.json()).toMatchObject({ errors: [{ extensions: { code: "RATE_LIMITED", limit: 5 } }] });
  });
});

describe("6. connection cap", () => {
  // A server of its own: no connection of another test is kept alive to it.
  const capped = new TestHelper();
  beforeAll(() => capped.startApi({ MAX_CONNECTIONS: "3" }));
  afterAll(() => capped.close());

  it("accepts no more connections than MAX_CONNECTIONS at once", async () => {
    const port = Number(new URL(capped.url).port);
    const sockets: net.Socket[] = [];
    const closed: boolean[] = [];
    for (let i = 0; i < 5; i++) {
      const socket = net.connect(port, "127.0.0.1");
      sockets.push(socket);
      closed.push(false);
      socket.once("close", () => (closed[i] = true));
      await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
    }
    // The server drops a connection over the cap as it arrives: wait until two have gone.
    await expect.poll(() => closed.filter(Boolean).length).toBe(2);
    expect(closed).toEqual([false, false, false, true, true]);
    for (const s of sockets) s.destroy();
  });
});

describe("7. answers are what was asked for", () => {
  it("search returns `limit` hits when there are that many (sources no longer take slots)", async () => {
    const answer = await ask(`{ search(text: "cluster", limit: 5) { id type } }`);
    const hits = (answer.json?.data as { search: { type: string }[] }).search;
    expect(hits).toHaveLength(5);
    expect(hits.every((h) => h.type !== "Source")).toBe(true);
  });

  it("a cursor the API did not give is refused, not read as the first page", async () => {
    const answer = await ask(`{ clustersConnection(first: 2, after: "garbage") { edges { node { id } } } }`);
    expect(answer.json?.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "after" });
  });

  it("a cursor the API gave reads the next page", async () => {
    const first = (
      await ask(
        `{ clustersConnection(first: 2, sort: [{ id: ASC }]) { pageInfo { endCursor } edges { node { id } } } }`,
      )
    ).json?.data as { clustersConnection: { pageInfo: { endCursor: string }; edges: { node: { id: string } }[] } };
    const next = (
      await ask(
        `query($after: String) { clustersConnection(first: 2, after: $after, sort: [{ id: ASC }]) { edges { node { id } } } }`,
        {
          after: first.clustersConnection.pageInfo.endCursor,
        },
      )
    ).json?.data as { clustersConnection: { edges: { node: { id: string } }[] } };
    expect(next.clustersConnection.edges[0]?.node.id).not.toBe(first.clustersConnection.edges[0]?.node.id);
    expect(next.clustersConnection.edges).toHaveLength(2);
  });
});
