// Baseline detector. Rolling-maximum rule: the 30-day conflict sum reaches the maximum of the 30-day sums over the previous year (and is at least 3).
import type { Detector } from './types.js';

/** Rolling-maximum rule: the 30-day conflict sum reaches the maximum of the 30-day sums over the previous year (and is at least 3). */
export const rollingMaxDetector: Detector = {
  name: 'rolling-max',
  detect(series, asOf) {
    void series; void asOf;
    throw new Error('rollingMaxDetector: not implemented yet');
  },
};
