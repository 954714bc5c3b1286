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

/** Fields of `root` (Query or Mutation) the SDL declares itself: the ones our own resolvers answer. */
export function customRootFields(root: "Query" | "Mutation", sdl: string = typeDefs): string[] {
  const fields = parse(sdl)
    .definitions.filter(
      (d): d is ObjectTypeDefinitionNode | ObjectTypeExtensionNode =>
        (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) && d.name.value === root,
    )
    .flatMap((d) => (d.fields ?? []).map((f) => f.name.value));
  return [...new Set(fields)].sort();
}

/** Query fields the SDL declares itself. */
export const customQueryFields = (sdl: string = typeDefs): string[] => customRootFields("Query", sdl);

function rootCut(type: GraphQLObjectType | null | undefined, name: string, fields: string[]): GraphQLObjectType {
  if (!type) throw new Error(`the augmented schema has no ${name} type`);
  const all = type.toConfig().fields;
  const missing = fields.filter((f) => !(f in all));
  if (missing.length) throw new Error(`the augmented schema lacks the custom ${name} fields ${missing.join(", ")}`);
  return new GraphQLObjectType({ name, fields: Object.fromEntries(fields.map((f) => [f, all[f]!])) });
}

/**
 * The augmented schema cut down to the custom Query and Mutation fields and the types they reach:
 * what our resolvers must return. The generated model types (over a thousand) are answered by
 * @neo4j/graphql and need no resolver types.
 */
export function customResolverSchema(schema: GraphQLSchema, sdl: string = typeDefs): GraphQLSchema {
  const mutations = customRootFields("Mutation", sdl);
  return new GraphQLSchema({
    query: rootCut(schema.getQueryType(), "Query", customRootFields("Query", sdl)),
    ...(mutations.length ? { mutation: rootCut(schema.getMutationType(), "Mutation", mutations) } : {}),
  });
}

/** Printed in a stable order, so two prints of the same model are the same text. */
export function printContract(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema));
}
