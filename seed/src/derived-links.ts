import type { Driver, ManagedTransaction } from "neo4j-driver";
import createDebug from "debug";
import { DERIVED_LINKS_MISSING, REFRESH_DERIVED_LINKS } from "@lombardy-kg/schema";

const debug = createDebug("lombardy-kg:seed");

/** Recomputes every derived link in the caller's transaction, beside the facts it writes. */
export async function refreshDerivedLinks(tx: ManagedTransaction): Promise<void> {
  for (const statement of REFRESH_DERIVED_LINKS) await tx.run(statement);
}

/** Derives the derived links of a graph written before they existed; a no-op otherwise. */
export async function ensureDerivedLinks(driver: Driver, database: string): Promise<boolean> {
  const { records } = await driver.executeQuery(DERIVED_LINKS_MISSING, {}, { database });
  if (records[0]?.get("missing") !== true) return false;
  const session = driver.session({ database });
  try {
    await session.executeWrite(refreshDerivedLinks);
  } finally {
    await session.close();
  }
  debug("derived links were missing: derived them");
  return true;
}
