import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export type SeedOnStart = "if-empty" | "always" | "never";

export interface EmbeddedConfig {
  dataDir: string;
  boltPort: number;
  password: string | undefined;
  heap: string;
  pageCache: string;
  transactionMemory: string;
  queryMemory: string;
  transactionTimeoutSeconds: number;
  startTimeoutMs: number;
}

export interface ExternalNeo4jConfig {
  uri: string;
  user: string;
  password: string;
}

export interface Config {
  port: number;
  host: string;
  development: boolean;
  /** Set when NEO4J_URI points at a Neo4j of someone else's: no embedded database is started. */
  external: ExternalNeo4jConfig | undefined;
  embedded: EmbeddedConfig;
  database: string;
  seedOnStart: SeedOnStart;
  /** The built web app served at /. */
  webDist: string;
  /** The seed documents, for the quote check. */
  sourcesDir: string | undefined;
  /** Deepest selection a GraphQL request may make. */
  maxQueryDepth: number;
  /** Most values a GraphQL answer may be estimated to hold before it runs. */
  maxQueryCost: number;
  /** Longest any one query of a request may run in Neo4j before it is stopped. */
  queryTimeoutMs: number;
  /** GraphQL requests a minute one client may send (0: no limit). */
  rateLimitPerMinute: number;
  /** Open HTTP connections the server accepts at once. */
  maxConnections: number;
  /** Proxies in front of the app whose X-Forwarded-For is trusted (0: none). */
  trustProxy: number | false;
  /** Restarts of the embedded Neo4j after a crash before `npm start` gives up. */
  embeddedRestarts: number;
  /** A stalled event loop kills the process after this long, for a supervisor to restart (0: never). */
  stallKillMs: number;
  auth: AuthConfig;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

type Env = Readonly<Record<string, string | undefined>>;

function text(env: Env, name: string, fallback: string): string {
  const value = env[name];
  return value === undefined || value.trim() === "" ? fallback : value.trim();
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got '${raw}'`);
  }
  return value;
}

function size(env: Env, name: string, fallback: string): string {
  const value = text(env, name, fallback);
  if (!/^[1-9]\d*[kmg]?$/i.test(value))
    throw new ConfigError(`${name} must be a size such as 512m or 2g, got '${value}'`);
  return value;
}

function oneOf<T extends string>(env: Env, name: string, fallback: T, allowed: readonly T[]): T {
  const value = text(env, name, fallback);
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(", ")}, got '${value}'`);
  }
  return value as T;
}

const NEO4J_SCHEMES = ["neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc"];

function neo4jUri(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`NEO4J_URI must be a URI such as neo4j+s://xxxx.databases.neo4j.io, got '${raw}'`);
  }
  const scheme = url.protocol.replace(/:$/, "");
  if (!NEO4J_SCHEMES.includes(scheme)) {
    throw new ConfigError(`NEO4J_URI must use one of the schemes ${NEO4J_SCHEMES.join(", ")}, got '${scheme}'`);
  }
  return raw;
}

/** Reads and checks the environment once; the result is frozen. Errors name the variable. */
/** How tokens are signed and checked (see docs/adr/0005-auth.md). */
export interface AuthConfig {
  /** Signs this API's own tokens; a random one per process when AUTH_SECRET is not set (tokens then end with the process). */
  secret: string | undefined;
  tokenMinutes: number;
  /** An OIDC provider's published keys: its tokens are accepted instead of ours. */
  jwksUrl: string | undefined;
  issuer: string | undefined;
  audience: string | undefined;
  /** Failed logins per account name or client within 15 minutes before logins are refused. */
  maxLoginFailures: number;
}

function authConfig(env: Env): AuthConfig {
  const secret = env.AUTH_SECRET?.trim() || undefined;
  if (secret !== undefined && secret.length < 32)
    throw new ConfigError("AUTH_SECRET must be at least 32 characters long");
  const jwksUrl = env.AUTH_JWKS_URL?.trim() || undefined;
  const issuer = env.AUTH_ISSUER?.trim() || undefined;
  if (jwksUrl) {
    try {
      new URL(jwksUrl);
    } catch {
      throw new ConfigError(
        `AUTH_JWKS_URL must be a URL such as https://login.example.org/.well-known/jwks.json, got '${jwksUrl}'`,
      );
    }
    if (!issuer) throw new ConfigError("AUTH_ISSUER must be set when AUTH_JWKS_URL is set (the provider's issuer)");
    if (!env.AUTH_AUDIENCE?.trim())
      throw new ConfigError(
        "AUTH_AUDIENCE must be set when AUTH_JWKS_URL is set (the audience the provider writes in tokens for this API): without it, a token the provider issued to any other application would open this one",
      );
  }
  return {
    secret,
    tokenMinutes: integer(env, "AUTH_TOKEN_MINUTES", 30, 1, 24 * 60),
    jwksUrl,
    issuer,
    audience: env.AUTH_AUDIENCE?.trim() || undefined,
    maxLoginFailures: integer(env, "AUTH_MAX_LOGIN_FAILURES", 5, 1, 1000),
  };
}

export function readConfig(env: Env = process.env): Readonly<Config> {
  const uri = env.NEO4J_URI?.trim();
  const password = env.NEO4J_PASSWORD === "" ? undefined : env.NEO4J_PASSWORD;
  let external: ExternalNeo4jConfig | undefined;
  if (uri) {
    if (!password) throw new ConfigError("NEO4J_PASSWORD must be set when NEO4J_URI is set");
    external = { uri: neo4jUri(uri), user: text(env, "NEO4J_USER", "neo4j"), password };
  } else if (password !== undefined && password.length < 8) {
    throw new ConfigError("NEO4J_PASSWORD must be at least 8 characters long for the embedded Neo4j");
  }
  const sourcesDir = env.SOURCES_DIR?.trim();
  const config: Config = {
    port: integer(env, "PORT", 4000, 0, 65535),
    host: text(env, "HOST", "127.0.0.1"),
    development: env.NODE_ENV === "development",
    external,
    embedded: {
      dataDir: path.resolve(repoRoot, text(env, "NEO4J_DATA_DIR", ".data/neo4j")),
      boltPort: integer(env, "NEO4J_BOLT_PORT", 7687, 0, 65535),
      password,
      heap: size(env, "NEO4J_HEAP", "4g"),
      pageCache: size(env, "NEO4J_PAGECACHE", "2g"),
      transactionMemory: size(env, "NEO4J_TX_MEMORY", "1g"),
      queryMemory: size(env, "NEO4J_QUERY_MEMORY", "256m"),
      transactionTimeoutSeconds: integer(env, "NEO4J_TX_TIMEOUT", 120, 0, 86_400),
      startTimeoutMs: integer(env, "NEO4J_START_TIMEOUT", 180, 1, 3600) * 1000,
    },
    database: text(env, "NEO4J_DATABASE", "neo4j"),
    seedOnStart: oneOf(env, "SEED_ON_START", "if-empty", ["if-empty", "always", "never"] as const),
    webDist: path.resolve(repoRoot, text(env, "WEB_DIST", "web/dist")),
    sourcesDir: sourcesDir ? path.resolve(repoRoot, sourcesDir) : undefined,
    maxQueryDepth: integer(env, "GRAPHQL_MAX_DEPTH", 8, 2, 20),
    maxQueryCost: integer(env, "GRAPHQL_MAX_COST", 100_000, 1_000, 10_000_000),
    queryTimeoutMs: integer(env, "GRAPHQL_QUERY_TIMEOUT", 15, 1, 600) * 1000,
    rateLimitPerMinute: integer(env, "RATE_LIMIT", 600, 0, 1_000_000),
    maxConnections: integer(env, "MAX_CONNECTIONS", 256, 1, 100_000),
    trustProxy: integer(env, "TRUST_PROXY", 0, 0, 10) || false,
    embeddedRestarts: integer(env, "NEO4J_RESTARTS", 3, 0, 100),
    stallKillMs: integer(env, "STALL_KILL_SECONDS", 0, 0, 3600) * 1000,
    auth: authConfig(env),
  };
  return Object.freeze({
    ...config,
    auth: Object.freeze(config.auth),
    embedded: Object.freeze(config.embedded),
    external: external && Object.freeze(external),
  });
}
