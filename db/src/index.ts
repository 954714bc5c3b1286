export { startEmbeddedNeo4j, EmbeddedNeo4jError } from "./embedded-neo4j";
export type { EmbeddedNeo4j, EmbeddedNeo4jOptions } from "./embedded-neo4j";
export { checkJava, checkMaven, parseJavaMajor, parseMavenVersion, ToolchainError } from "./toolchain";
