import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Dependencies point one way: web -> (GraphQL only); api -> schema, seed, db; seed -> schema. */
const ours = (...names) => names.map((n) => ({ group: [`@lombardy-kg/${n}`, `@lombardy-kg/${n}/*`, `**/${n}/src/*`] }));
const noImportOf = (message, ...names) => ({
  "no-restricted-imports": ["error", { patterns: ours(...names).map((p) => ({ ...p, message })) }],
});

/** web/ reaches the data over GraphQL only; `layerPatterns` add the direction between its folders. */
const webImports = (layerPatterns = []) => [
  "error",
  {
    patterns: [
      ...ours("api", "db", "seed", "schema", "tests").map((p) => ({
        ...p,
        message: "web talks to the API over GraphQL only.",
      })),
      ...layerPatterns,
    ],
    paths: [{ name: "neo4j-driver", message: "web talks to the API over GraphQL only." }],
  },
];

/**
 * Inside web/src, folders are layers: each may import from the layers after it, never before.
 * generated/ (the typed GraphQL documents) imports nothing of ours and may be imported by all.
 */
const WEB_LAYERS = ["app", "analyses", "explorer", "api", "graph", "shared"];
const webLayerRules = WEB_LAYERS.map((layer, i) => ({
  files: [`web/src/${layer}/**/*.{ts,tsx}`],
  rules: {
    "no-restricted-imports": webImports(
      WEB_LAYERS.slice(0, i).map((upper) => ({
        group: [`**/${upper}/*`, `**/${upper}/**/*`],
        message: `web/src/${layer} may not import from ${upper}/: layers go ${WEB_LAYERS.join(" > ")}.`,
      })),
    ),
  },
}));

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "db/target/**",
      ".data/**",
      ".cache/**",
      "coverage/**",
      "web/src/generated/**",
      "api/src/generated/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    files: ["web/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-imports": webImports(),
    },
  },
  ...webLayerRules,
  {
    files: ["web/src/generated/**"],
    rules: noImportOf("generated code imports nothing of ours.", "api", "db", "seed", "schema", "tests"),
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
