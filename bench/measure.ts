/** Where results go so that the optimizer cannot drop the calls being timed. */
export let sink: unknown;

/** Median time per call of `fn`, over `runs` batches of `batch` calls, after `warmup` batches. In nanoseconds. */
export function timePerCall(
  fn: () => unknown,
  { batch, runs = 21, warmup = 5 }: { batch: number; runs?: number; warmup?: number },
): number {
  const once = () => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) sink = fn();
    return Number(process.hrtime.bigint() - start) / batch;
  };
  for (let i = 0; i < warmup; i++) once();
  const samples = Array.from({ length: runs }, once).sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] as number;
}

/**
 * Ratio of two functions' median times, measured interleaved (A, B, A, B...) in the same process so that machine
 * load affects both alike.
 */
export function ratio(
  candidate: () => unknown,
  baseline: () => unknown,
  batch: number,
  rounds = 5,
): { ratio: number; candidateNs: number; baselineNs: number } {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < rounds; i++) {
    a.push(timePerCall(candidate, { batch }));
    b.push(timePerCall(baseline, { batch }));
  }
  const median = (v: number[]) => [...v].sort((x, y) => x - y)[Math.floor(v.length / 2)] as number;
  return { ratio: median(a) / median(b), candidateNs: median(a), baselineNs: median(b) };
}
