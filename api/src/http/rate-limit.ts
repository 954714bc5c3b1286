import { rateLimit } from "express-rate-limit";
import type { RequestHandler } from "express";
import { ERROR_CODES } from "../graphql/error-codes";
import { sendError } from "./http-errors";

/**
 * At most `perMinute` requests a minute from one client (an IP address, or an IPv6 /56), answered
 * 429 with Retry-After beyond that; 0 turns it off. Behind a proxy, TRUST_PROXY makes the client
 * the address the proxy saw.
 */
export function perClientRateLimit(perMinute: number): RequestHandler {
  if (perMinute === 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    ipv6Subnet: 56,
    handler: (_req, res) =>
      sendError(
        res,
        429,
        ERROR_CODES.rateLimited,
        `More than ${perMinute} requests a minute came from this client; wait and try again (see Retry-After).`,
        { limit: perMinute },
      ),
  });
}
