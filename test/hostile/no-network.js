// Preloaded (NODE_OPTIONS=--require) by no-network.test.ts: every way Node has to reach the network
// records the attempt to PLAFOND_NETWORK_LOG and throws. PLAFOND_NETWORK_MARK proves it was loaded.
const fs = require("fs");
const log = process.env.PLAFOND_NETWORK_LOG;
const mark = process.env.PLAFOND_NETWORK_MARK;
if (mark) fs.appendFileSync(mark, `${process.pid}\n`);

function describe(args) {
  return args.map((a) => {
    if (typeof a === "function") return "[function]";
    if (a && typeof a === "object") {
      try {
        return JSON.stringify(a, (k, v) =>
          typeof v === "object" && v !== null && k !== "" ? "[object]" : v
        );
      } catch {
        return "[object]";
      }
    }
    return String(a);
  });
}

function trap(name) {
  return function trapped(...args) {
    if (log) fs.appendFileSync(log, `${name} ${JSON.stringify(describe(args))}\n`);
    throw new Error(`réseau interdit pendant le test : ${name}`);
  };
}

function replace(object, names, prefix) {
  for (const name of names)
    if (object && typeof object[name] === "function") object[name] = trap(`${prefix}.${name}`);
}

const net = require("net");
replace(net, ["connect", "createConnection"], "net");
replace(net.Socket.prototype, ["connect"], "net.Socket.prototype");
replace(require("tls"), ["connect"], "tls");
replace(require("dgram"), ["createSocket"], "dgram");
const dns = require("dns");
replace(
  dns,
  [
    "lookup",
    "lookupService",
    "resolve",
    "resolve4",
    "resolve6",
    "resolveAny",
    "resolveCname",
    "resolveMx",
    "resolveTxt",
    "reverse",
  ],
  "dns"
);
replace(
  dns.promises,
  ["lookup", "lookupService", "resolve", "resolve4", "resolve6", "resolveAny", "reverse"],
  "dns.promises"
);
replace(require("http"), ["request", "get"], "http");
replace(require("https"), ["request", "get"], "https");
replace(require("http2"), ["connect"], "http2");
if (typeof globalThis.fetch === "function") globalThis.fetch = trap("fetch");
if (typeof globalThis.WebSocket === "function") globalThis.WebSocket = trap("WebSocket");
if (typeof globalThis.EventSource === "function") globalThis.EventSource = trap("EventSource");
// ES modules importing these builtins by name see the replacements too.
require("module").syncBuiltinESMExports();
