// Ranked hotspots: countries, dyads and places by escalation.
import type { DyadDay, Detector, Hotspot, PlaceDay } from './types.js';

export interface HotspotOptions {
  asOf: string;
  /** Recent span examined, in days (default 28); rows back to asOf − window − 365 are useful as baseline. */
  windowDays?: number;
  /** Detector to rank with (default: Faultline's, with spanDays = windowDays). */
  detector?: Detector;
  /** Keep only flagged entries (default false: every entry with score > 0). */
  flaggedOnly?: boolean;
  /** At most this many entries (default: all). */
  limit?: number;
  /** Top event ids per entry (default 10). */
  topEvents?: number;
}

/**
 * Runs the detector on every country, dyad and place series and ranks the
 * results by score (flagged first, then score, then key). Each entry's
 * reason says what rose, since when, and how many events it rests on.
 */
export function rankHotspots(
  input: { dyadDays: readonly DyadDay[]; placeDays?: readonly PlaceDay[] },
  options: HotspotOptions,
): Hotspot[] {
  void input; void options;
  throw new Error('rankHotspots: not implemented yet');
}
