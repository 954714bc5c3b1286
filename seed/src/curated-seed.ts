import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { readEnums, readNodeTypes, readRelationshipProperties } from "@lombardy-kg/schema";
import { loadSeed, type LoadCounts } from "./load-seed";
import { readSeedFiles, seedDataDir, type SeedFile } from "./seed-data";
import { formatProblem, normalizeText, validateSeed, type ValidationResult } from "./validate-seed";

/** Reads the seed documents (by file name) from a directory, for the quote check. */
export function readSourceTexts(dir: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of readdirSync(dir)) {
    texts.set(file, normalizeText(readFileSync(path.join(dir, file), "utf8")));
  }
  return texts;
}

export interface CheckedSeed extends ValidationResult {
  files: SeedFile[];
}

export function checkCuratedSeed(options: { dataDir?: string; sourcesDir?: string | undefined } = {}): CheckedSeed {
  const files = readSeedFiles(options.dataDir ?? seedDataDir);
  const texts = options.sourcesDir ? readSourceTexts(options.sourcesDir) : undefined;
  return {
    files,
    ...validateSeed(
      files,
      { nodeTypes: readNodeTypes(), relationshipProperties: readRelationshipProperties(), enums: readEnums() },
      texts,
    ),
  };
}

export class SeedValidationError extends Error {
  override name = "SeedValidationError";
}

/** Validates the curated data and loads it; refuses to write anything if a single entry is wrong. */
export async function loadCuratedSeed(driver: Driver, database: string, dataDir?: string): Promise<LoadCounts> {
  const checked = checkCuratedSeed(dataDir ? { dataDir } : {});
  if (checked.problems.length > 0) {
    throw new SeedValidationError(
      `The seed data has ${checked.problems.length} problem(s); nothing was loaded:\n` +
        checked.problems.map(formatProblem).join("\n"),
    );
  }
  return loadSeed(driver, database, checked.files, checked.typeOfId);
}
