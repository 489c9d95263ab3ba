/*
 * Medians and bootstrap confidence intervals (percentile method, fixed seed, so the same samples
 * always give the same interval).
 */
import { random } from '../data.js';

const RESAMPLES = 4000;
const SEED = 20160201;

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function resample(values, next) {
  return Array.from(values, () => values[Math.floor(next() * values.length)]);
}

function percentileInterval(estimates) {
  estimates.sort((a, b) => a - b);
  const at = (p) => estimates[Math.min(estimates.length - 1, Math.max(0, Math.round(p * (estimates.length - 1))))];
  return [at(0.025), at(0.975)];
}

/** The median with a 95% bootstrap confidence interval: `{ median, low, high, n }`. */
export function medianCI(values) {
  const next = random(SEED);
  const estimates = Array.from({ length: RESAMPLES }, () => median(resample(values, next)));
  const [low, high] = percentileInterval(estimates);
  return { median: median(values), low, high, n: values.length };
}

/** The ratio of the medians of `a` and `b`, with a 95% bootstrap interval (each side resampled on its own). */
export function ratioCI(a, b) {
  const next = random(SEED + 1);
  const estimates = Array.from({ length: RESAMPLES }, () => median(resample(a, next)) / median(resample(b, next)));
  const [low, high] = percentileInterval(estimates);
  return { ratio: median(a) / median(b), low, high };
}
