export { readConfig, ConfigError } from "./config";
export type { Config } from "./config";
export { connectDriver, ensureDatabaseSchema, openDatabase, DatabaseConnectionError } from "./database";
export type { Database } from "./database";
export { buildGraphQLSchema, customResolvers } from "./graphql/graphql-schema";
export { createServer } from "./server";
export type { AppServer, ServerDeps } from "./server";
export { startApp } from "./start";
export type { Running } from "./start";
export { health } from "./health";
export { DatabaseMonitor } from "./runtime/database-monitor";
export { EventLoopWatchdog } from "./runtime/event-loop-watchdog";
export { RequestDatabase, standaloneContext } from "./graph/request-database";
export { REQUEST_LIMITS } from "./graphql/request-limits";
export type { RequestLimits } from "./graphql/request-limits";
export { limitRules } from "./graphql/limit-rules";
export { queryCoster } from "./graphql/query-cost";
export { graphReader } from "./graph/graph-reader";
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
export { AccountError, AccountStore } from "./auth/accounts";
export { AuthService, authSettings, TOKEN_AUDIENCE, TOKEN_ISSUER } from "./auth/auth-service";
export { issueToken, tokenVerifier, TokenError } from "./auth/tokens";
export type { AuthSettings, Viewer } from "./auth/tokens";
export { exportGraph } from "./export/graph-export";
export type { GraphExport } from "./export/graph-export";
