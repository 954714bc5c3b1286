import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkJava, checkMaven, parseJavaMajor, parseMavenVersion } from "./toolchain";

const dir = mkdtempSync(path.join(os.tmpdir(), "toolchain-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A directory holding one executable that prints its version line as the real tool does. */
function fakeTool(parent: string, name: string, line: string, toStderr: boolean): void {
  mkdirSync(parent, { recursive: true });
  writeFileSync(path.join(parent, name), `#!/bin/sh\necho '${line}'${toStderr ? " >&2" : ""}\n`);
  chmodSync(path.join(parent, name), 0o755);
}

/** A JAVA_HOME whose bin/java reports `version` (java -version writes to stderr). */
function fakeJdk(version: string): string {
  const home = mkdtempSync(path.join(dir, "jdk-"));
  fakeTool(path.join(home, "bin"), "java", `openjdk version "${version}" 2024-01-16`, true);
  return home;
}

/** A PATH directory with an mvn that reports `version`. */
function fakeMaven(version: string): string {
  const bin = mkdtempSync(path.join(dir, "mvn-"));
  fakeTool(bin, "mvn", `Apache Maven ${version}`, false);
  return bin;
}

describe("version parsing", () => {
  it("reads Java's major version in old and new formats", () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('openjdk version "25" 2025-09-16')).toBe(25);
    expect(parseJavaMajor('java version "1.8.0_402"')).toBe(8);
    expect(parseJavaMajor("bash: java: not found")).toBeUndefined();
  });
  it("reads Maven's version through its colour codes", () => {
    expect(parseMavenVersion("\u001b[1mApache Maven 3.8.7\u001b[m")).toEqual([3, 8, 7]);
  });
});

describe("checkJava", () => {
  it("accepts Java 17 and newer", () => {
    expect(checkJava({ JAVA_HOME: fakeJdk("21.0.2"), PATH: "" }).major).toBe(21);
  });
  it("names a missing Java and where it looked", () => {
    expect(() => checkJava({ PATH: dir })).toThrow(/Java was not found \(looked for 'java' via PATH\)/);
  });
  it("names a Java that is too old", () => {
    expect(() => checkJava({ JAVA_HOME: fakeJdk("11.0.22"), PATH: "" })).toThrow(
      /Java 17 or newer is needed .* is Java 11/,
    );
  });
});

describe("checkMaven", () => {
  it("accepts Maven 3.6.3 and newer", () => {
    expect(checkMaven({ PATH: fakeMaven("3.9.9") }).version).toBe("3.9.9");
  });
  it("names a missing Maven", () => {
    expect(() => checkMaven({ PATH: dir })).toThrow(/Maven was not found on PATH/);
  });
  it("names a Maven that is too old", () => {
    expect(() => checkMaven({ PATH: fakeMaven("3.5.4") })).toThrow(/Maven 3\.6\.3 or newer is needed .* found 3\.5\.4/);
  });
});
