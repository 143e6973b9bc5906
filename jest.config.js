/** Jest: TypeScript through swc (type checking is `tsc --noEmit`, run by `npm test`). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } }, target: "es2020" }, module: { type: "commonjs" } }],
  },
  testTimeout: 60000,
  reporters: ["default", "<rootDir>/scripts/summary-reporter.js"],
};
