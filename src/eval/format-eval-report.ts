// Text rendering of an EvalReport: summary, per-class table, confusion matrix.
// Errors are left to the caller (`faultline eval --errors N` slices them).

import type { EvalReport, FoldScore } from './eval-report.js';

const percent = (x: number): string => `${(x * 100).toFixed(1)}%`;

function table(rows: readonly (readonly string[])[], leftColumns = 1): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, i) => (i < leftColumns ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

/** Column headers for the confusion matrix: the first four letters when those stay distinct. */
function shortLabels(labels: readonly string[]): string[] {
  const short = labels.map((l) => l.slice(0, 4));
  return new Set(short).size === short.length ? short : [...labels];
}

function formatExtra(key: string, value: number): string {
  return /(accuracy|share|rate|precision|recall|f1)$/.test(key) ? percent(value) : String(value);
}

export function formatEvalReport(report: EvalReport): string {
  const out: string[] = [];
  const summary: string[][] = [['items', String(report.n)]];
  if (report.mode !== undefined) summary.push(['mode', report.mode]);
  if (report.root_accuracy !== null)
    summary.push([report.format === 'gsr' ? 'event type accuracy' : 'root accuracy', percent(report.root_accuracy)]);
  if (report.penta_accuracy !== null) summary.push(['penta accuracy', percent(report.penta_accuracy)]);
  if (report.extraction !== null) {
    const e = report.extraction;
    summary.push([
      'extraction',
      `P ${percent(e.precision)}  R ${percent(e.recall)}  F1 ${percent(e.f1)}  (TP ${e.tp}, predicted ${e.predicted}, gold ${e.gold})`,
    ]);
  }
  for (const [key, value] of Object.entries(report.extra ?? {})) summary.push([key.replaceAll('_', ' '), formatExtra(key, value)]);
  out.push(`faultline eval: ${report.format}`, ...table(summary, 2), '');
  if (report.cv !== undefined) out.push(...formatCv(report), '');

  const perType = Object.entries(report.per_type).map(([label, s]) => [
    label,
    String(s.n),
    String(s.correct),
    String(s.predicted),
    percent(s.precision),
    percent(s.recall),
    percent(s.f1),
  ]);
  out.push('per class', ...table([['class', 'n', 'correct', 'predicted', 'precision', 'recall', 'f1'], ...perType]), '');

  const { labels, matrix } = report.confusion;
  const rows = labels.map((label, i) => [label, ...(matrix[i] ?? []).map(String)]);
  out.push('confusion (rows gold, columns predicted)', ...table([['', ...shortLabels(labels)], ...rows]));
  if (report.errors.length > 0) out.push('', `${report.errors.length} errors`);
  return out.join('\n') + '\n';
}

function foldCells(f: FoldScore, root: boolean, penta: boolean): string[] {
  const cell = (x: number | null): string => (x === null ? '-' : percent(x));
  return [...(root ? [cell(f.root_accuracy)] : []), ...(penta ? [cell(f.penta_accuracy)] : [])];
}

/** Per-fold figures of a cross-validated run, with the baselines of the same folds. */
function formatCv(report: EvalReport): string[] {
  const cv = report.cv;
  if (cv === undefined) return [];
  const root = cv.mean.root_accuracy !== null;
  const penta = cv.mean.penta_accuracy !== null;
  const head = ['', 'n', ...(root ? [report.format === 'gsr' ? 'type' : 'root'] : []), ...(penta ? ['penta'] : [])];
  const rows = cv.folds.map((f, i) => [`fold ${i + 1}`, String(f.n), ...foldCells(f, root, penta)]);
  rows.push(['mean of folds', String(cv.mean.n), ...foldCells(cv.mean, root, penta)]);
  for (const b of cv.baselines) rows.push([`baseline: ${b.name}`, String(b.mean.n), ...foldCells(b.mean, root, penta)]);
  const extra = cv.extra_training.length > 0 ? `; also trained on ${cv.extra_training.join(', ')}` : '';
  return [`${cv.k}-fold cross-validation (folds by sentence${extra})`, ...table([head, ...rows])];
}
