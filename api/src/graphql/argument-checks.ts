import {
  GraphQLError,
  Kind,
  getArgumentValues,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  visit,
  visitWithTypeInfo,
  TypeInfo,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { readNodeTypes } from "@lombardy-kg/schema";
import { customQueryFields } from "../contract/augmented-schema";
import { badInput } from "../graph/input";
import { EXPLORER_LIMITS } from "../graph/limits";
import { ERROR_CODES } from "./error-codes";
import { formatCount, limitError } from "./limit-error";
import type { RequestLimits } from "./request-limits";

type Variables = Record<string, unknown>;

/** The node type a generated field lists: `[Cluster!]!` or a connection whose edges hold Clusters. */
export function listedNodeType(field: GraphQLField<unknown, unknown>): GraphQLNamedType {
  const named = getNamedType(field.type);
  if (!isObjectType(named)) return named;
  const edges = named.getFields().edges;
  if (!edges) return named;
  const edge = getNamedType(edges.type);
  const node = isObjectType(edge) ? edge.getFields().node : undefined;
  return node ? getNamedType(node.type) : named;
}

/** Nesting depth of a JSON value: 0 for a scalar, 1 for `{}` or `[]`... */
export function jsonDepth(value: unknown, limit: number, depth = 0): number {
  if (depth > limit || typeof value !== "object" || value === null) return depth;
  let deepest = depth + 1;
  for (const v of Object.values(value)) {
    deepest = Math.max(deepest, jsonDepth(v, limit, depth + 1));
    if (deepest > limit) break;
  }
  return deepest;
}

/**
 * Filters nested in one `where` value: each input object of a `...Where` type is one level
 * (a relationship filter such as `members: { some: { ... } }` adds one, AND/OR/NOT add one).
 */
export function filterDepth(value: unknown, type: GraphQLInputType): number {
  if (value === null || value === undefined) return 0;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    return Array.isArray(value)
      ? Math.max(0, ...value.map((v) => filterDepth(v, inner.ofType as GraphQLInputType)))
      : filterDepth(value, inner.ofType as GraphQLInputType);
  }
  const named = getNamedType(inner);
  if (!isInputObjectType(named) || typeof value !== "object") return 0;
  const fields = named.getFields();
  let deepest = 0;
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const field = fields[key];
    if (field) deepest = Math.max(deepest, filterDepth(v, field.type));
  }
  return deepest + (named.name.endsWith("Where") ? 1 : 0);
}

/**
 * The first part of a `where` that @neo4j/graphql cannot read, with why: a filter given as an
 * explicit null where a filter object is expected (`members: null`), or `in` inside an aggregate
 * filter (ignored or failing there). Undefined when there is none.
 */
export function unreadableFilter(
  value: unknown,
  type: GraphQLInputType,
  path: string,
  inAggregate = false,
): string | undefined {
  if (value === null || value === undefined) return undefined;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    const items = Array.isArray(value) ? value : [value];
    for (const [i, item] of items.entries()) {
      const found = unreadableFilter(item, inner.ofType as GraphQLInputType, `${path}[${i}]`, inAggregate);
      if (found) return found;
    }
    return undefined;
  }
  const named = getNamedType(inner);
  if (!isInputObjectType(named) || typeof value !== "object") return undefined;
  const aggregate = inAggregate || /Aggregat/.test(named.name);
  const fields = named.getFields();
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const field = fields[key];
    if (!field) continue;
    const at = `${path}.${key}`;
    if (v === null && isInputObjectType(getNamedType(field.type)) && !isListType(field.type)) {
      return `${at} may not be null: leave it out to not filter on it`;
    }
    if (aggregate && key === "in") return `${at}: in is not supported in aggregate filters; use eq, gt, gte, lt or lte`;
    const found = unreadableFilter(v, field.type, at, aggregate);
    if (found) return found;
  }
  return undefined;
}

/** A Relay cursor as @neo4j/graphql gives it: base64 of `arrayconnection:<offset>`. */
export function isCursor(value: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  const match = /^arrayconnection:(\d{1,7})$/.exec(Buffer.from(value, "base64").toString("latin1"));
  return match !== null && Number(match[1]) <= EXPLORER_LIMITS.offset.max;
}

function rangeCheck(field: string, argument: string, value: unknown, min: number, max: number): void {
  if (typeof value !== "number") return;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(
      `${argument} of ${field} must be a whole number from ${min} to ${formatCount(max)}, got ${value}`,
      argument,
    );
  }
}

/**
 * @neo4j/graphql turns a generated object of which only `__typename` is asked (an aggregate, an
 * edge's properties, a connection's node) into a null where the schema promises a value, or into
 * Cypher Neo4j cannot parse: an internal error. Such a selection asks for nothing, so it is
 * refused plainly instead.
 */
function checkSelectsSomething(field: GraphQLField<unknown, unknown>, parentName: string, node: FieldNode): void {
  if (!node.selectionSet) return;
  const asked = node.selectionSet.selections.some((s) => s.kind !== Kind.FIELD || s.name.value !== "__typename");
  if (!asked) {
    throw new GraphQLError(`${parentName}.${field.name} needs at least one field besides __typename.`, {
      nodes: [node],
      extensions: { code: ERROR_CODES.badUserInput },
    });
  }
}

/** The object types our own Query fields return, and the ones those reach: answered by our resolvers. */
function typesReachedBy(fields: GraphQLField<unknown, unknown>[]): Set<string> {
  const seen = new Set<string>();
  const visitType = (field: GraphQLField<unknown, unknown>): void => {
    const type = getNamedType(field.type);
    if (!isObjectType(type) || seen.has(type.name)) return;
    seen.add(type.name);
    Object.values(type.getFields()).forEach(visitType);
  };
  fields.forEach(visitType);
  return seen;
}

/**
 * Checks the arguments of the fields @neo4j/graphql generates, which it would otherwise pass to
 * Neo4j as they are (a negative limit fails there, a limit over `@limit`'s maximum is cut
 * silently, a cursor it cannot read gives the first page): each is refused as BAD_USER_INPUT naming
 * the argument and the allowed range. Our own Query fields check their arguments themselves.
 */
export function argumentChecker(schema: GraphQLSchema, limits: RequestLimits) {
  const custom = new Set(customQueryFields());
  const listLimits = new Map(readNodeTypes().map((t) => [t.label, t.limit]));
  const queryType = schema.getQueryType();
  const ownTypes = typesReachedBy(Object.values(queryType?.getFields() ?? {}).filter((f) => custom.has(f.name)));

  const checkField = (
    field: GraphQLField<unknown, unknown>,
    parentName: string,
    args: Record<string, unknown>,
    operation: OperationDefinitionNode,
  ): void => {
    const name = `${parentName}.${field.name}`;
    const max = listLimits.get(listedNodeType(field).name)?.max ?? EXPLORER_LIMITS.subgraph.max;
    rangeCheck(name, "limit", args.limit, 1, max);
    rangeCheck(name, "first", args.first, 1, max);
    rangeCheck(name, "offset", args.offset, 0, EXPLORER_LIMITS.offset.max);
    if (typeof args.after === "string" && !isCursor(args.after)) {
      throw badInput(
        `after of ${name} must be a cursor the API gave (a pageInfo.endCursor or an edge's cursor)`,
        "after",
      );
    }
    const where = field.args.find((a) => a.name === "where");
    if (where && args.where !== undefined) {
      const unreadable = unreadableFilter(args.where, where.type, "where");
      if (unreadable) throw badInput(`${unreadable} (${name})`, "where");
      const depth = filterDepth(args.where, where.type);
      if (depth > limits.filterDepth) {
        throw limitError(
          ERROR_CODES.filterTooDeep,
          `The where of ${name} nests ${depth} filters; the limit is ${limits.filterDepth}. Filter on fewer relationships at once.`,
          limits.filterDepth,
          depth,
          [operation],
        );
      }
    }
  };

  return (document: DocumentNode, operation: OperationDefinitionNode, variables: Variables): void => {
    const typeInfo = new TypeInfo(schema);
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        OperationDefinition: (node) => (node === operation ? undefined : false),
        Field(node) {
          const field = typeInfo.getFieldDef();
          const parent = typeInfo.getParentType();
          if (!field || !parent || field.name.startsWith("__") || ownTypes.has(parent.name)) return;
          if (parent === queryType && custom.has(field.name)) return;
          checkSelectsSomething(field, parent.name, node);
          if (field.args.length === 0) return;
          checkField(field, parent.name, getArgumentValues(field, node, variables), operation);
        },
      }),
    );
  };
}
