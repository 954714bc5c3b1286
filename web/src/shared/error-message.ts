/** The message of anything thrown: errors say what went wrong; anything else is shown as text. */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  return typeof e === "string" ? e : (JSON.stringify(e) ?? String(e));
}
