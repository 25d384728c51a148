// The event a scorer takes as the coder's answer: the most confident one.

import type { Event } from '../records.js';

/** The event with the highest confidence (the first one on ties), or null. */
export function bestEvent(events: readonly Event[]): Event | null {
  let best: Event | null = null;
  for (const e of events) if (best === null || e.confidence > best.confidence) best = e;
  return best;
}
