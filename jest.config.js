/**
 * Jest: TypeScript through swc (type checking is `tsc --noEmit`, run by `npm test`). Two projects:
 * "unit", the fast loop (`npm run test:unit`, under a minute), and "slow": the hostile corpus run
 * through the real command line and the browser tests. `jest` alone (`npm test`) runs both.
 * The command line is rebuilt before any test (scripts/jest-setup.js): never a stale dist/cli.js.
 */
const shared = {
  testEnvironment: "node",
  rootDir: __dirname,
  roots: ["<rootDir>/test"],
  transform: {
    "^.+\\.(t|j)sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true },
          transform: { react: { runtime: "automatic" } },
          target: "es2020",
        },
        module: { type: "commonjs" },
      },
    ],
  },
  // The pane's pdfjs worker is a URL the bundler gives (webpack asset): a plain string in tests.
  // So are the pane's fonts for the PDF (webpack asset/resource).
  moduleNameMapper: {
    "pdf\\.worker\\.min\\.mjs$": "<rootDir>/test/helpers/worker-url.js",
    "\\.ttf$": "<rootDir>/test/helpers/worker-url.js",
  },
};

const SLOW = [
  "<rootDir>/test/e2e/",
  "<rootDir>/test/hostile/corpus\\.test\\.ts$",
  "<rootDir>/test/hostile/scale\\.test\\.ts$",
];

module.exports = {
  globalSetup: "<rootDir>/scripts/jest-setup.js",
  testTimeout: 60000,
  reporters: ["default", "<rootDir>/scripts/summary-reporter.js"],
  projects: [
    {
      ...shared,
      displayName: "unit",
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: SLOW,
    },
    {
      ...shared,
      displayName: "slow",
      testMatch: [
        "<rootDir>/test/e2e/**/*.test.ts",
        "<rootDir>/test/hostile/corpus.test.ts",
        "<rootDir>/test/hostile/scale.test.ts",
      ],
    },
  ],
};
