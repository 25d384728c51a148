// `faultline eval <file> --format geovirus`: scores the geocoder (toponym
// P/R/F1, acc@161km, median km) on GeoVirus-layout gold.

import { geocodeDocument } from '../geo/geocode-document.js';
import { loadGeoResources } from '../geo/load-gazetteer.js';
import { readGeovirus } from '../eval/read-geovirus.js';
import { scoreGeovirus, type GeoPrediction, type Geoparser } from '../eval/score-geovirus.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';

/** The geoparser `eval` scores: every toponym found (places and metonyms), resolved with its document as context. */
export function faultlineGeoparser(): Geoparser {
  const res = loadGeoResources();
  return (text: string): GeoPrediction[] =>
    geocodeDocument({ text, dateline: null }, res).toponyms.map((r) => ({
      start: r.toponym.start,
      end: r.toponym.end,
      lat: r.place.lat,
      lon: r.place.lon,
      label: `${r.place.name}${r.place.admin1 && r.place.admin1 !== r.place.name ? `, ${r.place.admin1}` : ''}, ${r.place.country ?? '-'}`,
      reason: r.reason,
    }));
}

export async function evalGeovirusCommand(io: CliIo, o: { file: string; json: boolean; errors: number }): Promise<void> {
  if (!Number.isInteger(o.errors) || o.errors < 0) throw new CliError('bad-option', '--errors must be a whole number');
  let file;
  try {
    file = await readGeovirus(o.file);
  } catch (err) {
    throw new CliError('read-failed', `cannot read ${o.file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  for (const p of file.problems.slice(0, 10)) io.stderr(`${p.file}:${p.line}: ${p.message}\n`);
  if (file.problems.length > 10) io.stderr(`… and ${file.problems.length - 10} more problems\n`);
  const report = scoreGeovirus(file.items, faultlineGeoparser());
  if (o.json) {
    const { n, precision, recall, f1, acc_at_161km, median_km } = report;
    io.stdout(JSON.stringify({ n, precision, recall, f1, acc_at_161km, median_km }, null, 2) + '\n');
    return;
  }
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  io.stdout(
    [
      `GeoVirus-layout gold: ${report.articles} articles, ${report.n} toponyms`,
      `  toponyms   precision ${pct(report.precision)}  recall ${pct(report.recall)}  F1 ${pct(report.f1)}  (${report.matched} matched of ${report.predicted} found)`,
      `  placement  acc@161km ${pct(report.acc_at_161km)}  median error ${report.median_km} km`,
      '',
    ].join('\n'),
  );
  if (o.errors > 0) {
    const shown = report.errors.slice(0, o.errors);
    io.stdout(`First ${shown.length} of ${report.errors.length} errors:\n`);
    for (const e of shown) io.stdout(`  line ${e.line}: ${e.kind} "${e.name}": ${e.detail}\n    ${e.text}\n`);
  }
}
