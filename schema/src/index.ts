import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  Kind,
  parse,
  type EnumTypeDefinitionNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
} from "graphql";

const schemaDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The SDL of the graph model and the explorer's queries, as @neo4j/graphql reads it. */
export const typeDefs: string = readdirSync(schemaDir)
  .filter((f) => f.endsWith(".graphql"))
  .sort()
  .map((f) => readFileSync(path.join(schemaDir, f), "utf8"))
  .join("\n");

/** The payloads of the REST routes (rest.graphql): no Query field returns them; codegen types them for api/ and web/. */
export const restTypeDefs: string = readFileSync(path.join(schemaDir, "rest.graphql"), "utf8");

/** Properties the fulltext index covers where a node type has them. */
export const FULLTEXT_PROPERTIES = [
  "name",
  "nameIt",
  "shortName",
  "acronym",
  "title",
  "code",
  "keywords",
  "dataset",
] as const;
export const FULLTEXT_INDEX = "entity_names";
/** Every node also carries this label, so any node is found by id through one constraint. */
export const ENTITY_LABEL = "Entity";

/** The `dataset` every node imported from open data carries (absent on curated nodes): search tells them apart by it. */
export const OPEN_DATA_SET = "opendata";

export interface RelationshipField {
  field: string;
  type: string;
  direction: "IN" | "OUT";
  target: string;
  list: boolean;
}

export interface NodeType {
  label: string;
  /** Scalar properties by name, with their GraphQL type (String, Int, ID...). */
  properties: Map<string, { type: string; required: boolean; list: boolean }>;
  relationships: RelationshipField[];
  /** The type's `@limit`: how many a list of it returns when the request says nothing, and at most. */
  limit: { default: number; max: number } | undefined;
}

function hasDirective(
  node: { directives?: readonly { name: { value: string } }[] | undefined },
  name: string,
): boolean {
  return (node.directives ?? []).some((d) => d.name.value === name);
}

function unwrap(field: FieldDefinitionNode): { named: string; required: boolean; list: boolean } {
  let t = field.type;
  let required = false;
  let list = false;
  if (t.kind === Kind.NON_NULL_TYPE) {
    required = true;
    t = t.type;
  }
  if (t.kind === Kind.LIST_TYPE) {
    list = true;
    t = t.type;
    if (t.kind === Kind.NON_NULL_TYPE) t = t.type;
  }
  if (t.kind !== Kind.NAMED_TYPE) throw new Error(`Unsupported nested list on field ${field.name.value}`);
  return { named: t.name.value, required, list };
}

function stringArgument(field: FieldDefinitionNode, directive: string, argument: string): string {
  const d = field.directives?.find((x) => x.name.value === directive);
  const arg = d?.arguments?.find((a) => a.name.value === argument);
  if (!arg || (arg.value.kind !== Kind.STRING && arg.value.kind !== Kind.ENUM)) {
    throw new Error(`@${directive}(${argument}) missing on field ${field.name.value}`);
  }
  return arg.value.value;
}

/**
 * The properties a relationship may carry besides its evidence (sourceIds, quotes), read from
 * the @relationshipProperties type.
 */
export function readRelationshipProperties(sdl: string = typeDefs): Map<string, { type: string; list: boolean }> {
  const document = parse(sdl);
  const properties = new Map<string, { type: string; list: boolean }>();
  for (const d of document.definitions) {
    if (d.kind !== Kind.OBJECT_TYPE_DEFINITION || !hasDirective(d, "relationshipProperties")) continue;
    for (const field of d.fields ?? []) {
      const { named, list } = unwrap(field);
      if (field.name.value !== "sourceIds" && field.name.value !== "quotes")
        properties.set(field.name.value, { type: named, list });
    }
  }
  return properties;
}

function listLimit(object: ObjectTypeDefinitionNode): NodeType["limit"] {
  const directive = object.directives?.find((d) => d.name.value === "limit");
  if (!directive) return undefined;
  const value = (name: string): number | undefined => {
    const arg = directive.arguments?.find((a) => a.name.value === name)?.value;
    return arg?.kind === Kind.INT ? Number(arg.value) : undefined;
  };
  const max = value("max");
  const fallback = value("default") ?? max;
  if (max === undefined || fallback === undefined) throw new Error(`@limit on ${object.name.value} needs a max`);
  return { default: fallback, max };
}

/** Every @node type of the model, with its properties and relationship fields, read from the SDL. */
export function readNodeTypes(sdl: string = typeDefs): NodeType[] {
  const document = parse(sdl);
  const objects = document.definitions.filter(
    (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && hasDirective(d, "node"),
  );
  return objects.map((object) => {
    const properties: NodeType["properties"] = new Map();
    const relationships: RelationshipField[] = [];
    for (const field of object.fields ?? []) {
      const { named, required, list } = unwrap(field);
      if (hasDirective(field, "relationship")) {
        relationships.push({
          field: field.name.value,
          type: stringArgument(field, "relationship", "type"),
          direction: stringArgument(field, "relationship", "direction") as "IN" | "OUT",
          target: named,
          list,
        });
      } else if (!hasDirective(field, "cypher")) {
        properties.set(field.name.value, { type: named, required, list });
      }
    }
    return { label: object.name.value, properties, relationships, limit: listLimit(object) };
  });
}

/** The model's enums (ProjectStage...) with their values, read from the SDL. */
export function readEnums(sdl: string = typeDefs): Map<string, string[]> {
  return new Map(
    parse(sdl)
      .definitions.filter((d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION)
      .map((d) => [d.name.value, (d.values ?? []).map((v) => v.name.value)]),
  );
}

/** Properties that name a node: a source must give them, or the data says they are ours. */
export const NAMING_PROPERTIES = ["name", "nameIt", "acronym", "title"] as const;

export interface FulltextIndex {
  name: string;
  labels: string[];
  properties: string[];
  analyzer: string;
  /** Creates it when no index of that name exists. */
  statement: string;
}

/**
 * The one fulltext index search uses: accent- and case-insensitive, over names, short names,
 * acronyms, titles, codes and keywords of every node type that has them.
 */
export function fulltextIndex(nodeTypes: NodeType[] = readNodeTypes()): FulltextIndex {
  // Sources are documents, not things in the graph: search finds entities, and a source is
  // reached from the facts it supports.
  const labels = nodeTypes
    .filter((t) => t.label !== "Source" && FULLTEXT_PROPERTIES.some((p) => t.properties.has(p)))
    .map((t) => t.label);
  const properties = FULLTEXT_PROPERTIES.filter((p) => nodeTypes.some((t) => t.properties.has(p)));
  const analyzer = "standard-folding";
  return {
    name: FULLTEXT_INDEX,
    labels,
    properties,
    analyzer,
    statement:
      `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${labels.join("|")}) ` +
      `ON EACH [${properties.map((p) => `n.${p}`).join(", ")}] ` +
      `OPTIONS { indexConfig: { \`fulltext.analyzer\`: '${analyzer}', \`fulltext.eventually_consistent\`: false } }`,
  };
}

/**
 * Properties the PNRR questions look nodes up by, beside their ids: a project's CUP, component
 * and last release (to find those a newer release no longer lists), a body's tax code.
 */
export const LOOKUP_PROPERTIES: readonly [label: string, property: string][] = [
  ["Project", "cup"],
  ["Project", "componentCode"],
  ["Project", "lastSeen"],
  ["Organization", "taxCode"],
];

/**
 * Cypher that makes the database ready for the model, safe to run at every start: a uniqueness
 * constraint on `id` for every node type, and the fulltext index.
 */
export function databaseSchemaStatements(nodeTypes: NodeType[] = readNodeTypes()): string[] {
  const constraints = nodeTypes.map(
    (t) => `CREATE CONSTRAINT ${t.label.toLowerCase()}_id IF NOT EXISTS FOR (n:${t.label}) REQUIRE n.id IS UNIQUE`,
  );
  const entity = `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE`;
  const lookups = LOOKUP_PROPERTIES.map(
    ([label, property]) =>
      `CREATE INDEX ${label.toLowerCase()}_${property.toLowerCase()} IF NOT EXISTS FOR (n:${label}) ON (n.${property})`,
  );
  return [...constraints, entity, ...lookups, fulltextIndex(nodeTypes).statement];
}

export { DERIVED_RELATIONSHIPS, NON_FACT_RELATIONSHIPS, isFact } from "./fact-relationships";
