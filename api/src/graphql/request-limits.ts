/**
 * How much one GraphQL request may ask for, checked before anything runs. Each number is sized
 * against what the explorer and GraphiQL send (`request-limits.test.ts` checks every operation
 * of the web app and GraphiQL's introspection fit with room to spare), so only requests no client
 * of ours makes are refused.
 */
export const REQUEST_LIMITS = {
  /**
   * Lexical tokens in the document: the app's largest operation has 113, introspection 184.
   * graphql-js compares same-named sibling fields pairwise, so validation time grows with the
   * square of this; at 1,000 the worst document validates in a few milliseconds.
   */
  tokens: 1_000,
  /** Aliased fields: each one is a separate subquery in the generated Cypher. */
  aliases: 50,
  /** Nested fields (fragments flattened; introspection's own nesting not counted). */
  depth: 8,
  /** Directives (`@include`, `@skip`) in the operation, fragments counted once per spread. */
  directives: 20,
  /** Selections once fragments are expanded: refuses fragments that double at each level. */
  selections: 1_000,
  /** Estimated values in the answer (see `query-cost.ts`). */
  cost: 100_000,
  /** Filters inside filters in one `where` (a relationship filter or AND/OR/NOT each adds one). */
  filterDepth: 4,
  /** Levels of nesting in the request's variables (JSON). */
  variablesDepth: 32,
  /** `__schema` fields per request: one full introspection is about 600 KB. */
  schemaIntrospections: 1,
  /** `__type` fields per request. */
  typeIntrospections: 20,
  /** Bytes of a request body: a query at the token limit is about 10 KB. */
  bodyBytes: 64 * 1024,
} as const;

export type RequestLimits = { readonly [K in keyof typeof REQUEST_LIMITS]: number };

/** What the cost estimate assumes for a list whose size the request does not give. */
export const COST_ESTIMATE = {
  /** A nested list without `limit`/`first`: a typical fan-out, not the worst case (that is the `@limit` maximum). */
  nestedListSize: 20,
} as const;
