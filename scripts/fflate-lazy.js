// What the command line's bundle takes for "fflate" (scripts/build-cli.js). The command line
// inflates and deflates with Node's zlib; fflate (the browser's codec, and the sheet-head reader)
// is initialised on its first use only: its tables cost about 1 ms of every start. The browser
// build, not the Node one, which loads worker_threads on import.
let real;
const load = () => (real ??= require("../node_modules/fflate/esm/browser.js"));
exports.deflateSync = (data, options) => load().deflateSync(data, options);
exports.Inflate = function Inflate(ondata) {
  return new (load().Inflate)(ondata);
};
