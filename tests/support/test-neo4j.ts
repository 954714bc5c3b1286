/** Where the run's shared embedded Neo4j is; provided by global-setup. */
export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
  dataDir: string;
}

/** Small enough that a test may start a second JVM beside the shared one on a 2-core, 24 GiB machine. */
export const testNeo4jMemory = {
  heap: "768m",
  pageCache: "128m",
  transactionMemory: "256m",
  queryMemory: "128m",
} as const;
