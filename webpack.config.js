// Builds the add-in (functions chunk, lazily loaded pane, functions.json, manifest) and the `inno` CLI.
// Settings: ADDIN_URL (where dist/ is deployed, default https://localhost:3000/) and OFFICE_JS
// ("cdn", the default for production as Office requires, or "local": the package's copy, for offline testing).
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { localizedMetadataPlugin } = require("./scripts/localizedMetadataPlugin");
const { DEV_URL, rewriteManifestUrls } = require("./scripts/manifestUrls");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

const resolve = {
  extensions: [".ts", ".tsx", ".js"],
  // No eval at run time (the pages' CSP forbids it): see scripts/noEval/hasGeneratorSupport.js. ml-matrix's ESM entry
  // re-exports its CommonJS bundle, which webpack cannot tree-shake; its ES sources can be (the functions chunk then
  // carries QR and the Matrix class, not SVD, eigen, Cholesky or NIPALS).
  alias: {
    "@stdlib/assert-has-generator-support": path.resolve(__dirname, "scripts/noEval/hasGeneratorSupport.js"),
    "ml-matrix$": path.resolve(__dirname, "node_modules/ml-matrix/src/index.js"),
  },
};
const tsRule = { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } };

module.exports = async (env = {}) => {
  const addinUrl = process.env.ADDIN_URL || DEV_URL;
  // Excel needs the CDN copy (it loads host-specific files from it); "local" is for tests outside Office.
  const officeJs = process.env.OFFICE_JS || env.officejs || "cdn";
  const officeJsUrl = officeJs === "local" ? "office-js/office.js" : OFFICE_JS_CDN;

  const addin = {
    name: "addin",
    // Separate source maps in every mode: "eval-*" devtools run modules through eval, which the pages' CSP forbids.
    devtool: "source-map",
    entry: {
      functions: "./src/functions/index.ts",
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
    },
    output: {
      path: path.resolve(__dirname, process.env.INNO_DIST || "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: { keep: /^cli\// },
    },
    resolve,
    module: { rules: [tsRule] },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      localizedMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        officeJsUrl,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifestUrls(content.toString(), addinUrl),
          },
          ...(officeJs === "local"
            ? [{ from: "node_modules/@microsoft/office-js/dist/office.js", to: "office-js/office.js" },
              { from: "node_modules/@microsoft/office-js/dist/o15apptofilemappingtable.js", to: "office-js/o15apptofilemappingtable.js" },
              { from: "node_modules/@microsoft/office-js/dist/en-us", to: "office-js/en-us" },
              { from: "node_modules/@microsoft/office-js/dist/zh-cn", to: "office-js/zh-cn" }]
            : []),
        ],
      }),
    ],
    devServer: {
      server: { type: "https", options: env.WEBPACK_SERVE ? await require("./scripts/devCerts").httpsOptions() : {} },
      static: { directory: path.resolve(__dirname, "dist") },
      devMiddleware: { writeToDisk: true },
      headers: { "Access-Control-Allow-Origin": "*" },
      port: 3000,
      hot: false,
      liveReload: false,
    },
  };

  const cli = {
    name: "cli",
    target: "node",
    devtool: false,
    entry: { inno: "./src/cli/inno.ts" },
    output: { path: path.resolve(__dirname, process.env.INNO_DIST || "dist", "cli"), filename: "[name].js", clean: true },
    resolve,
    module: { rules: [tsRule] },
    externals: { exceljs: "commonjs exceljs" },
    optimization: { minimize: false },
  };

  return [addin, cli];
};
