import {
  getNamedType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import { readNodeTypes, type NodeType } from "@lombardy-kg/schema";
import { EXPLORER_LIMITS } from "../graph/limits";
import { listedNodeType } from "../graphql/argument-checks";
import { REQUEST_LIMITS } from "../graphql/request-limits";

/**
 * Descriptions for what @neo4j/graphql generates from the model (list, connection and aggregate
 * fields, their types, and every argument), written from the model's own descriptions so a
 * researcher reading the schema in GraphiQL or an introspection dump learns what each thing is
 * and what it accepts. The model's fields are described in schema/*.graphql; this fills in only
 * what has no description, in place, and returns the same schema.
 */
export function describeGenerated(schema: GraphQLSchema, nodeTypes: NodeType[] = readNodeTypes()): GraphQLSchema {
  const models = new Map(nodeTypes.map((t) => [t.label, t]));
  const modelType = (name: string): GraphQLObjectType | undefined => {
    const type = schema.getType(name);
    return models.has(name) && isObjectType(type) ? type : undefined;
  };
  const evidence = schema.getType("Evidence");
  const aggregateOwners = new Map<string, GraphQLObjectType>();

  const describeList = (field: GraphQLField<unknown, unknown>, what: string, target: string): void => {
    const limit = models.get(target)?.limit;
    for (const arg of field.args) describeArgument(arg, target, limit);
    if (field.description) return;
    field.description = what;
  };

  const describeConnection = (
    field: GraphQLField<unknown, unknown>,
    what: string,
    target: string,
    links: boolean,
  ): void => {
    describeList(
      field,
      `${what} As a Relay connection: each edge holds a node${
        links ? " and, in properties, the link's Evidence (sources, quotes)" : ""
      }; totalCount counts all that match, pages follow pageInfo.endCursor with first and after.`,
      target,
    );
    const connection = getNamedType(field.type);
    if (!isObjectType(connection)) return;
    const aggregate = connection.getFields().aggregate;
    const aggregateType = aggregate && getNamedType(aggregate.type);
    if (!isObjectType(aggregateType)) return;
    const node = aggregateType.getFields().node;
    const nodeType = node && getNamedType(node.type);
    const targetType = modelType(target);
    if (isObjectType(nodeType) && targetType) aggregateOwners.set(nodeType.name, targetType);
    const edge = aggregateType.getFields().edge;
    const edgeType = edge && getNamedType(edge.type);
    if (isObjectType(edgeType) && isObjectType(evidence)) aggregateOwners.set(edgeType.name, evidence);
  };

  // The model types' list fields and their connections, then the Query fields for each type.
  for (const nodeType of nodeTypes) {
    const type = modelType(nodeType.label);
    if (!type) continue;
    const fields = type.getFields();
    for (const rel of nodeType.relationships) {
      const field = fields[rel.field];
      const what = field?.description ?? `${rel.target} nodes linked by ${rel.type}.`;
      if (field) describeList(field, what, rel.target);
      const connection = fields[`${rel.field}Connection`];
      if (connection) describeConnection(connection, what, rel.target, true);
    }
  }
  // A Query field is known by the model type it lists, whatever @neo4j/graphql named it.
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    const target = listedNodeType(field).name;
    const type = modelType(target);
    if (!type) continue;
    const what = `${type.description ?? target} All of them, or those the filter matches.`;
    const listed = getNamedType(field.type);
    if (isObjectType(listed) && listed.getFields().edges) describeConnection(field, what, target, false);
    else describeList(field, what, target);
  }

  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    const owner = aggregateOwners.get(type.name);
    for (const field of Object.values(type.getFields())) {
      for (const arg of field.args) describeArgument(arg, "", undefined);
      if (field.description) continue;
      const ownerField = owner?.getFields()[field.name];
      const stat = STATISTICS[getNamedType(field.type).name];
      field.description =
        ownerField && stat
          ? `${stat} of ${field.name} over the ${owner === evidence ? "links" : "nodes"}: ${ownerField.description ?? ""}`.trim()
          : (GENERATED_FIELDS[type.name]?.[field.name] ?? byFieldName(type.name, field.name));
    }
  }
  return schema;
}

const STATISTICS: Record<string, string> = {
  StringAggregateSelection: "The shortest and longest values",
  IntAggregateSelection: "The minimum, maximum, average and sum",
  FloatAggregateSelection: "The minimum, maximum, average and sum",
};

const GENERATED_FIELDS: Record<string, Record<string, string>> = {
  PageInfo: {
    hasNextPage: "True when more follow: ask again with after: endCursor.",
    hasPreviousPage: "True when this is not the first page.",
    startCursor: "The cursor of the page's first edge.",
    endCursor: "The cursor of the page's last edge: pass it as after for the next page.",
  },
  StringAggregateSelection: {
    shortest: "The shortest value, null if none.",
    longest: "The longest value, null if none.",
  },
  IntAggregateSelection: {
    min: "The smallest value, null if none.",
    max: "The largest value, null if none.",
    average: "The mean of the values, null if none.",
    sum: "The sum of the values, null if none.",
  },
  FloatAggregateSelection: {
    min: "The smallest value, null if none.",
    max: "The largest value, null if none.",
    average: "The mean of the values, null if none.",
    sum: "The sum of the values, null if none.",
  },
  Count: { nodes: "How many nodes match." },
  CountConnection: { nodes: "How many nodes match.", edges: "How many links match." },
};

/** The fields every connection, edge and aggregate type has, whatever it is for. */
function byFieldName(typeName: string, field: string): string {
  const generic: Record<string, string> = {
    edges: "The edges of this page, in the requested order.",
    totalCount: "How many match in all, across every page.",
    pageInfo: "Where this page is: cursors and whether more follow.",
    aggregate: "Counts and statistics over all that match (not just this page).",
    cursor: "This edge's position: pass it as after to continue from here.",
    node:
      typeName.endsWith("AggregateSelection") || typeName.endsWith("Aggregate")
        ? "Statistics over the nodes' fields."
        : "The node at the end of this edge.",
    properties: "The link's Evidence: the sources that state it, their quotes, its role and period.",
    count: "How many match.",
    edge: "Statistics over the links' Evidence fields.",
  };
  const description = generic[field];
  if (!description) throw new Error(`no description for the generated field ${typeName}.${field}`);
  return description;
}

/** What each generated argument accepts, with the limits the API enforces before execution. */
function describeArgument(arg: GraphQLArgument, target: string, limit: NodeType["limit"]): void {
  if (arg.description) return;
  const nodes = target ? `${target} nodes` : "nodes";
  const range = limit ? `1 to ${limit.max.toLocaleString("en-GB")} (default ${limit.default})` : "from 1";
  const descriptions: Record<string, string> = {
    where: `Only the ${nodes} this filter matches: conditions on fields (eq, in, contains, gt...), on links (some, all, none, single) and on their Evidence, combined with AND, OR, NOT; at most ${REQUEST_LIMITS.filterDepth} filters nested.`,
    sort: `Order by these fields in turn, each ASC or DESC.`,
    limit: `At most this many ${nodes}, ${range}.`,
    offset: `Skip this many first, 0 to ${EXPLORER_LIMITS.offset.max.toLocaleString("en-GB")}.`,
    first: `Page size: at most this many edges, ${range}.`,
    after: "Continue after this cursor (pageInfo.endCursor or an edge's cursor from an earlier answer).",
  };
  const description = descriptions[arg.name];
  if (description) arg.description = description;
}
