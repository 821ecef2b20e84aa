// Bundles bench/bundleEntry.ts like the add-in's production build (minification off for readable profiles).
const path = require("node:path");

module.exports = {
  mode: "production",
  target: "node",
  entry: path.join(__dirname, "bundleEntry.ts"),
  output: { path: path.join(__dirname, "out"), filename: "bench.js", library: { type: "commonjs2" } },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }],
  },
  optimization: { minimize: false },
  devtool: false,
};
