// Scores a geoparser on GeoVirus-layout gold: toponym precision, recall and
// F1 (a predicted span matches a gold one when they overlap, one to one),
// the share of matched toponyms placed within 161 km (100 miles) of the
// gold point, and the median error in km. Pure.

import { distanceKm } from '../geo/distance-km.js';
import type { Span } from '../records.js';
import type { GeovirusArticle } from './parse-geovirus.js';

/** A toponym the geoparser found, with the point it chose (null when unresolved). */
export interface GeoPrediction extends Span {
  lat: number | null;
  lon: number | null;
  /** What it resolved to, for error listings ("Paris, FRA"). */
  label?: string;
  /** Why, for error listings. */
  reason?: string;
}

export type Geoparser = (text: string) => GeoPrediction[];

export const ACC_KM = 161;

export interface GeoError {
  kind: 'missed' | 'spurious' | 'far';
  /** Line of the article in the gold file. */
  line: number;
  text: string;
  /** Gold name (missed, far) or predicted span text (spurious). */
  name: string;
  detail: string;
}

export interface GeovirusReport {
  /** Gold toponyms. */
  n: number;
  precision: number;
  recall: number;
  f1: number;
  acc_at_161km: number;
  median_km: number;
  articles: number;
  predicted: number;
  matched: number;
  errors: GeoError[];
}

const round = (x: number, d = 4): number => Math.round(x * 10 ** d) / 10 ** d;

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function snippet(text: string, s: Span): string {
  const from = Math.max(0, s.start - 50);
  const to = Math.min(text.length, s.end + 50);
  return `${from > 0 ? '…' : ''}${text.slice(from, s.start)}[${text.slice(s.start, s.end)}]${text.slice(s.end, to)}${to < text.length ? '…' : ''}`.replace(/\s+/g, ' ');
}

export function scoreGeovirus(articles: readonly GeovirusArticle[], geoparse: Geoparser): GeovirusReport {
  let n = 0;
  let predicted = 0;
  let matched = 0;
  const distances: number[] = [];
  const errors: GeoError[] = [];

  for (const a of articles) {
    const preds = geoparse(a.text);
    predicted += preds.length;
    n += a.toponyms.length;
    const used = new Set<number>();
    for (const g of a.toponyms) {
      // The unused prediction that overlaps this gold span most.
      let best = -1;
      let bestOverlap = 0;
      preds.forEach((p, i) => {
        if (used.has(i)) return;
        const o = overlap(p, g);
        if (o > bestOverlap) {
          best = i;
          bestOverlap = o;
        }
      });
      const p = preds[best];
      if (!p) {
        errors.push({ kind: 'missed', line: a.line, text: snippet(a.text, g), name: g.name, detail: 'not found' });
        continue;
      }
      used.add(best);
      matched++;
      const km = p.lat === null || p.lon === null ? Infinity : distanceKm(g.lat, g.lon, p.lat, p.lon);
      distances.push(km);
      if (km > ACC_KM) {
        errors.push({
          kind: 'far',
          line: a.line,
          text: snippet(a.text, g),
          name: g.name,
          detail: `${Number.isFinite(km) ? Math.round(km) : '∞'} km off: chose ${p.label ?? `${p.lat}, ${p.lon}`}${p.reason ? ` (${p.reason})` : ''}; gold ${g.lat}, ${g.lon}`,
        });
      }
    }
    preds.forEach((p, i) => {
      if (used.has(i)) return;
      errors.push({ kind: 'spurious', line: a.line, text: snippet(a.text, p), name: a.text.slice(p.start, p.end), detail: `chose ${p.label ?? '?'}${p.reason ? ` (${p.reason})` : ''}` });
    });
  }

  const precision = predicted === 0 ? 0 : matched / predicted;
  const recall = n === 0 ? 0 : matched / n;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const within = distances.filter((d) => d <= ACC_KM).length;
  const sorted = [...distances].sort((x, y) => x - y);
  let median = 0;
  if (sorted.length > 0) {
    const mid = Math.floor(sorted.length / 2);
    median = sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  }
  return {
    n,
    precision: round(precision),
    recall: round(recall),
    f1: round(f1),
    acc_at_161km: distances.length === 0 ? 0 : round(within / distances.length),
    median_km: Number.isFinite(median) ? round(median, 1) : -1,
    articles: articles.length,
    predicted,
    matched,
    errors,
  };
}
