import path from "node:path";
import express, { type Request, type Response, type Router } from "express";
import { GraphQLError } from "graphql";
import type { Driver } from "neo4j-driver";
import type { AuthService } from "../auth/auth-service";
import type { Viewer } from "../auth/tokens";
import { EditError } from "../editing/edit-error";
import { importRoster } from "../editing/roster-import";
import type { RosterKind } from "../editing/roster-file";
import { databaseRefusal } from "../graphql/format-error";
import { ERROR_CODES } from "../graphql/error-codes";
import { RequestDatabase } from "../graph/request-database";
import { sendError } from "./http-errors";

export interface EditingRouteOptions {
  driver: Driver;
  database: string;
  auth: AuthService;
  queryTimeoutMs: number;
  templatesDir: string;
}

/**
 * A roster's transaction may run this long (a query, QUERY_TIMEOUT_MS, less): the documented
 * 5,000 new members apply in about 16 s at real size on a 2-core machine (`npm run bench:stall`),
 * past a query's 15 s. It is an editor's signed-in, rate-limited request, bounded by its rows.
 */
export const ROSTER_TRANSACTION_MS = 60_000;

/** A roster file may be this large: about 10,000 rows of members. */
export const MAX_ROSTER_BYTES = 2 * 1024 * 1024;

function refuse(res: Response, e: unknown, queryTimeoutMs: number): void {
  if (e instanceof GraphQLError) {
    const code = String(e.extensions.code ?? ERROR_CODES.badRequest);
    const status = (e.extensions.http as { status?: number } | undefined)?.status ?? 400;
    const { http: _http, code: _code, ...extra } = e.extensions as Record<string, unknown>;
    sendError(res, status, code, e.message, extra);
    return;
  }
  const refusal = databaseRefusal(e, queryTimeoutMs);
  if (refusal) {
    sendError(res, refusal.status, refusal.code, refusal.message, refusal.extra);
    return;
  }
  throw e;
}

async function withDatabase<T>(options: EditingRouteOptions, work: (db: RequestDatabase) => Promise<T>): Promise<T> {
  const db = new RequestDatabase(options.driver, {
    database: options.database,
    queryTimeoutMs: Math.max(options.queryTimeoutMs, ROSTER_TRANSACTION_MS),
    requestId: `http-${Date.now()}`,
  });
  try {
    return await work(db);
  } finally {
    await db.finish();
  }
}

/**
 * Beside GraphQL: the roster upload (a file body is no GraphQL argument) and the roster templates.
 */
export function editingRoutes(options: EditingRouteOptions): Router {
  const router = express.Router();

  router.post(
    "/roster/:clusterId",
    // The token first: a visitor's body is refused unread (and the connection closed), not buffered.
    async (req: Request, res: Response, next) => {
      try {
        const viewer = await options.auth.viewerOf(req.headers.authorization);
        if (!viewer)
          throw new GraphQLError("Sign in first: importing a roster needs an editor's account.", {
            extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
          });
        res.locals.viewer = viewer;
        next();
      } catch (e) {
        res.setHeader("Connection", "close");
        try {
          refuse(res, e, options.queryTimeoutMs);
        } catch (other) {
          next(other);
        }
      }
    },
    express.raw({ type: () => true, limit: MAX_ROSTER_BYTES }),
    async (req: Request, res: Response, next) => {
      try {
        const viewer = res.locals.viewer as Viewer;
        const kind = String(req.query.kind ?? "members");
        if (kind !== "members" && kind !== "projects")
          throw new EditError(`kind: '${kind}' is not members or projects.`);
        const fileName = String(req.headers["x-file-name"] ?? "roster.csv")
          .replace(/[^\p{L}\p{N}._ -]/gu, "_")
          .slice(0, 120);
        if (!/\.(csv|xlsx)$/i.test(fileName)) throw new EditError(`${fileName}: give a .csv or .xlsx file.`);
        const bytes = Buffer.isBuffer(req.body) ? new Uint8Array(req.body) : new Uint8Array();
        const report = await withDatabase(options, (db) =>
          importRoster((w) => db.write(w), {
            viewer,
            clusterId: String(req.params.clusterId),
            kind: kind as RosterKind,
            fileName,
            bytes,
            apply: req.query.apply === "true" || req.query.apply === "1",
          }),
        );
        res.status(report.counts.error > 0 ? 422 : 200).json(report);
      } catch (e) {
        try {
          refuse(res, e, Math.max(options.queryTimeoutMs, ROSTER_TRANSACTION_MS));
        } catch (other) {
          next(other);
        }
      }
    },
  );

  router.use("/templates", express.static(path.resolve(options.templatesDir), { maxAge: "1h", fallthrough: true }));
  return router;
}
