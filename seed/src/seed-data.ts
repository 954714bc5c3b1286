import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";

export const seedDataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "data");

export type PropertyValue = string | number | boolean | null | string[] | number[];

export interface EvidenceEntry {
  source: string;
  quote: string;
}

export interface NodeEntry {
  type: string;
  id: string;
  properties: Record<string, PropertyValue>;
  evidence?: EvidenceEntry[];
}

export interface RelationshipEntry {
  type: string;
  from: string;
  to: string;
  evidence: EvidenceEntry[];
  /** What the link means, where the source says: role, period. */
  properties?: Record<string, PropertyValue>;
}

/** One data file as written by a curator; `file` says where each entry came from in messages. */
export interface SeedFile {
  file: string;
  nodes: NodeEntry[];
  relationships: RelationshipEntry[];
}

const SEED_FILE = /\.(json|ya?ml)$/;

/** Reads every JSON and YAML file of the seed data, in name order so loads are repeatable. */
export function readSeedFiles(dir: string = seedDataDir): SeedFile[] {
  return readdirSync(dir)
    .filter((f) => SEED_FILE.test(f))
    .sort()
    .map((file) => {
      let parsed: unknown;
      const text = readFileSync(path.join(dir, file), "utf8");
      try {
        parsed = file.endsWith(".json") ? JSON.parse(text) : parseYaml(text);
      } catch (e) {
        throw new Error(`${file}: not valid ${file.endsWith(".json") ? "JSON" : "YAML"}: ${(e as Error).message}`);
      }
      return normalizeSeedFile(file, parsed);
    });
}

/** How a curator may write evidence: in full, or as the bare quote when the file names its source. */
type WrittenEvidence = EvidenceEntry | string;

interface WrittenSeedFile {
  /** The source of every bare-quote evidence entry in this file. */
  source?: string;
  nodes?: (Omit<NodeEntry, "evidence"> & { evidence?: WrittenEvidence[] })[];
  relationships?: (Omit<RelationshipEntry, "evidence"> & { evidence?: WrittenEvidence[] })[];
}

function expandEvidence(evidence: WrittenEvidence[] | undefined, source: string | undefined): EvidenceEntry[] {
  // A bare quote without a file source keeps an empty source, which the validator reports.
  return (evidence ?? []).map((e) => (typeof e === "string" ? { source: source ?? "", quote: e } : e));
}

export function normalizeSeedFile(file: string, parsed: unknown): SeedFile {
  const data = (parsed ?? {}) as WrittenSeedFile;
  return {
    file,
    nodes: (data.nodes ?? []).map(({ evidence, ...n }) => ({
      ...n,
      properties: n.properties ?? {},
      ...(evidence ? { evidence: expandEvidence(evidence, data.source) } : {}),
    })),
    relationships: (data.relationships ?? []).map((r) => ({ ...r, evidence: expandEvidence(r.evidence, data.source) })),
  };
}
