/* eslint-disable @typescript-eslint/no-require-imports */
// Lint: typescript-eslint, the Office add-in rules, and the import rules of
// ARCHITECTURE.md (a local rule, scripts/layers.js). Formatting is Prettier's job.
const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");
const layers = require("./scripts/layers.js");

module.exports = tseslint.config(
  {
    ignores: ["dist/**", "node_modules/**", "coverage/**", "tests/artifacts/**", "demo/**", "**/*.js", "**/*.mjs"],
  },
  ...tseslint.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Custom functions receive Excel ranges, which the platform types as any[][].
    files: ["src/functions/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // The host syncs through Session.sync (counted, retried in cell-edit mode), which these two
    // rules cannot see; tests/excel's fake throws on any property read before its load was synced.
    files: ["src/excel/**"],
    rules: { "office-addins/call-sync-before-read": "off", "office-addins/call-sync-after-load": "off" },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { layers: layers.plugin },
    rules: { "layers/layer-imports": "error" },
  },
);
