import { randomUUID } from "node:crypto";
import type { Request, RequestHandler, Response } from "express";
import type { AuthService } from "../auth/auth-service";
import { GraphQLError } from "graphql";
import type { Driver } from "neo4j-driver";
import { databaseUnavailable, RequestDatabase, requestContext, type ApiContext } from "../graph/request-database";
import { ERROR_CODES } from "../graphql/error-codes";
import type { DatabaseMonitor } from "../runtime/database-monitor";
import { sendError } from "./http-errors";

export interface GraphQLRequestOptions {
  driver: Driver;
  auth: AuthService;
  database: string;
  monitor: DatabaseMonitor;
  queryTimeoutMs: number;
  /** A whole request may run this much longer than one query's timeout before it is stopped. */
  deadlineGraceMs?: number;
}

const DOWN_MESSAGE = "The database is not answering (restarting or unreachable); try again shortly.";

/**
 * Gives each GraphQL request its own access to Neo4j and bounds it: refused at once while the
 * monitor says the database is down; cancelled (its transactions terminated) when the client
 * goes away, when its deadline passes, or when the database stops answering mid-request.
 */
export function graphqlRequests(options: GraphQLRequestOptions) {
  const active = new Set<RequestDatabase>();
  const deadlineMs = options.queryTimeoutMs + (options.deadlineGraceMs ?? 5_000);
  options.monitor.onChange((state) => {
    if (state.up) return;
    for (const db of active) db.abort(databaseUnavailable(DOWN_MESSAGE));
  });

  const open: RequestHandler = (_req, res, next) => {
    if (!options.monitor.state.up) {
      res.setHeader("Retry-After", "5");
      sendError(res, 503, ERROR_CODES.databaseUnavailable, DOWN_MESSAGE);
      return;
    }
    const db = new RequestDatabase(options.driver, {
      database: options.database,
      queryTimeoutMs: options.queryTimeoutMs,
      requestId: randomUUID(),
    });
    active.add(db);
    const deadline = setTimeout(
      () =>
        db.abort(
          new GraphQLError(
            `The request ran longer than ${deadlineMs / 1000} s and was stopped; ask for less at once.`,
            { extensions: { code: ERROR_CODES.queryTimeout, limit: deadlineMs / 1000, http: { status: 503 } } },
          ),
        ),
      deadlineMs,
    );
    res.on("close", () => {
      clearTimeout(deadline);
      active.delete(db);
      // The client left before the answer was sent: nothing it asked for should keep running.
      if (!res.writableFinished) {
        db.abort(
          new GraphQLError("The client closed the connection before the answer.", {
            extensions: { code: ERROR_CODES.clientClosedRequest },
          }),
        );
      } else void db.finish();
    });
    res.locals.db = db;
    next();
  };

  const context = async ({ req, res }: { req: Request; res: Response }): Promise<ApiContext> =>
    requestContext(res.locals.db as RequestDatabase, options.database, {
      viewer: await options.auth.viewerOf(req.headers.authorization),
      auth: options.auth,
      client: req.ip ?? "unknown",
    });

  return { open, context, active };
}
