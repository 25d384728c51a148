// The "penta" class of an event: CAMEO's quad classes with statements apart.
//   0 statement (CAMEO roots 01–02)       1 verbal cooperation (03–05)
//   2 material cooperation (06–08)        3 verbal conflict (09–13)
//   4 material conflict (14–20)

import type { Event } from '../records.js';

export const PENTA_CLASSES = [0, 1, 2, 3, 4] as const;
export type Penta = (typeof PENTA_CLASSES)[number];

export function isPenta(value: number): value is Penta {
  return Number.isInteger(value) && value >= 0 && value <= 4;
}

/** Penta class of a CAMEO code from its two-digit root ("111" → 3), or null if the code has no root 01–20. */
export function pentaOfCameo(cameo: string): Penta | null {
  const m = /^(\d\d)/.exec(cameo);
  if (m === null || m[1] === undefined) return null;
  const root = Number(m[1]);
  if (root >= 1 && root <= 2) return 0;
  if (root >= 3 && root <= 5) return 1;
  if (root >= 6 && root <= 8) return 2;
  if (root >= 9 && root <= 13) return 3;
  if (root >= 14 && root <= 20) return 4;
  return null;
}

/**
 * Penta class of an event from its CAMEO code; when the code has no valid root,
 * falls back to the quad class (quad 1 → 1: statements cannot be told apart then).
 */
export function pentaOfEvent(event: Event): Penta {
  return pentaOfCameo(event.cameo) ?? event.quad;
}
