// Replaces @stdlib/assert-has-generator-support in the add-in's bundle (webpack.config.js, resolve.alias).
// The original finds out by eval'ing a generator, at import time, inside the custom functions' t and F
// distributions (continued fractions, series sums). The pages' Content-Security-Policy forbids eval: the probe
// would fail, be reported as a CSP violation, and select stdlib's fallback. Every host that runs INNO (Excel with
// the shared runtime: Edge WebView2, Safari's WebKit, a current browser) has ES2015 generators, so the answer is
// known: the same generator code Node runs in the tests, without eval.
module.exports = function hasGeneratorSupport() {
  return true;
};
