import type { SeedFile } from "./seed-data";

export interface SeedReport {
  nodesByType: Map<string, number>;
  relationshipsByType: Map<string, number>;
  /** Facts (nodes and relationships) each source states, by source id. */
  factsBySource: Map<string, number>;
  disagreements: {
    id: string;
    topic: string;
    kind: string;
    description: string;
    quotes: { source: string; quote: string }[];
  }[];
}

function increment(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function sortedByKey(map: Map<string, number>): Map<string, number> {
  return new Map([...map].sort(([a], [b]) => a.localeCompare(b)));
}

/** What the curated data holds, counted from the files (no database needed). */
export function buildSeedReport(files: SeedFile[]): SeedReport {
  const nodesByType = new Map<string, number>();
  const relationshipsByType = new Map<string, number>();
  const factsBySource = new Map<string, number>();
  const disagreements: SeedReport["disagreements"] = [];
  for (const { nodes, relationships } of files) {
    for (const node of nodes) {
      increment(nodesByType, node.type);
      for (const source of new Set((node.evidence ?? []).map((e) => e.source))) increment(factsBySource, source);
      if (node.type === "Disagreement") {
        disagreements.push({
          id: node.id,
          topic: String(node.properties.topic),
          kind: String(node.properties.kind),
          description: String(node.properties.description),
          quotes: (node.evidence ?? []).map((e) => ({ source: e.source, quote: e.quote })),
        });
      }
    }
    for (const rel of relationships) {
      increment(relationshipsByType, rel.type);
      for (const source of new Set(rel.evidence.map((e) => e.source))) increment(factsBySource, source);
    }
  }
  return {
    nodesByType: sortedByKey(nodesByType),
    relationshipsByType: sortedByKey(relationshipsByType),
    factsBySource: sortedByKey(factsBySource),
    disagreements,
  };
}

function table(title: string, rows: Map<string, number>): string[] {
  const width = Math.max(...[...rows.keys()].map((k) => k.length), 8);
  const total = [...rows.values()].reduce((a, b) => a + b, 0);
  return [
    title,
    ...[...rows].map(([k, v]) => `  ${k.padEnd(width)} ${String(v).padStart(5)}`),
    `  ${"total".padEnd(width)} ${String(total).padStart(5)}`,
    "",
  ];
}

export function formatSeedReport(report: SeedReport): string {
  const lines = [
    ...table("Nodes by type", report.nodesByType),
    ...table("Relationships by type", report.relationshipsByType),
    ...table("Facts per source (nodes and relationships citing it)", report.factsBySource),
    `Disagreements (${report.disagreements.length})`,
  ];
  for (const d of report.disagreements) {
    lines.push(`- ${d.topic} [${d.kind}] (${d.id})`, `  ${d.description}`);
    for (const q of d.quotes) lines.push(`    ${q.source}: "${q.quote}"`);
  }
  return lines.join("\n");
}
