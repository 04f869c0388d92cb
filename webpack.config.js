/* eslint-disable @typescript-eslint/no-require-imports */
// One page (taskpane.html) carries the task pane, the custom functions and
// the ribbon commands, because the manifest asks for a shared runtime.
const path = require("path");
const fs = require("fs");
const os = require("os");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const DEV_PORT = 3000;
const certDir = path.join(os.homedir(), ".office-addin-dev-certs");

/** HTTPS options for the dev server, read from office-addin-dev-certs' files (made by `scripts/certs.mjs`). */
function httpsOptions() {
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const missing = Object.values(files).filter((f) => !fs.existsSync(path.join(certDir, f)));
  if (missing.length > 0) {
    throw new Error(
      `Dev certificates missing in ${certDir} (${missing.join(", ")}). Run "node scripts/certs.mjs" first.`,
    );
  }
  return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(certDir, f))]));
}

module.exports = (env, argv) => {
  const dev = argv.mode !== "production";
  const serving = Boolean(process.env.WEBPACK_SERVE);
  return {
    devtool: dev ? "eval-source-map" : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json" } },
        },
        { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions", "commands"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    devServer: {
      port: DEV_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? { type: "https", options: httpsOptions() } : undefined,
      static: { directory: path.resolve(__dirname, "dist") },
    },
  };
};
