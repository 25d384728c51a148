// Baseline detector. ACLED Trendfinder-style rule: conflict events in the last 7 days ≥ 1.25 × the mean of the previous four weeks, with a sparse-count guard (at least 5 events in the week).
import type { Detector } from './types.js';

/** ACLED Trendfinder-style rule: conflict events in the last 7 days ≥ 1.25 × the mean of the previous four weeks, with a sparse-count guard (at least 5 events in the week). */
export const trendfinderDetector: Detector = {
  name: 'trendfinder',
  detect(series, asOf) {
    void series; void asOf;
    throw new Error('trendfinderDetector: not implemented yet');
  },
};
