import { randomBytes } from "node:crypto";
import { GraphQLError } from "graphql";
import type { Driver } from "neo4j-driver";
import type { AuthConfig } from "../config";
import { ERROR_CODES } from "../graphql/error-codes";
import { AccountStore } from "./accounts";
import { DatabaseFailureStore, LoginLimiter, type FailureStore } from "./login-limiter";
import { unauthenticated } from "./permissions";
import { issueToken, KeysUnavailableError, TokenError, tokenVerifier, type AuthSettings, type Viewer } from "./tokens";

export const TOKEN_ISSUER = "lombardy-kg";
export const TOKEN_AUDIENCE = "lombardy-kg-api";

const WRONG = "The name or the password is wrong.";

export function authSettings(config: AuthConfig): AuthSettings {
  return {
    secret: new TextEncoder().encode(config.secret ?? randomBytes(32).toString("hex")),
    issuer: TOKEN_ISSUER,
    audience: TOKEN_AUDIENCE,
    tokenMinutes: config.tokenMinutes,
    ...(config.jwksUrl && config.issuer && config.audience
      ? { oidc: { jwksUrl: config.jwksUrl, issuer: config.issuer, audience: config.audience } }
      : {}),
  };
}

/** Sign-in and token checks for the requests of one server. */
export class AuthService {
  readonly settings: AuthSettings;
  private readonly verify: (token: string) => Promise<Viewer>;
  private readonly limiters = new WeakMap<Driver, LoginLimiter>();

  constructor(
    private readonly config: AuthConfig,
    private readonly accounts: (driver: Driver) => AccountStore,
    private readonly failures: (driver: Driver) => FailureStore,
  ) {
    this.settings = authSettings(config);
    this.verify = tokenVerifier(this.settings);
  }

  /** Failed logins are counted in the database: every API process shares the counts. */
  static forDatabase(config: AuthConfig, database: string): AuthService {
    return new AuthService(
      config,
      (driver) => new AccountStore(driver, database),
      (driver) => new DatabaseFailureStore(driver, database),
    );
  }

  private limiterFor(driver: Driver): LoginLimiter {
    let limiter = this.limiters.get(driver);
    if (!limiter) {
      limiter = new LoginLimiter(this.failures(driver), this.config.maxLoginFailures);
      this.limiters.set(driver, limiter);
    }
    return limiter;
  }

  /** The viewer a request's Authorization header names; undefined without one; a clear refusal for a bad one. */
  async viewerOf(header: string | undefined): Promise<Viewer | undefined> {
    if (!header) return undefined;
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) throw unauthenticated("The Authorization header must be 'Bearer <token>'.");
    try {
      return await this.verify(match[1]!);
    } catch (e) {
      if (e instanceof TokenError)
        throw unauthenticated(`${e.message} The request was refused; send it without the token to read as a visitor.`);
      if (e instanceof KeysUnavailableError) {
        console.error(e.message);
        throw new GraphQLError(
          "Sign-in cannot be checked now (the identity provider did not answer); try again shortly.",
          {
            extensions: { code: ERROR_CODES.authUnavailable, http: { status: 503 } },
          },
        );
      }
      throw e;
    }
  }

  async login(driver: Driver, name: string, password: string, client: string) {
    if (this.settings.oidc) {
      throw new GraphQLError("This deployment signs in through its identity provider, not with passwords here.", {
        extensions: { code: ERROR_CODES.operationNotSupported },
      });
    }
    const limiter = this.limiterFor(driver);
    const { retryAfter: wait, delayMs } = await limiter.check(name, client);
    if (wait > 0) {
      throw new GraphQLError(`Too many failed sign-ins: try again in ${Math.ceil(wait / 60)} minutes.`, {
        extensions: {
          code: ERROR_CODES.rateLimited,
          retryAfter: wait,
          http: { status: 429, headers: new Map([["retry-after", String(wait)]]) },
        },
      });
    }
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    const account = await this.accounts(driver).verify(name, password);
    if (!account) {
      await limiter.fail(name, client);
      throw unauthenticated(WRONG);
    }
    await limiter.succeed(name, client);
    const { token, expiresAt } = await issueToken(this.settings, account);
    return {
      token,
      expiresAt: expiresAt.toISOString(),
      viewer: { name: account.name, role: account.role, clusters: account.clusters },
    };
  }
}
