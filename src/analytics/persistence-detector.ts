// Baseline detector. Persistence (no change): today's state is tomorrow's. Flags a series whose last 7 days are already in conflict (conflict share ≥ 50% and ≥ 3 conflict events), with no notion of the series' own baseline.
import type { Detector } from './types.js';

/** Persistence (no change): today's state is tomorrow's. Flags a series whose last 7 days are already in conflict (conflict share ≥ 50% and ≥ 3 conflict events), with no notion of the series' own baseline. */
export const persistenceDetector: Detector = {
  name: 'persistence',
  detect(series, asOf) {
    void series; void asOf;
    throw new Error('persistenceDetector: not implemented yet');
  },
};
