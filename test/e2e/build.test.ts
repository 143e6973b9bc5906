/**
 * The production build (build-once.ts: webpack in production mode, as `npm run build`): its
 * manifest refers to files that exist, the custom functions' script and metadata under their
 * content-hashed names, French metadata included; the shared-runtime page loads hashed scripts
 * that exist, once each, and its scripts stay within the budget of the issue (230 Ko gzip).
 */
import * as fs from "fs";
import * as path from "path";
import { gzipSize, PAGE_BUDGET_KB, pageScripts } from "../../bench/page";
import { buildOnce } from "./build-once";

const DEV_URL = "https://localhost:3000/";

describe("the production build", () => {
  let dist: string;
  let manifest: string;
  beforeAll(() => {
    dist = buildOnce();
    manifest = fs.readFileSync(path.join(dist, "manifest.xml"), "utf8");
  }, 300_000);

  test("every file the manifest names is in the build", () => {
    const files = [...manifest.matchAll(/https:\/\/localhost:3000\/([^"]+)"/g)].map((m) => m[1]);
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const f of files)
      expect({ f, exists: fs.existsSync(path.join(dist, f)) }).toEqual({ f, exists: true });
  });

  test("the functions' script and metadata by their hashed names; French for every French locale", () => {
    expect(manifest).toMatch(new RegExp(`"${DEV_URL}functions\\.[0-9a-f]{8}\\.js"`));
    expect(manifest).toMatch(new RegExp(`DefaultValue="${DEV_URL}functions\\.[0-9a-f]{8}\\.json"`));
    const french = [
      ...manifest.matchAll(
        /Locale="(fr-[A-Z]{2})" Value="https:\/\/localhost:3000\/(functions-fr\.[0-9a-f]{8}\.json)"/g
      ),
    ];
    expect(french.map((m) => m[1])).toEqual(["fr-FR", "fr-BE", "fr-CA", "fr-CH", "fr-LU", "fr-MC"]);
    const metadata = JSON.parse(fs.readFileSync(path.join(dist, french[0][2]), "utf8"));
    expect(metadata.functions.map((f: { name: string }) => f.name)).toContain("PLAFOND_AE");
    expect(fs.existsSync(path.join(dist, "functions.json"))).toBe(false); // no unhashed copy left
  });

  test("the shared-runtime page: hashed scripts, each once, within 230 Ko gzip", () => {
    const scripts = pageScripts(fs.readFileSync(path.join(dist, "taskpane.html"), "utf8"));
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    expect(new Set(scripts).size).toBe(scripts.length);
    for (const s of scripts) expect(s).toMatch(/^[\w-]+\.[0-9a-f]{8}\.js$/);
    const kb = scripts.reduce((n, s) => n + gzipSize(path.join(dist, s)), 0) / 1024;
    expect(kb).toBeLessThanOrEqual(PAGE_BUDGET_KB);
  });
});
