import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * Dependencies point one way: web -> (GraphQL only); cli -> api, seed, ingest; api -> seed, ingest,
 * write, schema, db; seed and ingest -> write -> schema.
 */
const ours = (...names) => names.map((n) => ({ group: [`@lombardy-kg/${n}`, `@lombardy-kg/${n}/*`, `**/${n}/src/*`] }));
const PACKAGES = ["schema", "db", "write", "seed", "ingest", "api", "cli", "web", "tests"];
/** What the API builds on, and so the command line too. */
const BELOW_API = ["seed", "ingest", "write", "schema", "db"];
/** A package may import the packages named (itself among them) and no other of ours. */
const mayImport = (message, ...allowed) => ({
  "no-restricted-imports": [
    "error",
    { patterns: ours(...PACKAGES.filter((p) => !allowed.includes(p))).map((p) => ({ ...p, message })) },
  ],
});

/** web/ reaches the data over GraphQL only; `layerPatterns` add the direction between its folders. */
const webImports = (layerPatterns = []) => [
  "error",
  {
    patterns: [
      ...ours(...PACKAGES.filter((p) => p !== "web")).map((p) => ({
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
const WEB_LAYERS = ["app", "analyses", "editing", "explorer", "api", "graph", "shared"];
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
    rules: mayImport("generated code imports nothing of ours.", "web"),
  },
  { files: ["schema/**"], rules: mayImport("schema/ is the model: it depends on nothing of ours.", "schema") },
  { files: ["db/**"], rules: mayImport("db/ only runs Neo4j.", "db") },
  {
    files: ["write/**"],
    rules: mayImport("write/ is the write path: it builds on the model only.", "write", "schema"),
  },
  {
    files: ["seed/**"],
    rules: mayImport("seed/ is the curated graph: it writes through the write path.", "seed", "write", "schema"),
  },
  {
    files: ["ingest/**"],
    rules: mayImport("ingest/ connects outside data: it writes through the write path.", "ingest", "write", "schema"),
  },
  {
    files: ["api/**"],
    rules: mayImport("api/ serves the graph: it does not depend on cli/, web/ or tests/.", "api", ...BELOW_API),
  },
  {
    files: ["cli/**"],
    rules: mayImport("cli/ runs commands: it does not depend on web/ or tests/.", "cli", "api", ...BELOW_API),
  },
);
