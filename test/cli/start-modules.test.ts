/**
 * A small report loads only the Node modules it needs (README, start-up): `v8` (collections of
 * large inputs), `worker_threads`, `fs/promises`, `crypto` cost milliseconds of every start when
 * loaded for nothing; no network module is ever loaded.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { EXAMPLES, ROOT, tmpDir } from "../helpers/cli";

test("a report on the Camino example loads neither v8, worker_threads, fs/promises, crypto nor a network module", () => {
  const dir = tmpDir();
  const list = path.join(dir, "modules.json");
  const hook = path.join(dir, "hook.js");
  fs.writeFileSync(
    hook,
    `process.on("exit", () => require("fs").writeFileSync(${JSON.stringify(list)}, JSON.stringify(process.moduleLoadList)));\n`
  );
  const r = spawnSync(
    process.execPath,
    [
      "--require",
      hook,
      path.join(ROOT, "bin", "plafond.js"),
      "report",
      path.join(EXAMPLES, "camino-2020.xlsx"),
      "--as-of",
      "2020-12-31",
      "--out",
      path.join(dir, "copie.xlsx"),
    ],
    { encoding: "utf8" }
  );
  expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: "" });
  const loaded = (JSON.parse(fs.readFileSync(list, "utf8")) as string[])
    .filter((m) => m.startsWith("NativeModule "))
    .map((m) => m.slice("NativeModule ".length));
  expect(loaded).toContain("zlib"); // the list is the real one: the copy is written through zlib
  const unwanted = [
    "v8",
    "worker_threads",
    "fs/promises",
    "crypto",
    "http",
    "https",
    "http2",
    "dns",
    "tls",
  ];
  expect(loaded.filter((m) => unwanted.includes(m))).toEqual([]);
});
