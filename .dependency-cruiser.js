/**
 * The layers of docs/ARCHITECTURE.md, enforced (`npm run deps`, part of `npm test`):
 *   grid → nothing · domain → grid · adapters (src/workbook/*) → grid, domain
 *   app → domain, grid · ui → app · entries → app, adapters (the pane's entries: and ui)
 * no adapter → sibling adapter, no entry → entry, no cycle (type-only imports included).
 */
const ENTRIES = "^src/(cli|taskpane|preview|commands|functions)/";
const ADAPTERS = "^src/workbook/";

/** An adapter is a folder of src/workbook (xlsx, office) or a file at its root (csv, pdf…). */
const ADAPTER_OF = "^src/workbook/([^/]+?)(?:[.](?:ts|tsx|d[.]ts)|/)";

module.exports = {
  forbidden: [
    {
      name: "grid-is-a-leaf",
      comment: "src/grid imports nothing of the project.",
      severity: "error",
      from: { path: "^src/grid/" },
      to: { path: "^src/", pathNot: "^src/grid/" },
    },
    {
      name: "domain-sees-only-grid",
      comment: "The domain knows nothing of Excel, files or use cases.",
      severity: "error",
      from: { path: "^src/domain/" },
      to: { path: "^src/", pathNot: "^src/(domain|grid)/" },
    },
    {
      name: "adapters-see-grid-and-domain",
      comment: "Adapters render and read; they know no use case, no entry.",
      severity: "error",
      from: { path: ADAPTERS },
      to: { path: "^src/", pathNot: "^src/(workbook|domain|grid)/" },
    },
    {
      name: "no-adapter-to-sibling-adapter",
      comment:
        "office must not import xlsx (and so on): what they share moves down to grid or domain.",
      severity: "error",
      from: { path: ADAPTER_OF },
      to: { path: ADAPTERS, pathNot: "^src/workbook/$1(?:[.](?:ts|tsx|d[.]ts)$|/)" },
    },
    {
      name: "app-sees-domain-and-grid",
      comment: "Use cases take their hosts as ports; they import no adapter and no entry.",
      severity: "error",
      from: { path: "^src/app/" },
      to: { path: "^src/", pathNot: "^src/(app|domain|grid)/" },
    },
    {
      name: "ui-sees-app",
      comment: "The pane's components see only the use cases (and get their host as a prop).",
      severity: "error",
      from: { path: "^src/ui/" },
      to: { path: "^src/", pathNot: "^src/(ui|app)/" },
    },
    {
      name: "entries-see-app-and-adapters",
      comment: "Entries are thin glue: app and adapters (and, for the pane's two entries, ui).",
      severity: "error",
      from: { path: ENTRIES },
      to: { path: "^src/(domain|grid)/" },
    },
    {
      name: "only-pane-entries-see-ui",
      severity: "error",
      from: { path: "^src/(cli|commands|functions)/" },
      to: { path: "^src/ui/" },
    },
    {
      name: "no-entry-to-entry",
      comment: "Each entry is its own runtime: what two share lives in app, ui or an adapter.",
      severity: "error",
      from: { path: "^src/(cli|taskpane|preview|commands|functions)/" },
      to: { path: ENTRIES, pathNot: "^src/$1/" },
    },
    {
      name: "no-cycle",
      comment: "No cycle, type-only imports included.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(node_modules|dist|test|bench|scripts)/" },
    // Type-only imports count: a layer that needs another's types depends on it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    moduleSystems: ["cjs", "es6"],
  },
};
