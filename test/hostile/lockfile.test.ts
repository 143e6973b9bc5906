/**
 * The supply chain, offline: the lock file is there, matches package.json, and pins every package
 * by a sha512 integrity from the npm registry (no git, tarball-URL or local-path dependency).
 * `npm audit --omit=dev` (network) is run separately; see the README's Reliability section.
 */
import * as fs from "fs";
import * as path from "path";
import { ROOT } from "../helpers/cli";

interface LockEntry {
  readonly version?: string;
  readonly resolved?: string;
  readonly integrity?: string;
  readonly link?: boolean;
  readonly dependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
}

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
};

describe("package-lock.json", () => {
  test("is a v3 lock file whose root states package.json's dependencies exactly", () => {
    expect(lock.lockfileVersion).toBe(3);
    expect(lock.packages[""].dependencies).toEqual(pkg.dependencies);
    expect(lock.packages[""].devDependencies).toEqual(pkg.devDependencies);
  });

  test("pins every installed package with a sha512 integrity, from the registry only (no git, file or tarball URL)", () => {
    const entries = Object.entries(lock.packages).filter(([key, e]) => key !== "" && !e.link);
    expect(entries.length).toBeGreaterThan(100);
    const loose = entries.filter(
      ([, e]) =>
        !/^sha512-/.test(e.integrity ?? "") ||
        (e.resolved !== undefined &&
          !/^https:\/\/[^/]+\/(@[^/]+\/)?[^/]+\/-\/[^/]+\.tgz$/.test(e.resolved))
    );
    expect(
      loose.map(([key, e]) => `${key} ${e.resolved ?? ""} ${e.integrity ?? "(no integrity)"}`)
    ).toEqual([]);
  });
});
