// What the benchmarks time, bundled by webpack as the add-in is (module concatenation, production mode), so that
// calls between INNO's modules cost what they cost in Excel, not what a development transpiler adds.
import "../src/functions/installShim";
export { sampleCorrelation } from "simple-statistics";
export { Matrix, QrDecomposition } from "ml-matrix";
export { coint, corr, granger, regress, series, unitroot } from "../src/functions/functions";
export { seriesTable } from "../src/core/seriesTable";
