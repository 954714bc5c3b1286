import { GraphQLError } from "graphql";

/** Bad input to an edit or an import: says what is wrong and where; nothing was written. */
export class EditError extends GraphQLError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code: "BAD_USER_INPUT", http: { status: 400 }, ...extra } });
  }
}
