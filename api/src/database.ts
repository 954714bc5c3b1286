import neo4j, { type Driver } from "neo4j-driver";
import createDebug from "debug";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "@lombardy-kg/db";
import { databaseSchemaStatements } from "@lombardy-kg/schema";
import type { Config } from "./config";

const debug = createDebug("lombardy-kg:database");

export class DatabaseConnectionError extends Error {
  override name = "DatabaseConnectionError";
}

export interface Database {
  driver: Driver;
  /** The Neo4j database name queries go to. */
  name: string;
  uri: string;
  /** Present when this process started the embedded Neo4j. */
  embedded: EmbeddedNeo4j | undefined;
  close(): Promise<void>;
}

function errorCode(e: unknown): string | undefined {
  return typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : undefined;
}

/** Connects and proves the credentials work, turning the driver's errors into ones a user can act on. */
export async function connectDriver(uri: string, user: string, password: string): Promise<Driver> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    userAgent: "lombardy-kg",
    connectionTimeout: 15_000,
    connectionAcquisitionTimeout: 30_000,
    maxConnectionPoolSize: 50,
    disableLosslessIntegers: true,
  });
  let accepted: boolean;
  try {
    // Resolves false, rather than throwing, when the server refuses the credentials.
    accepted = await driver.verifyAuthentication();
  } catch (e) {
    await driver.close();
    const code = errorCode(e);
    if (
      code === "Neo.ClientError.Security.Unauthorized" ||
      code === "Neo.ClientError.Security.AuthenticationRateLimit"
    ) {
      throw credentialsRefused(uri, user);
    }
    throw new DatabaseConnectionError(`Cannot reach Neo4j at ${uri} (NEO4J_URI): ${(e as Error).message}`);
  }
  if (!accepted) {
    await driver.close();
    throw credentialsRefused(uri, user);
  }
  return driver;
}

function credentialsRefused(uri: string, user: string): DatabaseConnectionError {
  return new DatabaseConnectionError(
    `Neo4j at ${uri} refused the credentials of user '${user}' (NEO4J_USER/NEO4J_PASSWORD).`,
  );
}

/** The embedded Neo4j, or the one NEO4J_URI names; one driver for the whole process. */
export async function openDatabase(config: Readonly<Config>): Promise<Database> {
  if (config.external) {
    const { uri, user, password } = config.external;
    const driver = await connectDriver(uri, user, password);
    return { driver, name: config.database, uri, embedded: undefined, close: () => driver.close() };
  }
  const embedded = await startEmbeddedNeo4j({ ...config.embedded });
  try {
    const driver = await connectDriver(embedded.uri, embedded.user, embedded.password);
    return {
      driver,
      name: embedded.database,
      uri: embedded.uri,
      embedded,
      close: async () => {
        await driver.close();
        await embedded.stop();
      },
    };
  } catch (e) {
    await embedded.stop();
    throw e;
  }
}

/** Creates the constraints and the fulltext index the model needs; a no-op when they exist. */
export async function ensureDatabaseSchema(driver: Driver, database: string): Promise<void> {
  for (const statement of databaseSchemaStatements()) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database });
  debug("constraints and indexes in place");
}
