// The representative point of a territory (a country or a first-level
// division) from its outline: the centre of its land. Used by
// scripts/build-geo-points.ts to write data/geo/*-points.tsv; not shipped code.
//
// Rule: the spherical centroid of the largest landmass when that landmass is at
// least half of the territory (the contiguous United States, mainland China,
// mainland Australia), else the area-weighted centroid of all of it (Indonesia,
// the Philippines). When that centroid falls outside the land (a crescent such
// as Croatia), the fallback point the caller gives is used instead.

import { geoArea, geoCentroid, geoContains } from 'd3-geo';
import type { MultiPolygon, Polygon, Position } from 'geojson';

export type Outline = Polygon | MultiPolygon;

/** d3-geo wants exterior rings clockwise; sources differ. A ring set covering more than half the sphere is the wrong way round. */
function wound(rings: Position[][]): Position[][] {
  const p: Polygon = { type: 'Polygon', coordinates: rings };
  return geoArea(p) > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings;
}

export interface TerritoryPoint {
  lat: number;
  lon: number;
  /** How the point was chosen. */
  how: 'largest-landmass' | 'all-land' | 'fallback';
}

const round = (x: number): number => Math.round(x * 100) / 100;

export function territoryPoint(outline: Outline, fallback: { lat: number; lon: number } | null): TerritoryPoint | null {
  const polygons = (outline.type === 'Polygon' ? [outline.coordinates] : outline.coordinates)
    .filter((rings) => (rings[0]?.length ?? 0) >= 4)
    .map(wound);
  if (polygons.length === 0) return fallback ? { ...fallback, how: 'fallback' } : null;
  const areas = polygons.map((rings) => geoArea({ type: 'Polygon', coordinates: rings }));
  const total = areas.reduce((a, b) => a + b, 0);
  let largest = 0;
  areas.forEach((a, i) => {
    if (a > (areas[largest] ?? 0)) largest = i;
  });
  const main = polygons[largest] ?? [];
  const useMain = (areas[largest] ?? 0) >= total / 2;
  const shape: Outline = useMain ? { type: 'Polygon', coordinates: main } : { type: 'MultiPolygon', coordinates: polygons };
  const [lon, lat] = geoCentroid(shape);
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return fallback ? { ...fallback, how: 'fallback' } : null;
  if (!geoContains(shape, [lon, lat]) && fallback) return { ...fallback, how: 'fallback' };
  return { lat: round(lat), lon: round(lon), how: useMain ? 'largest-landmass' : 'all-land' };
}
