/** Jest: TypeScript through swc (type checking is `tsc --noEmit`, run by `npm test`). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } }, target: "es2020" }, module: { type: "commonjs" } }],
  },
  // The pane's pdfjs worker is a URL the bundler gives (webpack asset): a plain string in tests.
  moduleNameMapper: { "pdf\\.worker\\.min\\.mjs$": "<rootDir>/test/helpers/worker-url.js" },
  testTimeout: 60000,
  reporters: ["default", "<rootDir>/scripts/summary-reporter.js"],
};
