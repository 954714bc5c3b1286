import type { Tx } from "@lombardy-kg/write";
import { ID_PREFIX } from "./build-release";
import { normaliseName } from "../identity/names";

export interface CuratedOrganization {
  id: string;
  names: string[];
  taxCode: string | null;
}

export interface ImportedBody {
  id: string;
  name: string;
  taxCode: string;
}

export interface Candidate {
  bodyId: string;
  bodyName: string;
  organizationId: string;
  organizationName: string;
  confidence: number;
  reason: string;
}

/** At or above this a candidate is linked (SAME_AS); below it, it is listed for review. */
export const CONFIDENT = 0.9;

/**
 * Candidate matches between imported bodies and curated organisations: the same tax code (1.0),
 * the same normalised name (0.9, or 0.6 when several bodies share it), or one name containing the
 * other in whole words, three words at least (0.5). Never a merge: the caller links confident
 * ones and lists the rest.
 */
export function matchBodies(bodies: ImportedBody[], organizations: CuratedOrganization[]): Candidate[] {
  const byTax = new Map(organizations.filter((o) => o.taxCode).map((o) => [o.taxCode as string, o]));
  const byName = new Map<string, CuratedOrganization[]>();
  for (const o of organizations)
    for (const name of new Set(o.names.map(normaliseName)))
      if (name) byName.set(name, [...(byName.get(name) ?? []), o]);
  const names = bodies.map((b) => normaliseName(b.name));
  const bodiesByName = new Map<string, number>();
  for (const name of names) bodiesByName.set(name, (bodiesByName.get(name) ?? 0) + 1);

  const candidates: Candidate[] = [];
  const longNames = [...byName].filter(([name]) => name.split(" ").length >= 3);
  for (const [index, body] of bodies.entries()) {
    const taxMatch = byTax.get(body.taxCode);
    if (taxMatch) {
      candidates.push({
        bodyId: body.id,
        bodyName: body.name,
        organizationId: taxMatch.id,
        organizationName: taxMatch.names[0] ?? taxMatch.id,
        confidence: 1,
        reason: `same tax code ${body.taxCode}`,
      });
      continue;
    }
    const name = names[index] as string;
    const exact = byName.get(name) ?? [];
    const shared = (bodiesByName.get(name) ?? 0) > 1 || exact.length > 1;
    for (const o of exact)
      candidates.push({
        bodyId: body.id,
        bodyName: body.name,
        organizationId: o.id,
        organizationName: o.names[0] ?? o.id,
        confidence: shared ? 0.6 : 0.9,
        reason: shared
          ? `same name after normalising ('${name}'), but several bodies or organisations have it`
          : `same name after normalising accents, case and legal form ('${name}')`,
      });
    if (exact.length > 0) continue;
    const padded = ` ${name} `;
    for (const [other, orgs] of longNames) {
      if (!padded.includes(` ${other} `) && !` ${other} `.includes(padded)) continue;
      for (const o of orgs)
        candidates.push({
          bodyId: body.id,
          bodyName: body.name,
          organizationId: o.id,
          organizationName: o.names[0] ?? o.id,
          confidence: 0.5,
          reason: `one name contains the other ('${name}' / '${other}')`,
        });
    }
  }
  return candidates;
}

/** Curated organisations (not imported ones), with every name they go by. */
export async function readCuratedOrganizations(tx: Tx): Promise<CuratedOrganization[]> {
  const result = await tx.run(
    `MATCH (o:Organization) WHERE NOT o.id STARTS WITH $prefix
     RETURN o.id AS id, [x IN [o.name, o.nameIt, o.shortName] WHERE x IS NOT NULL] AS names, o.taxCode AS taxCode`,
    { prefix: ID_PREFIX.Organization },
  );
  return result.records.map((r) => ({ id: r.get("id"), names: r.get("names"), taxCode: r.get("taxCode") }));
}

export async function readImportedBodies(tx: Tx): Promise<ImportedBody[]> {
  const result = await tx.run(
    `MATCH (o:Organization) WHERE o.id STARTS WITH $prefix RETURN o.id AS id, o.name AS name, o.taxCode AS taxCode`,
    { prefix: ID_PREFIX.Organization },
  );
  return result.records.map((r) => ({ id: r.get("id"), name: r.get("name"), taxCode: r.get("taxCode") }));
}

/**
 * Links the confident candidates, one curated organisation per body: SAME_AS from the imported
 * body to the curated one, marked ours with the method and the confidence. Both nodes stay.
 */
export async function linkConfidentMatches(tx: Tx, candidates: Candidate[]): Promise<number> {
  const perBody = new Map<string, Candidate[]>();
  for (const c of candidates.filter((c) => c.confidence >= CONFIDENT))
    perBody.set(c.bodyId, [...(perBody.get(c.bodyId) ?? []), c]);
  const rows = [...perBody.values()].filter((cs) => cs.length === 1).map((cs) => cs[0] as Candidate);
  await tx.run(
    `UNWIND $rows AS row
     MATCH (b:Organization {id: row.bodyId}) MATCH (o:Organization {id: row.organizationId})
     MERGE (b)-[r:SAME_AS]->(o)
     SET r.sourceIds = [], r.quotes = [], r.confidence = row.confidence,
         r.inferred = 'matched by the PNRR importer: ' + row.reason`,
    { rows },
  );
  return rows.length;
}
