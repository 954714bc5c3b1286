/**
 * The shapes the explorer draws, asked for the same way by every query: a node with the facets
 * it filters on, and a link with its evidence.
 */
import { graphql } from "../generated";

export const NODE_FIELDS = graphql(`
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
`);

export const EVIDENCE_FIELDS = graphql(`
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
`);

export const EDGE_FIELDS = graphql(`
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
`);
