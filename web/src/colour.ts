// Colour scales, by hand (a few stops interpolated in RGB).

type Stop = readonly [number, string];

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function scale(stops: readonly Stop[]): (x: number) => string {
  return (x) => {
    const first = stops[0];
    const last = stops[stops.length - 1];
    if (first === undefined || last === undefined) return '#000';
    if (x <= first[0]) return first[1];
    if (x >= last[0]) return last[1];
    for (let i = 1; i < stops.length; i++) {
      const lo = stops[i - 1];
      const hi = stops[i];
      if (lo === undefined || hi === undefined || x > hi[0]) continue;
      const t = (x - lo[0]) / (hi[0] - lo[0]);
      const a = rgb(lo[1]);
      const b = rgb(hi[1]);
      const mix = a.map((v, k) => Math.round(v + ((b[k] ?? v) - v) * t));
      return `rgb(${mix.join(',')})`;
    }
    return last[1];
  };
}

/** Tension 0 … 100: pale yellow (calm) to dark red. */
export const TENSION_STOPS: readonly Stop[] = [
  [20, '#ffffcc'],
  [40, '#fed976'],
  [55, '#fd8d3c'],
  [70, '#e31a1c'],
  [85, '#800026'],
];
export const tensionColour = scale(TENSION_STOPS);

/** Escalation score (≥ 1 flagged): blue-grey to red. */
export const escalationColour = scale([
  [0, '#457b9d'],
  [1, '#e76f51'],
  [5, '#9d0208'],
]);

export const COOPERATION = '#2a9d8f';
export const CONFLICT = '#d62828';
export const NO_DATA = '#e6e6e6';
