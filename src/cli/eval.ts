// `faultline eval <file> --format plv|gsr|conflibert-class`: scores the coder.

import { codeDocument } from '../coder/code-document.js';
import type { EvalFormat } from '../eval/eval-format.js';
import type { SentenceCoder } from '../eval/eval-report.js';
import { formatEvalReport } from '../eval/format-eval-report.js';
import { readEvalFile } from '../eval/read-eval-file.js';
import { scoreEvalFile } from '../eval/score-eval-file.js';
import { loadResources, type Resources } from '../load-resources.js';
import type { Event, Span } from '../records.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { evalGeovirusCommand } from './eval-geovirus.js'; // geo (issue 3)

/**
 * Codes a gold item's text as a document of its own. The splitter may cut it
 * into several sentences: spans are shifted so they index the whole text.
 */
export function textCoder(res: Resources): SentenceCoder {
  return (text: string): Event[] => {
    const coded = codeDocument({ text, docId: null, publishedAt: null, homeCountry: null }, res);
    return coded.events.map((e) => {
      const offset = coded.sentences[e.sentence]?.start ?? 0;
      const shift = (s: Span): Span => ({ start: s.start + offset, end: s.end + offset });
      const sp = e.evidence.spans;
      return {
        ...e,
        evidence: {
          ...e.evidence,
          text,
          spans: {
            source: sp.source.map(shift),
            verb: shift(sp.verb),
            target: sp.target.map(shift),
            location: sp.location ? shift(sp.location) : null,
          },
        },
      };
    });
  };
}

export async function evalCommand(io: CliIo, o: { file: string; format: EvalFormat | 'geovirus'; json: boolean; errors: number }): Promise<void> {
  if (o.format === 'geovirus') return evalGeovirusCommand(io, { file: o.file, json: o.json, errors: o.errors }); // geo (issue 3)
  if (!Number.isInteger(o.errors) || o.errors < 0) throw new CliError('bad-option', '--errors must be a whole number');
  let file;
  try {
    file = await readEvalFile(o.file, o.format);
  } catch (err) {
    throw new CliError('read-failed', `cannot read ${o.file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  for (const p of file.problems.slice(0, 10)) io.stderr(`${p.file}:${p.line}: ${p.message}\n`);
  if (file.problems.length > 10) io.stderr(`… and ${file.problems.length - 10} more problems\n`);
  const report = scoreEvalFile(file, textCoder(loadResources()));
  if (o.json) {
    const { errors: _errors, ...rest } = report;
    io.stdout(JSON.stringify({ ...rest, errors: report.errors.slice(0, o.errors) }, null, 2) + '\n');
    return;
  }
  io.stdout(formatEvalReport(report));
  if (o.errors > 0) {
    io.stdout(`\nWorst ${Math.min(o.errors, report.errors.length)} misses:\n`);
    for (const e of report.errors.slice(0, o.errors)) {
      io.stdout(`  line ${e.line}: gold ${e.gold}, predicted ${e.predicted}${e.rule ? ` (rule ${e.rule})` : ''}${e.detail ? `  [${e.detail}]` : ''}\n    ${e.text}\n`);
    }
  }
}
