import neo4j, { type Driver } from "neo4j-driver";
import createDebug from "debug";
import { startEmbeddedNeo4j } from "@lombardy-kg/db";
import { databaseSchemaStatements, fulltextIndex } from "@lombardy-kg/schema";
import type { Config } from "./config";
import { superviseEmbedded, type SupervisorEvents } from "./runtime/embedded-supervisor";

const debug = createDebug("lombardy-kg:database");

export class DatabaseConnectionError extends Error {
  override name = "DatabaseConnectionError";
}

export interface Database {
  driver: Driver;
  /** A second, small driver for health probes, so that busy request traffic cannot starve them. */
  probeDriver: Driver;
  /** The Neo4j database name queries go to. */
  name: string;
  uri: string;
  /** True when this process started the embedded Neo4j. */
  embedded: boolean;
  close(): Promise<void>;
}

function errorCode(e: unknown): string | undefined {
  return typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : undefined;
}

/** Connects and proves the credentials work, turning the driver's errors into ones a user can act on. */
export async function connectDriver(uri: string, user: string, password: string, poolSize = 50): Promise<Driver> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    userAgent: "lombardy-kg",
    connectionTimeout: 15_000,
    connectionAcquisitionTimeout: 30_000,
    maxConnectionPoolSize: poolSize,
    // Reads are retried briefly on a transient error; a database that is gone is reported
    // rather than waited for (the monitor and the restart take it from there).
    maxTransactionRetryTime: 2_000,
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

async function withProbe(
  uri: string,
  user: string,
  password: string,
  rest: Omit<Database, "driver" | "probeDriver" | "close">,
  closeAlso: () => Promise<void> = async () => {},
): Promise<Database> {
  const driver = await connectDriver(uri, user, password);
  const probeDriver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    userAgent: "lombardy-kg-probe",
    maxConnectionPoolSize: 2,
    maxTransactionRetryTime: 0,
    connectionTimeout: 2_000,
  });
  return {
    driver,
    probeDriver,
    ...rest,
    close: async () => {
      await Promise.all([driver.close(), probeDriver.close()]);
      await closeAlso();
    },
  };
}

/**
 * The embedded Neo4j, or the one NEO4J_URI names; one driver for the whole process. With
 * `supervise`, an embedded database that dies is started again (see embedded-supervisor.ts); a
 * server at NEO4J_URI that goes away is reconnected to by the driver when it is back.
 */
export async function openDatabase(config: Readonly<Config>, supervise?: SupervisorEvents): Promise<Database> {
  if (config.external) {
    const { uri, user, password } = config.external;
    return withProbe(uri, user, password, { name: config.database, uri, embedded: false });
  }
  const options = { ...config.embedded };
  const first = await startEmbeddedNeo4j(options);
  const instance = supervise
    ? superviseEmbedded(first, options, config.embeddedRestarts, supervise)
    : { current: () => first, stop: () => first.stop() };
  try {
    return await withProbe(
      first.uri,
      first.user,
      first.password,
      { name: first.database, uri: first.uri, embedded: true },
      () => instance.stop(),
    );
  } catch (e) {
    await instance.stop();
    throw e;
  }
}

/**
 * Drops the fulltext index when the model now wants it over other labels, properties or another
 * analyzer, so the statement that follows creates it as the model says: `IF NOT EXISTS` alone
 * would keep an index built by an older version forever.
 */
async function dropStaleFulltextIndex(driver: Driver, database: string): Promise<void> {
  const wanted = fulltextIndex();
  const { records } = await driver.executeQuery(
    `SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options WHERE name = $name
     RETURN labelsOrTypes AS labels, properties, options.indexConfig['fulltext.analyzer'] AS analyzer`,
    { name: wanted.name },
    { database },
  );
  const existing = records[0];
  if (!existing) return;
  const same = (a: unknown, b: string[]): boolean =>
    Array.isArray(a) && JSON.stringify([...(a as string[])].sort()) === JSON.stringify([...b].sort());
  if (
    same(existing.get("labels"), wanted.labels) &&
    same(existing.get("properties"), wanted.properties) &&
    existing.get("analyzer") === wanted.analyzer
  ) {
    return;
  }
  debug("fulltext index %s differs from the model: rebuilding it", wanted.name);
  await driver.executeQuery(`DROP INDEX ${wanted.name} IF EXISTS`, {}, { database });
}

/** Creates the constraints and the fulltext index the model needs; a no-op when they exist as the model says. */
export async function ensureDatabaseSchema(driver: Driver, database: string): Promise<void> {
  await dropStaleFulltextIndex(driver, database);
  for (const statement of databaseSchemaStatements()) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database });
  debug("constraints and indexes in place");
}
