import { graphql } from "../generated";
import type {
  EvidenceInput,
  FactValuesInput,
  NewOrganizationInput,
  NewProjectInput,
  NodeHistoryQuery,
  RecentChangesQuery,
} from "../generated/graphql";
import { dataChanged, GraphQLRequestError, graphqlMutation, graphqlRequest } from "./graphql-client";
import type { RosterReport } from "../generated/rest-types";
import { currentSession, setSession, type Session } from "./session";

const LOGIN = graphql(`
  mutation Login($name: String!, $password: String!) {
    login(name: $name, password: $password) {
      token
      expiresAt
      viewer {
        name
        role
        clusters
      }
    }
  }
`);

export const EDIT_RESULT_FIELDS = graphql(`
  fragment EditResultFields on EditResult {
    changeSetId
    summary
    changeCount
    nodeId
    disagreementIds
  }
`);

const ADD_MEMBER = graphql(`
  mutation AddMember(
    $clusterId: ID!
    $organizationId: ID
    $organization: NewOrganizationInput
    $evidence: EvidenceInput!
  ) {
    addMember(
      clusterId: $clusterId
      organizationId: $organizationId
      organization: $organization
      evidence: $evidence
    ) {
      ...EditResultFields
    }
  }
`);

const ADD_PROJECT = graphql(`
  mutation AddProject($clusterId: ID!, $project: NewProjectInput!, $role: String, $evidence: EvidenceInput!) {
    addProject(clusterId: $clusterId, project: $project, role: $role, evidence: $evidence) {
      ...EditResultFields
    }
  }
`);

const UPDATE_FACTS = graphql(`
  mutation UpdateFacts($id: ID!, $values: FactValuesInput!, $evidence: EvidenceInput!) {
    updateFacts(id: $id, values: $values, evidence: $evidence) {
      ...EditResultFields
    }
  }
`);

const UNLINK = graphql(`
  mutation UnlinkNodes($fromId: ID!, $type: String!, $toId: ID!, $note: String!) {
    unlinkNodes(fromId: $fromId, type: $type, toId: $toId, note: $note) {
      ...EditResultFields
    }
  }
`);

const UNDO = graphql(`
  mutation UndoChangeSet($id: ID!) {
    undoChangeSet(id: $id) {
      ...EditResultFields
    }
  }
`);

const NODE_HISTORY = graphql(`
  query NodeHistory($id: ID!) {
    changes(
      where: { OR: [{ nodeId: { eq: $id } }, { toId: { eq: $id } }] }
      sort: [{ at: DESC }, { seq: DESC }]
      limit: 100
    ) {
      id
      op
      nodeId
      linkType
      toId
      before
      after
      by
      at
    }
  }
`);

export const CHANGE_SET_FIELDS = graphql(`
  fragment ChangeSetFields on ChangeSet {
    id
    at
    by
    kind
    summary
    clusterId
    fileName
    undoneBy
    undoes
  }
`);

const RECENT_CHANGES = graphql(`
  query RecentChanges($by: String) {
    changeSets(where: { by: { eq: $by } }, sort: [{ at: DESC }], limit: 50) {
      ...ChangeSetFields
    }
  }
`);

const RECENT_ALL = graphql(`
  query RecentChangesAll {
    changeSets(sort: [{ at: DESC }], limit: 50) {
      ...ChangeSetFields
    }
  }
`);

export type EditResult = { changeSetId: string; summary: string; changeCount: number; nodeId?: string | null };
export type HistoryEntry = NodeHistoryQuery["changes"][number];
export type ChangeSetEntry = RecentChangesQuery["changeSets"][number];

export async function signIn(name: string, password: string): Promise<Session> {
  const { login } = await graphqlMutation(LOGIN, { name, password });
  const session: Session = { token: login.token, expiresAt: login.expiresAt, viewer: login.viewer };
  setSession(session);
  return session;
}

export function signOut(): void {
  setSession(null);
}

export const addMember = (v: {
  clusterId: string;
  organizationId?: string | null;
  organization?: NewOrganizationInput | null;
  evidence: EvidenceInput;
}): Promise<EditResult> => graphqlMutation(ADD_MEMBER, v).then((r) => r.addMember);

export const addProject = (v: {
  clusterId: string;
  project: NewProjectInput;
  role?: string | null;
  evidence: EvidenceInput;
}): Promise<EditResult> => graphqlMutation(ADD_PROJECT, v).then((r) => r.addProject);

export const updateFacts = (v: { id: string; values: FactValuesInput; evidence: EvidenceInput }): Promise<EditResult> =>
  graphqlMutation(UPDATE_FACTS, v).then((r) => r.updateFacts);

export const unlinkNodes = (v: { fromId: string; type: string; toId: string; note: string }): Promise<EditResult> =>
  graphqlMutation(UNLINK, v).then((r) => r.unlinkNodes);

export const undoChangeSet = (id: string): Promise<EditResult> =>
  graphqlMutation(UNDO, { id }).then((r) => r.undoChangeSet);

export const fetchNodeHistory = (id: string, signal: AbortSignal): Promise<HistoryEntry[]> =>
  graphqlRequest(NODE_HISTORY, { id }, signal).then((r) => r.changes);

/** The latest change sets: one account's, or (null) every one the account may see. */
export const fetchRecentChanges = (by: string | null, signal: AbortSignal): Promise<ChangeSetEntry[]> =>
  by
    ? graphqlRequest(RECENT_CHANGES, { by }, signal).then((r) => r.changeSets)
    : graphqlRequest(RECENT_ALL, {}, signal).then((r) => r.changeSets);

/** The roster route's answer: its types are the contract's (schema/rest.graphql), generated. */
export type { RosterReport, RosterRowReport } from "../generated/rest-types";

/** Sends a roster file: a dry run (apply false) reports what would change; apply writes all of it or nothing. */
export async function importRoster(
  clusterId: string,
  kind: "members" | "projects",
  file: File,
  apply: boolean,
): Promise<RosterReport> {
  const token = currentSession()?.token;
  const response = await fetch(`/roster/${encodeURIComponent(clusterId)}?kind=${kind}&apply=${apply}`, {
    method: "POST",
    headers: {
      "content-type": "application/octet-stream",
      "x-file-name": encodeURIComponent(file.name)
        .replace(/%20/g, " ")
        .replace(/%[0-9A-F]{2}/g, "_"),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: file,
  });
  const body = (await response.json()) as RosterReport & {
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  if (Array.isArray(body.errors)) {
    throw new GraphQLRequestError(
      body.errors[0]?.message ?? `HTTP ${response.status}`,
      body.errors[0]?.extensions?.code ?? null,
    );
  }
  if (apply && body.applied) await dataChanged();
  return body;
}

export const exportUrl = (
  format: "json" | "graphml" | "nodes.csv" | "relationships.csv",
  clusterId?: string | null,
): string => `/export/graph.${format}${clusterId ? `?cluster=${encodeURIComponent(clusterId)}` : ""}`;
