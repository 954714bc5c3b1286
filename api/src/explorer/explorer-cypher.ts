/**
 * Cypher for the explorer. Values are always parameters; the only label used is the shared
 * Entity label, and relationship types are compared as values, so nothing user-given is spliced in.
 */
import { isFact } from "@lombardy-kg/schema";

/** Display name of any node: its name, else acronym, title, topic or metric. */
const NAME = "coalesce(n.name, n.acronym, n.title, n.topic, n.metric, n.id)";

/** The node's GraphQL type: its label other than Entity. */
const TYPE = "[l IN labels(n) WHERE l <> 'Entity'][0]";

/**
 * Summaries with the facets the explorer filters on, for the ids the Cypher expression `ids`
 * gives, as `summary` maps in the list's order. Shared by the one-list query and the neighbourhood.
 */
const summariesOf = (ids: string): string => `
UNWIND range(0, size(${ids}) - 1) AS position
MATCH (n:Entity {id: ${ids}[position]})
WITH n, position, ${TYPE} AS type
WITH n, position, type,
  CASE WHEN type = 'Cluster' THEN [n] ELSE COLLECT { MATCH (n)-[r]-(c:Cluster) WHERE ${isFact("r")} RETURN DISTINCT c } END AS clusters
WITH position, { id: n.id, type: type, name: ${NAME}, nameIt: n.nameIt, shortName: n.shortName,
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
const RELATIONSHIP = (r: string, a: string, b: string): string =>
  `{ id: ${a}.id + '|' + type(${r}) + '|' + ${b}.id, type: type(${r}), from: ${a}.id, to: ${b}.id,
     role: ${r}.role, period: ${r}.period, sourceIds: coalesce(${r}.sourceIds, []), quotes: coalesce(${r}.quotes, []) }`;

/** Relationships among the nodes whose ids `ids` gives (the induced subgraph), as `rel` maps, without non-facts. */
const relationshipsAmong = (ids: string): string => `
UNWIND ${ids} AS fromId
MATCH (a:Entity {id: fromId})-[r]->(b:Entity)
WHERE b.id IN ${ids} AND ${isFact("r")}
WITH ${RELATIONSHIP("r", "a", "b")} AS rel
ORDER BY rel.id`;

export const RELATIONSHIPS_AMONG = `${relationshipsAmong("$ids")}
RETURN rel`;

const SOURCES_BODY = `MATCH (s:Source)
  WITH { id: s.id, title: s.title, reference: s.reference, date: s.date, language: s.language } AS source`;

/** Every source, as `source` maps, for joining evidence ids to titles and references. */
export const SOURCES = `${SOURCES_BODY}
RETURN source`;

/**
 * A neighbourhood in one round trip: a page of neighbours, nearest first, then by name, with the
 * total; the summaries of the centre (first) and of the page; the relationships among them; and
 * the sources their evidence cites. The depth is spliced in (checked to be 1 or 2) because a
 * variable-length pattern cannot take a parameter, and expanding two steps to keep one would cost
 * a hub's whole second ring.
 */
export const neighbourhoodQuery = (depth: number): string => {
  if (depth !== 1 && depth !== 2) throw new Error(`bad neighbourhood depth ${depth}`);
  return `
OPTIONAL MATCH (c:Entity {id: $id})
OPTIONAL MATCH p = (c)-[*1..${depth}]-(m:Entity)
WHERE m <> c
  AND all(r IN relationships(p) WHERE ${isFact("r")})
  AND ($relationshipType IS NULL OR type(relationships(p)[0]) = $relationshipType)
WITH m, min(length(p)) AS distance
WITH m, distance ORDER BY distance, toLower(coalesce(m.name, m.acronym, m.title, m.topic, m.metric, m.id)), m.id
WITH collect(m.id) AS found
WITH size(found) AS total, [$id] + found[$offset..($offset + $limit)] AS ids
CALL (ids) {
  ${summariesOf("ids")}
  RETURN collect(summary) AS summaries
}
CALL (ids) {
  ${relationshipsAmong("ids")}
  RETURN collect(rel) AS rels
}
CALL () {
  ${SOURCES_BODY}
  RETURN collect(source) AS sources
}
RETURN total, summaries, rels, sources`;
};

export const PROPERTIES = `MATCH (n:Entity {id: $id}) RETURN properties(n) AS properties`;

/** The node's own evidence: the sources it is STATED_IN, with their quotes. */
export const NODE_EVIDENCE = `
MATCH (n:Entity {id: $id})-[r:STATED_IN]->(s:Source)
RETURN coalesce(r.sourceIds, [s.id]) AS sourceIds, coalesce(r.quotes, []) AS quotes`;

export const DISAGREEMENTS = `
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (d:Disagreement)-[:CONCERNS]->(n) RETURN d
  UNION
  MATCH (d:Disagreement) WHERE d = n RETURN d
}
OPTIONAL MATCH (d)-[r:STATED_IN]->(:Source)
WITH d, collect(r) AS rels
RETURN d.id AS id, d.topic AS topic, d.kind AS kind, d.description AS description,
  reduce(acc = [], r IN rels | acc + [i IN range(0, size(r.sourceIds) - 1) | { sourceId: r.sourceIds[i], quote: r.quotes[i] }]) AS evidence
ORDER BY d.id`;

export const NEIGHBOUR_COUNTS = `
MATCH (n:Entity {id: $id})-[r]-(m:Entity)
WHERE ${isFact("r")}
RETURN type(r) AS type, CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END AS direction, count(*) AS count
ORDER BY type, direction`;

export const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_names', $query, { limit: $limit })
YIELD node AS n, score
WHERE NOT n:Source
RETURN n.id AS id, ${TYPE} AS type, ${NAME} AS name, n.nameIt AS nameIt, n.shortName AS shortName, score
ORDER BY score DESC, name
LIMIT $limit`;

/** The start view: clusters, every S3 ecosystem and PNRR mission, and how they link. */
export const START_VIEW_IDS = `
CALL () {
  MATCH (n:Cluster) RETURN n ORDER BY n.id
  UNION ALL
  MATCH (n:S3Ecosystem) RETURN n ORDER BY n.id
  UNION ALL
  MATCH (n:PnrrMission) RETURN n ORDER BY n.number
}
RETURN collect(n.id) AS ids`;

export const START_VIEW_RELATIONSHIPS = `
MATCH (a:Cluster)-[r:IN_ECOSYSTEM]->(b:S3Ecosystem)
RETURN ${RELATIONSHIP("r", "a", "b")} AS rel
UNION ALL
MATCH (a:Cluster)-[r:CONTRIBUTES_TO]->(k:PnrrComponent)-[:PART_OF]->(b:PnrrMission)
WITH a, b, collect(k.code) AS codes, collect(r) AS rels
RETURN { id: a.id + '|CONTRIBUTES_TO_MISSION|' + b.id, type: 'CONTRIBUTES_TO_MISSION', from: a.id, to: b.id,
  role: 'through ' + reduce(s = '', c IN codes | s + CASE WHEN s = '' THEN '' ELSE ', ' END + c), period: null,
  sourceIds: reduce(acc = [], r IN rels | acc + r.sourceIds), quotes: reduce(acc = [], r IN rels | acc + r.quotes) } AS rel`;
