import { Matrix, QrDecomposition } from "ml-matrix";
import { DomainError } from "../errors";

/** An ordinary least-squares fit, with what the covariance estimators and the tests need. */
export interface LeastSquaresFit {
  /** Rows used. */
  readonly n: number;
  /** Columns of X (the intercept included when the caller put a column of ones). */
  readonly k: number;
  /** Residual degrees of freedom, n − k. */
  readonly dfResid: number;
  /** In X's column order. */
  readonly coefficients: readonly number[];
  readonly residuals: readonly number[];
  /** Sum of squared residuals. */
  readonly ssr: number;
  /** (X'X)⁻¹ computed as R⁻¹R⁻ᵀ from the QR factor, never by inverting X'X (which squares the condition number). */
  readonly xtxInverse: readonly (readonly number[])[];
}

/**
 * A column whose part orthogonal to the columns before it is below this share of its own length is taken as a
 * linear combination of them: far above rounding (1e-16) yet far below any real regressor (Longley's worst
 * column keeps about 1e-4 of its length).
 */
const RANK_TOLERANCE = 1e-10;

function columnNorm(X: readonly (readonly number[])[], j: number): number {
  let sum = 0;
  for (const row of X) sum += (row[j] as number) ** 2;
  return Math.sqrt(sum);
}

/** R⁻¹ of an upper-triangular R (k × k), by back substitution. */
function invertUpperTriangular(R: Matrix): number[][] {
  const k = R.rows;
  const inverse = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let j = k - 1; j >= 0; j--) {
    (inverse[j] as number[])[j] = 1 / R.get(j, j);
    for (let i = j - 1; i >= 0; i--) {
      let sum = 0;
      for (let m = i + 1; m <= j; m++) sum += R.get(i, m) * ((inverse[m] as number[])[j] as number);
      (inverse[i] as number[])[j] = -sum / R.get(i, i);
    }
  }
  return inverse;
}

/**
 * Ordinary least squares of y on the columns of X by Householder QR (ml-matrix), the method of R's lm and
 * statsmodels' pinv-free path: the normal equations would lose half the digits on ill-conditioned data such as
 * Longley's. A column that is a linear combination of the columns before it is refused, naming it (Excel's LINEST
 * silently sets its coefficient to 0).
 *
 * @param X rows of regressors (n × k); include a column of ones for an intercept.
 * @param names a label per column, for the error message.
 * @example leastSquares([[1, 0], [1, 1], [1, 2]], [1, 3, 5], ["intercept", "x"]).coefficients // [1, 2]
 */
export function leastSquares(
  X: readonly (readonly number[])[],
  y: readonly number[],
  names: readonly string[],
): LeastSquaresFit {
  const n = X.length;
  const k = X[0]?.length ?? 0;
  if (n <= k) {
    throw new DomainError(
      "insufficient-data",
      `The regression has ${k} coefficients and needs at least ${k + 1} complete rows; it has ${n}.`,
    );
  }
  const qr = new QrDecomposition(new Matrix(X as number[][]));
  const R = qr.upperTriangularMatrix;
  for (let j = 0; j < k; j++) {
    const norm = columnNorm(X, j);
    const name = names[j] ?? `column ${j + 1}`;
    if (norm === 0) throw new DomainError("collinear", `${name} is zero in every row used.`);
    if (Math.abs(R.get(j, j)) <= RANK_TOLERANCE * norm) {
      const before = names.slice(0, j).join(", ");
      throw new DomainError(
        "collinear",
        j === 1 && names[0] === "intercept"
          ? `${name} is constant over the rows used: it is a multiple of the intercept.`
          : `${name} is a linear combination of ${before}: drop it or one of them.`,
      );
    }
  }
  const coefficients = qr.solve(Matrix.columnVector(y as number[])).to1DArray();
  const residuals = new Array<number>(n);
  let ssr = 0;
  for (let i = 0; i < n; i++) {
    const row = X[i] as readonly number[];
    let fitted = 0;
    for (let j = 0; j < k; j++) fitted += (row[j] as number) * (coefficients[j] as number);
    const e = (y[i] as number) - fitted;
    residuals[i] = e;
    ssr += e * e;
  }
  const rInverse = invertUpperTriangular(R);
  const xtxInverse = Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) => {
      let sum = 0;
      for (let m = Math.max(i, j); m < k; m++) sum += (rInverse[i]?.[m] as number) * (rInverse[j]?.[m] as number);
      return sum;
    }),
  );
  return { n, k, dfResid: n - k, coefficients, residuals, ssr, xtxInverse };
}

/** The log-likelihood of a Gaussian linear model, as statsmodels' OLS reports it (used for AIC and BIC). */
export function logLikelihood(fit: Pick<LeastSquaresFit, "n" | "ssr">): number {
  return (-fit.n / 2) * (Math.log(2 * Math.PI) + Math.log(fit.ssr / fit.n) + 1);
}
