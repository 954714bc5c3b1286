import { GraphQLInputObjectType, GraphQLInt, GraphQLList, GraphQLString, type GraphQLInputType } from "graphql";
import { describe, expect, it } from "vitest";
import { filterDepth, isCursor, jsonDepth, unreadableFilter } from "./argument-checks";

// A small stand-in for the generated filter types: a Where with a relationship filter and AND.
const StringFilters = new GraphQLInputObjectType({
  name: "StringScalarFilters",
  fields: { eq: { type: GraphQLString } },
});
const CountFilters = new GraphQLInputObjectType({
  name: "IntScalarFilters",
  fields: { eq: { type: GraphQLInt }, in: { type: new GraphQLList(GraphQLInt) } },
});
const ClusterWhere: GraphQLInputObjectType = new GraphQLInputObjectType({
  name: "ClusterWhere",
  fields: () => ({
    name: { type: StringFilters },
    AND: { type: new GraphQLList(ClusterWhere) },
    members: { type: MembersFilter },
    membersAggregate: { type: MembersAggregate },
  }),
});
const MembersFilter: GraphQLInputObjectType = new GraphQLInputObjectType({
  name: "OrganizationRelationshipFilters",
  fields: () => ({ some: { type: ClusterWhere } }),
});
const MembersAggregate = new GraphQLInputObjectType({
  name: "ClusterMembersAggregateInput",
  fields: { count: { type: CountFilters } },
});
const where: GraphQLInputType = ClusterWhere;

describe("filterDepth", () => {
  it("counts each filter object nested in a where", () => {
    expect(filterDepth({ name: { eq: "x" } }, where)).toBe(1);
    expect(filterDepth({ members: { some: { name: { eq: "x" } } } }, where)).toBe(2);
    expect(filterDepth({ AND: [{ AND: [{ members: { some: {} } }] }] }, where)).toBe(4);
    expect(filterDepth(null, where)).toBe(0);
  });
});

describe("unreadableFilter", () => {
  it("finds a filter given as null, and `in` inside an aggregate filter, by path", () => {
    expect(unreadableFilter({ members: null }, where, "where")).toMatch(/^where\.members may not be null/);
    expect(unreadableFilter({ AND: [{}, { name: null }] }, where, "where")).toMatch(/^where\.AND\[1\]\.name/);
    expect(unreadableFilter({ membersAggregate: { count: { in: [1] } } }, where, "where")).toMatch(
      /where\.membersAggregate\.count\.in: in is not supported/,
    );
  });

  it("accepts what @neo4j/graphql reads", () => {
    expect(unreadableFilter({ name: { eq: null } }, where, "where")).toBeUndefined();
    expect(unreadableFilter({ AND: null, membersAggregate: { count: { eq: 2 } } }, where, "where")).toBeUndefined();
  });
});

describe("isCursor", () => {
  it("takes a cursor the API gives and nothing else", () => {
    expect(isCursor(Buffer.from("arrayconnection:41").toString("base64"))).toBe(true);
    expect(isCursor("garbage")).toBe(false);
    expect(isCursor(Buffer.from("arrayconnection:-1").toString("base64"))).toBe(false);
    expect(isCursor(Buffer.from("arrayconnection:99999999").toString("base64"))).toBe(false);
    expect(isCursor("")).toBe(false);
  });
});

describe("jsonDepth", () => {
  it("measures nesting, and stops counting past the limit", () => {
    expect(jsonDepth(1, 10)).toBe(0);
    expect(jsonDepth({ a: [1] }, 10)).toBe(2);
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(jsonDepth(deep, 32)).toBe(33);
  });
});
