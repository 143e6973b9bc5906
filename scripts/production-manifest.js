/**
 * The manifest of a build, from the dev manifest (manifest.xml):
 *
 *  - production (`ADDIN_URL=https://… npm run build`): its own add-in Id and display name, so that
 *    a ministry's deployment and a developer's sideloaded copy are two add-ins side by side (one
 *    manifest per environment, as Microsoft advises), and every dev-server URL replaced by
 *    ADDIN_URL;
 *  - any production-mode build: the custom functions' script and metadata under their
 *    content-hashed names (Office caches them for up to a day: a new version gets new names).
 *
 * Used by webpack.config.js (ManifestPlugin below) and by test/manifest.test.ts.
 */

const DEV_URL = "https://localhost:3000/";
const DEV_ID = "2b6c1232-f0ee-49fa-908d-2c5ea328fd33";
const PRODUCTION_ID = "34f86873-3ed2-44f4-9c6a-4642e7c3d1d0";
const DEV_NAME = "Plafond (développement)";
const PRODUCTION_NAME = "Plafond";

/**
 * Normalises ADDIN_URL: https only, trailing slash added. Returns undefined when unset.
 * @param {string | undefined} value
 */
function productionUrl(value) {
  if (value === undefined || value.trim() === "") return undefined;
  const url = value.trim();
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`ADDIN_URL is not a valid URL: ${url}`);
  }
  if (parsed.protocol !== "https:") throw new Error(`ADDIN_URL must be an https URL: ${url}`);
  return url.endsWith("/") ? url : url + "/";
}

/** `text` with exactly one occurrence of `from` replaced (a manifest that changed shape fails). */
function replaceOnce(text, from, to) {
  const parts = text.split(from);
  if (parts.length !== 2)
    throw new Error(`manifest.xml: expected one ${from}, found ${parts.length - 1}`);
  return parts.join(to);
}

/**
 * The manifest of a build.
 * @param {string} manifest text of the dev manifest.xml
 * @param {{ addinUrl?: string, files?: Record<string, string> }} options
 *   addinUrl: raw ADDIN_URL (undefined or empty: a local build, dev Id and URLs kept);
 *   files: unhashed name -> name in the build (e.g. "functions.js" -> "functions.1a2b3c4d.js")
 */
function buildManifest(manifest, { addinUrl, files = {} } = {}) {
  let text = manifest;
  for (const [from, to] of Object.entries(files)) {
    text = text.split(`${DEV_URL}${from}"`).join(`${DEV_URL}${to}"`);
  }
  const url = productionUrl(addinUrl);
  if (url === undefined) return text;
  // The dev manifest's opening comment speaks of the dev server: not for an admin's copy.
  text = text.replace(
    /<!--[\s\S]*?-->/,
    `<!-- Plafond, production manifest for ${url}: written by \`npm run build\` from manifest.xml. -->`
  );
  text = replaceOnce(text, `<Id>${DEV_ID}</Id>`, `<Id>${PRODUCTION_ID}</Id>`);
  text = replaceOnce(
    text,
    `<DisplayName DefaultValue="${DEV_NAME}"/>`,
    `<DisplayName DefaultValue="${PRODUCTION_NAME}"/>`
  );
  return text.split(DEV_URL).join(url);
}

/** Content hash of a build's file name: 8 hex characters, as webpack's [contenthash:8]. */
function hashedName(name, content) {
  const hash = require("crypto").createHash("sha256").update(content).digest("hex").slice(0, 8);
  const dot = name.lastIndexOf(".");
  return `${name.slice(0, dot)}.${hash}${name.slice(dot)}`;
}

/**
 * Writes manifest.xml into the build. In production mode, functions.json and functions-fr.json
 * are renamed after their content, and the manifest refers to those names and to the hashed
 * functions entry. Runs after webpack's own content hashes are final (OPTIMIZE_TRANSFER stage).
 */
class ManifestPlugin {
  /** @param {{ source: string, hash: boolean, addinUrl?: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const fs = require("fs");
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("PlafondManifest", (compilation) => {
      compilation.fileDependencies.add(this.options.source);
      compilation.hooks.processAssets.tap(
        { name: "PlafondManifest", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER },
        () => {
          const files = this.options.hash ? this.hashFunctionsFiles(compilation) : {};
          const text = buildManifest(fs.readFileSync(this.options.source, "utf8"), {
            addinUrl: this.options.addinUrl,
            files,
          });
          compilation.emitAsset("manifest.xml", new sources.RawSource(text));
        }
      );
    });
  }

  /** Renames the metadata files after their content; returns unhashed -> built names. */
  hashFunctionsFiles(compilation) {
    const files = {};
    const entry = compilation.entrypoints.get("functions");
    if (!entry) return files;
    const script = [...entry.getEntrypointChunk().files].find((f) => f.endsWith(".js"));
    if (script) files["functions.js"] = script;
    for (const name of ["functions.json", "functions-fr.json"]) {
      const asset = compilation.getAsset(name);
      if (!asset) continue;
      const renamed = hashedName(name, asset.source.source());
      compilation.renameAsset(name, renamed);
      files[name] = renamed;
    }
    return files;
  }
}

module.exports = {
  buildManifest,
  productionUrl,
  hashedName,
  ManifestPlugin,
  DEV_URL,
  DEV_ID,
  PRODUCTION_ID,
  DEV_NAME,
  PRODUCTION_NAME,
};
