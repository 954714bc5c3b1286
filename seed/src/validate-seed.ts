import type { NodeType } from "@lombardy-kg/schema";
import { checkClaims } from "./claims";
import type { EvidenceEntry, SeedFile } from "./seed-data";

export interface SeedProblem {
  file: string;
  entry: string;
  field: string;
  message: string;
}

export interface ValidationResult {
  problems: SeedProblem[];
  /** Node type of every id, for the loader. */
  typeOfId: Map<string, string>;
  /** Links whose quotes name neither end: listed for a person to read, not errors. */
  reviews: SeedProblem[];
  quoteCheck: "done" | "skipped";
  /** Sources that are not among the seed documents (official references): their quotes cannot be checked. */
  uncheckedSources: string[];
}

/** What the data is checked against: read from the GraphQL model. */
export interface SeedModel {
  nodeTypes: NodeType[];
  relationshipProperties: Map<string, { type: string; list: boolean }>;
  /** Enum types of the model with their values. */
  enums: Map<string, string[]>;
}

const SOURCE = "Source";

/** Folds white space and drops Markdown emphasis, so a quote matches however the text wraps. */
export function normalizeText(text: string): string {
  return text
    .replace(/\*\*|__/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** A node's or relationship's property value against its SDL type; null is always allowed. */
function valueMatches(property: { type: string; list: boolean }, value: unknown, enums: SeedModel["enums"]): boolean {
  if (value === null) return true;
  return property.list
    ? Array.isArray(value) && value.every((v) => typeMatches(property.type, v, enums))
    : typeMatches(property.type, value, enums);
}

const describeType = (property: { type: string; list: boolean }, enums: SeedModel["enums"]): string => {
  const values = enums.get(property.type);
  return `${property.list ? "a list of " : ""}${values ? `one of ${values.join(", ")}` : property.type}`;
};

function typeMatches(graphqlType: string, value: unknown, enums: SeedModel["enums"]): boolean {
  const values = enums.get(graphqlType);
  if (values) return typeof value === "string" && values.includes(value);
  switch (graphqlType) {
    case "Int":
      return Number.isInteger(value);
    case "Float":
      return typeof value === "number";
    case "Boolean":
      return typeof value === "boolean";
    default:
      return typeof value === "string";
  }
}

/**
 * Checks curated data against the model: every message names the file, the entry and the field.
 * `sourceTexts` maps a source's reference (file name) to its text; without it quotes are not checked.
 */
export function validateSeed(files: SeedFile[], model: SeedModel, sourceTexts?: Map<string, string>): ValidationResult {
  const { nodeTypes, relationshipProperties, enums } = model;
  const problems: SeedProblem[] = [];
  const typeOfId = new Map<string, string>();
  const whereIsId = new Map<string, string>();
  const byLabel = new Map(nodeTypes.map((t) => [t.label, t]));
  const report = (file: string, entry: string, field: string, message: string): void => {
    problems.push({ file, entry, field, message });
  };

  for (const { file, nodes } of files) {
    nodes.forEach((node, index) => {
      const entry = node.id ? `node ${node.id}` : `node #${index + 1}`;
      const nodeType = byLabel.get(node.type);
      if (!nodeType) return report(file, entry, "type", `unknown node type '${node.type}'`);
      if (typeof node.id !== "string" || node.id.trim() === "") return report(file, entry, "id", "missing id");
      const earlier = whereIsId.get(node.id);
      if (earlier) return report(file, entry, "id", `duplicate id, first defined in ${earlier}`);
      whereIsId.set(node.id, file);
      typeOfId.set(node.id, node.type);
      for (const [name, value] of Object.entries(node.properties ?? {})) {
        const property = nodeType.properties.get(name);
        if (!property || name === "id") {
          report(file, entry, `properties.${name}`, `${node.type} has no property '${name}'`);
        } else if (!valueMatches(property, value, enums)) {
          report(
            file,
            entry,
            `properties.${name}`,
            `must be ${describeType(property, enums)}, got ${JSON.stringify(value)}`,
          );
        }
      }
      for (const [name, property] of nodeType.properties) {
        if (name !== "id" && property.required && (node.properties?.[name] ?? null) === null) {
          report(file, entry, `properties.${name}`, `${node.type}.${name} is required`);
        }
      }
      if (node.type !== SOURCE && (node.evidence ?? []).length === 0) {
        report(file, entry, "evidence", "a node needs at least one source with a quote");
      }
    });
  }

  const seenRelationships = new Map<string, string>();
  for (const { file, relationships } of files) {
    relationships.forEach((rel, index) => {
      const entry = `relationship ${rel.from ?? "?"} -[${rel.type ?? "?"}]-> ${rel.to ?? "?"}`;
      const fromType = typeOfId.get(rel.from);
      const toType = typeOfId.get(rel.to);
      if (!fromType) report(file, entry, "from", `unknown id '${rel.from}'`);
      if (!toType) report(file, entry, "to", `unknown id '${rel.to}'`);
      if (fromType && toType) {
        const allowed = byLabel
          .get(fromType)
          ?.relationships.some((r) => r.type === rel.type && r.direction === "OUT" && r.target === toType);
        if (!allowed)
          report(file, entry, "type", `the model has no ${rel.type} relationship from ${fromType} to ${toType}`);
      }
      const key = `${rel.from}|${rel.type}|${rel.to}`;
      const earlier = seenRelationships.get(key);
      if (earlier)
        report(file, entry, "type", `duplicate relationship (#${index + 1}), first in ${earlier}; merge the evidence`);
      seenRelationships.set(key, file);
      for (const [name, value] of Object.entries(rel.properties ?? {})) {
        const property = relationshipProperties.get(name);
        if (!property) report(file, entry, `properties.${name}`, `a relationship has no property '${name}'`);
        else if (!valueMatches(property, value, enums)) {
          report(
            file,
            entry,
            `properties.${name}`,
            `must be ${describeType(property, enums)}, got ${JSON.stringify(value)}`,
          );
        }
      }
      const disputedBy: unknown = rel.properties?.disputedBy;
      if (Array.isArray(disputedBy)) {
        for (const id of disputedBy) {
          if (typeOfId.get(String(id)) !== "Disagreement")
            report(file, entry, "properties.disputedBy", `'${String(id)}' is not the id of a Disagreement`);
        }
      }
      if ((rel.evidence ?? []).length === 0)
        report(file, entry, "evidence", "a relationship needs at least one source with a quote");
    });
  }

  const sourceReference = new Map<string, string>();
  for (const { nodes } of files) {
    for (const n of nodes) {
      if (n.type === SOURCE && typeof n.properties?.reference === "string")
        sourceReference.set(n.id, n.properties.reference);
    }
  }
  const uncheckedSources = new Set<string>();
  const checkEvidence = (file: string, entry: string, evidence: EvidenceEntry[] | undefined): void => {
    (evidence ?? []).forEach((e, i) => {
      const field = `evidence[${i}]`;
      if (typeOfId.get(e.source) !== SOURCE)
        return report(file, entry, `${field}.source`, `unknown source '${e.source}'`);
      if (typeof e.quote !== "string" || e.quote.trim() === "")
        return report(file, entry, `${field}.quote`, "missing quote");
      if (!sourceTexts) return;
      if (!sourceReference.has(e.source)) {
        uncheckedSources.add(e.source);
        return;
      }
      const reference = sourceReference.get(e.source);
      const text = reference ? sourceTexts.get(reference) : undefined;
      if (text === undefined)
        return report(
          file,
          entry,
          `${field}.source`,
          `the document of '${e.source}' (${reference ?? "no reference"}) was not found`,
        );
      if (!text.includes(normalizeText(e.quote))) {
        report(file, entry, `${field}.quote`, `quote not found in ${reference}: "${e.quote.slice(0, 80)}"`);
      }
    });
  };
  for (const { file, nodes, relationships } of files) {
    for (const n of nodes) checkEvidence(file, `node ${n.id}`, n.evidence);
    for (const r of relationships) checkEvidence(file, `relationship ${r.from} -[${r.type}]-> ${r.to}`, r.evidence);
  }

  // What the quotes support is judged once the data is well formed.
  const claims = problems.length === 0 ? checkClaims(files) : { problems: [], reviews: [] };
  return {
    problems: [...problems, ...claims.problems],
    reviews: claims.reviews,
    typeOfId,
    quoteCheck: sourceTexts ? "done" : "skipped",
    uncheckedSources: [...uncheckedSources].sort(),
  };
}

export function formatProblem(p: SeedProblem): string {
  return `${p.file}: ${p.entry}: ${p.field}: ${p.message}`;
}
