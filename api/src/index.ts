export { readConfig, ConfigError } from "./config";
export type { Config } from "./config";
export { connectDriver, ensureDatabaseSchema, openDatabase, DatabaseConnectionError } from "./database";
export type { Database } from "./database";
export { buildGraphQLSchema } from "./graphql-schema";
export { createServer } from "./server";
export type { AppServer } from "./server";
export { startApp } from "./start";
export { checkHealth } from "./health";
