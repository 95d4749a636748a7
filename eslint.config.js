// ESLint (flat config): typescript-eslint, react-hooks, Office's own add-in rules, and the
// architecture's boundaries as import rules. Formatting is Prettier's job (`prettier --check`).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import { BOUNDARIES } from "./scripts/boundaries.js";

export default tseslint.config(
  {
    ignores: ["dist/**", "coverage/**", "node_modules/**", "huibiao-demo/**", ".tmp/**", ".lo-profile/**"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // The hosts are written against API subsets whose values Office.js and WPS type as `any`.
      "@typescript-eslint/no-explicit-any": "off",
      "no-restricted-globals": ["error", { name: "event", message: "use the handler's parameter" }],
      // Chinese text uses the ideographic space (U+3000) on purpose; code and regexes must not.
      "no-irregular-whitespace": ["error", { skipComments: true, skipStrings: true, skipTemplates: true }],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "src/commands/**/*.ts", "src/wps/**/*.ts", "src/hosts/**/*.ts"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "error" },
  },
  {
    // Office's own rules for Office.js code: sync after load, load before read, no sync in a loop…
    files: ["src/hosts/excel/**/*.ts", "src/commands/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The fakes model VBA-style objects that hand out children holding their parent.
    files: ["test/fakes/**/*.ts"],
    rules: { "@typescript-eslint/no-this-alias": "off" },
  },
  // The architecture (see CONTRIBUTING.md): each layer's forbidden imports.
  ...BOUNDARIES.map(({ files, forbid }) => ({
    files,
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: forbid.map(({ regex, message }) => ({ regex, message, caseSensitive: true })) },
      ],
    },
  })),
);
