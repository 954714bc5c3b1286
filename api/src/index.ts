export { readConfig, ConfigError } from "./config";
export type { Config } from "./config";
export {
  connectDriver,
  ensureDatabaseSchema,
  ensureDerivedLinks,
  openDatabase,
  DatabaseConnectionError,
} from "./database";
export type { Database } from "./database";
export { buildGraphQLSchema } from "./graphql-schema";
export { createServer } from "./server";
export type { AppServer } from "./server";
export { startApp } from "./start";
export { checkHealth } from "./health";
export { graphReader, DEFAULT_QUERY_TIMEOUT_MS } from "./explorer/graph-reader";
export { EVIDENCE_RELATIONSHIPS, EVIDENCE_WEIGHTS, FILTER_PATH_WEIGHT, ANALYSIS_LIMITS } from "./analysis/weights";
