// Before any test: the command line the tests spawn (bin/plafond.js → dist/cli.js) is rebuilt from
// the sources (esbuild, a fraction of a second), so no test ever runs against a stale bundle.
module.exports = async () => {
  require("./build-cli.js");
};
