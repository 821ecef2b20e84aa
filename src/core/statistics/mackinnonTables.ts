/**
 * MacKinnon's published coefficients for the distribution of Dickey–Fuller and Engle–Granger tau statistics, for
 * the deterministic terms "n" (none), "c" (constant) and "ct" (constant and trend), and N = 1..6 variables (N = 1:
 * a unit-root test; N > 1: a cointegration test on N series).
 *
 * Sources (the figures, as published):
 * - MacKinnon, J. G. (1994), "Approximate Asymptotic Distribution Functions for Unit-Root and Cointegration Tests",
 *   Journal of Business & Economic Statistics 12(2), 167-176: tau_min, tau_max, tau_star and the small-p and
 *   large-p polynomial coefficients (Table 3 and Table 4; small-p gamma_2 is published x 100, large-p gamma_1 and
 *   gamma_2 x 10 and gamma_3 x 100, undone in mackinnonPValue.ts).
 * - MacKinnon, J. G. (2010), "Critical Values for Cointegration Tests", Queen's University Economics Working Paper
 *   1227, Table 2: response surfaces beta_inf + beta_1/T + beta_2/T^2 + beta_3/T^3 for the 1%, 5% and 10% critical
 *   values. The "n" case has N = 1 only (MacKinnon 1996's values, as the 2010 paper did not update them).
 * Checked against the copies in statsmodels 0.13.5 (statsmodels/tsa/adfvalues.py), which Stata and R's urca agree with.
 */

export type DeterministicTerms = "n" | "c" | "ct";

/** The 1994 tables for one choice of deterministic terms; each array is indexed by N - 1. */
export interface PValueTable {
  /** Above tau_max the p-value is 1. */
  readonly tauMax: readonly number[];
  /** Below tau_min the p-value is 0. */
  readonly tauMin: readonly number[];
  /** At or below tau_star the small-p polynomial applies, above it the large-p one. */
  readonly tauStar: readonly number[];
  /** gamma_0, gamma_1, gamma_2 (x 100 as published). */
  readonly smallP: readonly (readonly number[])[];
  /** gamma_0, gamma_1 (x 10), gamma_2 (x 10), gamma_3 (x 100) as published. */
  readonly largeP: readonly (readonly number[])[];
}

export const MACKINNON_1994: Readonly<Record<DeterministicTerms, PValueTable>> = {
  n: {
    tauMax: [Infinity, 1.51, 0.86, 0.88, 1.05, 1.24],
    tauMin: [-19.04, -19.62, -21.21, -23.25, -21.63, -25.74],
    tauStar: [-1.04, -1.53, -2.68, -3.09, -3.07, -3.77],
    smallP: [
      [0.6344, 1.2378, 3.2496],
      [1.9129, 1.3857, 3.5322],
      [2.7648, 1.4502, 3.4186],
      [3.4336, 1.4835, 3.19],
      [4.0999, 1.5533, 3.59],
      [4.5388, 1.5344, 2.9807],
    ],
    largeP: [
      [0.4797, 9.3557, -0.6999, 3.3066],
      [1.5578, 8.558, -2.083, -3.3549],
      [2.2268, 6.8093, -3.2362, -5.4448],
      [2.7654, 6.4502, -3.0811, -4.4946],
      [3.2684, 6.8051, -2.6778, -3.4972],
      [3.7268, 7.167, -2.3648, -2.8288],
    ],
  },
  c: {
    tauMax: [2.74, 0.92, 0.55, 0.61, 0.79, 1],
    tauMin: [-18.83, -18.86, -23.48, -28.07, -25.96, -23.27],
    tauStar: [-1.61, -2.62, -3.13, -3.47, -3.78, -3.93],
    smallP: [
      [2.1659, 1.4412, 3.8269],
      [2.92, 1.5012, 3.9796],
      [3.4699, 1.4856, 3.164],
      [3.9673, 1.4777, 2.6315],
      [4.5509, 1.5338, 2.9545],
      [5.1399, 1.6036, 3.4445],
    ],
    largeP: [
      [1.7339, 9.3202, -1.2745, -1.0368],
      [2.1945, 6.4695, -2.9198, -4.2377],
      [2.5893, 4.5168, -3.6529, -5.0074],
      [3.0387, 4.5452, -3.3666, -4.1921],
      [3.5049, 5.2098, -2.9158, -3.3468],
      [3.9489, 5.8933, -2.5359, -2.721],
    ],
  },
  ct: {
    tauMax: [0.7, 0.63, 0.71, 0.93, 1.19, 1.42],
    tauMin: [-16.18, -21.15, -25.37, -26.63, -26.53, -26.18],
    tauStar: [-2.89, -3.19, -3.5, -3.65, -3.8, -4.36],
    smallP: [
      [3.2512, 1.6047, 4.9588],
      [3.6646, 1.5419, 3.6448],
      [4.0983, 1.5173, 2.9898],
      [4.5844, 1.5338, 2.8796],
      [5.0722, 1.5634, 2.9472],
      [5.53, 1.5914, 3.0392],
    ],
    largeP: [
      [2.5261, 6.1654, -3.7956, -6.0285],
      [2.85, 5.272, -3.6622, -5.1695],
      [3.221, 5.255, -3.2685, -4.1501],
      [3.652, 5.9758, -2.7483, -3.2081],
      [4.0712, 6.6428, -2.3464, -2.546],
      [4.4735, 7.1757, -2.0681, -2.1196],
    ],
  },
};

/**
 * The 2010 response surfaces: [N - 1][level: 1%, 5%, 10%][beta_inf, beta_1, beta_2, beta_3].
 */
export const MACKINNON_2010: Readonly<Record<DeterministicTerms, readonly (readonly (readonly number[])[])[]>> = {
  n: [
    [
      [-2.56574, -2.2358, -3.627, 0],
      [-1.941, -0.2686, -3.365, 31.223],
      [-1.61682, 0.2656, -2.714, 25.364],
    ],
  ],
  c: [
    [
      [-3.43035, -6.5393, -16.786, -79.433],
      [-2.86154, -2.8903, -4.234, -40.04],
      [-2.56677, -1.5384, -2.809, 0],
    ],
    [
      [-3.89644, -10.9519, -33.527, 0],
      [-3.33613, -6.1101, -6.823, 0],
      [-3.04445, -4.2412, -2.72, 0],
    ],
    [
      [-4.29374, -14.4354, -33.195, 47.433],
      [-3.74066, -8.5632, -10.852, 27.982],
      [-3.45218, -6.2143, -3.718, 0],
    ],
    [
      [-4.64332, -18.1031, -37.972, 0],
      [-4.096, -11.2349, -11.175, 0],
      [-3.8102, -8.3931, -4.137, 0],
    ],
    [
      [-4.95756, -21.8883, -45.142, 0],
      [-4.41519, -14.0405, -12.575, 0],
      [-4.13157, -10.7417, -3.784, 0],
    ],
    [
      [-5.24568, -25.6688, -57.737, 88.639],
      [-4.70693, -16.9178, -17.492, 60.007],
      [-4.42501, -13.1875, -5.104, 27.877],
    ],
  ],
  ct: [
    [
      [-3.95877, -9.0531, -28.428, -134.155],
      [-3.41049, -4.3904, -9.036, -45.374],
      [-3.12705, -2.5856, -3.925, -22.38],
    ],
    [
      [-4.32762, -15.4387, -35.679, 0],
      [-3.78057, -9.5106, -12.074, 0],
      [-3.49631, -7.0815, -7.538, 21.892],
    ],
    [
      [-4.66305, -18.7688, -49.793, 104.244],
      [-4.1189, -11.8922, -19.031, 77.332],
      [-3.83511, -9.0723, -8.504, 35.403],
    ],
    [
      [-4.9694, -22.4694, -52.599, 51.314],
      [-4.42871, -14.5876, -18.228, 39.647],
      [-4.14633, -11.25, -9.873, 54.109],
    ],
    [
      [-5.25276, -26.2183, -59.631, 50.646],
      [-4.71537, -17.3569, -22.66, 91.359],
      [-4.43422, -13.6078, -10.238, 76.781],
    ],
    [
      [-5.51727, -29.976, -75.222, 202.253],
      [-4.98228, -20.305, -25.224, 132.03],
      [-4.70233, -16.1253, -9.836, 94.272],
    ],
  ],
};
