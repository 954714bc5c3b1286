import { useSyncExternalStore } from "react";
import { queryClient } from "../shared/query-client";

/** Who is signed in, and the token the API gave them. */
export interface Session {
  token: string;
  expiresAt: string;
  viewer: { name: string; role: string; clusters: string[] };
}

const KEY = "lombardy-kg-session";
const listeners = new Set<() => void>();

function read(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    const s = raw ? (JSON.parse(raw) as Session) : null;
    return s && new Date(s.expiresAt).getTime() > Date.now() ? s : null;
  } catch {
    return null;
  }
}

// Kept for the tab only (sessionStorage): closing it signs out, and the token never outlives its expiry.
let current: Session | null = typeof sessionStorage === "undefined" ? null : read();

export function currentSession(): Session | null {
  if (current && new Date(current.expiresAt).getTime() <= Date.now()) setSession(null);
  return current;
}

export function setSession(session: Session | null): void {
  // Signed in, some answers differ (the audit trail): none kept from before is reused.
  if ((session?.viewer.name ?? null) !== (current?.viewer.name ?? null)) void queryClient.resetQueries();
  current = session;
  try {
    if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage refused (private mode): the session lives in this page only.
  }
  for (const listener of listeners) listener();
}

export function useSession(): Session | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    currentSession,
    () => null,
  );
}

/** May the signed-in account change things of this cluster? */
export function editsCluster(session: Session | null, clusterId: string): boolean {
  return !!session && (session.viewer.role === "admin" || session.viewer.clusters.includes(clusterId));
}
