import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

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
}

/** One data file as written by a curator; `file` says where each entry came from in messages. */
export interface SeedFile {
  file: string;
  nodes: NodeEntry[];
  relationships: RelationshipEntry[];
}

/** Reads every *.json file of the seed data, in name order so loads are repeatable. */
export function readSeedFiles(dir: string = seedDataDir): SeedFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
      } catch (e) {
        throw new Error(`${file}: not valid JSON: ${(e as Error).message}`);
      }
      const data = (parsed ?? {}) as Partial<SeedFile>;
      return { file, nodes: data.nodes ?? [], relationships: data.relationships ?? [] };
    });
}
