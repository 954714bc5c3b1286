import { GraphQLError } from "graphql";
import { ERROR_CODES } from "../graphql/error-codes";

/** A client mistake, naming the argument it is about. */
export function badInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ERROR_CODES.badUserInput, argument } });
}

export function checkRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`${name} must be a whole number from ${min} to ${max}, got ${value}`, name);
  }
  return value;
}

export interface Limit {
  default: number;
  max: number;
}

/** A list size the client asked for (or the default), checked against the maximum. */
export const limitOf = (value: number | undefined | null, limit: Limit, name = "limit"): number =>
  checkRange(name, value ?? limit.default, 1, limit.max);

/** "a Project", "an Organization". */
export const aType = (type: string): string => `${/^[AEIOU]/.test(type) ? "an" : "a"} ${type}`;
