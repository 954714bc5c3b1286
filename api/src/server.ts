import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import createDebug from "debug";
import compression from "compression";
import type { Duplex } from "node:stream";
import express, { type Request } from "express";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import type { Config } from "./config";
import type { ApiContext } from "./graph/request-database";
import { errorStatus } from "./graphql/error-status";
import { ERROR_CODES } from "./graphql/error-codes";
import { formatError } from "./graphql/format-error";
import { limitRules } from "./graphql/limit-rules";
import { operationsSchemaSupports } from "./graphql/read-only";
import { requestChecks } from "./graphql/request-checks";
import { REQUEST_LIMITS } from "./graphql/request-limits";
import { AuthService } from "./auth/auth-service";
import { health } from "./health";
import { editingRoutes } from "./http/editing-routes";
import { exportRoute } from "./http/export-route";
import { graphqlRequests } from "./http/graphql-requests";
import { jsonErrorHandler, notFound } from "./http/http-errors";
import { perClientRateLimit } from "./http/rate-limit";
import { securityHeaders } from "./http/security-headers";
import { DatabaseMonitor } from "./runtime/database-monitor";
import type { EventLoopWatchdog } from "./runtime/event-loop-watchdog";

const debug = createDebug("lombardy-kg:server");

/** The roster templates users download (docs/templates). */
const TEMPLATES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../docs/templates");

export type ServerConfig = Pick<
  Config,
  | "development"
  | "webDist"
  | "maxQueryDepth"
  | "maxQueryCost"
  | "queryTimeoutMs"
  | "rateLimitPerMinute"
  | "maxConnections"
  | "trustProxy"
  | "auth"
>;

export interface ServerDeps {
  config: Readonly<ServerConfig>;
  schema: GraphQLSchema;
  driver: Driver;
  database: string;
  /** Says when the database stops answering; without one, the server probes through `driver`. */
  monitor?: DatabaseMonitor;
  /** Reported by /healthz when given. */
  watchdog?: EventLoopWatchdog;
  /** Shorter HTTP timeouts, for tests of slow clients. */
  httpTimeouts?: Partial<HttpTimeouts>;
}

export interface AppServer {
  httpServer: http.Server;
  monitor: DatabaseMonitor;
  /** Starts listening; rejects with a clear message when the port is taken. */
  listen(port: number, host: string): Promise<number>;
  stop(): Promise<void>;
}

/** How long a client may take to send a request, and its headers; sockets idle longer are closed. */
export interface HttpTimeouts {
  requestMs: number;
  headersMs: number;
  keepAliveMs: number;
  idleSocketMs: number;
}
const HTTP_TIMEOUTS: HttpTimeouts = { requestMs: 20_000, headersMs: 10_000, keepAliveMs: 5_000, idleSocketMs: 60_000 };

/**
 * Requests Node refuses before Express sees them (headers too large, too slow, unreadable) get
 * this API's JSON error shape too, as Node's own answer would, with a code.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, reason, code, message] =
    error.code === "HPE_HEADER_OVERFLOW"
      ? [
          431,
          "Request Header Fields Too Large",
          ERROR_CODES.headersTooLarge,
          "The request's headers are larger than this server accepts (16 KB): send a shorter token or fewer cookies.",
        ]
      : error.code === "ERR_HTTP_REQUEST_TIMEOUT"
        ? [408, "Request Timeout", ERROR_CODES.badRequest, "The request was not received in time."]
        : [400, "Bad Request", ERROR_CODES.badRequest, "The request is not valid HTTP."];
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

function wantsHtml(req: Request): boolean {
  return req.method === "GET" && req.query.query === undefined && (req.headers.accept ?? "").includes("text/html");
}

/** Builds the HTTP app (GraphQL, health, GraphiQL, the web app) without listening, so tests can use it. */
export async function createServer({
  config,
  schema,
  driver,
  database,
  monitor: givenMonitor,
  watchdog,
  httpTimeouts,
}: ServerDeps): Promise<AppServer> {
  const timeouts = { ...HTTP_TIMEOUTS, ...httpTimeouts };
  const limits = { ...REQUEST_LIMITS, depth: config.maxQueryDepth, cost: config.maxQueryCost };
  const monitor = givenMonitor ?? new DatabaseMonitor(driver, { database });
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", config.trustProxy);
  app.use(securityHeaders());
  // Answers and assets go compressed to clients that accept it: a neighbourhood's JSON and the
  // app's scripts shrink to a fifth.
  app.use(compression());
  const httpServer = http.createServer(
    {
      requestTimeout: timeouts.requestMs,
      headersTimeout: timeouts.headersMs,
      keepAliveTimeout: timeouts.keepAliveMs,
      // Node checks the two timeouts above this often (30 s by default): a slow body is cut in time.
      connectionsCheckingInterval: 1_000,
    },
    app,
  );
  httpServer.maxConnections = config.maxConnections;
  httpServer.setTimeout(timeouts.idleSocketMs);
  httpServer.on("clientError", answerClientError);

  const apollo = new ApolloServer<ApiContext>({
    schema,
    introspection: true,
    // No client of ours registers queries by hash; without APQ no request can fill a cache.
    persistedQueries: false,
    // main.ts owns shutdown: Apollo's own signal handlers would race it and re-raise the signal.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: config.development,
    parseOptions: { maxTokens: limits.tokens },
    // Counted first, in linear time; the rules below run only on documents that pass it.
    maxRecursiveSelections: limits.selections,
    validationRules: [operationsSchemaSupports, ...limitRules(limits)],
    formatError: formatError({ development: config.development, limits, queryTimeoutMs: config.queryTimeoutMs }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      requestChecks(schema, limits),
      errorStatus(),
    ],
  });
  await apollo.start();
  monitor.start();

  app.get("/healthz", async (_req, res) => {
    const report = await health(driver, database, monitor, watchdog);
    res.status(report.ok ? 200 : 503).json(report);
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
  const auth = AuthService.forDatabase(config.auth, database);
  const requests = graphqlRequests({ driver, database, monitor, auth, queryTimeoutMs: config.queryTimeoutMs });
  app.use(/^\/(roster|export)\//, perClientRateLimit(config.rateLimitPerMinute));
  app.use(exportRoute({ driver, database, queryTimeoutMs: config.queryTimeoutMs }));
  app.use(
    editingRoutes({ driver, database, auth, queryTimeoutMs: config.queryTimeoutMs, templatesDir: TEMPLATES_DIR }),
  );
  app.use(
    "/graphql",
    perClientRateLimit(config.rateLimitPerMinute),
    express.json({ limit: limits.bodyBytes }),
    requests.open,
    expressMiddleware(apollo, { context: requests.context }),
  );

  app.use(express.static(config.webDist, { index: "index.html", maxAge: "1h" }));
  // The explorer keeps its view in the URL: any other page path is the app itself.
  app.get(/^\/(?!assets\/|graphql|healthz|export\/|templates\/|roster\/).*/, (_req, res) => {
    const index = path.join(config.webDist, "index.html");
    if (existsSync(index)) res.sendFile(index);
    else res.status(404).type("text").send("The web app is not built: run `npm run build`.");
  });
  app.use(notFound());
  app.use(jsonErrorHandler());

  return {
    httpServer,
    monitor,
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
      monitor.stop();
      for (const db of requests.active) db.abort(new Error("the server is stopping"));
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
