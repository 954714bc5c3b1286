import path from "node:path";
import { fileURLToPath } from "node:url";
import neo4j, { type Driver } from "neo4j-driver";
import { inject } from "vitest";
import {
  buildGraphQLSchema,
  createServer,
  ensureDatabaseSchema,
  readConfig,
  type AppServer,
  type ServerDeps,
} from "@lombardy-kg/api";
import { checkCuratedSeed, loadCuratedSeed } from "@lombardy-kg/seed";
import type { TestNeo4j } from "./test-neo4j";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * Owns a driver to the run's embedded Neo4j: resets and seeds the graph, starts the real HTTP
 * server on a free port and sends GraphQL over HTTP, as a client would.
 */
export class TestHelper {
  readonly neo4j: TestNeo4j = inject("neo4j");
  readonly driver: Driver = neo4j.driver(this.neo4j.uri, neo4j.auth.basic(this.neo4j.user, this.neo4j.password), {
    disableLosslessIntegers: true,
  });
  private server: AppServer | undefined;
  url = "";

  async resetDatabase(): Promise<void> {
    await this.driver.executeQuery("MATCH (n) DETACH DELETE n", {}, { database: this.neo4j.database });
    await ensureDatabaseSchema(this.driver, this.neo4j.database);
  }

  /**
   * The curated graph, as the run's global setup seeded it. Files that only read use it as it is;
   * it is reloaded only if a writer before them did not give it back.
   */
  async useCuratedGraph(): Promise<void> {
    const nodes = checkCuratedSeed().files.reduce((n, f) => n + f.nodes.length, 0);
    const { records } = await this.driver.executeQuery(
      `RETURN COUNT { (n) } = $nodes AND COUNT { (n:Entity) WHERE n.synthetic = true } = 0 AS curated`,
      { nodes },
      { database: this.neo4j.database },
    );
    if (records[0]?.get("curated") !== true) await this.restoreCuratedGraph();
  }

  /** Empties the database and loads the curated graph: what a file that writes does when it is done. */
  async restoreCuratedGraph(): Promise<void> {
    await this.resetDatabase();
    await loadCuratedSeed(this.driver, this.neo4j.database);
  }

  async startApi(env: Record<string, string> = {}, deps: Pick<ServerDeps, "httpTimeouts"> = {}): Promise<string> {
    // No rate limit unless a test asks for one: a test file sends many requests from one address.
    const config = readConfig({ PORT: "0", RATE_LIMIT: "0", ...env });
    const schema = await buildGraphQLSchema();
    this.server = await createServer({ config, schema, driver: this.driver, database: this.neo4j.database, ...deps });
    const port = await this.server.listen(0, "127.0.0.1");
    this.url = `http://127.0.0.1:${port}`;
    return this.url;
  }

  async graphql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<GraphQLResult<T>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResult<T>, "status">;
    return { status: response.status, ...body };
  }

  /** Fails with the GraphQL errors in the message, so a broken query says why. */
  async data<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<T> {
    const result = await this.graphql<T>(query, variables, token);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL request failed (${result.status}): ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }

  /** Stops the API started last, keeping the driver for another start. */
  async stopApi(): Promise<void> {
    await this.server?.stop();
    this.server = undefined;
  }

  async close(): Promise<void> {
    await this.server?.stop();
    await this.driver.close();
  }
}
