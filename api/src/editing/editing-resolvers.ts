import { GraphQLError } from "graphql";
import type { ApiContext } from "../graph/request-database";
import { checkDeclaredRole, unauthenticated } from "../auth/permissions";
import type { Viewer } from "../auth/tokens";
import { ERROR_CODES } from "../graphql/error-codes";
import type { ChangeSetInfo, ChangeWriter, Properties } from "@lombardy-kg/write";
import { addMember, addProject, linkNodes, runChange, unlinkNodes, updateFacts, type EditOutcome } from "./edits";
import type { EvidenceInput } from "./evidence";
import { undoChangeSet } from "./undo";

type Args = Record<string, unknown>;
type Resolver = (root: unknown, args: Args, context: ApiContext) => Promise<unknown>;

function signedIn(context: ApiContext): Viewer {
  if (!context.viewer) throw unauthenticated();
  return context.viewer;
}

/** An edit by the request's viewer: one transaction with its audit. */
function edit(
  kind: ChangeSetInfo["kind"],
  clusterOf: (args: Args) => string | undefined,
  work: (writer: ChangeWriter, viewer: Viewer, args: Args) => Promise<EditOutcome>,
): Resolver {
  return (_root, args, context) => {
    const viewer = signedIn(context);
    return runChange(
      (w) => context.db.write(w),
      { kind, by: viewer.name, clusterId: clusterOf(args) },
      (w) => work(w, viewer, args),
    );
  };
}

const evidence = (args: Args): EvidenceInput => args.evidence as EvidenceInput;

/**
 * The Mutation fields of schema/editing.graphql and `me`. Each Mutation field first passes the
 * @authentication its SDL declares (`checkDeclaredRole`), then the edit checks the clusters.
 */
export function editingResolvers(): { Query: Record<string, Resolver>; Mutation: Record<string, Resolver> } {
  const mutations: Record<string, Resolver> = {
    login: async (_root, args, context) => {
      if (!context.auth) {
        throw new GraphQLError("Sign-in is not available here.", {
          extensions: { code: ERROR_CODES.operationNotSupported },
        });
      }
      return context.auth.login(
        context.db.driver,
        String(args.name ?? ""),
        String(args.password ?? ""),
        context.client ?? "unknown",
      );
    },
    addMember: edit(
      "EDIT",
      (a) => String(a.clusterId),
      (w, viewer, a) =>
        addMember(w, viewer, {
          clusterId: String(a.clusterId),
          organizationId: (a.organizationId as string | null) ?? null,
          organization: (a.organization as Properties | null) ?? null,
          evidence: evidence(a),
        }),
    ),
    updateFacts: edit(
      "EDIT",
      () => undefined,
      (w, viewer, a) =>
        updateFacts(w, viewer, { id: String(a.id), values: a.values as Properties, evidence: evidence(a) }),
    ),
    addProject: edit(
      "EDIT",
      (a) => String(a.clusterId),
      (w, viewer, a) =>
        addProject(w, viewer, {
          clusterId: String(a.clusterId),
          project: a.project as Properties,
          role: (a.role as string | null) ?? null,
          evidence: evidence(a),
        }),
    ),
    linkNodes: edit(
      "EDIT",
      () => undefined,
      (w, viewer, a) =>
        linkNodes(w, viewer, {
          fromId: String(a.fromId),
          type: String(a.type),
          toId: String(a.toId),
          role: (a.role as string | null) ?? null,
          evidence: evidence(a),
        }),
    ),
    unlinkNodes: edit(
      "EDIT",
      () => undefined,
      (w, viewer, a) =>
        unlinkNodes(w, viewer, {
          fromId: String(a.fromId),
          type: String(a.type),
          toId: String(a.toId),
          note: String(a.note),
        }),
    ),
    undoChangeSet: (_root, args, context) => {
      const viewer = signedIn(context);
      return runChange(
        (w) => context.db.write(w),
        { kind: "UNDO", by: viewer.name, undoes: String(args.id) },
        (w) => undoChangeSet(w, String(args.id)),
      );
    },
  };
  const guarded = Object.fromEntries(
    Object.entries(mutations).map(([name, resolve]): [string, Resolver] => [
      name,
      (root, args, context) => {
        checkDeclaredRole(`Mutation.${name}`, context.viewer);
        return resolve(root, args, context);
      },
    ]),
  );
  return {
    Query: {
      me: async (_root, _args, context) =>
        context.viewer
          ? { name: context.viewer.name, role: context.viewer.role, clusters: context.viewer.clusters }
          : null,
    },
    Mutation: guarded,
  };
}
