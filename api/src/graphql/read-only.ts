import { GraphQLError, type ASTVisitor, type ValidationContext } from "graphql";
import { ERROR_CODES } from "./error-codes";

/**
 * Without it an operation the schema has no root for (subscriptions: they would need Neo4j CDC,
 * an Enterprise feature) reaches execution and fails as an internal error; this says so plainly.
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
            `This API does not accept ${operation.operation}s: it has queries, and the mutations of schema/editing.graphql.`,
            { nodes: [operation], extensions: { code: ERROR_CODES.operationNotSupported } },
          ),
        );
      }
    },
  };
}
