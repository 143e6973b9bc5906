/**
 * Webpack configuration of the Plafond add-in, after Microsoft's templates
 * (Excel-Custom-Functions-Shared, Office-Addin-TaskPane-React).
 *
 *   npx webpack --mode production       -> dist/ (taskpane.html, *.js, assets/, manifest.xml)
 *   npx webpack serve --mode development -> https://localhost:3000/ (dev certificates)
 *
 * Shared runtime: ONE page, taskpane.html, hosts the task pane, the ribbon commands and
 * (once src/functions/functions.ts exists) the custom functions. The manifest points the
 * Runtime, the FunctionFile, the ShowTaskpane action and the CustomFunctions Page at it.
 *
 * Production URL: every "https://localhost:3000/" of manifest.xml is replaced, in
 * dist/manifest.xml only, by the environment variable ADDIN_URL when building in
 * production mode (the templates' urlDev/urlProd), e.g.
 *
 *   ADDIN_URL=https://plafond.example.gouv.fr/ npx webpack --mode production
 *
 * and the manifest gets the production add-in Id and display name
 * (scripts/production-manifest.js). Without ADDIN_URL the dev Id and URLs are kept (local
 * sideloading of a build). ADDIN_URL must be https; a missing trailing slash is added.
 *
 * Production builds name every script after its content ([name].[contenthash:8].js), and
 * functions.json / functions-fr.json too: Office caches the custom functions' files for up to a
 * day. Only the HTML pages, manifest.xml and the icons keep fixed names. The pipeline shared by
 * the pane, the commands and the functions is split into chunks common to the three entries of
 * taskpane.html, with one webpack runtime: the page loads it once.
 *
 * The only remote script is office.js, loaded by src/taskpane/taskpane.html from
 * Microsoft's CDN (required by Office); everything else is bundled.
 */

const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { buildManifest, ManifestPlugin } = require("./scripts/production-manifest");

const urlDev = "https://localhost:3000/";

/** The custom functions source: present from the custom-functions issue on. */
const functionsSource = "./src/functions/functions.ts";

/**
 * Text of dist/manifest.xml for ADDIN_URL (scripts/production-manifest.js): the production Id and
 * display name, every urlDev replaced by the production URL. Unchanged without ADDIN_URL.
 * @param {string} manifest text of manifest.xml
 * @param {string | undefined} addinUrl raw ADDIN_URL (undefined: unchanged)
 */
function rewriteManifest(manifest, addinUrl) {
  return buildManifest(manifest, { addinUrl });
}

/** French names and descriptions of the custom functions, by id (hand-written). */
const frenchNamesSource = "./src/functions/metadata-fr.json";
const frenchMetadataFile = "functions-fr.json"; // the manifest's fr-FR Override of Functions.Metadata.Url

/**
 * functions-fr.json from the generated functions.json: same ids, options and types; French
 * `name` and `description` for each function and parameter. A function or a parameter without
 * its French entry (or an entry without its function) is an error: nothing goes out half English.
 * @param {string} metadataJson text of the generated functions.json
 * @param {Record<string, {name: string, description: string, parameters: Record<string, {name: string, description: string}>}>} french
 * @returns {string} text of functions-fr.json
 */
function frenchMetadata(metadataJson, french) {
  const metadata = JSON.parse(metadataJson);
  const problems = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(french)) if (!ids.has(id)) problems.push(`${id}: no such function`);
  const functions = metadata.functions.map((f) => {
    const fr = french[f.id];
    if (!fr) {
      problems.push(`${f.id}: no French entry`);
      return f;
    }
    const parameters = f.parameters.map((p) => {
      const frp = fr.parameters[p.name];
      if (!frp) problems.push(`${f.id}(${p.name}): no French entry`);
      return frp ? { ...p, name: frp.name, description: frp.description } : p;
    });
    for (const name of Object.keys(fr.parameters)) {
      if (!f.parameters.some((p) => p.name === name))
        problems.push(`${f.id}(${name}): no such parameter`);
    }
    return { ...f, name: fr.name, description: fr.description, parameters };
  });
  if (problems.length) throw new Error(`${frenchNamesSource}: ${problems.join("; ")}`);
  return JSON.stringify({ ...metadata, functions }, null, 2);
}

/** Emits functions-fr.json beside the functions.json of CustomFunctionsMetadataPlugin. */
class FrenchFunctionsMetadataPlugin {
  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("FrenchFunctionsMetadata", (compilation) => {
      compilation.fileDependencies.add(path.resolve(__dirname, frenchNamesSource));
      compilation.hooks.processAssets.tap(
        { name: "FrenchFunctionsMetadata", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const generated = compilation.getAsset("functions.json");
          if (!generated) return; // the metadata plugin has already reported why
          try {
            const french = JSON.parse(
              fs.readFileSync(path.resolve(__dirname, frenchNamesSource), "utf8")
            );
            const text = frenchMetadata(generated.source.source().toString(), french);
            compilation.emitAsset(frenchMetadataFile, new sources.RawSource(text));
          } catch (e) {
            compilation.errors.push(new WebpackError(e.message));
          }
        }
      );
    });
  }
}

/**
 * Certificates of office-addin-dev-certs (installed on first use); dev server only. Where the CA
 * cannot be installed in the system's store (no sudo: a container, a locked-down workstation),
 * the certificates it generated are used anyway: the preview works once the browser's warning is
 * accepted (Excel itself needs the CA trusted).
 */
async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    const httpsOptions = await devCerts.getHttpsServerOptions();
    return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
  } catch (e) {
    const {
      caCertificatePath,
      localhostCertificatePath,
      localhostKeyPath,
    } = require("office-addin-dev-certs/lib/defaults");
    if (
      ![caCertificatePath, localhostCertificatePath, localhostKeyPath].every((f) =>
        fs.existsSync(f)
      )
    )
      throw e;
    console.warn(
      `Certificat de développement non approuvé (${e.message.split("\n")[0]}) : le navigateur affichera un avertissement.`
    );
    const read = (f) => fs.readFileSync(f);
    return {
      ca: read(caCertificatePath),
      key: read(localhostKeyPath),
      cert: read(localhostCertificatePath),
    };
  }
}

module.exports = async (env = {}, options = {}) => {
  const mode = options.mode || "production";
  const dev = mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE); // `webpack serve`; never set by a build or CI
  const hasFunctions = fs.existsSync(path.resolve(__dirname, functionsSource));

  const entry = {
    taskpane: "./src/taskpane/index.tsx",
    commands: "./src/commands/commands.ts",
    // The same pane outside Excel, over an .xlsx opened from disk (`npm run preview`): no office.js.
    preview: "./src/preview/index.tsx",
  };
  // Custom functions (shared runtime): when src/functions/functions.ts exists it gets
  // its own entry (-> functions.js, the manifest's Functions.Script.Url), its chunk is
  // added to taskpane.html below, and CustomFunctionsMetadataPlugin writes functions.json
  // (the manifest's Functions.Metadata.Url) from its JSDoc tags (@customfunction ...).
  // The plugin's loader also appends the CustomFunctions.associate(...) calls.
  // FrenchFunctionsMetadataPlugin then writes functions-fr.json (French names, same ids), the
  // manifest's fr-FR Override of that URL.
  if (hasFunctions) entry.functions = functionsSource;

  // The entries of taskpane.html, the shared-runtime page.
  const pageEntries = hasFunctions
    ? ["taskpane", "functions", "commands"]
    : ["taskpane", "commands"];

  const plugins = [];
  if (hasFunctions) {
    const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
    plugins.push(
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionsSource }),
      new FrenchFunctionsMetadataPlugin()
    );
  }
  plugins.push(
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      // one page for the pane, the commands and (if present) the functions
      chunks: pageEntries,
    }),
    new HtmlWebpackPlugin({
      filename: "preview.html",
      template: "./src/preview/preview.html",
      chunks: ["preview"],
    }),
    new HtmlWebpackPlugin({
      filename: "support.html", // manifest SupportUrl and GetStarted LearnMoreUrl
      template: "./src/taskpane/support.html",
      chunks: [],
    }),
    new CopyWebpackPlugin({
      patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }],
    }),
    new ManifestPlugin({
      source: path.resolve(__dirname, "manifest.xml"),
      hash: !dev,
      addinUrl: dev ? undefined : process.env.ADDIN_URL,
    })
  );

  return {
    mode,
    devtool: "source-map",
    entry,
    output: {
      path: path.resolve(__dirname, "dist"),
      // Hashed in production, so that a new version is always fetched (the dev server: fixed names).
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      // Chunks loaded on demand (pdfjs, when a PDF is opened) and the shared chunks: hashed too.
      chunkFilename: "[name].[contenthash:8].js",
      // dist/cli.js and dist/bench.js are built by esbuild (scripts/build-*.js), not by webpack
      clean: { keep: /^(cli|bench)\.js/ },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          // pdfjs's worker: a file of the add-in's own server (never a CDN), whose URL the pane
          // gives pdfjs. ".js" rather than ".mjs", which some servers do not serve as JavaScript.
          test: /pdf\.worker\.min\.mjs$/,
          type: "asset/resource",
          generator: { filename: "pdfjs/[name].[contenthash:8].js" },
        },
        {
          // The PDF's fonts (DejaVu Sans): files of the add-in's own server, fetched on demand.
          test: /\.ttf$/,
          type: "asset/resource",
          generator: { filename: "fonts/[name].[contenthash:8][ext]" },
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true, // type checking is `tsc --noEmit -p .`
              // ES modules for webpack (tree shaking of Fluent UI); tsconfig says commonjs for jest/CLI
              compilerOptions: { module: "esnext" },
            },
          },
        },
      ],
    },
    plugins,
    optimization: {
      // One runtime for the entries of a page: their common modules are instantiated once.
      runtimeChunk: "single",
      splitChunks: {
        // Every module the shared-runtime page's entries use goes to ONE chunk (page.*.js):
        // the pipeline, React and Fluent UI are loaded once, and one file compresses better
        // than many. The entries keep their own small files, so that an error in one (the
        // functions on an Excel without custom functions) does not stop the others.
        cacheGroups: {
          default: false,
          defaultVendors: false,
          page: {
            name: "page",
            chunks: (chunk) => pageEntries.includes(chunk.name),
            minChunks: 1,
            enforce: true,
          },
        },
      },
    },
    // src/workbook/pdf.ts imports pdfjs through a variable for the command line; the pane gives
    // it its own pdfjs (src/taskpane/import/pdfjs.ts), so that import is never taken here.
    ignoreWarnings: [{ module: /src[\\/]workbook[\\/]pdf\.ts$/, message: /Critical dependency/ }],
    performance: { hints: false },
    devServer: {
      headers: {
        "Access-Control-Allow-Origin": "*",
      },
      server: serving ? { type: "https", options: await getHttpsOptions() } : "https",
      host: "localhost", // the add-in and its preview are served to this machine only
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
      // `webpack serve --env preview` (npm run preview) opens the pane's preview page
      open: env.preview ? ["/preview.html"] : false,
    },
  };
};

module.exports.rewriteManifest = rewriteManifest;
module.exports.urlDev = urlDev;
module.exports.frenchMetadata = frenchMetadata;
