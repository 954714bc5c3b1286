import type { ErrorRequestHandler, Request, RequestHandler, Response } from "express";
import { ERROR_CODES } from "../graphql/error-codes";
import { formatCount } from "../graphql/limit-error";

/**
 * The shape of every error this server answers, GraphQL or not: `{ errors: [{ message, extensions: { code } }] }`.
 * `close` ends the connection after the answer, for a request whose body was left unread.
 */
export function sendError(
  res: Response,
  status: number,
  code: string,
  message: string,
  extra = {},
  close = false,
): void {
  if (res.headersSent) return;
  if (close) res.setHeader("Connection", "close");
  res
    .status(status)
    .type("application/json")
    .send(JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] }));
}

interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
  limit?: number;
  charset?: string;
  encoding?: string;
}

/** Messages for body-parser's and the static server's failures, by their `type`: what to fix, no internals. */
function describe(error: HttpError, status: number): { code: string; message: string } {
  switch (error.type) {
    case "entity.parse.failed":
      return { code: ERROR_CODES.badRequest, message: "The request body is not valid JSON." };
    case "entity.too.large":
      return {
        code: ERROR_CODES.payloadTooLarge,
        message: `The request body is larger than ${formatCount(error.limit ?? 0)} bytes, the limit.`,
      };
    case "charset.unsupported":
      return {
        code: ERROR_CODES.badRequest,
        message: `The request body must be JSON in UTF-8, not ${String(error.charset ?? "another charset").toUpperCase()}.`,
      };
    case "encoding.unsupported":
      return {
        code: ERROR_CODES.badRequest,
        message: `The request body's Content-Encoding '${error.encoding ?? ""}' is not accepted: send it as is, gzip, deflate or br.`,
      };
    case "request.aborted":
    case "request.size.invalid":
      return { code: ERROR_CODES.badRequest, message: "The request body ended before it was complete." };
    default:
      if (status === 404) return { code: ERROR_CODES.notFound, message: "Nothing is at this address." };
      if (status === 413) return { code: ERROR_CODES.payloadTooLarge, message: "The request is too large." };
      return { code: ERROR_CODES.badRequest, message: "The request could not be read (a malformed body or address)." };
  }
}

/**
 * The last handler of the app: every error Express or a middleware raises becomes a JSON answer
 * with a code and no stack trace, file path or library name, whatever NODE_ENV says. Server-side
 * failures are logged here instead.
 */
export function jsonErrorHandler(): ErrorRequestHandler {
  return (error: unknown, req: Request, res: Response, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const e = (typeof error === "object" && error !== null ? error : {}) as HttpError;
    const status = e.status ?? e.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const { code, message } = describe(e, status);
      sendError(res, status, code, message, {}, e.type === "entity.too.large");
      return;
    }
    console.error(`HTTP ${req.method} ${req.path} failed:`, error);
    sendError(res, 500, ERROR_CODES.internal, "Internal server error");
  };
}

/** A JSON 404 for any address nothing else answered. */
export function notFound(): RequestHandler {
  return (_req, res) => sendError(res, 404, ERROR_CODES.notFound, "Nothing is at this address.");
}
