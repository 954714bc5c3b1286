import { Neo4jGraphQL, type Neo4jGraphQLConstructor } from "@neo4j/graphql";
import {
  GraphQLObjectType,
  GraphQLSchema,
  Kind,
  lexicographicSortSchema,
  parse,
  printSchema,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
} from "graphql";
import { typeDefs } from "@lombardy-kg/schema";
import { describeGenerated } from "./generated-descriptions";

/**
 * The schema the API serves: @neo4j/graphql's augmentation of the model in schema/, every
 * generated field and argument described. Building it needs no database, so the contract can be
 * printed and checked anywhere; the API passes its resolvers.
 */
export async function augmentedSchema(resolvers?: Neo4jGraphQLConstructor["resolvers"]): Promise<GraphQLSchema> {
  const warn = console.warn;
  // @neo4j/graphql warns that no verification key is configured for its @authentication and
  // @authorization rules: we verify tokens ourselves and pass the decoded claims in `context.jwt`,
  // which the warning itself says is fine. Every other warning goes through.
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === "string" && args[0].includes("pass a decoded JWT into 'context.jwt'")) return;
    warn(...args);
  };
  try {
    return describeGenerated(await new Neo4jGraphQL({ typeDefs, ...(resolvers ? { resolvers } : {}) }).getSchema());
  } finally {
    console.warn = warn;
  }
}

/** Query fields the SDL declares itself: the ones our own resolvers answer. */
export function customQueryFields(sdl: string = typeDefs): string[] {
  const fields = parse(sdl)
    .definitions.filter(
      (d): d is ObjectTypeDefinitionNode | ObjectTypeExtensionNode =>
        (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) && d.name.value === "Query",
    )
    .flatMap((d) => (d.fields ?? []).map((f) => f.name.value));
  return [...new Set(fields)].sort();
}

/**
 * The augmented schema cut down to the custom Query fields and the types they reach: what our
 * resolvers must return. The generated model types (over a thousand) are answered by
 * @neo4j/graphql and need no resolver types.
 */
export function customResolverSchema(schema: GraphQLSchema, fields: string[] = customQueryFields()): GraphQLSchema {
  const query = schema.getQueryType();
  if (!query) throw new Error("the augmented schema has no Query type");
  const all = query.toConfig().fields;
  const missing = fields.filter((f) => !(f in all));
  if (missing.length) throw new Error(`the augmented schema lacks the custom Query fields ${missing.join(", ")}`);
  return new GraphQLSchema({
    query: new GraphQLObjectType({ name: "Query", fields: Object.fromEntries(fields.map((f) => [f, all[f]!])) }),
  });
}

/** Printed in a stable order, so two prints of the same model are the same text. */
export function printContract(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema));
}
