export { checkCuratedSeed, loadCuratedSeed, readSourceTexts, SeedValidationError } from "./curated-seed";
export { databaseIsEmpty, loadSeed } from "./load-seed";
export type { LoadCounts } from "./load-seed";
export { readSeedFiles, seedDataDir } from "./seed-data";
export type { SeedFile, NodeEntry, RelationshipEntry, EvidenceEntry } from "./seed-data";
export { formatProblem, normalizeText, validateSeed } from "./validate-seed";
export type { SeedProblem } from "./validate-seed";
export { buildSeedReport, formatSeedReport } from "./seed-report";
export type { SeedReport } from "./seed-report";
