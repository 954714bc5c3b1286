export { readConfig, ConfigError } from "./config";
export type { Config } from "./config";
export { connectDriver, ensureDatabaseSchema, openDatabase, DatabaseConnectionError } from "./database";
export type { Database } from "./database";
export { buildGraphQLSchema, customResolvers } from "./graphql/graphql-schema";
export { createServer } from "./server";
export type { AppServer } from "./server";
export { startApp } from "./start";
export { checkHealth } from "./health";
export { graphReader, DEFAULT_QUERY_TIMEOUT_MS } from "./graph/graph-reader";
export { ANALYSIS_LIMITS, EXPLORER_LIMITS } from "./graph/limits";
export { ERROR_CODES } from "./graphql/error-codes";
export {
  DISPUTED_LINK_FACTOR,
  EVIDENCE_RELATIONSHIPS,
  EVIDENCE_WEIGHTS,
  FILTER_PATH_WEIGHT,
  FILTER_PATHS_COUNTED,
  TWO_STEP_PATH_FACTOR,
} from "./analysis/weights";
export { CYPHER_CATALOGUE } from "./cypher-catalogue";
