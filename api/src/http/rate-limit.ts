import { rateLimit } from "express-rate-limit";
import type { RequestHandler } from "express";
import { ERROR_CODES } from "../graphql/error-codes";
import { sendError } from "./http-errors";

/**
 * How long a refusal waits before it is sent: a client past its limit that asks again at once
 * (a script in a loop) is slowed to one request a second per connection, instead of costing the
 * server a refusal per millisecond that other users pay for (measured by `npm run bench:load`).
 */
export const REFUSAL_DELAY_MS = 1000;

/**
 * At most `perMinute` requests a minute from one client (an IP address, or an IPv6 /56), answered
 * 429 with Retry-After beyond that, after REFUSAL_DELAY_MS; 0 turns it off. Behind a proxy,
 * TRUST_PROXY makes the client the address the proxy saw.
 */
export function perClientRateLimit(perMinute: number, refusalDelayMs = REFUSAL_DELAY_MS): RequestHandler {
  if (perMinute === 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    ipv6Subnet: 56,
    handler: (_req, res) => {
      const refuse = (): void =>
        sendError(
          res,
          429,
          ERROR_CODES.rateLimited,
          `More than ${perMinute} requests a minute came from this client; wait and try again (see Retry-After).`,
          { limit: perMinute },
        );
      const timer = setTimeout(refuse, refusalDelayMs);
      // A client that leaves while it waits is not answered at all.
      res.on("close", () => clearTimeout(timer));
    },
  });
}
