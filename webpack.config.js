// Builds dist/ (the Excel add-in: task pane, function file, manifest, office.js, assets) and
// dist/wps/ (the WPS jsaddon: ribbon.xml, index.html, main.js and the same task pane).
//   HUIBIAO_URL=https://intranet.example/huibiao/ npm run build   → URLs in manifest and jsplugins.xml
import CopyWebpackPlugin from "copy-webpack-plugin";
import HtmlWebpackPlugin from "html-webpack-plugin";
import { EsbuildPlugin } from "esbuild-loader";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DEV_URL, manifestFor, officeScript } from "./scripts/manifest-url.cjs";
import webpack from "webpack";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const pkg = require("./package.json");
const baseUrl = (process.env.HUIBIAO_URL || DEV_URL).replace(/\/?$/, "/");
const officeDist = join(dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
// Our copy of office.js unless OFFICE_JS=cdn (see scripts/manifest-url.cjs).
const officeJs = officeScript(process.env.OFFICE_JS);
const ownOfficeJs = !/^https:/.test(officeJs);
const officeFiles = [
  { from: join(officeDist, "office.js"), to: "office/" },
  { from: join(officeDist, "excel*.js"), to: "office/[name][ext]", globOptions: { ignore: ["**/*.debug.js"] } },
  { from: join(officeDist, "o15apptofilemappingtable.js"), to: "office/" },
  { from: join(officeDist, "es6-promise.js"), to: "office/" },
  // office.js loads these relative to itself; without them it logs load failures.
  { from: join(officeDist, "telemetry", "oteljs_agave.js"), to: "office/telemetry/" },
  { from: join(officeDist, "ariatelemetry", "aria-web-telemetry.js"), to: "office/ariatelemetry/" },
  { from: join(officeDist, "zh-cn", "office_strings.js"), to: "office/zh-cn/" },
  { from: join(officeDist, "en-us", "office_strings.js"), to: "office/en-us/" },
];
// WPS ships an older Chromium; Office's WebView2/Edge and browsers are newer. One target for both.
const TARGET = "es2017";

const rules = [
  {
    test: /\.[jt]sx?$/,
    exclude: /node_modules[\\/](?!@fluentui)/,
    loader: "esbuild-loader",
    // import.meta.url stays for webpack to find the web worker (new Worker(new URL(...)));
    options: {
      target: TARGET,
      jsx: "automatic",
      tsconfig: resolve(here, "tsconfig.json"),
      supported: { "import-meta": true },
    },
  },
  // import.meta.url kept here too: 7-Zip's build finds its WebAssembly with new URL("7zz.wasm", import.meta.url).
  {
    test: /\.m?js$/,
    include: /node_modules/,
    loader: "esbuild-loader",
    options: { target: TARGET, supported: { "import-meta": true } },
  },
];

const common = (mode) => ({
  mode,
  devtool: mode === "production" ? false : "source-map",
  resolve: {
    extensions: [".tsx", ".ts", ".js"],
    extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
    // 7-Zip's build (7z-wasm, src/taskpane/seven-zip.ts) imports Node's "module" on Node only.
    fallback: { module: false },
  },
  module: { rules },
  performance: { hints: false },
  // esbuild minifies in a fraction of terser's time, to the same target.
  // Microsoft's scripts are served as they are: minifying them again would wrap each in a function,
  // and the globals they define (Office, Excel, OfficeExtension) would never reach the page.
  optimization: { minimizer: [new EsbuildPlugin({ target: TARGET, css: true, exclude: /^office\// })] },
  stats: "errors-warnings",
});

/** The manifest with its URLs pointing at where the add-in is served. */
const manifest = (content) => manifestFor(content.toString(), baseUrl, { allowHttp: true });
if (baseUrl.startsWith("http://"))
  console.warn(
    `HUIBIAO_URL is http (${baseUrl}): fine for WPS and the standalone page, but Excel loads add-ins over https only.`,
  );

const jsplugins = () =>
  `<jsplugins>\n  <jspluginonline name="huibiao" type="et" url="${baseUrl}wps/"/>\n</jsplugins>\n`;
// As Kingsoft's wpsjs build writes it (its build.js, CreatePublishXml): url is the folder name_version.
const publish = () =>
  `<jsplugins>\n  <jsplugin name="${pkg.name}" type="et" url="${pkg.name}_${pkg.version}" version="${pkg.version}" enable="enable_dev" install="null" customDomain=""/>\n</jsplugins>\n`;

export default (_env, argv) => {
  const mode = argv.mode || "production";
  const excel = {
    ...common(mode),
    name: "excel",
    entry: { taskpane: "./src/taskpane/index.tsx", commands: "./src/commands/commands.ts" },
    output: { path: resolve(here, "dist"), filename: "[name].js", publicPath: "", clean: { keep: /^(wps|cli)[\\/]/ } },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: { officeJs },
      }),
      new webpack.DefinePlugin({ __OFFICE_JS__: JSON.stringify(officeJs) }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: "manifest.xml", to: "manifest.xml", transform: manifest },
          { from: "src/taskpane/help.html", to: "help.html" },
          // office.js from the npm package, served by us: no CDN on an intranet (unless OFFICE_JS=cdn).
          ...(ownOfficeJs ? officeFiles : []),
        ],
      }),
    ],
    devServer: {
      port: 3000,
      static: { directory: resolve(here, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
    },
  };
  const wps = {
    ...common(mode),
    name: "wps",
    entry: { taskpane: "./src/taskpane/index.tsx", main: "./src/wps/main.ts" },
    output: { path: resolve(here, "dist", "wps"), filename: "[name].js", publicPath: "", clean: true },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "wps/ribbon.xml", to: "ribbon.xml" },
          { from: "wps/index.html", to: "index.html" },
          { from: "assets/icon-32.png", to: "images/icon-32.png" },
          { from: "assets", to: "assets" },
          { from: "wps/ribbon.xml", to: "jsplugins.xml", transform: () => jsplugins() },
          { from: "wps/ribbon.xml", to: "publish.xml", transform: () => publish() },
        ],
      }),
    ],
  };
  return [excel, wps];
};
