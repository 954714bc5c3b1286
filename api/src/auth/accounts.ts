import bcrypt from "bcryptjs";
import type { Driver } from "neo4j-driver";

export type Role = "editor" | "admin";
export const ROLES: readonly Role[] = ["editor", "admin"];

/** An account as the store keeps it (never sent to clients: the hash stays here). */
export interface Account {
  name: string;
  role: Role;
  /** Clusters an editor may change; empty for admins (they may change everything). */
  clusters: string[];
  passwordHash: string;
}

/** bcrypt's cost: about 70 ms a check on this machine, slow for guessing, quick for a login. */
const COST = 10;
/** Compared against when the name is unknown, so a wrong name takes as long as a wrong password. */
const UNKNOWN_USER_HASH = bcrypt.hashSync("not a password of anyone's", COST);

/** Names are what people type at the login form: letters, digits, dot, dash, underscore, at. */
const NAME = /^[\p{L}\p{N}._@-]{2,64}$/u;

export class AccountError extends Error {}

export function checkNewAccount(name: string, password: string, role: string, clusters: string[]): Role {
  if (!NAME.test(name))
    throw new AccountError(`The name '${name}' must be 2-64 letters, digits, '.', '-', '_' or '@'.`);
  if (password.length < 10) throw new AccountError("The password must be at least 10 characters long.");
  if (!(ROLES as readonly string[]).includes(role))
    throw new AccountError(`The role '${role}' is not one of ${ROLES.join(", ")}.`);
  if (role === "editor" && clusters.length === 0)
    throw new AccountError("An editor needs at least one cluster (--cluster <id>).");
  return role as Role;
}

/**
 * Accounts are nodes labelled Account, outside the graph model: no GraphQL type reads them, and
 * exports and search leave them out.
 */
export class AccountStore {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {}

  async add(name: string, password: string, role: string, clusters: string[]): Promise<Account> {
    const checkedRole = checkNewAccount(name, password, role, clusters);
    const { records: known } = await this.driver.executeQuery(
      "UNWIND $ids AS id OPTIONAL MATCH (c:Cluster {id: id}) RETURN id, c IS NOT NULL AS found",
      { ids: clusters },
      { database: this.database },
    );
    const unknown = known.filter((r) => !r.get("found")).map((r) => r.get("id") as string);
    if (unknown.length) throw new AccountError(`No cluster has the id ${unknown.join(", ")}.`);
    const account: Account = {
      name,
      role: checkedRole,
      clusters: checkedRole === "admin" ? [] : clusters,
      passwordHash: await bcrypt.hash(password, COST),
    };
    const { records } = await this.driver.executeQuery(
      `OPTIONAL MATCH (existing:Account {name: $a.name})
       WITH existing WHERE existing IS NULL
       CREATE (a:Account) SET a = $a, a.createdAt = toString(datetime())
       RETURN a.name AS name`,
      { a: account },
      { database: this.database },
    );
    if (!records.length) throw new AccountError(`An account named '${name}' already exists.`);
    return account;
  }

  async remove(name: string): Promise<boolean> {
    const { records } = await this.driver.executeQuery(
      "MATCH (a:Account {name: $name}) DELETE a RETURN count(*) AS n",
      { name },
      { database: this.database },
    );
    return Number(records[0]?.get("n") ?? 0) > 0;
  }

  async list(): Promise<Omit<Account, "passwordHash">[]> {
    const { records } = await this.driver.executeQuery(
      "MATCH (a:Account) RETURN a.name AS name, a.role AS role, a.clusters AS clusters ORDER BY name",
      {},
      { database: this.database },
    );
    return records.map((r) => ({ name: r.get("name"), role: r.get("role"), clusters: r.get("clusters") ?? [] }));
  }

  /** The account when the password is right; undefined for a wrong name or password alike. */
  async verify(name: string, password: string): Promise<Account | undefined> {
    const { records } = await this.driver.executeQuery(
      "MATCH (a:Account {name: $name}) RETURN a {.*} AS a",
      { name },
      { database: this.database, routing: "READ" },
    );
    const found = records[0]?.get("a") as Account | undefined;
    const ok = await bcrypt.compare(password, found?.passwordHash ?? UNKNOWN_USER_HASH);
    return found && ok ? { ...found, clusters: found.clusters ?? [] } : undefined;
  }
}
