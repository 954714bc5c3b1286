import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Dependencies point one way: web -> (GraphQL only); api -> schema, seed, db; seed -> schema. */
const ours = (...names) => names.map((n) => ({ group: [`@lombardy-kg/${n}`, `@lombardy-kg/${n}/*`, `**/${n}/src/*`] }));
const noImportOf = (message, ...names) => ({
  "no-restricted-imports": ["error", { patterns: ours(...names).map((p) => ({ ...p, message })) }],
});

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/dist/**", "db/target/**", ".data/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["web/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...ours("api", "db", "seed", "schema", "tests").map((p) => ({
              ...p,
              message: "web talks to the API over GraphQL only.",
            })),
          ],
          paths: [{ name: "neo4j-driver", message: "web talks to the API over GraphQL only." }],
        },
      ],
    },
  },
  {
    files: ["schema/**"],
    rules: noImportOf("schema/ is the model: it depends on nothing of ours.", "api", "db", "seed", "web", "tests"),
  },
  { files: ["db/**"], rules: noImportOf("db/ only runs Neo4j.", "api", "schema", "seed", "web", "tests") },
  {
    files: ["seed/**"],
    rules: noImportOf("seed/ writes through the driver; it does not use the API.", "api", "db", "web", "tests"),
  },
  { files: ["api/**"], rules: noImportOf("api/ does not depend on web/ or tests/.", "web", "tests") },
);
