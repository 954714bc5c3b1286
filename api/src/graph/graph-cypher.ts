/**
 * Cypher every query of the API shares: how a node is named, typed and summarised, how a
 * relationship is shown, the sources. Values are always parameters; the only label used is the
 * shared Entity label, and relationship types are compared as values.
 */
import { isFact } from "@lombardy-kg/schema";

/** Display name of any node: its name, else acronym, title, topic or metric. */
export const NAME = (v: string): string =>
  `coalesce(${v}.name, ${v}.acronym, ${v}.title, ${v}.topic, ${v}.metric, ${v}.id)`;

/** The node's Italian name where it has one: nameIt, or a disagreement's topicIt. */
export const NAME_IT = (v: string): string => `coalesce(${v}.nameIt, ${v}.topicIt)`;

/** Display name in a language given by the Cypher expression `language`: the Italian name in Italian, where there is one. */
export const NAME_IN = (v: string, language: string): string =>
  `CASE ${language} WHEN 'it' THEN coalesce(${NAME_IT(v)}, ${NAME(v)}) ELSE ${NAME(v)} END`;

/** The node's GraphQL type: its label other than Entity. */
export const TYPE = (v: string): string => `[l IN labels(${v}) WHERE l <> 'Entity'][0]`;

/**
 * Summaries with the facets the explorer filters on, for the ids the Cypher expression `ids`
 * gives, as `summary` maps in the list's order. Shared by the one-list query and the neighbourhood.
 */
export const summariesOf = (ids: string): string => `
UNWIND range(0, size(${ids}) - 1) AS position
MATCH (n:Entity {id: ${ids}[position]})
WITH n, position, ${TYPE("n")} AS type
WITH n, position, type,
  CASE WHEN type = 'Cluster' THEN [n] ELSE COLLECT { MATCH (n)-[r]-(c:Cluster) WHERE ${isFact("r")} RETURN DISTINCT c } END AS clusters
WITH position, { id: n.id, type: type, name: ${NAME("n")}, nameIt: ${NAME_IT("n")}, shortName: n.shortName,
  ecosystems: CASE type WHEN 'S3Ecosystem' THEN [n.id]
    ELSE COLLECT { UNWIND clusters AS c MATCH (c)-[:IN_ECOSYSTEM]->(e) RETURN DISTINCT e.id } END,
  missions: CASE type WHEN 'PnrrMission' THEN [n.number]
    WHEN 'PnrrComponent' THEN COLLECT { MATCH (n)-[:PART_OF]->(m) RETURN m.number }
    ELSE COLLECT { UNWIND clusters AS c MATCH (c)-[:CONTRIBUTES_TO]->(:PnrrComponent)-[:PART_OF]->(m) RETURN DISTINCT m.number } END,
  programmes: CASE type WHEN 'Programme' THEN [n.id]
    WHEN 'Project' THEN COLLECT { MATCH (n)-[:FUNDED_BY]->(p) RETURN p.id }
    WHEN 'Cluster' THEN COLLECT { MATCH (n)-[:FUNDED_VIA]->(p) RETURN p.id }
    ELSE COLLECT { MATCH (n)-[:PARTICIPATES_IN]->(:Project)-[:FUNDED_BY]->(p) RETURN DISTINCT p.id } END,
  years: CASE WHEN n.startYear IS NOT NULL THEN range(n.startYear, coalesce(n.endYear, n.startYear))
    WHEN n.date IS NOT NULL AND n.date =~ '\\\\d{4}.*' THEN [toInteger(left(n.date, 4))]
    ELSE [] END } AS summary
ORDER BY position`;

/** Summaries for `$ids`, in the list's order; unknown ids are left out. */
export const SUMMARIES = `${summariesOf("$ids")}
RETURN summary`;

/** A relationship as the explorer shows it; evidence ids are joined to their sources in code. */
export const RELATIONSHIP = (r: string, a: string, b: string): string =>
  `{ id: ${a}.id + '|' + type(${r}) + '|' + ${b}.id, type: type(${r}), from: ${a}.id, to: ${b}.id,
     role: ${r}.role, period: ${r}.period, inferred: ${r}.inferred,
     sourceIds: coalesce(${r}.sourceIds, []), quotes: coalesce(${r}.quotes, []) }`;

/** Relationships among the nodes whose ids `ids` gives (the induced subgraph), as `rel` maps, without non-facts. */
export const relationshipsAmong = (ids: string): string => `
UNWIND ${ids} AS fromId
MATCH (a:Entity {id: fromId})-[r]->(b:Entity)
WHERE b.id IN ${ids} AND ${isFact("r")}
WITH ${RELATIONSHIP("r", "a", "b")} AS rel
ORDER BY rel.id`;

export const RELATIONSHIPS_AMONG = `${relationshipsAmong("$ids")}
RETURN rel`;

export const SOURCES_BODY = `MATCH (s:Source)
  WITH { id: s.id, title: s.title, publisher: s.publisher, url: s.url, reference: s.reference, date: s.date, language: s.language } AS source`;

/** Every source, as `source` maps, for joining evidence ids to titles and references. */
export const SOURCES = `${SOURCES_BODY}
RETURN source`;
