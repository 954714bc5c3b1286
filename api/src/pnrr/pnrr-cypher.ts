/**
 * Cypher for the PNRR questions. A project counts in a region or province when one of its places
 * (a municipality, or a province or region as a whole) is there; projects a newer release no
 * longer lists (absentFrom) are left out. Every value is a parameter.
 */
import { isFact } from "@lombardy-kg/schema";

export interface ProjectFilter {
  region: string | null;
  province: string | null;
  component: string | null;
  components: string[] | null;
  tax: string | null;
}

const CURRENT = "p.cup IS NOT NULL AND p.absentFrom IS NULL";
const IN_REGION = `EXISTS { MATCH (p)-[:LOCATED_IN]->()-[:PART_OF*0..2]->(r:Region) WHERE r.istatCode IS NOT NULL AND toLower(r.name) = toLower($region) }`;
const IN_PROVINCE = `EXISTS { MATCH (p)-[:LOCATED_IN]->()-[:PART_OF*0..1]->(pr:Province) WHERE toLower(pr.name) = toLower($province) }`;

/**
 * The distinct projects under a filter, bound to `p`. The walk starts from the most selective
 * thing named (a body, a province, a region), so a filtered count never scans every project.
 */
export function projectsMatching(filter: ProjectFilter): string {
  const start = filter.tax
    ? `MATCH (:Organization {taxCode: $tax})<-[:IMPLEMENTED_BY]-(p:Project)`
    : filter.province
      ? `MATCH (pr:Province) WHERE toLower(pr.name) = toLower($province)
         MATCH (pr)<-[:PART_OF*0..1]-(place)<-[:LOCATED_IN]-(p:Project)`
      : filter.region
        ? `MATCH (r:Region) WHERE r.istatCode IS NOT NULL AND toLower(r.name) = toLower($region)
           MATCH (r)<-[:PART_OF*0..2]-(place)<-[:LOCATED_IN]-(p:Project)`
        : filter.component
          ? `MATCH (p:Project {componentCode: $component})`
          : `MATCH (p:Project)`;
  const conditions = [
    CURRENT,
    filter.component ? "p.componentCode = $component" : null,
    filter.components ? "p.componentCode IN $components" : null,
    filter.region && (filter.tax || filter.province) ? IN_REGION : null,
    filter.province && filter.tax ? IN_PROVINCE : null,
  ].filter((c): c is string => c !== null);
  return `${start}\nWITH DISTINCT p WHERE ${conditions.join(" AND ")}`;
}

export const totalsOf = (filter: ProjectFilter): string => `
${projectsMatching(filter)}
WITH collect(p) AS projects
RETURN size(projects) AS projectCount,
  reduce(total = 0.0, x IN projects | total + coalesce(x.pnrrFunding, 0.0)) AS pnrrFunding,
  COUNT { UNWIND projects AS x MATCH (x)-[:IMPLEMENTED_BY]->(o:Organization) RETURN DISTINCT o } AS implementerCount`;

export const MATRIX_REGION = `
MATCH (r:Region) WHERE r.istatCode IS NOT NULL AND toLower(r.name) = toLower($region)
RETURN r.name AS name LIMIT 1`;

export const MATRIX_CELLS = `
MATCH (r:Region) WHERE r.istatCode IS NOT NULL AND toLower(r.name) = toLower($region)
MATCH (r)<-[:PART_OF]-(pr:Province)<-[:PART_OF*0..1]-(place)<-[:LOCATED_IN]-(p:Project)
WHERE ${CURRENT}
WITH pr, p.componentCode AS componentCode, collect(DISTINCT p) AS projects
RETURN pr.istatCode AS provinceCode, pr.name AS provinceName, pr.nutsCode AS nutsCode, pr.id AS provinceId, componentCode,
  size(projects) AS projectCount, reduce(total = 0.0, x IN projects | total + coalesce(x.pnrrFunding, 0.0)) AS pnrrFunding
ORDER BY provinceName, componentCode`;

export const COMPONENTS = `
MATCH (c:PnrrComponent) WHERE c.code IN $codes
RETURN c.id AS id, c.code AS code, c.name AS name, c.nameIt AS nameIt ORDER BY c.code`;

export const projectRows = (filter: ProjectFilter): string => `
${projectsMatching(filter)}
WITH p ORDER BY coalesce(p.pnrrFunding, 0.0) DESC, p.id SKIP $offset LIMIT $limit
RETURN p.id AS id, p.cup AS cup, p.localCode AS localCode, p.title AS title, p.pnrrFunding AS pnrrFunding,
  p.totalFunding AS totalFunding, p.componentCode AS componentCode,
  COLLECT { MATCH (p)-[:UNDER_MEASURE]->(m) RETURN m.code } [0] AS measureCode,
  COLLECT { MATCH (p)-[:IMPLEMENTED_BY]->(o) RETURN o.name ORDER BY o.name } AS implementers,
  COLLECT { MATCH (p)-[:LOCATED_IN]->(place) RETURN place.name ORDER BY place.name } AS places`;

/** Bodies implementing the projects under a filter, most funding first, with their matches and clusters. */
export const implementersOf = (filter: ProjectFilter): string => `
${projectsMatching(filter)}
MATCH (p)-[:IMPLEMENTED_BY]->(o:Organization)
WITH o, count(p) AS projectCount, sum(coalesce(p.pnrrFunding, 0.0)) AS pnrrFunding
ORDER BY pnrrFunding DESC, o.id LIMIT $limit
RETURN { id: o.id, name: o.name, taxCode: o.taxCode } AS organization, projectCount, pnrrFunding,
  COLLECT { MATCH (o)-[:SAME_AS]-(c:Organization) RETURN { id: c.id, name: c.name, taxCode: c.taxCode } } AS matchedTo,
  COLLECT { MATCH (o)-[:SAME_AS*0..1]-(:Organization)-[r]-(cl:Cluster) WHERE ${isFact("r")} RETURN DISTINCT cl.id } AS linkedClusterIds`;

export const CLUSTER_COMPONENTS = `
MATCH (c:Cluster {id: $clusterId})
RETURN COLLECT { MATCH (c)-[:CONTRIBUTES_TO]->(k:PnrrComponent) RETURN k.code ORDER BY k.code } AS codes`;
