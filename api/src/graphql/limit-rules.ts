import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import type { ASTVisitor, FieldNode, GraphQLError, ValidationContext, ValidationRule } from "graphql";
import { ERROR_CODES } from "./error-codes";
import { formatCount, limitError } from "./limit-error";
import type { RequestLimits } from "./request-limits";

/** graphql-armor says "... limit of 50 exceeded, found 51."; the count is read back from it. */
function foundIn(error: GraphQLError): number | undefined {
  const match = /found (\d+)/.exec(error.message);
  return match ? Number(match[1]) : undefined;
}

/**
 * graphql-armor's rule, reporting through the validation context with our code and message
 * instead of throwing its own "Syntax Error", so the refusal reaches the client as a 400 naming
 * the limit. Its counters memoise fragments: a fragment spread many times is counted once.
 */
function armored(
  rule: (options: {
    n: number;
    propagateOnRejection: boolean;
    onReject: ((context: ValidationContext | null, error: GraphQLError) => void)[];
  }) => ValidationRule,
  n: number,
  refusal: (found: number | undefined) => GraphQLError,
): ValidationRule {
  return rule({
    n,
    propagateOnRejection: false,
    onReject: [(context, error) => context?.reportError(refusal(foundIn(error)))],
  });
}

/** Refuses more than the allowed `__schema` and `__type` fields: each is a large answer built in memory. */
function introspectionLimit(limits: RequestLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    // Introspection fields exist only on the query root, where repeated spreads of a fragment
    // merge into one field: counting them in the document counts what would run.
    const counts = { __schema: 0, __type: 0 };
    const seen: FieldNode[] = [];
    return {
      Field(node) {
        const name = node.name.value;
        if (name !== "__schema" && name !== "__type") return;
        counts[name]++;
        seen.push(node);
      },
      Document: {
        leave() {
          const over =
            counts.__schema > limits.schemaIntrospections
              ? { field: "__schema", limit: limits.schemaIntrospections, found: counts.__schema }
              : counts.__type > limits.typeIntrospections
                ? { field: "__type", limit: limits.typeIntrospections, found: counts.__type }
                : undefined;
          if (!over) return;
          context.reportError(
            limitError(
              ERROR_CODES.tooMuchIntrospection,
              `The request asks for ${over.field} ${over.found} times; the limit is ${over.limit} per request.`,
              over.limit,
              over.found,
              seen.filter((f) => f.name.value === over.field),
            ),
          );
        },
      },
    };
  };
}

/**
 * The validation rules that bound a request's shape. They run after Apollo's own selection count
 * (`maxRecursiveSelections`), so they never see a document whose fragments expand exponentially.
 */
export function limitRules(limits: RequestLimits): ValidationRule[] {
  return [
    armored(
      (options) => maxAliasesRule({ ...options, allowList: [] }),
      limits.aliases,
      (found) =>
        limitError(
          ERROR_CODES.tooManyAliases,
          `The request uses ${found ?? "more than " + limits.aliases} aliases; the limit is ${limits.aliases}. Split it into several requests.`,
          limits.aliases,
          found,
        ),
    ),
    armored(
      (options) => maxDepthRule({ ...options, ignoreIntrospection: true, flattenFragments: true }),
      limits.depth,
      (found) =>
        limitError(
          ERROR_CODES.queryTooDeep,
          `The request nests fields ${found ?? "more than " + limits.depth} levels deep; the limit is ${limits.depth}. Ask for less at once, or follow links in further requests.`,
          limits.depth,
          found,
        ),
    ),
    armored(maxDirectivesRule, limits.directives, (found) =>
      limitError(
        ERROR_CODES.tooManyDirectives,
        `The request uses ${found ?? "more than " + limits.directives} directives; the limit is ${formatCount(limits.directives)}.`,
        limits.directives,
        found,
      ),
    ),
    introspectionLimit(limits),
  ];
}
