// Records of the analytics layer: daily dyad aggregates and the signals
// (tension, escalation, spillover, hotspot) computed from them.

import type { Quad } from '../records.js';

/**
 * Aggregate for one day and one ordered pair of actors. An actor key is an
 * ISO3 country or IGO code, optionally with a sector ("IRQ", "IRQ/GOV", "UNO").
 */
export interface DyadDay {
  /** YYYY-MM-DD */
  date: string;
  source: string;
  target: string;
  /** Event counts per quad class: index 0 is quad 1 (verbal cooperation) … index 3 quad 4. */
  counts: [number, number, number, number];
  goldsteinSum: number;
  /** Distinct documents the events came from (one story repeated by ten outlets counts once when de-duplicated upstream). */
  documents: number;
  /**
   * Ids of the events behind this aggregate (capped at 50; for
   * explanations), conflict events first: the first counts[2] + counts[3]
   * ids (all of them when capped) are the conflict events, material first.
   */
  eventIds: string[];
}

/**
 * Dyad aggregates at both levels the store keeps (see actor-key.ts): what
 * the rankings, the backtest and the alerts read.
 */
export interface DyadLevels {
  /** Country-level rows: "IRQ"→"IRN", and the domestic "SDN"→"SDN" for pairs within one country. */
  country: readonly DyadDay[];
  /** Sector-level rows ("IRQ/GOV"→"IRN/MIL"); the rankings read only the pairs within one country ("SDN/GOV"→"SDN/REB"). */
  sector?: readonly DyadDay[];
}

export type SignalKind = 'tension' | 'escalation' | 'spillover' | 'hotspot';

/** A scored, dated finding with the events behind it. */
export interface Signal {
  kind: SignalKind;
  /** "country" | "dyad" | "place" */
  scope: 'country' | 'dyad' | 'place';
  /** "IRQ", "IRQ-IRN" (dyads sorted or ordered as documented), or a place key. */
  key: string;
  /** YYYY-MM-DD the signal is computed as of. */
  asOf: string;
  score: number;
  /** Date the change started, when known. */
  onset: string | null;
  magnitude: number | null;
  /** 0 … 1 */
  confidence: number | null;
  /** Human-readable reason, including how little it rests on when sparse. */
  reason: string;
  /** Ids of the events that drive it. */
  events: string[];
}

export type { Quad };

/**
 * One day of a series fed to the escalation detectors (a dyad, a country or a
 * place). Days without any event may be omitted: detectors treat missing days
 * inside the range as zero.
 */
export interface DailyPoint {
  /** YYYY-MM-DD */
  date: string;
  /** Conflict events that day (quads 3 and 4). */
  conflict: number;
  /** All events of the series that day (quads 1–4). */
  total: number;
  /**
   * How much was reported that day around the series (e.g. all events
   * involving either country of a dyad, minus the dyad's own events). Used as
   * an exposure offset; omit when unknown.
   */
  coverage?: number;
  /** Ids of the events behind this day, conflict events first: the first `conflict` ids are conflict events. */
  eventIds: string[];
}

/** A day that drives a detection: what was seen against what was expected. */
export interface DriverDay {
  date: string;
  observed: number;
  expected: number;
}

/** What a detector says about one series as of one date. */
export interface Detection {
  /** Name of the detector ("faultline", "trendfinder", …). */
  detector: string;
  flagged: boolean;
  /** First day of the change that drives the flag (YYYY-MM-DD), or null. */
  onset: string | null;
  /** Observed / expected conflict over the driving days, or null. */
  magnitude: number | null;
  /** 0 … 1, or null when the detector has no notion of it. */
  confidence: number | null;
  /** The detector's statistic over its threshold: ≥ 1 means flagged. 0 when nothing to see. */
  score: number;
  /** Conflict events the detection rests on (over the driving days). */
  support: number;
  /** True when the detection rests on few events; `reason` then says how few. */
  sparse: boolean;
  /** Human-readable reason. */
  reason: string;
  /** Days that drive the detection, oldest first. */
  drivers: DriverDay[];
  /** Ids of the events behind the driving days. */
  events: string[];
}

/**
 * An escalation detector: a pure function of the series and the as-of date.
 * It must ignore every point dated after `asOf`.
 */
export interface Detector {
  name: string;
  detect(series: readonly DailyPoint[], asOf: string): Detection;
}

/**
 * One entry of the hotspot ranking: exactly what `faultline hotspots
 * --format json` prints (the last four fields are extra detail).
 */
export interface Hotspot {
  kind: 'country' | 'dyad' | 'place';
  /**
   * "IRQ", "IRN-IRQ" (dyad keys sorted, at country level; a pair within one
   * country by its sectors, "SDN/GOV-SDN/REB") or a place key ("IRQ/Basra",
   * "cell:33,44").
   */
  key: string;
  score: number;
  onset: string | null;
  reason: string;
  events: string[];
  flagged: boolean;
  magnitude: number | null;
  confidence: number | null;
  sparse: boolean;
  /**
   * Flagged entries, when the ranking was asked for episodes (the alerts
   * do): the first flagged day of the current episode, or null when it
   * started before the lookback (see flagged-since.ts).
   */
  flaggedSince?: string | null;
}

/**
 * Aggregate for one day and one place (see place-key.ts for the key: admin1
 * division when known, else a 1° latitude/longitude cell).
 */
export interface PlaceDay {
  /** YYYY-MM-DD */
  date: string;
  /** "IRQ/Basra" (country/admin1) or "cell:33,44" (floor of lat, lon). */
  place: string;
  /** ISO3 of the place, when known. */
  country: string | null;
  counts: [number, number, number, number];
  goldsteinSum: number;
  documents: number;
  eventIds: string[];
}
