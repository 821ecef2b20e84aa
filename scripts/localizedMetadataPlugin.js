// Emits functions.<lang>.json beside the functions.json that custom-functions-metadata-plugin generates,
// translated from src/functions/locales/<lang>.json by src/functions/localizeMetadata.ts.
require("tsx/cjs");
const path = require("node:path");
const { sources } = require("webpack");
const { localizeMetadata } = require("../src/functions/localizeMetadata.ts");

const LOCALES = ["zh-CN"];

function localizedMetadataPlugin() {
  return {
    apply(compiler) {
      compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
        compilation.hooks.processAssets.tap(
          { name: "LocalizedMetadataPlugin", stage: compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
          () => {
            const english = compilation.getAsset("functions.json");
            if (!english) return;
            const metadata = JSON.parse(english.source.source().toString());
            for (const locale of LOCALES) {
              const file = path.join(__dirname, "..", "src", "functions", "locales", `${locale}.json`);
              delete require.cache[file];
              const localized = localizeMetadata(metadata, require(file));
              compilation.emitAsset(`functions.${locale}.json`, new sources.RawSource(JSON.stringify(localized, null, 2)));
            }
          },
        );
      });
    },
  };
}

module.exports = { localizedMetadataPlugin };
