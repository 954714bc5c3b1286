/**
 * The request limits are sized against what our own clients send: every operation of the web
 * app and GraphiQL's introspection pass each limit at half its value, so a refusal is never a
 * request of ours and a change that grows one near a limit fails here first.
 */
import {
  getIntrospectionQuery,
  Kind,
  Lexer,
  parse,
  Source,
  specifiedRules,
  TokenKind,
  validate,
  isInputObjectType,
  type DocumentNode,
  type GraphQLSchema,
  type TypeNode,
} from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { buildGraphQLSchema, limitRules, queryCoster, REQUEST_LIMITS, type RequestLimits } from "@lombardy-kg/api";
import * as documents from "../../web/src/generated/graphql";
import { aliasedScalars, chain, doublingFragments } from "../support/hostile-requests";

const operations: [string, string][] = [
  ...Object.entries(documents)
    .filter(([name]) => name.endsWith("Document"))
    .map(([name, doc]): [string, string] => [name, String(doc)]),
  [
    "GraphiQL's introspection",
    getIntrospectionQuery({
      descriptions: true,
      inputValueDeprecation: true,
      schemaDescription: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      oneOf: true,
    }),
  ],
];

function tokens(query: string): number {
  const lexer = new Lexer(new Source(query));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n++;
  return n;
}

/** A value for each required variable, so the operation can be costed as a client would send it. */
function placeholderVariables(document: DocumentNode, schema: GraphQLSchema): Record<string, unknown> {
  const named = (name: string): unknown => {
    const type = schema.getType(name);
    // An input object: its required fields, each with a placeholder of its own.
    if (isInputObjectType(type)) {
      return Object.fromEntries(
        Object.values(type.getFields())
          .filter((f) => f.type.toString().endsWith("!"))
          .map((f) => [f.name, named(f.type.toString().replace(/[[\]!]/g, ""))]),
      );
    }
    return name === "Int" ? 1 : name === "Boolean" ? true : "x";
  };
  const placeholder = (type: TypeNode): unknown =>
    type.kind === Kind.NON_NULL_TYPE
      ? placeholder(type.type)
      : type.kind === Kind.LIST_TYPE
        ? [placeholder(type.type)]
        : named(type.name.value);
  const variables: Record<string, unknown> = {};
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const v of definition.variableDefinitions ?? []) {
      if (v.type.kind === Kind.NON_NULL_TYPE) variables[v.variable.name.value] = placeholder(v.type);
    }
  }
  return variables;
}

const half = Object.fromEntries(
  Object.entries(REQUEST_LIMITS).map(([k, v]) => [k, Math.ceil(v / 2)]),
) as unknown as RequestLimits;

describe("request limits", () => {
  // Building the schema takes seconds on this machine: once for the file, not once per operation.
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildGraphQLSchema();
  }, 120_000);

  it("has the web app's operations to check (the generated documents exist)", () => {
    expect(operations.length).toBeGreaterThan(8);
  });

  it.each(operations)("%s passes every limit at half its value", (_, query) => {
    expect(tokens(query)).toBeLessThanOrEqual(half.tokens);
    const document = parse(query, { maxTokens: half.tokens });
    expect(validate(schema, document, [...specifiedRules, ...limitRules(half)]).map((e) => e.message)).toEqual([]);
    expect(queryCoster(schema)(document, undefined, placeholderVariables(document, schema))).toBeLessThanOrEqual(
      half.cost,
    );
  });

  it("counts a fragment spread many times once per spread, not once per path (no blow-up)", () => {
    // 2^40 paths if fragments were walked again at every spread.
    const errors = validate(schema, parse(doublingFragments(40)), limitRules(REQUEST_LIMITS));
    expect(errors.map((e) => e.extensions.code)).toEqual([]);
  });

  it("refuses just past each limit and accepts at it", () => {
    const codes = (query: string) =>
      validate(schema, parse(query), limitRules(REQUEST_LIMITS)).map((e) => e.extensions.code);
    expect(codes(aliasedScalars(REQUEST_LIMITS.aliases))).toEqual([]);
    expect(codes(aliasedScalars(REQUEST_LIMITS.aliases + 1))).toEqual(["TOO_MANY_ALIASES"]);
    // clusters + links + id: depth is links + 2.
    expect(codes(chain(REQUEST_LIMITS.depth - 2))).toEqual([]);
    expect(codes(chain(REQUEST_LIMITS.depth - 1))).toEqual(["QUERY_TOO_DEEP"]);
  });

  it("estimates a list by what the request says of its size", () => {
    const cost = queryCoster(schema);
    const of = (query: string): number => cost(parse(query), undefined, {});
    // Unfiltered at the top level: the type's @limit default (500), each of 2 fields, plus the list itself.
    expect(of("{ people { id name } }")).toBe(1 + 500 * 2);
    // Filtered: a typical fan-out (20); named by id: as many as the ids.
    expect(of('{ people(where: { name: { eq: "x" } }) { id name } }')).toBe(1 + 20 * 2);
    expect(of('{ people(where: { id: { in: ["a", "b", "c"] } }) { id name } }')).toBe(1 + 3 * 2);
    expect(of('{ people(where: { id: { eq: "a" } }) { roles { id } } }')).toBe(1 + 1 * (1 + 20 * 1));
    expect(of("{ people(limit: 7) { id } }")).toBe(1 + 7);
  });
});
