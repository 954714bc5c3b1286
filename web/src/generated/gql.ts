/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query SynergyMatrix {\n    synergyMatrix(limit: 500) {\n      from {\n        ...NodeFields\n      }\n      to {\n        ...NodeFields\n      }\n      score\n      evidence {\n        kind\n        id\n        name\n        clusterCount\n        contribution\n        disputed\n      }\n    }\n  }\n": typeof types.SynergyMatrixDocument,
    "\n  query Partners($forId: ID!, $topic: String, $pnrrComponent: String, $ecosystem: String, $language: String) {\n    partnerSuggestions(\n      forId: $forId\n      topic: $topic\n      pnrrComponent: $pnrrComponent\n      ecosystem: $ecosystem\n      limit: 20\n      language: $language\n    ) {\n      id\n      name\n      type\n      score\n      reasons\n      via\n    }\n  }\n": typeof types.PartnersDocument,
    "\n  query PartnerFilterChoices {\n    topics(sort: [{ name: ASC }]) {\n      id\n      name\n      nameIt\n    }\n    pnrrComponents(sort: [{ code: ASC }]) {\n      id\n      code\n      name\n      nameIt\n    }\n    s3Ecosystems(sort: [{ name: ASC }]) {\n      id\n      name\n      nameIt\n    }\n  }\n": typeof types.PartnerFilterChoicesDocument,
    "\n  query Paths($fromId: ID!, $toId: ID!, $maxLength: Int, $avoidHubs: Boolean) {\n    paths(fromId: $fromId, toId: $toId, maxLength: $maxLength, limit: 5, avoidHubs: $avoidHubs) {\n      length\n      nodes {\n        ...NodeFields\n      }\n      relationships {\n        ...EdgeFields\n      }\n    }\n  }\n": typeof types.PathsDocument,
    "\n  query Subgraph($ids: [ID!]!) {\n    subgraph(ids: $ids) {\n      nodes {\n        ...NodeFields\n      }\n      relationships {\n        ...EdgeFields\n      }\n    }\n  }\n": typeof types.SubgraphDocument,
    "\n  query Coverage {\n    coverage {\n      pnrrComponents {\n        clusters {\n          ...NodeFields\n        }\n        targets {\n          id\n          code\n          name\n          clusterIds\n        }\n      }\n      s3Ecosystems {\n        targets {\n          id\n          code\n          name\n          clusterIds\n        }\n      }\n    }\n  }\n": typeof types.CoverageDocument,
    "\n  query SynergyEvidence($a: ID!) {\n    clusterSynergies(clusterId: $a, limit: 50) {\n      cluster {\n        id\n      }\n      evidence {\n        id\n        kind\n      }\n    }\n  }\n": typeof types.SynergyEvidenceDocument,
    "\n  mutation Login($name: String!, $password: String!) {\n    login(name: $name, password: $password) {\n      token\n      expiresAt\n      viewer {\n        name\n        role\n        clusters\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  fragment EditResultFields on EditResult {\n    changeSetId\n    summary\n    changeCount\n    nodeId\n    disagreementIds\n  }\n": typeof types.EditResultFieldsFragmentDoc,
    "\n  mutation AddMember(\n    $clusterId: ID!\n    $organizationId: ID\n    $organization: NewOrganizationInput\n    $evidence: EvidenceInput!\n  ) {\n    addMember(\n      clusterId: $clusterId\n      organizationId: $organizationId\n      organization: $organization\n      evidence: $evidence\n    ) {\n      ...EditResultFields\n    }\n  }\n": typeof types.AddMemberDocument,
    "\n  mutation AddProject($clusterId: ID!, $project: NewProjectInput!, $role: String, $evidence: EvidenceInput!) {\n    addProject(clusterId: $clusterId, project: $project, role: $role, evidence: $evidence) {\n      ...EditResultFields\n    }\n  }\n": typeof types.AddProjectDocument,
    "\n  mutation UpdateFacts($id: ID!, $values: FactValuesInput!, $evidence: EvidenceInput!) {\n    updateFacts(id: $id, values: $values, evidence: $evidence) {\n      ...EditResultFields\n    }\n  }\n": typeof types.UpdateFactsDocument,
    "\n  mutation UnlinkNodes($fromId: ID!, $type: String!, $toId: ID!, $note: String!) {\n    unlinkNodes(fromId: $fromId, type: $type, toId: $toId, note: $note) {\n      ...EditResultFields\n    }\n  }\n": typeof types.UnlinkNodesDocument,
    "\n  mutation UndoChangeSet($id: ID!) {\n    undoChangeSet(id: $id) {\n      ...EditResultFields\n    }\n  }\n": typeof types.UndoChangeSetDocument,
    "\n  query NodeHistory($id: ID!) {\n    changes(\n      where: { OR: [{ nodeId: { eq: $id } }, { toId: { eq: $id } }] }\n      sort: [{ at: DESC }, { seq: DESC }]\n      limit: 100\n    ) {\n      id\n      op\n      nodeId\n      linkType\n      toId\n      before\n      after\n      by\n      at\n    }\n  }\n": typeof types.NodeHistoryDocument,
    "\n  fragment ChangeSetFields on ChangeSet {\n    id\n    at\n    by\n    kind\n    summary\n    clusterId\n    fileName\n    undoneBy\n    undoes\n  }\n": typeof types.ChangeSetFieldsFragmentDoc,
    "\n  query RecentChanges($by: String) {\n    changeSets(where: { by: { eq: $by } }, sort: [{ at: DESC }], limit: 50) {\n      ...ChangeSetFields\n    }\n  }\n": typeof types.RecentChangesDocument,
    "\n  query RecentChangesAll {\n    changeSets(sort: [{ at: DESC }], limit: 50) {\n      ...ChangeSetFields\n    }\n  }\n": typeof types.RecentChangesAllDocument,
    "\n  query StartView {\n    startView {\n      nodes {\n        ...NodeFields\n      }\n      relationships {\n        ...EdgeFields\n      }\n    }\n  }\n": typeof types.StartViewDocument,
    "\n  query Neighbourhood($id: ID!, $type: String, $depth: Int, $limit: Int, $offset: Int) {\n    neighbourhood(id: $id, relationshipType: $type, depth: $depth, limit: $limit, offset: $offset) {\n      total\n      center {\n        ...NodeFields\n      }\n      nodes {\n        ...NodeFields\n      }\n      relationships {\n        ...EdgeFields\n      }\n    }\n  }\n": typeof types.NeighbourhoodDocument,
    "\n  query Search($text: String!) {\n    search(text: $text, limit: 20) {\n      id\n      type\n      name\n      nameIt\n      shortName\n      match\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query Entity($id: ID!) {\n    entity(id: $id) {\n      entity {\n        ...NodeFields\n      }\n      properties {\n        key\n        value\n      }\n      inferred\n      evidence {\n        ...EvidenceFields\n      }\n      disagreements {\n        id\n        topic\n        kind\n        description\n        topicIt\n        descriptionIt\n        evidence {\n          ...EvidenceFields\n        }\n      }\n      neighbourCounts {\n        type\n        direction\n        count\n      }\n    }\n  }\n": typeof types.EntityDocument,
    "\n  query FilterOptions {\n    s3Ecosystems(sort: [{ name: ASC }]) {\n      id\n      name\n      nameIt\n    }\n    pnrrMissions(sort: [{ number: ASC }]) {\n      number\n      name\n      nameIt\n    }\n    programmes(sort: [{ name: ASC }]) {\n      id\n      name\n    }\n  }\n": typeof types.FilterOptionsDocument,
    "\n  query Sources {\n    sources(sort: [{ date: DESC }, { title: ASC }]) {\n      id\n      title\n      publisher\n      date\n      language\n      url\n      reference\n    }\n  }\n": typeof types.SourcesDocument,
    "\n  query ClusterPage($ids: [ID!]!) {\n    clusters(where: { id: { in: $ids } }) {\n      id\n      name\n      nameIt\n      shortName\n      website\n      city\n      legalForm\n      foundedYear\n      memberCount\n      companyCount\n      researchOrgCount\n      otherEntityCount\n      membersAsOf\n      members(sort: [{ name: ASC }]) {\n        id\n        name\n        kind\n        city\n        country\n      }\n      projects(sort: [{ acronym: ASC }]) {\n        id\n        acronym\n        title\n        stage\n        period\n        programme {\n          id\n          name\n        }\n      }\n      figures {\n        id\n        metric\n        value\n        unit\n        qualifier\n        period\n        subject\n      }\n    }\n  }\n": typeof types.ClusterPageDocument,
    "\n  fragment NodeFields on EntitySummary {\n    id\n    type\n    name\n    nameIt\n    shortName\n    ecosystems\n    missions\n    programmes\n    years\n  }\n": typeof types.NodeFieldsFragmentDoc,
    "\n  fragment EvidenceFields on EvidenceQuote {\n    sourceId\n    sourceTitle\n    sourcePublisher\n    sourceUrl\n    sourceReference\n    sourceDate\n    sourceLanguage\n    quote\n  }\n": typeof types.EvidenceFieldsFragmentDoc,
    "\n  fragment EdgeFields on RelationshipView {\n    id\n    type\n    from\n    to\n    role\n    period\n    inferred\n    evidence {\n      ...EvidenceFields\n    }\n  }\n": typeof types.EdgeFieldsFragmentDoc,
    "\n  query PnrrOverview($region: String) {\n    pnrrMatrix(regionName: $region) {\n      regionName\n      components {\n        id\n        code\n        name\n        nameIt\n      }\n      provinces {\n        id\n        istatCode\n        name\n        nutsCode\n      }\n      cells {\n        componentCode\n        provinceCode\n        projectCount\n        pnrrFunding\n      }\n      totals {\n        projectCount\n        pnrrFunding\n        implementerCount\n      }\n    }\n  }\n": typeof types.PnrrOverviewDocument,
    "\n  query PnrrProjects($component: String, $province: String) {\n    pnrrProjects(componentCode: $component, provinceName: $province, limit: 100) {\n      id\n      cup\n      localCode\n      title\n      pnrrFunding\n      totalFunding\n      componentCode\n      measureCode\n      implementers\n      places\n    }\n  }\n": typeof types.PnrrProjectsDocument,
    "\n  fragment PnrrImplementerFields on PnrrImplementer {\n    organization {\n      id\n      name\n      taxCode\n    }\n    projectCount\n    pnrrFunding\n    matchedTo {\n      id\n      name\n    }\n    linkedClusterIds\n  }\n": typeof types.PnrrImplementerFieldsFragmentDoc,
    "\n  query PnrrTopImplementers($component: String!) {\n    pnrrTopImplementers(componentCode: $component, limit: 15) {\n      ...PnrrImplementerFields\n    }\n  }\n": typeof types.PnrrTopImplementersDocument,
    "\n  query PnrrLeads($cluster: ID!) {\n    pnrrLeads(clusterId: $cluster, limit: 30) {\n      clusterId\n      componentCodes\n      totals {\n        projectCount\n        pnrrFunding\n        implementerCount\n      }\n      implementers {\n        ...PnrrImplementerFields\n      }\n    }\n  }\n": typeof types.PnrrLeadsDocument,
};
const documents: Documents = {
    "\n  query SynergyMatrix {\n    synergyMatrix(limit: 500) {\n      from {\n        ...NodeFields\n      }\n      to {\n        ...NodeFields\n      }\n      score\n      evidence {\n        kind\n        id\n        name\n        clusterCount\n        contribution\n        disputed\n      }\n    }\n  }\n": types.SynergyMatrixDocument,
    "\n  query Partners($forId: ID!, $topic: String, $pnrrComponent: String, $ecosystem: String, $language: String) {\n    partnerSuggestions(\n      forId: $forId\n      topic: $topic\n      pnrrComponent: $pnrrComponent\n      ecosystem: $ecosystem\n      limit: 20\n      language: $language\n    ) {\n      id\n      name\n      type\n      score\n      reasons\n      via\n    }\n  }\n": types.PartnersDocument,
    "\n  query PartnerFilterChoices {\n    topics(sort: [{ name: ASC }]) {\n      id\n      name\n      nameIt\n    }\n    pnrrComponents(sort: [{ code: ASC }]) {\n      id\n      code\n      name\n      nameIt\n    }\n    s3Ecosystems(sort: [{ name: ASC }]) {\n      id\n      name\n      nameIt\n    }\n  }\n": types.PartnerFilterChoicesDocument,
    "\n  query Paths($fromId: ID!, $toId: ID!, $maxLength: Int, $avoidHubs: Boolean) {\n    paths(fromId: $fromId, toId: $toId, maxLength: $maxLength, limit: 5, avoidHubs: $avoidHubs) {\n      length\n      nodes {\n        ...NodeFields\n      }\n      relationships {\n        ...EdgeFields\n      }\n    }\n  }\n": types.PathsDocument,
    "\n  query Subgraph($ids: [ID!]!) {\n    subgraph(ids: $ids) {\n      nodes {\n        ...NodeFields\n      }\n      relationships {\n        ...EdgeFields\n      }\n    }\n  }\n": types.SubgraphDocument,
    "\n  query Coverage {\n    coverage {\n      pnrrComponents {\n        clusters {\n          ...NodeFields\n        }\n        targets {\n          id\n          code\n          name\n          clusterIds\n        }\n      }\n      s3Ecosystems {\n        targets {\n          id\n          code\n          name\n          clusterIds\n        }\n      }\n    }\n  }\n": types.CoverageDocument,
    "\n  query SynergyEvidence($a: ID!) {\n    clusterSynergies(clusterId: $a, limit: 50) {\n      cluster {\n        id\n      }\n      evidence {\n        id\n        kind\n      }\n    }\n  }\n": types.SynergyEvidenceDocument,
    "\n  mutation Login($name: String!, $password: String!) {\n    login(name: $name, password: $password) {\n      token\n      expiresAt\n      viewer {\n        name\n        role\n        clusters\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  fragment EditResultFields on EditResult {\n    changeSetId\n    summary\n    changeCount\n    nodeId\n    disagreementIds\n  }\n": types.EditResultFieldsFragmentDoc,
    "\n  mutation AddMember(\n    $clusterId: ID!\n    $organizationId: ID\n    $organization: NewOrganizationInput\n    $evidence: EvidenceInput!\n  ) {\n    addMember(\n      clusterId: $clusterId\n      organizationId: $organizationId\n      organization: $organization\n      evidence: $evidence\n    ) {\n      ...EditResultFields\n    }\n  }\n": types.AddMemberDocument,
    "\n  mutation AddProject($clusterId: ID!, $project: NewProjectInput!, $role: String, $evidence: EvidenceInput!) {\n    addProject(clusterId: $clusterId, project: $project, role: $role, evidence: $evidence) {\n      ...EditResultFields\n    }\n  }\n": types.AddProjectDocument,
    "\n  mutation UpdateFacts($id: ID!, $values: FactValuesInput!, $evidence: EvidenceInput!) {\n    updateFacts(id: $id, values: $values, evidence: $evidence) {\n      ...EditResultFields\n    }\n  }\n": types.UpdateFactsDocument,
    "\n  mutation UnlinkNodes($fromId: ID!, $type: String!, $toId: ID!, $note: String!) {\n    unlinkNodes(fromId: $fromId, type: $type, toId: $toId, note: $note) {\n      ...EditResultFields\n    }\n  }\n": types.UnlinkNodesDocument,
    "\n  mutation UndoChangeSet($id: ID!) {\n    undoChangeSet(id: $id) {\n      ...EditResultFields\n    }\n  }\n": types.UndoChangeSetDocument,
    "\n  query NodeHistory($id: ID!) {\n    changes(\n      where: { OR: [{ nodeId: { eq: $id } }, { toId: { eq: $id } }] }\n      sort: [{ at: DESC }, { seq: DESC }]\n      limit: 100\n    ) {\n      id\n      op\n      nodeId\n      linkType\n      toId\n      before\n      after\n      by\n      at\n    }\n  }\n": types.NodeHistoryDocument,
    "\n  fragment ChangeSetFields on ChangeSet {\n    id\n    at\n    by\n    kind\n    summary\n    clusterId\n    fileName\n    undoneBy\n    undoes\n  }\n": types.ChangeSetFieldsFragmentDoc,
    "\n  query RecentChanges($by: String) {\n    changeSets(where: { by: { eq: $by } }, sort: [{ at: DESC }], limit: 50) {\n      ...ChangeSetFields\n    }\n  }\n": types.RecentChangesDocument,
    "\n  query RecentChangesAll {\n    changeSets(sort: [{ at: DESC }], limit: 50) {\n      ...ChangeSetFields\n    }\n  }\n": types.RecentChangesAllDocument,
    "\n  query StartView {\n    startView {\n      nodes {\n        ...NodeFields\n      }\n      relationships {\n        ...EdgeFields\n      }\n    }\n  }\n": types.StartViewDocument,
    "\n  query Neighbourhood($id: ID!, $type: String, $depth: Int, $limit: Int, $offset: Int) {\n    neighbourhood(id: $id, relationshipType: $type, depth: $depth, limit: $limit, offset: $offset) {\n      total\n      center {\n        ...NodeFields\n      }\n      nodes {\n        ...NodeFields\n      }\n      relationships {\n        ...EdgeFields\n      }\n    }\n  }\n": types.NeighbourhoodDocument,
    "\n  query Search($text: String!) {\n    search(text: $text, limit: 20) {\n      id\n      type\n      name\n      nameIt\n      shortName\n      match\n    }\n  }\n": types.SearchDocument,
    "\n  query Entity($id: ID!) {\n    entity(id: $id) {\n      entity {\n        ...NodeFields\n      }\n      properties {\n        key\n        value\n      }\n      inferred\n      evidence {\n        ...EvidenceFields\n      }\n      disagreements {\n        id\n        topic\n        kind\n        description\n        topicIt\n        descriptionIt\n        evidence {\n          ...EvidenceFields\n        }\n      }\n      neighbourCounts {\n        type\n        direction\n        count\n      }\n    }\n  }\n": types.EntityDocument,
    "\n  query FilterOptions {\n    s3Ecosystems(sort: [{ name: ASC }]) {\n      id\n      name\n      nameIt\n    }\n    pnrrMissions(sort: [{ number: ASC }]) {\n      number\n      name\n      nameIt\n    }\n    programmes(sort: [{ name: ASC }]) {\n      id\n      name\n    }\n  }\n": types.FilterOptionsDocument,
    "\n  query Sources {\n    sources(sort: [{ date: DESC }, { title: ASC }]) {\n      id\n      title\n      publisher\n      date\n      language\n      url\n      reference\n    }\n  }\n": types.SourcesDocument,
    "\n  query ClusterPage($ids: [ID!]!) {\n    clusters(where: { id: { in: $ids } }) {\n      id\n      name\n      nameIt\n      shortName\n      website\n      city\n      legalForm\n      foundedYear\n      memberCount\n      companyCount\n      researchOrgCount\n      otherEntityCount\n      membersAsOf\n      members(sort: [{ name: ASC }]) {\n        id\n        name\n        kind\n        city\n        country\n      }\n      projects(sort: [{ acronym: ASC }]) {\n        id\n        acronym\n        title\n        stage\n        period\n        programme {\n          id\n          name\n        }\n      }\n      figures {\n        id\n        metric\n        value\n        unit\n        qualifier\n        period\n        subject\n      }\n    }\n  }\n": types.ClusterPageDocument,
    "\n  fragment NodeFields on EntitySummary {\n    id\n    type\n    name\n    nameIt\n    shortName\n    ecosystems\n    missions\n    programmes\n    years\n  }\n": types.NodeFieldsFragmentDoc,
    "\n  fragment EvidenceFields on EvidenceQuote {\n    sourceId\n    sourceTitle\n    sourcePublisher\n    sourceUrl\n    sourceReference\n    sourceDate\n    sourceLanguage\n    quote\n  }\n": types.EvidenceFieldsFragmentDoc,
    "\n  fragment EdgeFields on RelationshipView {\n    id\n    type\n    from\n    to\n    role\n    period\n    inferred\n    evidence {\n      ...EvidenceFields\n    }\n  }\n": types.EdgeFieldsFragmentDoc,
    "\n  query PnrrOverview($region: String) {\n    pnrrMatrix(regionName: $region) {\n      regionName\n      components {\n        id\n        code\n        name\n        nameIt\n      }\n      provinces {\n        id\n        istatCode\n        name\n        nutsCode\n      }\n      cells {\n        componentCode\n        provinceCode\n        projectCount\n        pnrrFunding\n      }\n      totals {\n        projectCount\n        pnrrFunding\n        implementerCount\n      }\n    }\n  }\n": types.PnrrOverviewDocument,
    "\n  query PnrrProjects($component: String, $province: String) {\n    pnrrProjects(componentCode: $component, provinceName: $province, limit: 100) {\n      id\n      cup\n      localCode\n      title\n      pnrrFunding\n      totalFunding\n      componentCode\n      measureCode\n      implementers\n      places\n    }\n  }\n": types.PnrrProjectsDocument,
    "\n  fragment PnrrImplementerFields on PnrrImplementer {\n    organization {\n      id\n      name\n      taxCode\n    }\n    projectCount\n    pnrrFunding\n    matchedTo {\n      id\n      name\n    }\n    linkedClusterIds\n  }\n": types.PnrrImplementerFieldsFragmentDoc,
    "\n  query PnrrTopImplementers($component: String!) {\n    pnrrTopImplementers(componentCode: $component, limit: 15) {\n      ...PnrrImplementerFields\n    }\n  }\n": types.PnrrTopImplementersDocument,
    "\n  query PnrrLeads($cluster: ID!) {\n    pnrrLeads(clusterId: $cluster, limit: 30) {\n      clusterId\n      componentCodes\n      totals {\n        projectCount\n        pnrrFunding\n        implementerCount\n      }\n      implementers {\n        ...PnrrImplementerFields\n      }\n    }\n  }\n": types.PnrrLeadsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SynergyMatrix {\n    synergyMatrix(limit: 500) {\n      from {\n        ...NodeFields\n      }\n      to {\n        ...NodeFields\n      }\n      score\n      evidence {\n        kind\n        id\n        name\n        clusterCount\n        contribution\n        disputed\n      }\n    }\n  }\n"): typeof import('./graphql').SynergyMatrixDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Partners($forId: ID!, $topic: String, $pnrrComponent: String, $ecosystem: String, $language: String) {\n    partnerSuggestions(\n      forId: $forId\n      topic: $topic\n      pnrrComponent: $pnrrComponent\n      ecosystem: $ecosystem\n      limit: 20\n      language: $language\n    ) {\n      id\n      name\n      type\n      score\n      reasons\n      via\n    }\n  }\n"): typeof import('./graphql').PartnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerFilterChoices {\n    topics(sort: [{ name: ASC }]) {\n      id\n      name\n      nameIt\n    }\n    pnrrComponents(sort: [{ code: ASC }]) {\n      id\n      code\n      name\n      nameIt\n    }\n    s3Ecosystems(sort: [{ name: ASC }]) {\n      id\n      name\n      nameIt\n    }\n  }\n"): typeof import('./graphql').PartnerFilterChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Paths($fromId: ID!, $toId: ID!, $maxLength: Int, $avoidHubs: Boolean) {\n    paths(fromId: $fromId, toId: $toId, maxLength: $maxLength, limit: 5, avoidHubs: $avoidHubs) {\n      length\n      nodes {\n        ...NodeFields\n      }\n      relationships {\n        ...EdgeFields\n      }\n    }\n  }\n"): typeof import('./graphql').PathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Subgraph($ids: [ID!]!) {\n    subgraph(ids: $ids) {\n      nodes {\n        ...NodeFields\n      }\n      relationships {\n        ...EdgeFields\n      }\n    }\n  }\n"): typeof import('./graphql').SubgraphDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Coverage {\n    coverage {\n      pnrrComponents {\n        clusters {\n          ...NodeFields\n        }\n        targets {\n          id\n          code\n          name\n          clusterIds\n        }\n      }\n      s3Ecosystems {\n        targets {\n          id\n          code\n          name\n          clusterIds\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SynergyEvidence($a: ID!) {\n    clusterSynergies(clusterId: $a, limit: 50) {\n      cluster {\n        id\n      }\n      evidence {\n        id\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').SynergyEvidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($name: String!, $password: String!) {\n    login(name: $name, password: $password) {\n      token\n      expiresAt\n      viewer {\n        name\n        role\n        clusters\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditResultFields on EditResult {\n    changeSetId\n    summary\n    changeCount\n    nodeId\n    disagreementIds\n  }\n"): typeof import('./graphql').EditResultFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMember(\n    $clusterId: ID!\n    $organizationId: ID\n    $organization: NewOrganizationInput\n    $evidence: EvidenceInput!\n  ) {\n    addMember(\n      clusterId: $clusterId\n      organizationId: $organizationId\n      organization: $organization\n      evidence: $evidence\n    ) {\n      ...EditResultFields\n    }\n  }\n"): typeof import('./graphql').AddMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddProject($clusterId: ID!, $project: NewProjectInput!, $role: String, $evidence: EvidenceInput!) {\n    addProject(clusterId: $clusterId, project: $project, role: $role, evidence: $evidence) {\n      ...EditResultFields\n    }\n  }\n"): typeof import('./graphql').AddProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFacts($id: ID!, $values: FactValuesInput!, $evidence: EvidenceInput!) {\n    updateFacts(id: $id, values: $values, evidence: $evidence) {\n      ...EditResultFields\n    }\n  }\n"): typeof import('./graphql').UpdateFactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkNodes($fromId: ID!, $type: String!, $toId: ID!, $note: String!) {\n    unlinkNodes(fromId: $fromId, type: $type, toId: $toId, note: $note) {\n      ...EditResultFields\n    }\n  }\n"): typeof import('./graphql').UnlinkNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoChangeSet($id: ID!) {\n    undoChangeSet(id: $id) {\n      ...EditResultFields\n    }\n  }\n"): typeof import('./graphql').UndoChangeSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeHistory($id: ID!) {\n    changes(\n      where: { OR: [{ nodeId: { eq: $id } }, { toId: { eq: $id } }] }\n      sort: [{ at: DESC }, { seq: DESC }]\n      limit: 100\n    ) {\n      id\n      op\n      nodeId\n      linkType\n      toId\n      before\n      after\n      by\n      at\n    }\n  }\n"): typeof import('./graphql').NodeHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChangeSetFields on ChangeSet {\n    id\n    at\n    by\n    kind\n    summary\n    clusterId\n    fileName\n    undoneBy\n    undoes\n  }\n"): typeof import('./graphql').ChangeSetFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentChanges($by: String) {\n    changeSets(where: { by: { eq: $by } }, sort: [{ at: DESC }], limit: 50) {\n      ...ChangeSetFields\n    }\n  }\n"): typeof import('./graphql').RecentChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentChangesAll {\n    changeSets(sort: [{ at: DESC }], limit: 50) {\n      ...ChangeSetFields\n    }\n  }\n"): typeof import('./graphql').RecentChangesAllDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StartView {\n    startView {\n      nodes {\n        ...NodeFields\n      }\n      relationships {\n        ...EdgeFields\n      }\n    }\n  }\n"): typeof import('./graphql').StartViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighbourhood($id: ID!, $type: String, $depth: Int, $limit: Int, $offset: Int) {\n    neighbourhood(id: $id, relationshipType: $type, depth: $depth, limit: $limit, offset: $offset) {\n      total\n      center {\n        ...NodeFields\n      }\n      nodes {\n        ...NodeFields\n      }\n      relationships {\n        ...EdgeFields\n      }\n    }\n  }\n"): typeof import('./graphql').NeighbourhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($text: String!) {\n    search(text: $text, limit: 20) {\n      id\n      type\n      name\n      nameIt\n      shortName\n      match\n    }\n  }\n"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Entity($id: ID!) {\n    entity(id: $id) {\n      entity {\n        ...NodeFields\n      }\n      properties {\n        key\n        value\n      }\n      inferred\n      evidence {\n        ...EvidenceFields\n      }\n      disagreements {\n        id\n        topic\n        kind\n        description\n        topicIt\n        descriptionIt\n        evidence {\n          ...EvidenceFields\n        }\n      }\n      neighbourCounts {\n        type\n        direction\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').EntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilterOptions {\n    s3Ecosystems(sort: [{ name: ASC }]) {\n      id\n      name\n      nameIt\n    }\n    pnrrMissions(sort: [{ number: ASC }]) {\n      number\n      name\n      nameIt\n    }\n    programmes(sort: [{ name: ASC }]) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').FilterOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sources {\n    sources(sort: [{ date: DESC }, { title: ASC }]) {\n      id\n      title\n      publisher\n      date\n      language\n      url\n      reference\n    }\n  }\n"): typeof import('./graphql').SourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClusterPage($ids: [ID!]!) {\n    clusters(where: { id: { in: $ids } }) {\n      id\n      name\n      nameIt\n      shortName\n      website\n      city\n      legalForm\n      foundedYear\n      memberCount\n      companyCount\n      researchOrgCount\n      otherEntityCount\n      membersAsOf\n      members(sort: [{ name: ASC }]) {\n        id\n        name\n        kind\n        city\n        country\n      }\n      projects(sort: [{ acronym: ASC }]) {\n        id\n        acronym\n        title\n        stage\n        period\n        programme {\n          id\n          name\n        }\n      }\n      figures {\n        id\n        metric\n        value\n        unit\n        qualifier\n        period\n        subject\n      }\n    }\n  }\n"): typeof import('./graphql').ClusterPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeFields on EntitySummary {\n    id\n    type\n    name\n    nameIt\n    shortName\n    ecosystems\n    missions\n    programmes\n    years\n  }\n"): typeof import('./graphql').NodeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidenceFields on EvidenceQuote {\n    sourceId\n    sourceTitle\n    sourcePublisher\n    sourceUrl\n    sourceReference\n    sourceDate\n    sourceLanguage\n    quote\n  }\n"): typeof import('./graphql').EvidenceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EdgeFields on RelationshipView {\n    id\n    type\n    from\n    to\n    role\n    period\n    inferred\n    evidence {\n      ...EvidenceFields\n    }\n  }\n"): typeof import('./graphql').EdgeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PnrrOverview($region: String) {\n    pnrrMatrix(regionName: $region) {\n      regionName\n      components {\n        id\n        code\n        name\n        nameIt\n      }\n      provinces {\n        id\n        istatCode\n        name\n        nutsCode\n      }\n      cells {\n        componentCode\n        provinceCode\n        projectCount\n        pnrrFunding\n      }\n      totals {\n        projectCount\n        pnrrFunding\n        implementerCount\n      }\n    }\n  }\n"): typeof import('./graphql').PnrrOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PnrrProjects($component: String, $province: String) {\n    pnrrProjects(componentCode: $component, provinceName: $province, limit: 100) {\n      id\n      cup\n      localCode\n      title\n      pnrrFunding\n      totalFunding\n      componentCode\n      measureCode\n      implementers\n      places\n    }\n  }\n"): typeof import('./graphql').PnrrProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PnrrImplementerFields on PnrrImplementer {\n    organization {\n      id\n      name\n      taxCode\n    }\n    projectCount\n    pnrrFunding\n    matchedTo {\n      id\n      name\n    }\n    linkedClusterIds\n  }\n"): typeof import('./graphql').PnrrImplementerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PnrrTopImplementers($component: String!) {\n    pnrrTopImplementers(componentCode: $component, limit: 15) {\n      ...PnrrImplementerFields\n    }\n  }\n"): typeof import('./graphql').PnrrTopImplementersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PnrrLeads($cluster: ID!) {\n    pnrrLeads(clusterId: $cluster, limit: 30) {\n      clusterId\n      componentCodes\n      totals {\n        projectCount\n        pnrrFunding\n        implementerCount\n      }\n      implementers {\n        ...PnrrImplementerFields\n      }\n    }\n  }\n"): typeof import('./graphql').PnrrLeadsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
