/**
 * Runs one benchmark and records what it printed in bench/RESULTS.md, in that benchmark's own
 * section (between `<!-- bench:NAME -->` markers), with the date and the machine: the figures the
 * docs point to are the ones a run printed, never copied by hand.
 * Usage: tsx bench/record-results.ts <name> <command> [args...]
 */
import { spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";

const RESULTS = path.join(path.dirname(fileURLToPath(import.meta.url)), "RESULTS.md");
// Colour codes and the progress lines a terminal redraws are not figures.
const printable = (text: string): string =>
  text
    .replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g"), "")
    .split(/\r?\n/)
    .map((line) => line.split("\r").pop() ?? "")
    .join("\n")
    .trim();

/** The file with the section of `name` replaced (or added at the end). */
export function withSection(file: string, name: string, body: string): string {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const section = `${start}\n${body.trim()}\n${end}`;
  const from = file.indexOf(start);
  const to = file.indexOf(end);
  if (from >= 0 && to > from) return file.slice(0, from) + section + file.slice(to + end.length);
  return `${file.trimEnd()}\n\n${section}\n`;
}

async function main(): Promise<number> {
  const [name, command, ...args] = process.argv.slice(2);
  if (!name || !command) {
    console.error("usage: tsx bench/record-results.ts <name> <command> [args...]");
    return 2;
  }
  const child = spawn(command, args, { stdio: ["inherit", "pipe", "inherit"] });
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    out += chunk.toString("utf8");
  });
  const code = await new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? 1)));
  if (code !== 0) {
    console.error(`bench:${name} failed (exit ${code}): bench/RESULTS.md left as it was`);
    return code;
  }
  const cpus = os.cpus();
  const body = [
    `## bench:${name}`,
    "",
    `Recorded ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC by \`npm run bench:${name}\`, on ${cpus.length} × ${cpus[0]?.model.trim() ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}.`,
    "",
    "```text",
    printable(out),
    "```",
  ].join("\n");
  const file = await readFile(RESULTS, "utf8").catch(() => "# Benchmark results\n");
  // Formatted as `npm run check` expects, so a recorded run never turns the check red.
  const options = (await resolveConfig(RESULTS)) ?? {};
  await writeFile(RESULTS, await format(withSection(file, name, body), { ...options, filepath: RESULTS }));
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
