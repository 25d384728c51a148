// The `faultline` command: one small dispatcher, one top-level catch.

import { Command, CommanderError, Option } from 'commander';
import { CliError } from './cli-error.js';
import { processIo, type CliIo } from './cli-io.js';
import { codeCommand } from './code.js';
import { demoCommand } from './demo.js';
import { evalCommand } from './eval.js';
import { eventsCommand } from './events.js';
import { explainCommand } from './explain.js';
import { ingestCommand } from './ingest.js';
import { showCommand } from './show.js';
import { LIST_FORMATS } from './format-events.js';

const dbOption = (): Option => new Option('--db <url>', 'database file or URL (default: $FAULTLINE_DB or ./faultline.db)');

export function buildProgram(io: CliIo): Command {
  const program = new Command('faultline')
    .description('Faultline: read news, code who did what to whom (CAMEO/PLOVER), store and explain events.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .showHelpAfterError();

  const db = (opts: { db?: string }): string | undefined => opts.db ?? io.env['FAULTLINE_DB'];

  program
    .command('ingest')
    .description('read reports (.txt .html .json .jsonl, files or folders), code them and store documents and events')
    .argument('<paths...>', 'files or folders')
    .addOption(dbOption())
    .option('--date <YYYY-MM-DD>', 'publication date for reports that carry none')
    .option('--source <name>', 'source name for reports that carry none')
    .option('--quiet', 'no progress bar')
    .action(async (paths: string[], o: { db?: string; date?: string; source?: string; quiet?: boolean }) =>
      ingestCommand(io, { paths, db: db(o), date: o.date, source: o.source, quiet: o.quiet === true }),
    );

  program
    .command('code')
    .description('code text from stdin (or --text) and print its events; stores nothing')
    .option('--text <text>', 'the text to code instead of stdin')
    .option('--date <YYYY-MM-DD>', 'publication date: relative dates resolve against it')
    .option('--country <ISO3>', 'home country of the report, for officials named by title alone')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'jsonl', 'table']).default('table'))
    .action(async (o: { text?: string; date?: string; country?: string; format: 'json' | 'jsonl' | 'table' }) =>
      codeCommand(io, o),
    );

  program
    .command('events')
    .description('list stored events')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'output format').choices(LIST_FORMATS).default('table'))
    .option('--country <ISO3>', 'events with this country as source or target')
    .option('--type <PLOVER>', 'PLOVER event type')
    .option('--since <YYYY-MM-DD>', 'events on or after this date')
    .option('--until <YYYY-MM-DD>', 'events on or before this date')
    .option('--doc <id>', 'events of one document')
    .option('--limit <n>', 'at most n events', '100')
    .action(async (o: Record<string, string | undefined>) => eventsCommand(io, { ...o, db: db(o) }));

  program
    .command('show')
    .description('a document with its actors, verbs and places marked and its events listed')
    .argument('<doc-id>')
    .addOption(dbOption())
    .action(async (id: string, o: { db?: string }) => showCommand(io, { id, db: db(o) }));

  program
    .command('explain')
    .description('why an event was coded: sentence, spans, rule, actors, modality')
    .argument('<event-id>')
    .addOption(dbOption())
    .option('--json', 'print the event as JSON')
    .action(async (id: string, o: { db?: string; json?: boolean }) => explainCommand(io, { id, db: db(o), json: o.json === true }));

  program
    .command('eval')
    .description('score the coder on a gold file')
    .argument('<file>')
    .addOption(new Option('--format <format>', 'gold file format').choices(['plv', 'gsr', 'conflibert-class']).makeOptionMandatory())
    .option('--json', 'print one JSON object')
    .option('--errors <n>', 'print the n first misses with their explanation', '0')
    .action(async (file: string, o: { format: 'plv' | 'gsr' | 'conflibert-class'; json?: boolean; errors: string }) =>
      evalCommand(io, { file, format: o.format, json: o.json === true, errors: Number(o.errors) }),
    );

  program
    .command('demo')
    .description('load the bundled illustrative reports into the database (when empty) and print a summary')
    .addOption(dbOption())
    .action(async (o: { db?: string }) => demoCommand(io, { db: db(o) }));

  return program;
}

/** Runs the CLI and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode;
    }
    if (err instanceof CliError) {
      io.stderr(`faultline: ${err.message}\n`);
      return err.exitCode;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(`faultline: unexpected error: ${message}\n`);
    if (io.env['FAULTLINE_DEBUG'] && err instanceof Error && err.stack) io.stderr(err.stack + '\n');
    return 2;
  }
}
