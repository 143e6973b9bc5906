/**
 * manifest.xml: structure, resources, icons, URLs, ribbon buttons; the commands they call;
 * the production URL rewrite of webpack.config.js.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..");
const MANIFEST_TEXT = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const DEV_URL = "https://localhost:3000/";
const FRENCH_LOCALES = ["fr-FR", "fr-BE", "fr-CA", "fr-CH", "fr-LU", "fr-MC"];

// ---------------------------------------------------------------------------
// A tiny XML parser (elements, attributes, text; comments and declarations skipped).
// Enough for the manifest, strict enough to reject malformed markup.
// ---------------------------------------------------------------------------

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

function decodeEntities(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, entity: string) => {
    switch (entity.toLowerCase()) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default:
        return String.fromCodePoint(
          entity[1].toLowerCase() === "x"
            ? parseInt(entity.slice(2), 16)
            : parseInt(entity.slice(1), 10)
        );
    }
  });
}

function parseXml(source: string): XmlElement {
  const token =
    /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)/y;
  const attribute = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  const document: XmlElement = { name: "#document", attrs: {}, children: [], text: "" };
  const stack: XmlElement[] = [document];
  let match: RegExpExecArray | null;
  token.lastIndex = 0;
  while (token.lastIndex < source.length) {
    const at = token.lastIndex;
    match = token.exec(source);
    if (match === null)
      throw new Error(`XML: unexpected markup at offset ${at}: ${source.slice(at, at + 40)}`);
    const [, closing, name, attrText, selfClosing, text] = match;
    const current = stack[stack.length - 1];
    if (text !== undefined) {
      current.text += decodeEntities(text);
    } else if (name === undefined) {
      continue; // declaration or comment
    } else if (closing) {
      if (current.name !== name) throw new Error(`XML: </${name}> closes <${current.name}>`);
      current.text = current.text.trim();
      stack.pop();
    } else {
      const attrs: Record<string, string> = {};
      for (const a of attrText.matchAll(attribute)) {
        if (a[1] in attrs) throw new Error(`XML: duplicate attribute ${a[1]} on <${name}>`);
        attrs[a[1]] = decodeEntities(a[2] ?? a[3]);
      }
      const element: XmlElement = { name, attrs, children: [], text: "" };
      current.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  if (stack.length !== 1) throw new Error(`XML: <${stack[stack.length - 1].name}> not closed`);
  const roots = document.children;
  if (roots.length !== 1 || document.text.trim() !== "")
    throw new Error("XML: expected one root element");
  return roots[0];
}

/** All descendants (depth first, document order) of `element`, itself included. */
function descendants(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(descendants)];
}

function all(element: XmlElement, name: string): XmlElement[] {
  return descendants(element).filter((e) => e.name === name);
}

function one(element: XmlElement, name: string): XmlElement {
  const found = all(element, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
}

function child(element: XmlElement, name: string): XmlElement {
  const found = element.children.filter((e) => e.name === name);
  if (found.length !== 1)
    throw new Error(`expected one <${name}> in <${element.name}>, found ${found.length}`);
  return found[0];
}

/** Elements with a given xsi:type. */
function ofType(element: XmlElement, name: string, type: string): XmlElement[] {
  return all(element, name).filter((e) => e.attrs["xsi:type"] === type);
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error(`${file}: not a PNG`);
  if (bytes.toString("ascii", 12, 16) !== "IHDR")
    throw new Error(`${file}: IHDR is not the first chunk`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const manifest = parseXml(MANIFEST_TEXT);
const versionOverrides = one(manifest, "VersionOverrides");
const resources = child(versionOverrides, "Resources");

/** Resources by kind: id -> DefaultValue. */
function resourceTable(group: string, item: string): Map<string, string> {
  const table = new Map<string, string>();
  for (const e of child(resources, group).children) {
    expect(e.name).toBe(item);
    expect(table.has(e.attrs.id)).toBe(false);
    table.set(e.attrs.id, e.attrs.DefaultValue);
  }
  return table;
}

const images = resourceTable("bt:Images", "bt:Image");
const urls = resourceTable("bt:Urls", "bt:Url");
const shortStrings = resourceTable("bt:ShortStrings", "bt:String");
const longStrings = resourceTable("bt:LongStrings", "bt:String");

/** Elements referencing a resource (resid attribute), outside Resources. */
const references = descendants(child(versionOverrides, "Hosts")).filter((e) => "resid" in e.attrs);

function resolveUrl(resid: string): string {
  const url = urls.get(resid);
  if (url === undefined) throw new Error(`no bt:Url ${resid}`);
  return url;
}

function button(id: string): XmlElement {
  const found = ofType(versionOverrides, "Control", "Button").filter((c) => c.attrs.id === id);
  expect(found).toHaveLength(1);
  return found[0];
}

describe("manifest.xml", () => {
  test("identity: TaskPaneApp for Excel workbooks, fixed GUID, French", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(manifest.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(child(manifest, "Id").text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
    );
    expect(child(manifest, "Version").text).toBe("0.1.0.0");
    expect(child(manifest, "ProviderName").text).toBe("Plafond");
    expect(child(manifest, "DefaultLocale").text).toBe("fr-FR");
    // the dev add-in: its own name (and Id) beside the production one, see below
    expect(child(manifest, "DisplayName").attrs.DefaultValue).toBe("Plafond (développement)");
    expect(child(manifest, "Description").attrs.DefaultValue).toBe(
      "Suivi des conventions de délégation de gestion : plafonds AE/CP, contrôles Chorus, rapport."
    );
    expect(child(child(manifest, "Hosts"), "Host").attrs.Name).toBe("Workbook");
    expect(manifest.children.some((e) => e.name === "AppDomains")).toBe(false);
  });

  test("permissions: ReadWriteDocument", () => {
    expect(child(manifest, "Permissions").text).toBe("ReadWriteDocument");
  });

  test("requirements where they belong: the pane ExcelApi 1.9, the ribbon and runtime SharedRuntime 1.1, custom functions nothing that takes the rest away", () => {
    const setsOf = (requirements: XmlElement) =>
      Object.fromEntries(
        descendants(requirements)
          .filter((e) => e.name === "Set" || e.name === "bt:Set")
          .map((s) => [s.attrs.Name, s.attrs.MinVersion])
      );
    // base: what the pane uses unconditionally; any Excel with it can open the pane
    expect(setsOf(child(manifest, "Requirements"))).toEqual({ ExcelApi: "1.9" });
    // VersionOverrides: the ribbon, the shared runtime and the functions' extension point
    expect(setsOf(child(versionOverrides, "Requirements"))).toEqual({ SharedRuntime: "1.1" });
    // CustomFunctionsRuntime declared anywhere would take the pane or the ribbon away with it
    expect(MANIFEST_TEXT.replace(/<!--[\s\S]*?-->/g, "")).not.toMatch(/CustomFunctionsRuntime/);
    // the Requirements of VersionOverrides comes before its Hosts (schema order)
    expect(versionOverrides.children.map((c) => c.name).slice(0, 2)).toEqual([
      "Requirements",
      "Hosts",
    ]);
  });

  test("shared runtime: one long-lived runtime, taskpane.html hosts pane, commands and functions", () => {
    expect(versionOverrides.attrs["xsi:type"]).toBe("VersionOverridesV1_0");
    const host = one(versionOverrides, "Host");
    expect(host.attrs["xsi:type"]).toBe("Workbook");
    const runtimes = all(host, "Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].attrs).toEqual({ resid: "Taskpane.Url", lifetime: "long" });
    expect(resolveUrl("Taskpane.Url")).toBe(`${DEV_URL}taskpane.html`);
    expect(one(host, "FunctionFile").attrs.resid).toBe("Taskpane.Url");
    expect(child(child(manifest, "DefaultSettings"), "SourceLocation").attrs.DefaultValue).toBe(
      `${DEV_URL}taskpane.html`
    );

    const functions = ofType(host, "ExtensionPoint", "CustomFunctions");
    expect(functions).toHaveLength(1);
    const sourceOf = (name: string) =>
      child(child(functions[0], name), "SourceLocation").attrs.resid;
    expect(sourceOf("Script")).toBe("Functions.Script.Url");
    expect(sourceOf("Page")).toBe("Taskpane.Url");
    expect(sourceOf("Metadata")).toBe("Functions.Metadata.Url");
    expect(resolveUrl("Functions.Script.Url")).toBe(`${DEV_URL}functions.js`);
    expect(resolveUrl("Functions.Metadata.Url")).toBe(`${DEV_URL}functions.json`);
  });

  test("custom functions namespace resolves to CONV", () => {
    const namespace = one(versionOverrides, "Namespace").attrs.resid;
    expect(namespace).toBe("Functions.Namespace");
    expect(shortStrings.get(namespace)).toBe("CONV");
  });

  test("custom functions metadata: functions.json, functions-fr.json wherever French is spoken", () => {
    const metadataUrl = child(resources, "bt:Urls").children.find(
      (u) => u.attrs.id === "Functions.Metadata.Url"
    );
    const overrides = metadataUrl?.children ?? [];
    expect(overrides.map((o) => [o.name, o.attrs.Locale, o.attrs.Value])).toEqual(
      FRENCH_LOCALES.map((locale) => ["bt:Override", locale, `${DEV_URL}functions-fr.json`])
    );
  });

  test("every string of the manifest is French by default, so every French Excel shows French", () => {
    expect(child(manifest, "DefaultLocale").text).toBe("fr-FR");
    // no Override of a string: the French DefaultValue is what any locale shows
    const stringOverrides = descendants(manifest).filter(
      (e) => e.name.endsWith("Override") && e.attrs.Locale && !e.attrs.Value?.endsWith(".json")
    );
    expect(stringOverrides).toEqual([]);
    for (const value of [...shortStrings.values(), ...longStrings.values()])
      expect(value).not.toMatch(/\b(the|and|of|report|open)\b/i);
  });

  test("every resid is defined with the right kind, at most 32 characters; every resource is used", () => {
    const kindOf = (e: XmlElement, parent: XmlElement | undefined): Map<string, string> => {
      if (e.name === "bt:Image") return images;
      if (e.name === "Label" || e.name === "Title" || e.name === "Namespace") return shortStrings;
      if (e.name === "Description") return longStrings;
      if (["SourceLocation", "Runtime", "FunctionFile", "LearnMoreUrl"].includes(e.name))
        return urls;
      throw new Error(`unexpected resid on <${e.name}> in <${parent?.name}>`);
    };
    const parentOf = new Map<XmlElement, XmlElement>();
    for (const e of descendants(versionOverrides)) for (const c of e.children) parentOf.set(c, e);

    const used = new Set<string>();
    for (const e of references) {
      const resid = e.attrs.resid;
      expect(resid.length).toBeLessThanOrEqual(32);
      const table = kindOf(e, parentOf.get(e));
      if (!table.has(resid))
        throw new Error(`<${e.name} resid="${resid}"> is not defined in its Resources kind`);
      used.add(resid);
    }
    const defined = [
      ...images.keys(),
      ...urls.keys(),
      ...shortStrings.keys(),
      ...longStrings.keys(),
    ];
    expect(new Set(defined).size).toBe(defined.length); // ids unique across kinds
    for (const id of defined) expect(id.length).toBeLessThanOrEqual(32);
    expect(defined.filter((id) => !used.has(id))).toEqual([]);
    for (const value of shortStrings.values()) expect(value.length).toBeLessThanOrEqual(125);
    for (const value of longStrings.values()) expect(value.length).toBeLessThanOrEqual(250);
  });

  test("every image is assets/icon-<size>.png, present, a PNG of exactly that size", () => {
    expect([...images.keys()].sort()).toEqual([
      "Icon.16x16",
      "Icon.32x32",
      "Icon.64x64",
      "Icon.80x80",
    ]);
    const sizeOf = new Map<string, number>();
    for (const [id, url] of images) {
      const size = Number(/^Icon\.(\d+)x\1$/.exec(id)?.[1]);
      expect(url).toBe(`${DEV_URL}assets/icon-${size}.png`);
      sizeOf.set(id, size);
    }
    // every <bt:Image size=".." resid=".."> of the ribbon uses the image of that size
    const ribbonImages = all(versionOverrides, "bt:Image").filter((e) => "resid" in e.attrs);
    expect(ribbonImages.length).toBeGreaterThan(0);
    for (const e of ribbonImages) expect(Number(e.attrs.size)).toBe(sizeOf.get(e.attrs.resid));
    // and IconUrl / HighResolutionIconUrl
    expect(child(manifest, "IconUrl").attrs.DefaultValue).toBe(`${DEV_URL}assets/icon-32.png`);
    expect(child(manifest, "HighResolutionIconUrl").attrs.DefaultValue).toBe(
      `${DEV_URL}assets/icon-64.png`
    );

    for (const size of [16, 32, 64, 80]) {
      const file = path.join(ROOT, "assets", `icon-${size}.png`);
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  test("every URL is https, on the dev server (so that ADDIN_URL rewrites all of them)", () => {
    const values = descendants(manifest).flatMap((e) => [...Object.values(e.attrs), e.text]);
    const urlValues = values.filter((v) => /^[a-z][a-z0-9+.-]*:/i.test(v) && !v.startsWith("urn:"));
    const namespaces = new Set(
      Object.entries(manifest.attrs)
        .filter(([k]) => k.startsWith("xmlns"))
        .map(([, v]) => v)
    );
    namespaces.add(versionOverrides.attrs.xmlns);
    const addresses = urlValues.filter((v) => !namespaces.has(v));
    expect(addresses.length).toBeGreaterThanOrEqual(10);
    for (const url of addresses) expect(url.startsWith(DEV_URL)).toBe(true);
    expect(child(manifest, "SupportUrl").attrs.DefaultValue).toMatch(/^https:\/\//);
  });

  test("ribbon: group Plafond with the buttons Rapport (ExecuteFunction) and Plafond (ShowTaskpane)", () => {
    const group = one(versionOverrides, "Group");
    expect(shortStrings.get(child(group, "Label").attrs.resid)).toBe("Plafond");

    const report = button("Plafond.ReportButton");
    expect(shortStrings.get(child(report, "Label").attrs.resid)).toBe("Rapport");
    const reportAction = child(report, "Action");
    expect(reportAction.attrs["xsi:type"]).toBe("ExecuteFunction");
    expect(child(reportAction, "FunctionName").text).toBe("generateReport");
    const reportTip = longStrings.get(child(child(report, "Supertip"), "Description").attrs.resid);
    expect(reportTip).toMatch(/Rapport/);
    expect(reportTip).toMatch(/sans ouvrir le volet/);

    const pane = button("Plafond.TaskpaneButton");
    expect(shortStrings.get(child(pane, "Label").attrs.resid)).toBe("Plafond");
    const paneAction = child(pane, "Action");
    expect(paneAction.attrs["xsi:type"]).toBe("ShowTaskpane");
    expect(child(paneAction, "TaskpaneId").text).toBe("PlafondPane");
    expect(child(paneAction, "SourceLocation").attrs.resid).toBe("Taskpane.Url");

    for (const control of [report, pane]) {
      expect(all(child(control, "Icon"), "bt:Image").map((i) => i.attrs.size)).toEqual([
        "16",
        "32",
        "64",
        "80",
      ]);
    }
  });
});

describe("ribbon commands (src/commands)", () => {
  const globals = globalThis as { Office?: unknown };
  afterEach(() => {
    delete globals.Office;
  });

  test("commands.ts registers every ExecuteFunction of the manifest; generateReport completes its event", () => {
    const functionNames = ofType(versionOverrides, "Action", "ExecuteFunction").map(
      (a) => child(a, "FunctionName").text
    );
    const associated = new Map<string, (event: { completed: () => void }) => void>();
    globals.Office = {
      onReady: jest.fn(),
      actions: {
        associate: (name: string, fn: (event: { completed: () => void }) => void) =>
          associated.set(name, fn),
      },
    };
    jest.isolateModules(() => {
      require("../src/commands/commands");
    });
    expect([...associated.keys()].sort()).toEqual([...functionNames].sort());

    // Outside Excel the command fails: it says so in French and still completes its event.
    const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const event = { completed: jest.fn() };
    associated.get("generateReport")?.(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(errors).toHaveBeenCalledWith(
      "Plafond : le rapport n'a pas pu être écrit.",
      expect.any(ReferenceError)
    );
    errors.mockRestore();
  });

  test("commands.ts loads outside Office (no global Office)", () => {
    expect(() =>
      jest.isolateModules(() => {
        require("../src/commands/commands");
      })
    ).not.toThrow();
  });
});

describe("webpack.config.js rewriteManifest (ADDIN_URL)", () => {
  const { rewriteManifest } = require("../webpack.config.js") as {
    rewriteManifest: (manifest: string, addinUrl: string | undefined) => string;
  };

  test("replaces every dev-server URL, adding the trailing slash", () => {
    const rewritten = rewriteManifest(MANIFEST_TEXT, "https://cdn.example.org/plafond");
    expect(rewritten).not.toMatch(/https?:\/\/localhost/);
    const occurrences = MANIFEST_TEXT.split(DEV_URL).length - 1;
    const uncommented = rewritten.replace(/<!--[\s\S]*?-->/g, "");
    expect(uncommented.split("https://cdn.example.org/plafond/").length - 1).toBe(occurrences);
    // one manifest per environment: the production add-in has its own Id and name
    expect(one(parseXml(rewritten), "Id").text).not.toBe(child(manifest, "Id").text);
    expect(one(parseXml(rewritten), "DisplayName").attrs.DefaultValue).toBe("Plafond");
  });

  test("unchanged without ADDIN_URL; http refused", () => {
    expect(rewriteManifest(MANIFEST_TEXT, undefined)).toBe(MANIFEST_TEXT);
    expect(rewriteManifest(MANIFEST_TEXT, "")).toBe(MANIFEST_TEXT);
    expect(() => rewriteManifest(MANIFEST_TEXT, "http://plafond.example.gouv.fr/")).toThrow(
      /https/
    );
  });
});

describe("the production manifest (scripts/production-manifest.js)", () => {
  const production = require("../scripts/production-manifest.js") as {
    buildManifest: (
      text: string,
      options: { addinUrl?: string; files?: Record<string, string> }
    ) => string;
    hashedName: (name: string, content: string) => string;
    DEV_ID: string;
    PRODUCTION_ID: string;
  };
  const URL_PROD = "https://plafond.example.gouv.fr/";
  const files = {
    "functions.js": "functions.0123abcd.js",
    "functions.json": "functions.89ab4567.json",
    "functions-fr.json": "functions-fr.cdef0123.json",
  };
  const text = production.buildManifest(MANIFEST_TEXT, { addinUrl: URL_PROD, files });
  const prod = parseXml(text);
  const prodUrls = new Map(all(prod, "bt:Url").map((u) => [u.attrs.id, u] as const));

  test("its own fixed Id (a GUID, not the dev one) and display name", () => {
    expect(production.DEV_ID).toBe(child(manifest, "Id").text);
    expect(child(prod, "Id").text).toBe(production.PRODUCTION_ID);
    expect(production.PRODUCTION_ID).toMatch(/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/);
    expect(production.PRODUCTION_ID).not.toBe(production.DEV_ID);
    expect(child(prod, "DisplayName").attrs.DefaultValue).toBe("Plafond");
    expect(child(prod, "Version").text).toBe(child(manifest, "Version").text);
  });

  test("every URL on ADDIN_URL; the functions' files by their hashed names, French ones too", () => {
    expect(text).not.toMatch(/localhost/);
    const values = descendants(prod).flatMap((e) => Object.values(e.attrs));
    const addresses = values.filter((v) => v.startsWith("https://") && !v.includes("schemas."));
    expect(addresses.length).toBeGreaterThanOrEqual(10);
    for (const url of addresses) expect(url.startsWith(URL_PROD)).toBe(true);
    expect(prodUrls.get("Functions.Script.Url")?.attrs.DefaultValue).toBe(
      `${URL_PROD}functions.0123abcd.js`
    );
    const metadata = prodUrls.get("Functions.Metadata.Url")!;
    expect(metadata.attrs.DefaultValue).toBe(`${URL_PROD}functions.89ab4567.json`);
    expect(metadata.children.map((o) => [o.attrs.Locale, o.attrs.Value])).toEqual(
      FRENCH_LOCALES.map((l) => [l, `${URL_PROD}functions-fr.cdef0123.json`])
    );
    expect(prodUrls.get("Taskpane.Url")?.attrs.DefaultValue).toBe(`${URL_PROD}taskpane.html`);
  });

  test("the same requirements as the dev manifest", () => {
    const names = (root: XmlElement) =>
      descendants(root)
        .filter((e) => e.name === "Set" || e.name === "bt:Set")
        .map((e) => `${e.attrs.Name} ${e.attrs.MinVersion}`);
    expect(names(prod)).toEqual(names(manifest));
  });

  test("a local build (no ADDIN_URL): dev Id and URLs, hashed names only", () => {
    const local = production.buildManifest(MANIFEST_TEXT, { files });
    expect(child(parseXml(local), "Id").text).toBe(production.DEV_ID);
    expect(local).toContain(`${DEV_URL}functions.0123abcd.js"`);
    expect(local).not.toContain(`${DEV_URL}functions.js"`);
    expect(local).not.toContain(`${DEV_URL}functions-fr.json"`);
  });

  test("hashed names follow the content", () => {
    expect(production.hashedName("functions.json", "a")).toMatch(/^functions\.[0-9a-f]{8}\.json$/);
    expect(production.hashedName("functions.json", "a")).not.toBe(
      production.hashedName("functions.json", "b")
    );
  });
});
