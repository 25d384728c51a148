// Overlap of character spans, half-open [start, end).

import type { Span } from '../records.js';

/** True when some span of `a` shares at least one character with some span of `b`. */
export function spansOverlap(a: readonly Span[], b: readonly Span[]): boolean {
  return a.some((x) => b.some((y) => x.start < y.end && y.start < x.end && x.start < x.end && y.start < y.end));
}

/** A stable key of a list of spans, for de-duplication ("3-9,12-15"). */
export function spansKey(spans: readonly Span[]): string {
  return spans.map((s) => `${s.start}-${s.end}`).join(',');
}
