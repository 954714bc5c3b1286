import { describe, expect, it } from "vitest";
import { ConfigError, readConfig } from "./config";

describe("readConfig", () => {
  it("has defaults for everything a newcomer does not set", () => {
    const config = readConfig({});
    expect(config.port).toBe(4000);
    expect(config.host).toBe("127.0.0.1");
    expect(config.external).toBeUndefined();
    expect(config.embedded.boltPort).toBe(7687);
    expect(config.embedded.dataDir).toMatch(/\.data\/neo4j$/);
    expect(config.embedded.heap).toBe("4g");
    expect(config.database).toBe("neo4j");
    expect(config.seedOnStart).toBe("if-empty");
    expect(Object.isFrozen(config)).toBe(true);
  });

  it("points at an external Neo4j when NEO4J_URI is set", () => {
    const config = readConfig({
      NEO4J_URI: "neo4j+s://abc.databases.neo4j.io",
      NEO4J_USER: "reader",
      NEO4J_PASSWORD: "secret-pw",
    });
    expect(config.external).toEqual({ uri: "neo4j+s://abc.databases.neo4j.io", user: "reader", password: "secret-pw" });
  });

  it.each([
    [{ PORT: "99999" }, "PORT must be a whole number from 0 to 65535, got '99999'"],
    [{ NEO4J_BOLT_PORT: "x" }, "NEO4J_BOLT_PORT must be a whole number from 0 to 65535, got 'x'"],
    [{ NEO4J_URI: "neo4j://h:7687" }, "NEO4J_PASSWORD must be set when NEO4J_URI is set"],
    [{ NEO4J_URI: "http://h:7474", NEO4J_PASSWORD: "p" }, "NEO4J_URI must use one of the schemes"],
    [{ NEO4J_URI: "not a uri", NEO4J_PASSWORD: "p" }, "NEO4J_URI must be a URI"],
    [{ NEO4J_PASSWORD: "short" }, "NEO4J_PASSWORD must be at least 8 characters long"],
    [{ NEO4J_HEAP: "lots" }, "NEO4J_HEAP must be a size such as 512m or 2g, got 'lots'"],
    [{ SEED_ON_START: "sometimes" }, "SEED_ON_START must be one of if-empty, always, never, got 'sometimes'"],
  ])("rejects %o naming the variable", (env, message) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
    expect(() => readConfig(env)).toThrow(message);
  });
});
