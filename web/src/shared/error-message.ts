/**
 * What went wrong, as the interface tells it: the API's stable `extensions.code` (or the client's
 * own code for a failure before any answer) with the values its sentence needs, and the message as
 * written, shown as it is where no sentence of ours has the code.
 */
export interface Failure {
  code: string | null;
  message: string;
  params: Record<string, string | number>;
}

/** The failure of anything thrown: errors of the client carry their code; anything else is its message. */
export function failureOf(e: unknown): Failure {
  if (e instanceof Error) {
    const { code, params } = e as Error & { code?: unknown; params?: unknown };
    return {
      code: typeof code === "string" ? code : null,
      message: e.message,
      params: params && typeof params === "object" ? (params as Failure["params"]) : {},
    };
  }
  return { code: null, message: typeof e === "string" ? e : (JSON.stringify(e) ?? String(e)), params: {} };
}

/** The message of anything thrown: errors say what went wrong; anything else is shown as text. */
export function errorMessage(e: unknown): string {
  return failureOf(e).message;
}
