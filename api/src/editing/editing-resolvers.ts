import { GraphQLError } from "graphql";
import type { ChangeSetInfo, ChangeWriter, Properties } from "@lombardy-kg/write";
import type { ApiContext } from "../graph/request-database";
import type { MutationResolvers, QueryResolvers } from "../generated/resolver-types";
import { checkDeclaredRole, unauthenticated } from "../auth/permissions";
import type { Viewer } from "../auth/tokens";
import { ERROR_CODES } from "../graphql/error-codes";
import { addMember, addProject, linkNodes, runChange, unlinkNodes, updateFacts, type EditOutcome } from "./edits";
import { undoChangeSet } from "./undo";

function signedIn(context: ApiContext): Viewer {
  if (!context.viewer) throw unauthenticated();
  return context.viewer;
}

/** An edit by the request's viewer: one transaction with its audit, on the write path. */
function edit<A>(
  infoOf: (args: A) => Omit<ChangeSetInfo, "by">,
  work: (writer: ChangeWriter, viewer: Viewer, args: A) => Promise<EditOutcome>,
) {
  return (_root: unknown, args: A, context: ApiContext) => {
    const viewer = signedIn(context);
    return runChange(
      (w) => context.db.write(w),
      { ...infoOf(args), by: viewer.name },
      (w) => work(w, viewer, args),
    );
  };
}

const anEdit = () => ({ kind: "EDIT" }) as const;

type Mutations = Required<MutationResolvers<ApiContext>>;

/**
 * Requests that signed in already: one password check per request. Fifty aliased `login` fields
 * were fifty bcrypt checks, seconds of CPU from one request; the second and later are refused
 * before any check.
 */
// Keyed by the request's database access: @neo4j/graphql hands each field a context of its own.
const signingIn = new WeakSet<ApiContext["db"]>();

/**
 * The Mutation fields of schema/editing.graphql and `me`, typed by the generated contract. Each
 * Mutation field first passes the @authentication its SDL declares (`checkDeclaredRole`), then
 * the edit checks the clusters.
 */
export function editingResolvers(): { Query: Pick<QueryResolvers<ApiContext>, "me">; Mutation: Mutations } {
  const mutations: Mutations = {
    login: async (_root, args, context) => {
      if (signingIn.has(context.db)) {
        throw new GraphQLError("One sign-in per request: send each login in a request of its own.", {
          extensions: { code: ERROR_CODES.badRequest },
        });
      }
      signingIn.add(context.db);
      if (!context.auth) {
        throw new GraphQLError("Sign-in is not available here.", {
          extensions: { code: ERROR_CODES.operationNotSupported },
        });
      }
      return context.auth.login(context.db.driver, args.name, args.password, context.client ?? "unknown");
    },
    addMember: edit(
      (a) => ({ kind: "EDIT", clusterId: a.clusterId }),
      (w, viewer, a) =>
        addMember(w, viewer, {
          clusterId: a.clusterId,
          organizationId: a.organizationId ?? null,
          organization: (a.organization as Properties | null | undefined) ?? null,
          evidence: a.evidence,
        }),
    ),
    updateFacts: edit(anEdit, (w, viewer, a) =>
      updateFacts(w, viewer, { id: a.id, values: a.values as Properties, evidence: a.evidence }),
    ),
    addProject: edit(
      (a) => ({ kind: "EDIT", clusterId: a.clusterId }),
      (w, viewer, a) =>
        addProject(w, viewer, {
          clusterId: a.clusterId,
          project: a.project as Properties,
          role: a.role ?? null,
          evidence: a.evidence,
        }),
    ),
    linkNodes: edit(anEdit, (w, viewer, a) =>
      linkNodes(w, viewer, {
        fromId: a.fromId,
        type: a.type,
        toId: a.toId,
        role: a.role ?? null,
        evidence: a.evidence,
      }),
    ),
    unlinkNodes: edit(anEdit, (w, viewer, a) =>
      unlinkNodes(w, viewer, { fromId: a.fromId, type: a.type, toId: a.toId, note: a.note }),
    ),
    undoChangeSet: edit(
      (a) => ({ kind: "UNDO", undoes: a.id }),
      (w, _viewer, a) => undoChangeSet(w, a.id),
    ),
  };
  const guarded = Object.fromEntries(
    Object.entries(mutations).map(([name, resolve]) => [
      name,
      (root: unknown, args: unknown, context: ApiContext, info: unknown) => {
        checkDeclaredRole(`Mutation.${name}`, context.viewer);
        return (resolve as (...a: unknown[]) => unknown)(root, args, context, info);
      },
    ]),
  ) as Mutations;
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
