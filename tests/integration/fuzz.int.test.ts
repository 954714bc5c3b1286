/**
 * A schema-aware fuzz test on loopback: every Query field with random arguments of its types
 * (edge numbers, metacharacters, injection attempts, deep and wrong values), plus malformed bodies
 * and addresses. Bounded in count and seeded, so a failure replays. No answer may be a 500, carry
 * a stack trace, a file path, Cypher, or an internal error; the counts are printed.
 */
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildGraphQLSchema } from "@lombardy-kg/api";
import { seededRandom } from "@lombardy-kg/seed";
import { TestHelper } from "../support/test-helper";

/** FUZZ_COUNT and FUZZ_SEED run it longer or differently by hand; CI runs the default. */
const GRAPHQL_REQUESTS = Number(process.env.FUZZ_COUNT ?? 900);
const SEED = Number(process.env.FUZZ_SEED ?? 20261124);

const helper = new TestHelper();
beforeAll(async () => {
  await helper.useCuratedGraph();
  await helper.startApi();
});
afterAll(() => helper.close());

const random = seededRandom(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const chance = (p: number): boolean => random() < p;

const STRINGS = [
  "cluster-energy",
  "org-polimi",
  "prj-syschemiq",
  "hydrogen",
  "M2C2",
  "",
  " ",
  "and",
  "e",
  "'; MATCH (n) DETACH DELETE n //",
  '" OR 1=1 --',
  "\u0000",
  "\\",
  "${process.env}",
  "*",
  "~",
  "name:*",
  "(a OR b) AND c^4",
  "<script>alert(1)</script>",
  "%00%2e%2e/",
  "../../etc/passwd",
  "Città della Scienza ßü ☃ 𝔘",
  "a".repeat(101),
  "x".repeat(2_000),
  "{}",
  "[]",
  "null",
  "YXJyYXljb25uZWN0aW9uOjE=",
  "YXJyYXljb25uZWN0aW9uOi0x",
];
const INTS = [
  -2_147_483_648, -1, 0, 1, 1, 2, 2, 3, 3, 5, 7, 10, 50, 51, 200, 201, 2_000, 2_001, 1_000_001, 2_147_483_647,
];
const FLOATS = [-1, 0, 0.5, 1e308, -1e-308, 3.14];

function valueOf(type: GraphQLInputType, depth: number): unknown {
  if (isNonNullType(type)) return valueOf(type.ofType, depth);
  if (chance(0.04)) return null;
  if (isListType(type)) {
    const n = pick([0, 1, 2, 3]);
    return Array.from({ length: n }, () => valueOf(type.ofType, depth + 1));
  }
  const named = getNamedType(type);
  if (isEnumType(named)) return chance(0.01) ? "NOT_A_VALUE" : pick(named.getValues()).name;
  if (isInputObjectType(named)) {
    if (depth > 4) return {};
    const fields = Object.values(named.getFields());
    const chosen = fields.filter((f) => isNonNullType(f.type) || chance(Math.min(0.5, 2 / fields.length)));
    return Object.fromEntries(chosen.map((f) => [f.name, valueOf(f.type, depth + 1)]));
  }
  if (isScalarType(named)) {
    // Now and then a value of the wrong type, which coercion must refuse politely.
    if (chance(0.01)) return pick<unknown>([{}, [1], "12", true, 1.5]);
    switch (named.name) {
      case "Int":
        return pick(INTS);
      case "Float":
        return pick(FLOATS);
      case "Boolean":
        return chance(0.5);
      default:
        return pick(STRINGS);
    }
  }
  return null;
}

/** A few scalar fields of the type, and now and then one nested object's. */
function selectionOf(type: GraphQLObjectType, depth: number): string {
  const fields = Object.values(type.getFields());
  const scalars = fields.filter(
    (f) => !isObjectType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)),
  );
  const objects = fields.filter(
    (f) => isObjectType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)),
  );
  const parts = scalars
    .filter(() => chance(0.4))
    .slice(0, 5)
    .map((f) => f.name);
  if (depth < 3 && objects.length && chance(0.6)) {
    const nested = pick(objects);
    parts.push(`${nested.name} { ${selectionOf(getNamedType(nested.type) as GraphQLObjectType, depth + 1)} }`);
  }
  return ["__typename", ...parts].join(" ");
}

function requestFor(field: GraphQLField<unknown, unknown>): { query: string; variables: Record<string, unknown> } {
  const args = field.args.filter((a) => isNonNullType(a.type) || chance(0.5));
  const variables = Object.fromEntries(args.map((a) => [a.name, valueOf(a.type, 0)]));
  const declared = args.map((a) => `$${a.name}: ${String(a.type)}`).join(", ");
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(", ");
  const returned = getNamedType(field.type);
  const selection = isObjectType(returned) ? ` { ${selectionOf(returned, 0)} }` : "";
  return {
    query: `query Fuzz${declared ? `(${declared})` : ""} { ${field.name}${passed ? `(${passed})` : ""}${selection} }`,
    variables,
  };
}

interface Finding {
  what: string;
  status: number;
  body: string;
}

/** Nothing internal in what a client sees. */
const INTERNALS =
  /\n\s+at |node_modules|\/work\/|\.ts:\d+|\.js:\d+|Neo4jError|Neo\.(Client|Transient|Database)Error|MATCH \(|CALL \{|INTERNAL_SERVER_ERROR/i;

/** The request's own strings, echoed in a message ("No node has the id '...'"), are not leaks. */
function withoutEchoes(body: string): string {
  return STRINGS.filter((s) => s.length > 3).reduce(
    (text, s) => text.split(JSON.stringify(s).slice(1, -1)).join(""),
    body,
  );
}

function judge(what: string, status: number, body: string, findings: Finding[]): void {
  if (status >= 500 || INTERNALS.test(withoutEchoes(body))) findings.push({ what, status, body: body.slice(0, 400) });
}

describe("fuzzing the API", () => {
  it(`${GRAPHQL_REQUESTS} schema-aware requests over every Query field: no 500, nothing internal`, async () => {
    const schema = await buildGraphQLSchema();
    const fields = Object.values(schema.getQueryType()?.getFields() ?? {});
    expect(fields.length).toBeGreaterThan(40);
    const findings: Finding[] = [];
    // What the server logs as a failure of its own: nothing, for anything a client can send.
    const logged: string[] = [];
    let current = "";
    const log = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
      logged.push(`${args.map(String).join(" ").slice(0, 200)} <- ${current}`);
    });
    const statuses = new Map<number, number>();
    const codes = new Map<string, number>();
    for (let i = 0; i < GRAPHQL_REQUESTS; i++) {
      const field = fields[i % fields.length] as GraphQLField<unknown, unknown>;
      const body = JSON.stringify(requestFor(field));
      current = body.slice(0, 600);
      const response = await fetch(`${helper.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      const text = await response.text();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      for (const match of text.matchAll(/"code":"([A-Z_]+)"/g)) codes.set(match[1]!, (codes.get(match[1]!) ?? 0) + 1);
      judge(`${field.name} ${body.slice(0, 300)}`, response.status, text, findings);
    }
    log.mockRestore();
    console.log(
      `fuzz (seed ${SEED}): ${GRAPHQL_REQUESTS} requests over ${fields.length} Query fields; statuses ${JSON.stringify(Object.fromEntries(statuses))}; codes ${JSON.stringify(Object.fromEntries(codes))}; findings ${findings.length}; server errors logged ${logged.length}`,
    );
    expect(logged.slice(0, 5)).toEqual([]);
    expect(findings.slice(0, 5)).toEqual([]);
  });

  const MALFORMED: [string, RequestInit & { path?: string }][] = [
    ["empty body", { method: "POST", body: "" }],
    ["null", { method: "POST", body: "null" }],
    ["a number", { method: "POST", body: "5" }],
    ["an array (batching)", { method: "POST", body: '[{"query":"{ __typename }"}]' }],
    ["query not a string", { method: "POST", body: '{"query": 1}' }],
    ["unterminated query", { method: "POST", body: '{"query": "{"}' }],
    ["variables a string", { method: "POST", body: '{"query":"{ __typename }","variables":"x"}' }],
    ["operationName a number", { method: "POST", body: '{"query":"{ __typename }","operationName":5}' }],
    ["unknown operationName", { method: "POST", body: '{"query":"query A { __typename }","operationName":"B"}' }],
    ["two anonymous operations", { method: "POST", body: '{"query":"{ __typename } { __typename }"}' }],
    [
      "a mutation",
      { method: "POST", body: '{"query":"mutation { createClusters(input: []) { info { nodesCreated } } }"}' },
    ],
    ["a subscription", { method: "POST", body: '{"query":"subscription { x }"}' }],
    [
      "extensions garbage",
      {
        method: "POST",
        body: '{"query":"{ __typename }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"00"}}}',
      },
    ],
    ["deep JSON", { method: "POST", body: `${"[".repeat(5_000)}${"]".repeat(5_000)}` }],
    ["text/plain", { method: "POST", body: '{"query":"{ __typename }"}', headers: { "content-type": "text/plain" } }],
    [
      "form data",
      {
        method: "POST",
        body: "query=%7B__typename%7D",
        headers: { "content-type": "application/x-www-form-urlencoded" },
      },
    ],
    ["no content type", { method: "POST", body: '{"query":"{ __typename }"}', headers: {} }],
    ["GET a mutation", { method: "GET", path: "/graphql?query=mutation%7Bx%7D" }],
    ["GET a bad query", { method: "GET", path: "/graphql?query=%7B" }],
    ["GET no query", { method: "GET", path: "/graphql", headers: { accept: "application/json" } }],
    ["PUT", { method: "PUT", body: "{}" }],
    ["DELETE", { method: "DELETE" }],
    ["path traversal", { method: "GET", path: "/assets/..%2f..%2fpackage.json" }],
    ["a malformed escape", { method: "GET", path: "/assets/%E0%A4%A" }],
    ["a NUL in the path", { method: "GET", path: "/assets/%00" }],
    ["a long path", { method: "GET", path: `/${"a".repeat(8_000)}` }],
    ["healthz POST", { method: "POST", path: "/healthz", body: "{}" }],
  ];

  it.each(MALFORMED)("%s: a 4xx JSON answer or the app, nothing internal", async (what, init) => {
    const { path = "/graphql", headers, ...rest } = init;
    const response = await fetch(`${helper.url}${path}`, {
      ...rest,
      headers: headers ?? { "content-type": "application/json" },
    });
    const text = await response.text();
    const findings: Finding[] = [];
    judge(what, response.status, text, findings);
    expect(findings).toEqual([]);
    if (path.startsWith("/graphql") && response.status >= 400) {
      expect(response.headers.get("content-type")).toMatch(/json/);
      expect(text).not.toMatch(/<html/i);
    }
  });
});
