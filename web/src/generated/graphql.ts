/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Why a fact is true: its source and the words of it that state the fact (or a note of ours). */
export type EvidenceInput = {
  /** The words of the source that state the fact. */
  quote: string;
  source: SourceInput;
};

/** Values to set on a node: only the ones its type has; null or absent fields are left as they are. */
export type FactValuesInput = {
  acronym?: string | null | undefined;
  city?: string | null | undefined;
  companyCount?: number | null | undefined;
  country?: string | null | undefined;
  date?: string | null | undefined;
  description?: string | null | undefined;
  endYear?: number | null | undefined;
  kind?: string | null | undefined;
  memberCount?: number | null | undefined;
  membersAsOf?: string | null | undefined;
  name?: string | null | undefined;
  nameIt?: string | null | undefined;
  otherEntityCount?: number | null | undefined;
  researchOrgCount?: number | null | undefined;
  shortName?: string | null | undefined;
  stage?: ProjectStage | null | undefined;
  startYear?: number | null | undefined;
  title?: string | null | undefined;
  website?: string | null | undefined;
};

/** A member organisation not yet in the graph. */
export type NewOrganizationInput = {
  city?: string | null | undefined;
  /** company, university, research centre, association... */
  kind?: string | null | undefined;
  name: string;
  nameIt?: string | null | undefined;
  shortName?: string | null | undefined;
  /** Italian tax code (codice fiscale / partita IVA). */
  taxCode?: string | null | undefined;
  website?: string | null | undefined;
};

/** A project not yet in the graph. */
export type NewProjectInput = {
  acronym?: string | null | undefined;
  description?: string | null | undefined;
  endYear?: number | null | undefined;
  stage?: ProjectStage | null | undefined;
  startYear?: number | null | undefined;
  title: string;
  website?: string | null | undefined;
};

/** Where a project stands, as its source says: a proposal in preparation, submitted, funded, running, completed. */
export type ProjectStage =
  | 'COMPLETED'
  | 'FUNDED'
  | 'ONGOING'
  | 'PROPOSAL'
  | 'SUBMITTED';

/** The document a new or changed fact comes from: an existing Source (id), or a new one described. */
export type SourceInput = {
  /** Its date (2024-05-01) or period. */
  date?: string | null | undefined;
  /** An existing Source's id; leave the other fields empty. */
  id?: string | null | undefined;
  /** Who published it. */
  publisher?: string | null | undefined;
  /** A new document's title. */
  title?: string | null | undefined;
  /** Where it is online. */
  url?: string | null | undefined;
};

export type SynergyMatrixQueryVariables = Exact<{ [key: string]: never; }>;


export type SynergyMatrixQuery = { synergyMatrix: Array<{ score: number, from: { id: string, type: string, name: string, nameIt: string | null, shortName: string | null, ecosystems: Array<string>, missions: Array<number>, programmes: Array<string>, years: Array<number> }, to: { id: string, type: string, name: string, nameIt: string | null, shortName: string | null, ecosystems: Array<string>, missions: Array<number>, programmes: Array<string>, years: Array<number> }, evidence: Array<{ kind: string, id: string, name: string, clusterCount: number, contribution: number, disputed: boolean }> }> };

export type PartnersQueryVariables = Exact<{
  forId: string;
  topic?: string | null | undefined;
  pnrrComponent?: string | null | undefined;
  ecosystem?: string | null | undefined;
  language?: string | null | undefined;
}>;


export type PartnersQuery = { partnerSuggestions: Array<{ id: string, name: string, type: string, score: number, reasons: Array<string>, via: Array<string> }> };

export type PartnerFilterChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerFilterChoicesQuery = { topics: Array<{ id: string, name: string, nameIt: string | null }>, pnrrComponents: Array<{ id: string, code: string, name: string, nameIt: string | null }>, s3Ecosystems: Array<{ id: string, name: string, nameIt: string | null }> };

export type PathsQueryVariables = Exact<{
  fromId: string;
  toId: string;
  maxLength?: number | null | undefined;
  avoidHubs?: boolean | null | undefined;
}>;


export type PathsQuery = { paths: Array<{ length: number, nodes: Array<{ id: string, type: string, name: string, nameIt: string | null, shortName: string | null, ecosystems: Array<string>, missions: Array<number>, programmes: Array<string>, years: Array<number> }>, relationships: Array<{ id: string, type: string, from: string, to: string, role: string | null, period: string | null, inferred: string | null, evidence: Array<{ sourceId: string, sourceTitle: string | null, sourcePublisher: string | null, sourceUrl: string | null, sourceReference: string | null, sourceDate: string | null, sourceLanguage: string | null, quote: string }> }> }> };

export type SubgraphQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type SubgraphQuery = { subgraph: { nodes: Array<{ id: string, type: string, name: string, nameIt: string | null, shortName: string | null, ecosystems: Array<string>, missions: Array<number>, programmes: Array<string>, years: Array<number> }>, relationships: Array<{ id: string, type: string, from: string, to: string, role: string | null, period: string | null, inferred: string | null, evidence: Array<{ sourceId: string, sourceTitle: string | null, sourcePublisher: string | null, sourceUrl: string | null, sourceReference: string | null, sourceDate: string | null, sourceLanguage: string | null, quote: string }> }> } };

export type CoverageQueryVariables = Exact<{ [key: string]: never; }>;


export type CoverageQuery = { coverage: { pnrrComponents: { clusters: Array<{ id: string, type: string, name: string, nameIt: string | null, shortName: string | null, ecosystems: Array<string>, missions: Array<number>, programmes: Array<string>, years: Array<number> }>, targets: Array<{ id: string, code: string, name: string, clusterIds: Array<string> }> }, s3Ecosystems: { targets: Array<{ id: string, code: string, name: string, clusterIds: Array<string> }> } } };

export type SynergyEvidenceQueryVariables = Exact<{
  a: string;
}>;


export type SynergyEvidenceQuery = { clusterSynergies: Array<{ cluster: { id: string }, evidence: Array<{ id: string, kind: string }> }> };

export type LoginMutationVariables = Exact<{
  name: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, viewer: { name: string, role: string, clusters: Array<string> } } };

export type EditResultFieldsFragment = { changeSetId: string, summary: string, changeCount: number, nodeId: string | null, disagreementIds: Array<string> };

export type AddMemberMutationVariables = Exact<{
  clusterId: string;
  organizationId?: string | null | undefined;
  organization?: NewOrganizationInput | null | undefined;
  evidence: EvidenceInput;
}>;


export type AddMemberMutation = { addMember: { changeSetId: string, summary: string, changeCount: number, nodeId: string | null, disagreementIds: Array<string> } };

export type AddProjectMutationVariables = Exact<{
  clusterId: string;
  project: NewProjectInput;
  role?: string | null | undefined;
  evidence: EvidenceInput;
}>;


export type AddProjectMutation = { addProject: { changeSetId: string, summary: string, changeCount: number, nodeId: string | null, disagreementIds: Array<string> } };

export type UpdateFactsMutationVariables = Exact<{
  id: string;
  values: FactValuesInput;
  evidence: EvidenceInput;
}>;


export type UpdateFactsMutation = { updateFacts: { changeSetId: string, summary: string, changeCount: number, nodeId: string | null, disagreementIds: Array<string> } };

export type UnlinkNodesMutationVariables = Exact<{
  fromId: string;
  type: string;
  toId: string;
  note: string;
}>;


export type UnlinkNodesMutation = { unlinkNodes: { changeSetId: string, summary: string, changeCount: number, nodeId: string | null, disagreementIds: Array<string> } };

export type UndoChangeSetMutationVariables = Exact<{
  id: string;
}>;


export type UndoChangeSetMutation = { undoChangeSet: { changeSetId: string, summary: string, changeCount: number, nodeId: string | null, disagreementIds: Array<string> } };

export type NodeHistoryQueryVariables = Exact<{
  id: string;
}>;


export type NodeHistoryQuery = { changes: Array<{ id: string, op: string, nodeId: string, linkType: string | null, toId: string | null, before: string | null, after: string | null, by: string, at: string }> };

export type ChangeSetFieldsFragment = { id: string, at: string, by: string, kind: string, summary: string, clusterId: string | null, fileName: string | null, undoneBy: string | null, undoes: string | null };

export type RecentChangesQueryVariables = Exact<{
  by?: string | null | undefined;
}>;


export type RecentChangesQuery = { changeSets: Array<{ id: string, at: string, by: string, kind: string, summary: string, clusterId: string | null, fileName: string | null, undoneBy: string | null, undoes: string | null }> };

export type RecentChangesAllQueryVariables = Exact<{ [key: string]: never; }>;


export type RecentChangesAllQuery = { changeSets: Array<{ id: string, at: string, by: string, kind: string, summary: string, clusterId: string | null, fileName: string | null, undoneBy: string | null, undoes: string | null }> };

export type StartViewQueryVariables = Exact<{ [key: string]: never; }>;


export type StartViewQuery = { startView: { nodes: Array<{ id: string, type: string, name: string, nameIt: string | null, shortName: string | null, ecosystems: Array<string>, missions: Array<number>, programmes: Array<string>, years: Array<number> }>, relationships: Array<{ id: string, type: string, from: string, to: string, role: string | null, period: string | null, inferred: string | null, evidence: Array<{ sourceId: string, sourceTitle: string | null, sourcePublisher: string | null, sourceUrl: string | null, sourceReference: string | null, sourceDate: string | null, sourceLanguage: string | null, quote: string }> }> } };

export type NeighbourhoodQueryVariables = Exact<{
  id: string;
  type?: string | null | undefined;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type NeighbourhoodQuery = { neighbourhood: { total: number, center: { id: string, type: string, name: string, nameIt: string | null, shortName: string | null, ecosystems: Array<string>, missions: Array<number>, programmes: Array<string>, years: Array<number> }, nodes: Array<{ id: string, type: string, name: string, nameIt: string | null, shortName: string | null, ecosystems: Array<string>, missions: Array<number>, programmes: Array<string>, years: Array<number> }>, relationships: Array<{ id: string, type: string, from: string, to: string, role: string | null, period: string | null, inferred: string | null, evidence: Array<{ sourceId: string, sourceTitle: string | null, sourcePublisher: string | null, sourceUrl: string | null, sourceReference: string | null, sourceDate: string | null, sourceLanguage: string | null, quote: string }> }> } };

export type SearchQueryVariables = Exact<{
  text: string;
}>;


export type SearchQuery = { search: Array<{ id: string, type: string, name: string, nameIt: string | null, shortName: string | null, match: string }> };

export type EntityQueryVariables = Exact<{
  id: string;
}>;


export type EntityQuery = { entity: { inferred: Array<string>, entity: { id: string, type: string, name: string, nameIt: string | null, shortName: string | null, ecosystems: Array<string>, missions: Array<number>, programmes: Array<string>, years: Array<number> }, properties: Array<{ key: string, value: string }>, evidence: Array<{ sourceId: string, sourceTitle: string | null, sourcePublisher: string | null, sourceUrl: string | null, sourceReference: string | null, sourceDate: string | null, sourceLanguage: string | null, quote: string }>, disagreements: Array<{ id: string, topic: string, kind: string, description: string, topicIt: string | null, descriptionIt: string | null, evidence: Array<{ sourceId: string, sourceTitle: string | null, sourcePublisher: string | null, sourceUrl: string | null, sourceReference: string | null, sourceDate: string | null, sourceLanguage: string | null, quote: string }> }>, neighbourCounts: Array<{ type: string, direction: string, count: number }> } | null };

export type FilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type FilterOptionsQuery = { s3Ecosystems: Array<{ id: string, name: string, nameIt: string | null }>, pnrrMissions: Array<{ number: number, name: string, nameIt: string | null }>, programmes: Array<{ id: string, name: string }> };

export type SourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type SourcesQuery = { sources: Array<{ id: string, title: string, publisher: string | null, date: string | null, language: string | null, url: string | null, reference: string | null }> };

export type ClusterPageQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type ClusterPageQuery = { clusters: Array<{ id: string, name: string, nameIt: string | null, shortName: string | null, website: string | null, city: string | null, legalForm: string | null, foundedYear: number | null, memberCount: number | null, companyCount: number | null, researchOrgCount: number | null, otherEntityCount: number | null, membersAsOf: string | null, members: Array<{ id: string, name: string, kind: string | null, city: string | null, country: string | null }>, projects: Array<{ id: string, acronym: string | null, title: string | null, stage: ProjectStage | null, period: string | null, programme: { id: string, name: string } | null }>, figures: Array<{ id: string, metric: string, value: number, unit: string, qualifier: string | null, period: string | null, subject: string }> }> };

export type NodeFieldsFragment = { id: string, type: string, name: string, nameIt: string | null, shortName: string | null, ecosystems: Array<string>, missions: Array<number>, programmes: Array<string>, years: Array<number> };

export type EvidenceFieldsFragment = { sourceId: string, sourceTitle: string | null, sourcePublisher: string | null, sourceUrl: string | null, sourceReference: string | null, sourceDate: string | null, sourceLanguage: string | null, quote: string };

export type EdgeFieldsFragment = { id: string, type: string, from: string, to: string, role: string | null, period: string | null, inferred: string | null, evidence: Array<{ sourceId: string, sourceTitle: string | null, sourcePublisher: string | null, sourceUrl: string | null, sourceReference: string | null, sourceDate: string | null, sourceLanguage: string | null, quote: string }> };

export type PnrrOverviewQueryVariables = Exact<{
  region?: string | null | undefined;
}>;


export type PnrrOverviewQuery = { pnrrMatrix: { regionName: string | null, components: Array<{ id: string, code: string, name: string, nameIt: string | null }>, provinces: Array<{ id: string, istatCode: string, name: string, nutsCode: string | null }>, cells: Array<{ componentCode: string, provinceCode: string, projectCount: number, pnrrFunding: number }>, totals: { projectCount: number, pnrrFunding: number, implementerCount: number } } };

export type PnrrProjectsQueryVariables = Exact<{
  component?: string | null | undefined;
  province?: string | null | undefined;
}>;


export type PnrrProjectsQuery = { pnrrProjects: Array<{ id: string, cup: string, localCode: string, title: string | null, pnrrFunding: number | null, totalFunding: number | null, componentCode: string, measureCode: string | null, implementers: Array<string>, places: Array<string> }> };

export type PnrrImplementerFieldsFragment = { projectCount: number, pnrrFunding: number, linkedClusterIds: Array<string>, organization: { id: string, name: string, taxCode: string | null }, matchedTo: Array<{ id: string, name: string }> };

export type PnrrTopImplementersQueryVariables = Exact<{
  component: string;
}>;


export type PnrrTopImplementersQuery = { pnrrTopImplementers: Array<{ projectCount: number, pnrrFunding: number, linkedClusterIds: Array<string>, organization: { id: string, name: string, taxCode: string | null }, matchedTo: Array<{ id: string, name: string }> }> };

export type PnrrLeadsQueryVariables = Exact<{
  cluster: string;
}>;


export type PnrrLeadsQuery = { pnrrLeads: { clusterId: string, componentCodes: Array<string>, totals: { projectCount: number, pnrrFunding: number, implementerCount: number }, implementers: Array<{ projectCount: number, pnrrFunding: number, linkedClusterIds: Array<string>, organization: { id: string, name: string, taxCode: string | null }, matchedTo: Array<{ id: string, name: string }> }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const EditResultFieldsFragmentDoc = new TypedDocumentString(`
    fragment EditResultFields on EditResult {
  changeSetId
  summary
  changeCount
  nodeId
  disagreementIds
}
    `, {"fragmentName":"EditResultFields"}) as unknown as TypedDocumentString<EditResultFieldsFragment, unknown>;
export const ChangeSetFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"ChangeSetFields"}) as unknown as TypedDocumentString<ChangeSetFieldsFragment, unknown>;
export const NodeFieldsFragmentDoc = new TypedDocumentString(`
    fragment NodeFields on EntitySummary {
  id
  type
  name
  nameIt
  shortName
  ecosystems
  missions
  programmes
  years
}
    `, {"fragmentName":"NodeFields"}) as unknown as TypedDocumentString<NodeFieldsFragment, unknown>;
export const EvidenceFieldsFragmentDoc = new TypedDocumentString(`
    fragment EvidenceFields on EvidenceQuote {
  sourceId
  sourceTitle
  sourcePublisher
  sourceUrl
  sourceReference
  sourceDate
  sourceLanguage
  quote
}
    `, {"fragmentName":"EvidenceFields"}) as unknown as TypedDocumentString<EvidenceFieldsFragment, unknown>;
export const EdgeFieldsFragmentDoc = new TypedDocumentString(`
    fragment EdgeFields on RelationshipView {
  id
  type
  from
  to
  role
  period
  inferred
  evidence {
    ...EvidenceFields
  }
}
    fragment EvidenceFields on EvidenceQuote {
  sourceId
  sourceTitle
  sourcePublisher
  sourceUrl
  sourceReference
  sourceDate
  sourceLanguage
  quote
}`, {"fragmentName":"EdgeFields"}) as unknown as TypedDocumentString<EdgeFieldsFragment, unknown>;
export const PnrrImplementerFieldsFragmentDoc = new TypedDocumentString(`
    fragment PnrrImplementerFields on PnrrImplementer {
  organization {
    id
    name
    taxCode
  }
  projectCount
  pnrrFunding
  matchedTo {
    id
    name
  }
  linkedClusterIds
}
    `, {"fragmentName":"PnrrImplementerFields"}) as unknown as TypedDocumentString<PnrrImplementerFieldsFragment, unknown>;
export const SynergyMatrixDocument = new TypedDocumentString(`
    query SynergyMatrix {
  synergyMatrix(limit: 500) {
    from {
      ...NodeFields
    }
    to {
      ...NodeFields
    }
    score
    evidence {
      kind
      id
      name
      clusterCount
      contribution
      disputed
    }
  }
}
    fragment NodeFields on EntitySummary {
  id
  type
  name
  nameIt
  shortName
  ecosystems
  missions
  programmes
  years
}`) as unknown as TypedDocumentString<SynergyMatrixQuery, SynergyMatrixQueryVariables>;
export const PartnersDocument = new TypedDocumentString(`
    query Partners($forId: ID!, $topic: String, $pnrrComponent: String, $ecosystem: String, $language: String) {
  partnerSuggestions(
    forId: $forId
    topic: $topic
    pnrrComponent: $pnrrComponent
    ecosystem: $ecosystem
    limit: 20
    language: $language
  ) {
    id
    name
    type
    score
    reasons
    via
  }
}
    `) as unknown as TypedDocumentString<PartnersQuery, PartnersQueryVariables>;
export const PartnerFilterChoicesDocument = new TypedDocumentString(`
    query PartnerFilterChoices {
  topics(sort: [{name: ASC}]) {
    id
    name
    nameIt
  }
  pnrrComponents(sort: [{code: ASC}]) {
    id
    code
    name
    nameIt
  }
  s3Ecosystems(sort: [{name: ASC}]) {
    id
    name
    nameIt
  }
}
    `) as unknown as TypedDocumentString<PartnerFilterChoicesQuery, PartnerFilterChoicesQueryVariables>;
export const PathsDocument = new TypedDocumentString(`
    query Paths($fromId: ID!, $toId: ID!, $maxLength: Int, $avoidHubs: Boolean) {
  paths(
    fromId: $fromId
    toId: $toId
    maxLength: $maxLength
    limit: 5
    avoidHubs: $avoidHubs
  ) {
    length
    nodes {
      ...NodeFields
    }
    relationships {
      ...EdgeFields
    }
  }
}
    fragment NodeFields on EntitySummary {
  id
  type
  name
  nameIt
  shortName
  ecosystems
  missions
  programmes
  years
}
fragment EvidenceFields on EvidenceQuote {
  sourceId
  sourceTitle
  sourcePublisher
  sourceUrl
  sourceReference
  sourceDate
  sourceLanguage
  quote
}
fragment EdgeFields on RelationshipView {
  id
  type
  from
  to
  role
  period
  inferred
  evidence {
    ...EvidenceFields
  }
}`) as unknown as TypedDocumentString<PathsQuery, PathsQueryVariables>;
export const SubgraphDocument = new TypedDocumentString(`
    query Subgraph($ids: [ID!]!) {
  subgraph(ids: $ids) {
    nodes {
      ...NodeFields
    }
    relationships {
      ...EdgeFields
    }
  }
}
    fragment NodeFields on EntitySummary {
  id
  type
  name
  nameIt
  shortName
  ecosystems
  missions
  programmes
  years
}
fragment EvidenceFields on EvidenceQuote {
  sourceId
  sourceTitle
  sourcePublisher
  sourceUrl
  sourceReference
  sourceDate
  sourceLanguage
  quote
}
fragment EdgeFields on RelationshipView {
  id
  type
  from
  to
  role
  period
  inferred
  evidence {
    ...EvidenceFields
  }
}`) as unknown as TypedDocumentString<SubgraphQuery, SubgraphQueryVariables>;
export const CoverageDocument = new TypedDocumentString(`
    query Coverage {
  coverage {
    pnrrComponents {
      clusters {
        ...NodeFields
      }
      targets {
        id
        code
        name
        clusterIds
      }
    }
    s3Ecosystems {
      targets {
        id
        code
        name
        clusterIds
      }
    }
  }
}
    fragment NodeFields on EntitySummary {
  id
  type
  name
  nameIt
  shortName
  ecosystems
  missions
  programmes
  years
}`) as unknown as TypedDocumentString<CoverageQuery, CoverageQueryVariables>;
export const SynergyEvidenceDocument = new TypedDocumentString(`
    query SynergyEvidence($a: ID!) {
  clusterSynergies(clusterId: $a, limit: 50) {
    cluster {
      id
    }
    evidence {
      id
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<SynergyEvidenceQuery, SynergyEvidenceQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const AddMemberDocument = new TypedDocumentString(`
    mutation AddMember($clusterId: ID!, $organizationId: ID, $organization: NewOrganizationInput, $evidence: EvidenceInput!) {
  addMember(
    clusterId: $clusterId
    organizationId: $organizationId
    organization: $organization
    evidence: $evidence
  ) {
    ...EditResultFields
  }
}
    fragment EditResultFields on EditResult {
  changeSetId
  summary
  changeCount
  nodeId
  disagreementIds
}`) as unknown as TypedDocumentString<AddMemberMutation, AddMemberMutationVariables>;
export const AddProjectDocument = new TypedDocumentString(`
    mutation AddProject($clusterId: ID!, $project: NewProjectInput!, $role: String, $evidence: EvidenceInput!) {
  addProject(
    clusterId: $clusterId
    project: $project
    role: $role
    evidence: $evidence
  ) {
    ...EditResultFields
  }
}
    fragment EditResultFields on EditResult {
  changeSetId
  summary
  changeCount
  nodeId
  disagreementIds
}`) as unknown as TypedDocumentString<AddProjectMutation, AddProjectMutationVariables>;
export const UpdateFactsDocument = new TypedDocumentString(`
    mutation UpdateFacts($id: ID!, $values: FactValuesInput!, $evidence: EvidenceInput!) {
  updateFacts(id: $id, values: $values, evidence: $evidence) {
    ...EditResultFields
  }
}
    fragment EditResultFields on EditResult {
  changeSetId
  summary
  changeCount
  nodeId
  disagreementIds
}`) as unknown as TypedDocumentString<UpdateFactsMutation, UpdateFactsMutationVariables>;
export const UnlinkNodesDocument = new TypedDocumentString(`
    mutation UnlinkNodes($fromId: ID!, $type: String!, $toId: ID!, $note: String!) {
  unlinkNodes(fromId: $fromId, type: $type, toId: $toId, note: $note) {
    ...EditResultFields
  }
}
    fragment EditResultFields on EditResult {
  changeSetId
  summary
  changeCount
  nodeId
  disagreementIds
}`) as unknown as TypedDocumentString<UnlinkNodesMutation, UnlinkNodesMutationVariables>;
export const UndoChangeSetDocument = new TypedDocumentString(`
    mutation UndoChangeSet($id: ID!) {
  undoChangeSet(id: $id) {
    ...EditResultFields
  }
}
    fragment EditResultFields on EditResult {
  changeSetId
  summary
  changeCount
  nodeId
  disagreementIds
}`) as unknown as TypedDocumentString<UndoChangeSetMutation, UndoChangeSetMutationVariables>;
export const NodeHistoryDocument = new TypedDocumentString(`
    query NodeHistory($id: ID!) {
  changes(
    where: {OR: [{nodeId: {eq: $id}}, {toId: {eq: $id}}]}
    sort: [{at: DESC}, {seq: DESC}]
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
    `) as unknown as TypedDocumentString<NodeHistoryQuery, NodeHistoryQueryVariables>;
export const RecentChangesDocument = new TypedDocumentString(`
    query RecentChanges($by: String) {
  changeSets(where: {by: {eq: $by}}, sort: [{at: DESC}], limit: 50) {
    ...ChangeSetFields
  }
}
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
}`) as unknown as TypedDocumentString<RecentChangesQuery, RecentChangesQueryVariables>;
export const RecentChangesAllDocument = new TypedDocumentString(`
    query RecentChangesAll {
  changeSets(sort: [{at: DESC}], limit: 50) {
    ...ChangeSetFields
  }
}
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
}`) as unknown as TypedDocumentString<RecentChangesAllQuery, RecentChangesAllQueryVariables>;
export const StartViewDocument = new TypedDocumentString(`
    query StartView {
  startView {
    nodes {
      ...NodeFields
    }
    relationships {
      ...EdgeFields
    }
  }
}
    fragment NodeFields on EntitySummary {
  id
  type
  name
  nameIt
  shortName
  ecosystems
  missions
  programmes
  years
}
fragment EvidenceFields on EvidenceQuote {
  sourceId
  sourceTitle
  sourcePublisher
  sourceUrl
  sourceReference
  sourceDate
  sourceLanguage
  quote
}
fragment EdgeFields on RelationshipView {
  id
  type
  from
  to
  role
  period
  inferred
  evidence {
    ...EvidenceFields
  }
}`) as unknown as TypedDocumentString<StartViewQuery, StartViewQueryVariables>;
export const NeighbourhoodDocument = new TypedDocumentString(`
    query Neighbourhood($id: ID!, $type: String, $depth: Int, $limit: Int, $offset: Int) {
  neighbourhood(
    id: $id
    relationshipType: $type
    depth: $depth
    limit: $limit
    offset: $offset
  ) {
    total
    center {
      ...NodeFields
    }
    nodes {
      ...NodeFields
    }
    relationships {
      ...EdgeFields
    }
  }
}
    fragment NodeFields on EntitySummary {
  id
  type
  name
  nameIt
  shortName
  ecosystems
  missions
  programmes
  years
}
fragment EvidenceFields on EvidenceQuote {
  sourceId
  sourceTitle
  sourcePublisher
  sourceUrl
  sourceReference
  sourceDate
  sourceLanguage
  quote
}
fragment EdgeFields on RelationshipView {
  id
  type
  from
  to
  role
  period
  inferred
  evidence {
    ...EvidenceFields
  }
}`) as unknown as TypedDocumentString<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!) {
  search(text: $text, limit: 20) {
    id
    type
    name
    nameIt
    shortName
    match
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const EntityDocument = new TypedDocumentString(`
    query Entity($id: ID!) {
  entity(id: $id) {
    entity {
      ...NodeFields
    }
    properties {
      key
      value
    }
    inferred
    evidence {
      ...EvidenceFields
    }
    disagreements {
      id
      topic
      kind
      description
      topicIt
      descriptionIt
      evidence {
        ...EvidenceFields
      }
    }
    neighbourCounts {
      type
      direction
      count
    }
  }
}
    fragment NodeFields on EntitySummary {
  id
  type
  name
  nameIt
  shortName
  ecosystems
  missions
  programmes
  years
}
fragment EvidenceFields on EvidenceQuote {
  sourceId
  sourceTitle
  sourcePublisher
  sourceUrl
  sourceReference
  sourceDate
  sourceLanguage
  quote
}`) as unknown as TypedDocumentString<EntityQuery, EntityQueryVariables>;
export const FilterOptionsDocument = new TypedDocumentString(`
    query FilterOptions {
  s3Ecosystems(sort: [{name: ASC}]) {
    id
    name
    nameIt
  }
  pnrrMissions(sort: [{number: ASC}]) {
    number
    name
    nameIt
  }
  programmes(sort: [{name: ASC}]) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<FilterOptionsQuery, FilterOptionsQueryVariables>;
export const SourcesDocument = new TypedDocumentString(`
    query Sources {
  sources(sort: [{date: DESC}, {title: ASC}]) {
    id
    title
    publisher
    date
    language
    url
    reference
  }
}
    `) as unknown as TypedDocumentString<SourcesQuery, SourcesQueryVariables>;
export const ClusterPageDocument = new TypedDocumentString(`
    query ClusterPage($ids: [ID!]!) {
  clusters(where: {id: {in: $ids}}) {
    id
    name
    nameIt
    shortName
    website
    city
    legalForm
    foundedYear
    memberCount
    companyCount
    researchOrgCount
    otherEntityCount
    membersAsOf
    members(sort: [{name: ASC}]) {
      id
      name
      kind
      city
      country
    }
    projects(sort: [{acronym: ASC}]) {
      id
      acronym
      title
      stage
      period
      programme {
        id
        name
      }
    }
    figures {
      id
      metric
      value
      unit
      qualifier
      period
      subject
    }
  }
}
    `) as unknown as TypedDocumentString<ClusterPageQuery, ClusterPageQueryVariables>;
export const PnrrOverviewDocument = new TypedDocumentString(`
    query PnrrOverview($region: String) {
  pnrrMatrix(regionName: $region) {
    regionName
    components {
      id
      code
      name
      nameIt
    }
    provinces {
      id
      istatCode
      name
      nutsCode
    }
    cells {
      componentCode
      provinceCode
      projectCount
      pnrrFunding
    }
    totals {
      projectCount
      pnrrFunding
      implementerCount
    }
  }
}
    `) as unknown as TypedDocumentString<PnrrOverviewQuery, PnrrOverviewQueryVariables>;
export const PnrrProjectsDocument = new TypedDocumentString(`
    query PnrrProjects($component: String, $province: String) {
  pnrrProjects(componentCode: $component, provinceName: $province, limit: 100) {
    id
    cup
    localCode
    title
    pnrrFunding
    totalFunding
    componentCode
    measureCode
    implementers
    places
  }
}
    `) as unknown as TypedDocumentString<PnrrProjectsQuery, PnrrProjectsQueryVariables>;
export const PnrrTopImplementersDocument = new TypedDocumentString(`
    query PnrrTopImplementers($component: String!) {
  pnrrTopImplementers(componentCode: $component, limit: 15) {
    ...PnrrImplementerFields
  }
}
    fragment PnrrImplementerFields on PnrrImplementer {
  organization {
    id
    name
    taxCode
  }
  projectCount
  pnrrFunding
  matchedTo {
    id
    name
  }
  linkedClusterIds
}`) as unknown as TypedDocumentString<PnrrTopImplementersQuery, PnrrTopImplementersQueryVariables>;
export const PnrrLeadsDocument = new TypedDocumentString(`
    query PnrrLeads($cluster: ID!) {
  pnrrLeads(clusterId: $cluster, limit: 30) {
    clusterId
    componentCodes
    totals {
      projectCount
      pnrrFunding
      implementerCount
    }
    implementers {
      ...PnrrImplementerFields
    }
  }
}
    fragment PnrrImplementerFields on PnrrImplementer {
  organization {
    id
    name
    taxCode
  }
  projectCount
  pnrrFunding
  matchedTo {
    id
    name
  }
  linkedClusterIds
}`) as unknown as TypedDocumentString<PnrrLeadsQuery, PnrrLeadsQueryVariables>;