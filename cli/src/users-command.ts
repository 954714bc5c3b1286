/**
 * `npm run users -- add <name> --role editor --cluster <id> [--cluster <id>...]`: creates an account
 *   (the password from USER_PASSWORD, else asked for; at least 10 characters).
 * `npm run users -- list`, `npm run users -- remove <name>`.
 * With the embedded database, run it while the app is stopped (the database is one process's).
 */
import { createInterface } from "node:readline/promises";
import { databaseIsEmpty, loadCuratedSeed } from "@lombardy-kg/seed";
import { AccountError, AccountStore, ensureDatabaseSchema, openDatabase, readConfig } from "@lombardy-kg/api";
import { runCommand } from "./run-command";

const USAGE = "usage: npm run users -- add <name> --role editor|admin [--cluster <id>]... | list | remove <name>";

function options(args: string[]): { positional: string[]; role: string; clusters: string[] } {
  const positional: string[] = [];
  let role = "editor";
  const clusters: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--role") role = args[++i] ?? "";
    else if (a === "--cluster") clusters.push(args[++i] ?? "");
    else if (a.startsWith("--")) throw new AccountError(`Unknown option ${a}. ${USAGE}`);
    else positional.push(a);
  }
  return { positional, role, clusters };
}

async function password(): Promise<string> {
  if (process.env.USER_PASSWORD) return process.env.USER_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  try {
    return (await rl.question(process.stdin.isTTY ? "Password (at least 10 characters): " : "")).trim();
  } finally {
    rl.close();
  }
}

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const { positional, role, clusters } = options(rest);
  if (!command || !["add", "list", "remove"].includes(command) || (command !== "list" && positional.length !== 1)) {
    console.error(USAGE);
    return 2;
  }
  const secret = command === "add" ? await password() : "";
  const config = readConfig();
  const database = await openDatabase(config);
  try {
    await ensureDatabaseSchema(database.driver, database.name);
    // Accounts name clusters: a fresh database gets the curated graph first, as `npm start` would.
    if (await databaseIsEmpty(database.driver, database.name)) await loadCuratedSeed(database.driver, database.name);
    const store = new AccountStore(database.driver, database.name);
    if (command === "list") {
      for (const a of await store.list()) console.log(`${a.name}\t${a.role}\t${a.clusters.join(", ")}`);
    } else if (command === "remove") {
      if (!(await store.remove(positional[0]!))) throw new AccountError(`No account is named '${positional[0]}'.`);
      console.log(`Removed ${positional[0]}.`);
    } else {
      const account = await store.add(positional[0]!, secret, role, clusters);
      console.log(
        `Created ${account.role} '${account.name}'${account.clusters.length ? ` for ${account.clusters.join(", ")}` : ""}: sign in from the explorer's header.`,
      );
    }
    return 0;
  } finally {
    await database.close();
  }
}

runCommand(main, { isUsageError: (e) => e instanceof AccountError });
