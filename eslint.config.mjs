// Flat ESLint config (office-addin-lint reads no .eslintrc). Layer fences: data and core know nothing of Office,
// the DOM or React; only the task pane imports React.
import tseslint from "typescript-eslint";

const officeGlobals = ["Office", "Excel", "CustomFunctions", "OfficeExtension", "window", "document"].map((name) => ({
  name,
  message: "src/data and src/core are pure: no Office.js, Excel or DOM (adapters live in src/functions and src/excel).",
}));
const noReact = {
  patterns: [{ group: ["react", "react-dom", "react-dom/*", "@fluentui/*"], message: "React and Fluent UI belong to src/taskpane only." }],
};

export default tseslint.config(
  { ignores: ["dist/**", "dist-test/**", "node_modules/**", "coverage/**", "src/data/generated/**", "bench/out/**"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    files: ["src/data/**/*.ts", "src/core/**/*.ts"],
    rules: { "no-restricted-globals": ["error", ...officeGlobals], "no-restricted-imports": ["error", noReact] },
  },
  { files: ["src/functions/**/*.ts", "src/excel/**/*.ts", "src/cli/**/*.ts"], rules: { "no-restricted-imports": ["error", noReact] } },
  {
    // Custom functions must return any[][] (the metadata generator maps it to a matrix of any values).
    files: ["src/functions/functions.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["scripts/**/*.js", "scripts/**/*.mjs", "bench/**/*.js", "bench/**/*.mjs", "bin/**/*.js", "*.config.js", "*.config.mjs"],
    languageOptions: { globals: { require: "readonly", module: "writable", __dirname: "readonly", process: "readonly", console: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off", "no-console": "off" },
  },
  { files: ["scripts/**/*.ts", "bench/**/*.ts", "tests/**/*.ts", "tests/**/*.tsx"], rules: { "no-console": "off" } },
);
