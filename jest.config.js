/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  setupFiles: ["<rootDir>/tests/setup.ts"],
  globalSetup: "<rootDir>/tests/globalSetup.ts",
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: { isolatedModules: true, module: "commonjs", moduleResolution: "node", jsx: "react-jsx", esModuleInterop: true, resolveJsonModule: true },
      },
    ],
  },
  // office-addin-mock imports office-addin-manifest, whose dependencies are ESM-only; the mock needs only its
  // OfficeApp enum, which this file defines.
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  testTimeout: 30000,
};
