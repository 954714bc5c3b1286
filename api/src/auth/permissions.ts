import { GraphQLError, Kind, parse, type ConstValueNode, type ObjectFieldNode, type ValueNode } from "graphql";
import { typeDefs } from "@lombardy-kg/schema";
import type { Viewer } from "./tokens";

export function unauthenticated(
  message = "Sign in first: this needs an account (Authorization: Bearer <token>).",
): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "FORBIDDEN", http: { status: 403 } } });
}

function field(value: ValueNode | ConstValueNode | undefined, name: string): ValueNode | undefined {
  if (value?.kind !== Kind.OBJECT) return undefined;
  return value.fields.find((f: ObjectFieldNode) => f.name.value === name)?.value;
}

/**
 * The role each root field's `@authentication(jwt: { roles: { includes: ... } })` asks for, read
 * from the SDL. @neo4j/graphql applies @authentication on root fields only to @cypher ones; ours
 * have resolvers, so `requireDeclaredRoles` applies the same declarations to them.
 */
export function declaredRoles(sdl: string = typeDefs): Map<string, string | null> {
  const roles = new Map<string, string | null>();
  for (const d of parse(sdl).definitions) {
    if (d.kind !== Kind.OBJECT_TYPE_DEFINITION && d.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    if (d.name.value !== "Mutation" && d.name.value !== "Query") continue;
    for (const f of d.fields ?? []) {
      const directive = f.directives?.find((x) => x.name.value === "authentication");
      if (!directive) continue;
      const jwt = directive.arguments?.find((a) => a.name.value === "jwt")?.value;
      const includes = field(field(jwt, "roles"), "includes");
      roles.set(`${d.name.value}.${f.name.value}`, includes?.kind === Kind.STRING ? includes.value : null);
    }
  }
  return roles;
}

/** Throws unless the viewer holds the role the field declares: UNAUTHENTICATED without a token, FORBIDDEN with the wrong role. */
export function checkDeclaredRole(fieldPath: string, viewer: Viewer | undefined, roles = declaredRoles()): void {
  if (!roles.has(fieldPath)) return;
  if (!viewer) throw unauthenticated();
  const role = roles.get(fieldPath);
  if (role && !viewer.jwt.roles.includes(role)) {
    throw forbidden(`${fieldPath.split(".")[1]} needs the role '${role}'; ${viewer.name} is ${viewer.role}.`);
  }
}

/** Editors change their own clusters only; admins change everything. */
export function checkClusters(viewer: Viewer | undefined, clusterIds: readonly string[], what: string): void {
  if (!viewer) throw unauthenticated();
  if (viewer.role === "admin") return;
  const others = clusterIds.filter((c) => !viewer.clusters.includes(c));
  if (clusterIds.length === 0) {
    throw forbidden(`${what}: it belongs to no cluster of yours, so only an admin may change it.`);
  }
  if (others.length === clusterIds.length) {
    throw forbidden(`${what}: ${viewer.name} edits ${viewer.clusters.join(", ")}, not ${others.join(", ")}.`);
  }
}
