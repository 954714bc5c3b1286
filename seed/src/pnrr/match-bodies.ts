import type { ManagedTransaction } from "neo4j-driver";
import { ID_PREFIX } from "./build-release";

/** Legal forms and words that say nothing of which body it is. */
const LEGAL_FORMS = [
  "spa",
  "s p a",
  "srl",
  "s r l",
  "srls",
  "sas",
  "snc",
  "scarl",
  "s c a r l",
  "scrl",
  "soc coop",
  "societa cooperativa",
  "societa consortile",
  "a r l",
  "arl",
  "onlus",
  "ets",
  "aps",
  "in liquidazione",
  "societa per azioni",
  "societa a responsabilita limitata",
];

/**
 * A body's name as the matcher compares it: accents, apostrophes and case folded ("Universita'"
 * and "Università" alike), punctuation to spaces, legal forms (S.P.A., S.R.L.) dropped.
 */
export function normaliseName(name: string): string {
  const n = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/([a-z])'(?=\s|$)/g, "$1") // Universita' -> universita
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  // Word by word, dropping legal forms of one, two or more words: one pass, no pattern per form.
  const words = n.split(/\s+/).filter((w) => w !== "");
  const kept: string[] = [];
  for (let i = 0; i < words.length;) {
    const form = LEGAL_FORM_WORDS.find((f) => f.every((w, j) => words[i + j] === w));
    if (form) i += form.length;
    else kept.push(words[i++] as string);
  }
  return kept.join(" ");
}

/** Legal forms as word lists, longest first, so "societa per azioni" goes before a shorter form could. */
const LEGAL_FORM_WORDS = LEGAL_FORMS.map((f) => f.split(" ")).sort((a, b) => b.length - a.length);

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
export async function readCuratedOrganizations(tx: ManagedTransaction): Promise<CuratedOrganization[]> {
  const result = await tx.run(
    `MATCH (o:Organization) WHERE NOT o.id STARTS WITH $prefix
     RETURN o.id AS id, [x IN [o.name, o.nameIt, o.shortName] WHERE x IS NOT NULL] AS names, o.taxCode AS taxCode`,
    { prefix: ID_PREFIX.Organization },
  );
  return result.records.map((r) => ({ id: r.get("id"), names: r.get("names"), taxCode: r.get("taxCode") }));
}

export async function readImportedBodies(tx: ManagedTransaction): Promise<ImportedBody[]> {
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
export async function linkConfidentMatches(tx: ManagedTransaction, candidates: Candidate[]): Promise<number> {
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
