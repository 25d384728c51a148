// Located events as GeoJSON (RFC 7946) Point features, for QGIS, kepler.gl
// and web maps. Coordinates are [longitude, latitude]. Events without a
// latitude and longitude have no feature. Pure: the writer streams the
// collection as opening, features joined by commas, closing.

import type { Actor, Event } from '../records.js';

export interface GeoJsonFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, string | number | null>;
}

const label = (actors: readonly Actor[]): string => actors.map((a) => a.country ?? a.igo ?? a.name).join('+');

/** The feature of a located event, or null when it has no coordinates. */
export function eventFeature(e: Event): GeoJsonFeature | null {
  const p = e.location;
  if (p === null || p.lat === null || p.lon === null) return null;
  return {
    type: 'Feature',
    id: e.id,
    geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    properties: {
      date: e.date,
      plover: e.plover,
      cameo: e.cameo,
      quad: e.quad,
      goldstein: e.goldstein,
      source: label(e.source),
      target: label(e.target),
      place: p.name,
      country: p.country,
      admin1: p.admin1,
      precision: p.precision,
      geonamesId: p.geonamesId,
      confidence: e.confidence,
      docId: e.docId,
      text: e.evidence.text,
    },
  };
}

export const GEOJSON_OPEN = '{"type":"FeatureCollection","features":[\n';
export const GEOJSON_CLOSE = '\n]}\n';
