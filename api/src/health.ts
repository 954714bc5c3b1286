import type { Driver } from "neo4j-driver";

export interface Health {
  ok: boolean;
  neo4j: "up" | "down";
  error?: string;
}

/** Asks Neo4j a trivial question with a deadline: up only when it answers in time. */
export async function checkHealth(driver: Driver, database: string, timeoutMs = 3000): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([driver.executeQuery("RETURN 1 AS ok", {}, { database }), deadline]);
    return { ok: true, neo4j: "up" };
  } catch (e) {
    return { ok: false, neo4j: "down", error: (e as Error).message };
  } finally {
    clearTimeout(timer);
  }
}
