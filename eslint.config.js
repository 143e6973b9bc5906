// ESLint (flat config): typescript-eslint on every TypeScript file, plus eslint-plugin-office-addins'
// recommended rules (Office.js load/sync mistakes) and React's on the pane. Formatting is Prettier's
// job (`npm run format`, checked by `npm test`): its ESLint rule is off to report it once.
const officeAddins = require("eslint-plugin-office-addins");
const tseslint = require("typescript-eslint");
const react = require("eslint-plugin-react");
const globals = require("globals");

module.exports = tseslint.config(
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "bench/out/**",
      "test/tmp/**",
      "coverage/**",
      "demo-out/**",
    ],
  },
  ...officeAddins.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Options given: typescript-eslint 8.8 (the one the Office plugin brings) reads them unguarded.
    rules: {
      "@typescript-eslint/no-unused-expressions": [
        "error",
        { allowShortCircuit: true, allowTernary: true, allowTaggedTemplates: false },
      ],
    },
  },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: {
        ...globals.browser,
        ...globals.node,
        Office: "readonly",
        Excel: "readonly",
        CustomFunctions: "readonly",
        OfficeRuntime: "readonly",
      },
    },
    plugins: { react },
    settings: { react: { version: "detect" } },
    rules: {
      "prettier/prettier": "off",
      "react/jsx-key": "error",
      "react/react-in-jsx-scope": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      // Excel.run's callbacks and test fakes take `any` where Office.js types are open-ended.
      "@typescript-eslint/no-explicit-any": "off",
      // The domain uses non-null assertions after checks the compiler cannot follow.
      "@typescript-eslint/no-non-null-assertion": "off",
      // Readers and writers match control characters on purpose (to strip or escape them).
      "no-control-regex": "off",
    },
  },
  {
    // Tests load modules afresh (jest.isolateModules → require) and fake Office objects whose
    // properties are plain fields: Office.js's load/sync rules do not apply to them.
    files: ["test/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-require-imports": "off",
      "@typescript-eslint/no-this-alias": "off",
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
    },
  },
  {
    files: ["**/*.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "commonjs", globals: { ...globals.node } },
    rules: {
      "prettier/prettier": "off",
      "@typescript-eslint/no-require-imports": "off",
    },
  }
);
