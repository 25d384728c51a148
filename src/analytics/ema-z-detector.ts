// Baseline detector. EMA z-score: today's conflict count against an exponentially weighted mean and variance of the previous days (half-life 14 days); flags at z ≥ 3.
import type { Detector } from './types.js';

/** EMA z-score: today's conflict count against an exponentially weighted mean and variance of the previous days (half-life 14 days); flags at z ≥ 3. */
export const emaZDetector: Detector = {
  name: 'ema-z',
  detect(series, asOf) {
    void series; void asOf;
    throw new Error('emaZDetector: not implemented yet');
  },
};
