import { isInterfaceType, isObjectType, type GraphQLObjectType, type GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { augmentedSchema } from "./augmented-schema";

/** Every field of an output type and every argument, as Type.field or Type.field(arg). */
function undescribed(schema: GraphQLSchema): { fields: string[]; args: string[]; total: [number, number] } {
  const fields: string[] = [];
  const args: string[] = [];
  let fieldCount = 0;
  let argCount = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__") || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      fieldCount++;
      if (!field.description?.trim()) fields.push(`${type.name}.${field.name}`);
      for (const arg of field.args) {
        argCount++;
        if (!arg.description?.trim()) args.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
  }
  return { fields, args, total: [fieldCount, argCount] };
}

describe("the served schema describes every field and argument", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await augmentedSchema();
  });

  it("has no field or argument without a description", () => {
    const { fields, args, total } = undescribed(schema);
    expect(total[0]).toBeGreaterThan(3000);
    expect(total[1]).toBeGreaterThan(1000);
    expect(fields).toEqual([]);
    expect(args).toEqual([]);
  });

  it("says what a generated argument accepts, with the type's own limit", () => {
    const clusters = schema.getQueryType()!.getFields().clusters!;
    const limit = clusters.args.find((a) => a.name === "limit")!;
    expect(limit.description).toBe("At most this many Cluster nodes, 1 to 2,000 (default 500).");
    const members = (schema.getType("Cluster") as GraphQLObjectType).getFields().membersConnection!;
    expect(members.description).toMatch(/^Organisations that are members of the cluster\. As a Relay connection/);
    expect(members.args.find((a) => a.name === "after")!.description).toMatch(/cursor/);
  });

  it("describes an aggregate from the model field it summarises", () => {
    const node = schema.getType("ClusterOrganizationMembersNodeAggregateSelection");
    expect(isObjectType(node)).toBe(true);
    if (!isObjectType(node)) return;
    expect(node.getFields().city!.description).toBe(
      "The shortest and longest values of city over the nodes: City, as a source gives it.",
    );
    const edge = schema.getType("ClusterOrganizationMembersEdgeAggregateSelection");
    if (!isObjectType(edge)) throw new Error("no edge aggregate type");
    expect(edge.getFields().period!.description).toMatch(
      /^The shortest and longest values of period over the links: When the link held/,
    );
  });
});
