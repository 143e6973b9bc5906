/* eslint-disable no-undef */
/* global require, module, process, __dirname */

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
 * Without ADDIN_URL the manifest is copied unchanged (local sideloading of a build).
 * ADDIN_URL must be https; a missing trailing slash is added.
 *
 * The only remote script is office.js, loaded by src/taskpane/taskpane.html from
 * Microsoft's CDN (required by Office); everything else is bundled.
 */

const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";

/** The custom functions source: present from the custom-functions issue on. */
const functionsSource = "./src/functions/functions.ts";

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

/**
 * Text of dist/manifest.xml: every urlDev replaced by the production URL (all occurrences).
 * @param {string} manifest text of manifest.xml
 * @param {string | undefined} addinUrl raw ADDIN_URL (undefined: unchanged)
 */
function rewriteManifest(manifest, addinUrl) {
  const url = productionUrl(addinUrl);
  return url === undefined ? manifest : manifest.split(urlDev).join(url);
}

/** Certificates of office-addin-dev-certs (installed on first use); dev server only. */
async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

module.exports = async (env = {}, options = {}) => {
  const mode = options.mode || "production";
  const dev = mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE); // `webpack serve`; never set by a build or CI
  const hasFunctions = fs.existsSync(path.resolve(__dirname, functionsSource));

  const entry = {
    taskpane: "./src/taskpane/index.tsx",
    commands: "./src/commands/commands.ts",
  };
  // Custom functions (shared runtime): when src/functions/functions.ts exists it gets
  // its own entry (-> functions.js, the manifest's Functions.Script.Url), its chunk is
  // added to taskpane.html below, and CustomFunctionsMetadataPlugin writes functions.json
  // (the manifest's Functions.Metadata.Url) from its JSDoc tags (@customfunction ...).
  // The plugin's loader also appends the CustomFunctions.associate(...) calls.
  if (hasFunctions) entry.functions = functionsSource;

  const plugins = [];
  if (hasFunctions) {
    const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
    plugins.push(
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionsSource })
    );
  }
  plugins.push(
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      // one page for the pane, the commands and (if present) the functions
      chunks: hasFunctions ? ["taskpane", "functions", "commands"] : ["taskpane", "commands"],
    }),
    new HtmlWebpackPlugin({
      filename: "support.html", // manifest SupportUrl and GetStarted LearnMoreUrl
      template: "./src/taskpane/support.html",
      chunks: [],
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/*.png", to: "assets/[name][ext]" },
        {
          from: "manifest.xml",
          to: "manifest.xml",
          transform(content) {
            return dev ? content : rewriteManifest(content.toString(), process.env.ADDIN_URL);
          },
        },
      ],
    })
  );

  return {
    mode,
    devtool: "source-map",
    entry,
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
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
    performance: { hints: false },
    devServer: {
      headers: {
        "Access-Control-Allow-Origin": "*",
      },
      server: serving ? { type: "https", options: await getHttpsOptions() } : "https",
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
    },
  };
};

module.exports.rewriteManifest = rewriteManifest;
module.exports.urlDev = urlDev;
