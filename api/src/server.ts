import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import createDebug from "debug";
import express, { type Request } from "express";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import type { Config } from "./config";
import { depthLimit } from "./graphql/depth-limit";
import { formatError } from "./graphql/format-error";
import { operationsSchemaSupports } from "./graphql/read-only";
import { checkHealth } from "./health";

const debug = createDebug("lombardy-kg:server");

export interface ServerDeps {
  config: Readonly<Pick<Config, "development" | "webDist" | "maxQueryDepth">>;
  schema: GraphQLSchema;
  driver: Driver;
  database: string;
}

export interface AppServer {
  httpServer: http.Server;
  /** Starts listening; rejects with a clear message when the port is taken. */
  listen(port: number, host: string): Promise<number>;
  stop(): Promise<void>;
}

function wantsHtml(req: Request): boolean {
  return req.method === "GET" && req.query.query === undefined && (req.headers.accept ?? "").includes("text/html");
}

/** Builds the HTTP app (GraphQL, health, GraphiQL, the web app) without listening, so tests can use it. */
export async function createServer({ config, schema, driver, database }: ServerDeps): Promise<AppServer> {
  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Neo4jGraphQLContext>({
    schema,
    introspection: true,
    // main.ts owns shutdown: Apollo's own signal handlers would race it and re-raise the signal.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: config.development,
    validationRules: [operationsSchemaSupports, depthLimit(config.maxQueryDepth)],
    formatError: formatError(config.development),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  app.get("/healthz", async (_req, res) => {
    const health = await checkHealth(driver, database);
    res.status(health.ok ? 200 : 503).json(health);
  });

  const graphiqlPage = path.join(config.webDist, "graphiql.html");
  app.get("/graphql", (req, res, next) => {
    if (!wantsHtml(req)) return next();
    if (!existsSync(graphiqlPage)) {
      res.status(404).type("text").send("GraphiQL is not built: run `npm run build`.");
      return;
    }
    res.sendFile(graphiqlPage);
  });
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async () => ({ sessionConfig: { database } }),
    }),
  );

  app.use(express.static(config.webDist, { index: "index.html", maxAge: "1h" }));
  // The explorer keeps its view in the URL: any other page path is the app itself.
  app.get(/^\/(?!assets\/|graphql|healthz).*/, (_req, res) => {
    const index = path.join(config.webDist, "index.html");
    if (existsSync(index)) res.sendFile(index);
    else res.status(404).type("text").send("The web app is not built: run `npm run build`.");
  });

  return {
    httpServer,
    listen: (port, host) =>
      new Promise<number>((resolve, reject) => {
        const onError = (e: NodeJS.ErrnoException): void => {
          reject(
            e.code === "EADDRINUSE"
              ? new Error(`Port ${port} on ${host} is already in use (PORT). Stop what uses it or choose another PORT.`)
              : e,
          );
        };
        httpServer.once("error", onError);
        httpServer.listen(port, host, () => {
          httpServer.off("error", onError);
          const address = httpServer.address();
          const bound = typeof address === "object" && address ? address.port : port;
          debug("listening on %s:%d", host, bound);
          resolve(bound);
        });
      }),
    stop: async () => {
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
