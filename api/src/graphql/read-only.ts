import { GraphQLError, type ASTVisitor, type ValidationContext } from "graphql";
import { ERROR_CODES } from "./error-codes";

/**
 * Without it a mutation reaches execution and fails as an internal error; this says plainly that
 * the API does not take writes (the schema has no Mutation or Subscription root).
 */
export function operationsSchemaSupports(context: ValidationContext): ASTVisitor {
  const schema = context.getSchema();
  return {
    OperationDefinition(operation) {
      const supported =
        operation.operation === "query" ||
        (operation.operation === "mutation" && schema.getMutationType()) ||
        (operation.operation === "subscription" && schema.getSubscriptionType());
      if (!supported) {
        context.reportError(
          new GraphQLError(
            `This API does not accept ${operation.operation}s: the graph is read-only until editing with roles is introduced.`,
            { nodes: [operation], extensions: { code: ERROR_CODES.operationNotSupported } },
          ),
        );
      }
    },
  };
}
