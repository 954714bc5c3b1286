import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import express, { type Router } from "express";
import { GraphQLError } from "graphql";
import type { Driver } from "neo4j-driver";
import { EXPORT_FORMATS, ExportError, openExport, type ExportFormat } from "../export/graph-export";
import { ERROR_CODES } from "../graphql/error-codes";
import { databaseRefusal } from "../graphql/format-error";
import { RequestDatabase } from "../graph/request-database";
import { sendError } from "./http-errors";

export interface ExportRouteOptions {
  driver: Driver;
  database: string;
  /** Each page's transaction stops after this long. */
  queryTimeoutMs: number;
  /** Exports sent at once by the whole process (each reads the graph page by page). */
  concurrentExports?: number;
}

/** Whole-graph exports at once: each keeps one reader of Neo4j busy for tens of seconds at real size. */
export const CONCURRENT_EXPORTS = 2;

const isFormat = (f: string): f is ExportFormat => Object.hasOwn(EXPORT_FORMATS, f);

/**
 * GET /export/graph.<format>[?cluster=id]: the graph (or a cluster's part) as a file, streamed as
 * the database gives it page by page, compressed for clients that accept gzip. Nothing holds the
 * whole graph, no page holds a transaction long, and a client that leaves stops the reading. One
 * export per client at a time, CONCURRENT_EXPORTS in all; more are refused with RATE_LIMITED.
 */
export function exportRoute(options: ExportRouteOptions): Router {
  const router = express.Router();
  const limit = options.concurrentExports ?? CONCURRENT_EXPORTS;
  const running = new Map<string, number>();
  let total = 0;

  router.get("/export/graph.:format", async (req, res) => {
    const format = String(req.params.format);
    if (!isFormat(format)) {
      const known = Object.keys(EXPORT_FORMATS).map((f) => `graph.${f}`);
      sendError(res, 404, ERROR_CODES.notFound, `No export in that format: ${known.join(", ")}.`);
      return;
    }
    const client = req.ip ?? "unknown";
    if ((running.get(client) ?? 0) >= 1 || total >= limit) {
      res.setHeader("Retry-After", "10");
      sendError(
        res,
        429,
        ERROR_CODES.rateLimited,
        (running.get(client) ?? 0) >= 1
          ? "An export for this client is still being sent: one at a time; wait for it to finish."
          : `${limit} exports are being sent already; try again shortly (see Retry-After).`,
        { limit },
      );
      return;
    }
    running.set(client, (running.get(client) ?? 0) + 1);
    total++;
    const db = new RequestDatabase(options.driver, {
      database: options.database,
      queryTimeoutMs: options.queryTimeoutMs,
      requestId: `export-${randomUUID()}`,
    });
    res.on("close", () => {
      if (!res.writableFinished)
        db.abort(
          new GraphQLError("The client closed the connection before the export was sent.", {
            extensions: { code: ERROR_CODES.clientClosedRequest },
          }),
        );
    });
    try {
      const clusterId = typeof req.query.cluster === "string" && req.query.cluster ? req.query.cluster : null;
      const pages = await openExport((q, p) => db.run(q, p), clusterId);
      res
        .status(200)
        .type(EXPORT_FORMATS[format].type)
        .setHeader("Content-Disposition", `attachment; filename="lombardy-kg-${pages.scope}.${format}"`);
      await pipeline(Readable.from(EXPORT_FORMATS[format].write(pages)), res);
    } catch (e) {
      if (e instanceof ExportError) sendError(res, 400, ERROR_CODES.badUserInput, e.message);
      else if (res.headersSent) {
        // Half a file must not look like a whole one: the connection is cut, the client sees a failed download.
        if (db.abortReason === undefined) console.error(`HTTP GET ${req.path} failed while sending:`, e);
        res.destroy();
      } else {
        const refusal = databaseRefusal(e, options.queryTimeoutMs);
        if (refusal) sendError(res, refusal.status, refusal.code, refusal.message, refusal.extra);
        else if (e instanceof GraphQLError)
          sendError(res, 503, String(e.extensions.code ?? ERROR_CODES.databaseUnavailable), e.message);
        else throw e;
      }
    } finally {
      total--;
      const mine = (running.get(client) ?? 1) - 1;
      if (mine > 0) running.set(client, mine);
      else running.delete(client);
      await db.finish().catch(() => undefined);
    }
  });
  return router;
}
