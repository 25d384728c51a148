// The `faultline` command: one small dispatcher, one top-level catch.

import { Command, CommanderError, Option } from 'commander';
import { CliError } from './cli-error.js';
import { processIo, type CliIo } from './cli-io.js';
import { codeCommand } from './code.js';
import { demoCommand } from './demo.js';
import { evalCommand } from './eval.js';
import { trainCommand } from './train.js'; // issue 6
import { relationCommand } from './relation.js'; // relation mode (issue 6)
import { eventsCommand } from './events.js';
import { explainCommand } from './explain.js';
import { ingestCommand } from './ingest.js';
import { recodeCommand } from './recode.js'; // re-coding after a dictionary change
import { showCommand } from './show.js';
import { LIST_FORMATS } from './format-events.js';
import { placesCommand } from './places.js'; // geo (issue 3)
import { importCommand } from './import.js';
import { IMPORT_FORMATS, type ImportFormat } from './import-formats.js'; // feeds and formats (issue 5)
import { EXPORT_FORMATS, exportCommand, type ExportFormat } from './export.js'; // feeds and formats (issue 5)
import { feedsAddCommand, feedsListCommand, feedsRemoveCommand } from './feeds.js'; // feeds and formats (issue 5)
import { watchCommand } from './watch.js'; // feeds and formats (issue 5)
import { dyadsCommand } from './dyads.js';
import { tensionCommand } from './tension.js';
import { hotspotsCommand } from './hotspots.js';
import { networkCommand } from './network.js';
import { alertsAddCommand, alertsListCommand, alertsRemoveCommand, alertsTestCommand } from './alerts.js';
import { backtestCommand } from './backtest.js';
import { serveCommand } from './serve.js'; // dashboard and API (issue 4)
import { delimiter } from 'node:path'; // user dictionaries (issue 6)
import { dictCheckCommand } from './dict.js'; // user dictionaries (issue 6)

const dbOption = (): Option => new Option('--db <url>', 'database file or URL (default: $FAULTLINE_DB or ./faultline.db)');
// User dictionaries (issue 6): docs/dictionaries.md.
const dictOption = (): Option =>
  new Option('--dict <dir>', `user dictionary folder laid over the built-in one (repeatable; also $FAULTLINE_DICT, folders separated by "${delimiter}")`).argParser(
    (v: string, acc: string[] | undefined) => [...(acc ?? []), v],
  );

export function buildProgram(io: CliIo): Command {
  const program = new Command('faultline')
    .description('Faultline: read news, code who did what to whom (CAMEO/PLOVER), store and explain events.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .showHelpAfterError();

  const db = (opts: { db?: string }): string | undefined => opts.db ?? io.env['FAULTLINE_DB'];
  // $FAULTLINE_DICT folders first, then --dict ones: later folders override earlier ones.
  const dicts = (opts: { dict?: string[] }): string[] => [
    ...(io.env['FAULTLINE_DICT'] ?? '').split(delimiter).filter((d) => d !== ''),
    ...(opts.dict ?? []),
  ];

  program
    .command('ingest')
    .description('read reports (.txt .html .json .jsonl, files or folders), code them and store documents and events')
    .argument('<paths...>', 'files or folders')
    .addOption(dbOption())
    .option('--date <YYYY-MM-DD>', 'publication date for reports that carry none')
    .option('--source <name>', 'source name for reports that carry none')
    .option('--quiet', 'no progress bar')
    .addOption(dictOption())
    .action(async (paths: string[], o: { db?: string; date?: string; source?: string; quiet?: boolean; dict?: string[] }) =>
      ingestCommand(io, { paths, db: db(o), date: o.date, source: o.source, quiet: o.quiet === true, dicts: dicts(o) }),
    );

  program
    .command('recode')
    .description('code the stored documents again with the current dictionaries and replace their sentences and events (one transaction per document)')
    .addOption(dbOption())
    .addOption(dictOption())
    .option('--since <YYYY-MM-DD>', 'only documents published on or after this date')
    .option('--until <YYYY-MM-DD>', 'only documents published on or before this date')
    .option('--dry-run', 'code and count, write nothing')
    .option('--json', 'print the summary as one JSON object')
    .action(async (o: { db?: string; dict?: string[]; since?: string; until?: string; dryRun?: boolean; json?: boolean }) =>
      recodeCommand(io, { db: db(o), dicts: dicts(o), since: o.since, until: o.until, dryRun: o.dryRun === true, json: o.json === true }),
    );

  program
    .command('code')
    .description('code text from stdin (or --text) and print its events; stores nothing')
    .option('--text <text>', 'the text to code instead of stdin')
    .option('--date <YYYY-MM-DD>', 'publication date: relative dates resolve against it')
    .option('--country <ISO3>', 'home country of the report, for officials named by title alone')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'jsonl', 'table']).default('table'))
    .addOption(dictOption())
    .action(async (o: { text?: string; date?: string; country?: string; format: 'json' | 'jsonl' | 'table'; dict?: string[] }) =>
      codeCommand(io, { ...o, dicts: dicts(o) }),
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

  // geo (issue 3)
  program
    .command('places')
    .description('where stored events happened, with counts (most events first)')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'output format').choices(LIST_FORMATS).default('table'))
    .option('--country <ISO3>', 'places in this country')
    .option('--since <YYYY-MM-DD>', 'events on or after this date')
    .option('--until <YYYY-MM-DD>', 'events on or before this date')
    .option('--limit <n>', 'at most n places', '100')
    .action(async (o: Record<string, string | undefined>) => placesCommand(io, { ...o, db: db(o) }));

  program
    .command('show')
    .description('a document with its actors, verbs and places marked and its events listed')
    .argument('<doc-id>')
    .addOption(dbOption())
    .addOption(dictOption()) // show re-codes the document: give the dictionaries it was ingested with
    .action(async (id: string, o: { db?: string; dict?: string[] }) => showCommand(io, { id, db: db(o), dicts: dicts(o) }));

  program
    .command('explain')
    .description('why an event was coded: sentence, spans, rule, actors, modality')
    .argument('<event-id>')
    .addOption(dbOption())
    .option('--json', 'print the event, the explanation and the model view as one JSON object')
    .addOption(dictOption()) // the relation model's view reads the pair with the user dictionaries too
    .action(async (id: string, o: { db?: string; json?: boolean; dict?: string[] }) => explainCommand(io, { id, db: db(o), json: o.json === true, dicts: dicts(o) }));

  program
    .command('eval')
    .description('score the coder on a gold file')
    .argument('<file>')
    .addOption(new Option('--format <format>', 'gold file format').choices(['plv', 'gsr', 'conflibert-class', 'geovirus']).makeOptionMandatory())
    .option('--json', 'print one JSON object')
    .option('--errors <n>', 'print the n first misses with their explanation', '0')
    // relation mode (issue 6)
    .option('--no-relation', "score the coder's events alone (default: relation mode with the shipped model)")
    .option('--cv <k>', 'k-fold cross-validation: retrain the model k times, each fold scored by a model trained without it')
    .option('--with <file>', 'with --cv: also train on this gold file in full (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--model <path>', 'model file instead of the shipped one')
    .addOption(new Option('--model-decides <which>', 'conflibert-class: the penta model decides every sentence, or only those the coder found no event in').choices(['all', 'no-event']).default('all'))
    .addOption(dictOption())
    .action(
      async (
        file: string,
        o: {
          format: 'plv' | 'gsr' | 'conflibert-class' | 'geovirus';
          json?: boolean;
          errors: string;
          relation: boolean;
          cv?: string;
          with: string[];
          model?: string;
          modelDecides: 'no-event' | 'all';
          dict?: string[];
        },
      ) =>
        evalCommand(io, {
          file,
          format: o.format,
          json: o.json === true,
          errors: Number(o.errors),
          relation: o.relation,
          with: o.with,
          modelDecides: o.modelDecides,
          dicts: dicts(o),
          ...(o.cv !== undefined ? { cv: Number(o.cv) } : {}),
          ...(o.model !== undefined ? { model: o.model } : {}),
        }),
    );

  // learned relation and penta models (issue 6)
  program
    .command('train')
    .description('train the relation model (PLV, GSR files) or the penta model (ConfliBERT class files) and write its weights')
    .argument('<files...>', 'gold files (format from --format or the file name)')
    .addOption(new Option('--format <format>', 'gold file format of every file').choices(['plv', 'gsr', 'conflibert-class']))
    .addOption(new Option('--task <task>', 'model to train (default: penta for ConfliBERT class files only, else relation, which also trains the pair ranker unless --out is given)').choices(['relation', 'penta', 'pair']))
    .option('--out <path>', 'model file to write (default: data/model/<task>.json)')
    .option('--cv <k>', 'also print k-fold cross-validated accuracy for each file (the others trained on in full)')
    .action(async (files: string[], o: { format?: 'plv' | 'gsr' | 'conflibert-class'; task?: string; out?: string; cv?: string }) =>
      trainCommand(io, {
        files,
        ...(o.format !== undefined ? { format: o.format } : {}),
        ...(o.task !== undefined ? { task: o.task } : {}),
        ...(o.out !== undefined ? { out: o.out } : {}),
        ...(o.cv !== undefined ? { cv: Number(o.cv) } : {}),
      }),
    );

  // relation mode (issue 6)
  program
    .command('relation')
    .description('the PLOVER type and CAMEO code of what the source does to the target in a sentence, with its score and evidence')
    .argument('<sentence>')
    .option('--source <actor>', 'the source: its text in the sentence, or start:end character offsets (with --target; without both the pair ranker picks the pair)')
    .option('--target <actor>', 'the target: its text in the sentence, or start:end character offsets')
    .option('--json', 'print the answer as JSON (as POST /api/v1/relation)')
    .addOption(dictOption())
    .action(async (sentence: string, o: { source?: string; target?: string; json?: boolean; dict?: string[] }) =>
      relationCommand(io, { sentence, ...(o.source !== undefined ? { source: o.source } : {}), ...(o.target !== undefined ? { target: o.target } : {}), json: o.json === true, dicts: dicts(o) }),
    );

  program
    .command('demo')
    .description('load the bundled illustrative reports into the database (when empty) and print a summary')
    .addOption(dbOption())
    .action(async (o: { db?: string }) => demoCommand(io, { db: db(o) }));

  // Analytics (issue 7): import, aggregates, tension, hotspots, network, alerts, backtest.
  // --as-of defaults to the latest event date in the database, not today.
  const asOfOption = (): Option => new Option('--as-of <YYYY-MM-DD>', 'compute as of this day (default: the latest event date in the database)');

  program
    .command('import')
    .description('store coded events from a JSON Lines file (one event per line; "-" reads stdin), or a GDELT 2.0 export (.CSV or .zip), ACLED CSV or PLOVER JSONL file; their documents may be absent')
    .argument('<file>')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'input format (issue 5)').choices(IMPORT_FORMATS).default('jsonl'))
    .option('--quiet', 'no progress bar')
    .option('--no-alerts', 'do not evaluate the alert rules afterwards')
    .action(async (file: string, o: { db?: string; alerts: boolean; format: ImportFormat; quiet?: boolean }) =>
      importCommand(io, { file, db: db(o), alerts: o.alerts, format: o.format, quiet: o.quiet === true }),
    );

  program
    .command('dyads')
    .description('daily aggregates per ordered pair of actors (default: the 30 days up to the latest event)')
    .addOption(dbOption())
    .option('--since <YYYY-MM-DD>', 'first day')
    .option('--until <YYYY-MM-DD>', 'last day')
    .option('--actor <key>', 'an actor on either side: IRQ (with its sectors), UNO, IRQ/GOV')
    .addOption(new Option('--level <level>', 'actor keys by country or by sector').choices(['country', 'sector']).default('country'))
    .addOption(new Option('--format <format>', 'output format').choices(LIST_FORMATS).default('table'))
    .option('--rebuild', 'recompute every aggregate from the stored events first')
    .action(async (o: { db?: string; since?: string; until?: string; actor?: string; level: 'country' | 'sector'; format: (typeof LIST_FORMATS)[number]; rebuild?: boolean }) =>
      dyadsCommand(io, { ...o, db: db(o), rebuild: o.rebuild === true }),
    );

  program
    .command('tension')
    .description('tension of a country or a dyad over a window, 0 … 100 (without --country/--dyad: the most tense dyads)')
    .addOption(dbOption())
    .option('--country <ISO3>', 'a country (or IGO)')
    .option('--dyad <A,B>', 'two actors, e.g. IRQ,IRN')
    .option('--directed', 'only events from the first actor of --dyad to the second')
    .addOption(new Option('--window <days>', 'window in days').choices(['7', '30', '90']).default('30'))
    .addOption(asOfOption())
    .option('--limit <n>', 'dyads listed without --country/--dyad', '20')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (o: { db?: string; country?: string; dyad?: string; directed?: boolean; window: string; asOf?: string; limit: string; format: 'table' | 'json' }) =>
      tensionCommand(io, { ...o, db: db(o), directed: o.directed === true }),
    );

  program
    .command('hotspots')
    .description('countries, dyads and places ranked by escalation, each with its reason and top events')
    .addOption(dbOption())
    .addOption(asOfOption())
    .option('--window <days>', 'recent span examined', '28')
    .option('--limit <n>', 'at most n entries', '20')
    .option('--flagged', 'only flagged escalations')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (o: { db?: string; asOf?: string; window: string; limit: string; flagged?: boolean; format: 'table' | 'json' }) =>
      hotspotsCommand(io, { ...o, db: db(o), flagged: o.flagged === true }),
    );

  program
    .command('network')
    .description('the signed, weighted graph of actors over a window, with spillover exposure and bridging actors')
    .addOption(dbOption())
    .addOption(asOfOption())
    .option('--window <days>', 'window in days', '30')
    .option('--min-volume <n>', 'drop edges with fewer events', '1')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'graphml']).default('json'))
    .action(async (o: { db?: string; asOf?: string; window: string; minVolume: string; format: 'json' | 'graphml' }) =>
      networkCommand(io, { ...o, db: db(o) }),
    );

  const alerts = program.command('alerts').description('alert rules, evaluated after every ingest and import');
  alerts
    .command('add')
    .description('add a rule: JSON, or e.g. "tension IRQ-IRN above 60", "escalation IRQ,SYR", "events ASSAULT near 33.3,44.4 100km"')
    .argument('<rule...>')
    .addOption(dbOption())
    .option('--name <name>', 'rule name (default: the rule itself)')
    .option('--webhook <url>', 'POST each alert as JSON to this URL')
    .action(async (rule: string[], o: { db?: string; name?: string; webhook?: string }) => alertsAddCommand(io, { ...o, rule, db: db(o) }));
  alerts
    .command('list')
    .description('the rules (with --fired: the alerts they raised, newest first)')
    .addOption(dbOption())
    .option('--fired', 'list recorded alerts instead of rules')
    .option('--limit <n>', 'at most n alerts with --fired', '50')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (o: { db?: string; fired?: boolean; limit: string; format: 'table' | 'json' }) =>
      alertsListCommand(io, { ...o, db: db(o), fired: o.fired === true }),
    );
  alerts
    .command('test')
    .description('evaluate the rules now and deliver new alerts (to stderr and webhooks), as after an ingest')
    .argument('[rule]', 'only this rule (name or id)')
    .addOption(dbOption())
    .addOption(asOfOption())
    .option('--dry-run', 'print what the rules find; record and send nothing')
    .action(async (rule: string | undefined, o: { db?: string; asOf?: string; dryRun?: boolean }) =>
      alertsTestCommand(io, { ...o, rule, db: db(o), dryRun: o.dryRun === true }),
    );
  alerts
    .command('remove')
    .description('remove a rule (by name or id) and its alerts')
    .argument('<rule>')
    .addOption(dbOption())
    .action(async (rule: string, o: { db?: string }) => alertsRemoveCommand(io, { rule, db: db(o) }));

  program
    .command('backtest')
    .description('replay the stored events day by day (no look-ahead) and score the detectors against known onsets')
    .addOption(dbOption())
    .option('--onsets <file>', 'onsets, one "KEY,YYYY-MM-DD" per line (KEY: IRQ or IRQ-IRN)')
    .option('--onset <KEY=YYYY-MM-DD>', 'one onset (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--from <YYYY-MM-DD>', 'first replayed day (default: 180 days before the first onset)')
    .option('--to <YYYY-MM-DD>', 'last replayed day (default: the latest event date)')
    .option('--quiet <n>', 'busiest dyads without onset replayed as quiet series', '10')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (o: { db?: string; onsets?: string; onset: string[]; from?: string; to?: string; quiet: string; format: 'table' | 'json' }) =>
      backtestCommand(io, { ...o, db: db(o) }),
    );

  // Dashboard and API (issue 4)
  program
    .command('serve')
    .description('serve the HTTP API (/api/v1) and the dashboard from one process, until Ctrl-C')
    .addOption(dbOption())
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <n>', 'port (default 8080, or a free one when 8080 is taken; 0: any free port)')
    .option('--demo', 'load the bundled illustrative reports first when the database is empty')
    .option('--web <dir>', 'folder of the built dashboard (default: dist-web/ of the package)')
    .addOption(dictOption())
    .action(async (o: { db?: string; host: string; port?: string; demo?: boolean; web?: string; dict?: string[] }) =>
      serveCommand(io, { db: db(o), host: o.host, port: o.port, demo: o.demo === true, web: o.web, dicts: dicts(o) }),
    );

  // Feeds and formats (issue 5): export.
  program
    .command('export')
    .description('write stored events as a GDELT 2.0 export, PLOVER JSONL, CSV or GeoJSON (located events)')
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).makeOptionMandatory())
    .option('--out <file>', 'write to this file instead of stdout')
    .addOption(dbOption())
    .option('--country <ISO3>', 'events with this country as source or target')
    .option('--type <PLOVER>', 'PLOVER event type')
    .option('--since <YYYY-MM-DD>', 'events on or after this date')
    .option('--until <YYYY-MM-DD>', 'events on or before this date')
    .action(async (o: { format: ExportFormat; out?: string; db?: string; country?: string; type?: string; since?: string; until?: string }) =>
      exportCommand(io, { ...o, db: db(o) }),
    );

  // Feeds and formats (issue 5): feeds and watch.
  const feeds = program.command('feeds').description('the feeds and pages `faultline watch` polls');
  feeds
    .command('add')
    .description('watch an RSS/Atom feed (or, with --page, a web page)')
    .argument('<url>')
    .addOption(dbOption())
    .option('--name <name>', 'source name for its stories (default: the site name)')
    .option('--page', 'the URL is a web page that is itself the story')
    .option('--interval <seconds>', 'seconds between polls', '900')
    .option('--no-pages', "use the items' own text instead of fetching their pages")
    .action(async (url: string, o: { db?: string; name?: string; page?: boolean; interval: string; pages: boolean }) =>
      feedsAddCommand(io, { ...o, url, db: db(o) }),
    );
  feeds
    .command('list')
    .description('the watched feeds with their last poll, failures and next poll')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (o: { db?: string; format: 'table' | 'json' }) => feedsListCommand(io, { ...o, db: db(o) }));
  feeds
    .command('remove')
    .description('stop watching a feed (by URL or id); its stories stay stored')
    .argument('<feed>')
    .addOption(dbOption())
    .action(async (feed: string, o: { db?: string }) => feedsRemoveCommand(io, { feed, db: db(o) }));

  program
    .command('watch')
    .description('poll feeds and pages (conditional GET, per-host politeness, backoff), ingest new stories and link republished ones')
    .addOption(dbOption())
    .option('--config <file>', 'JSON file with the feeds and settings (see README "Feeds and formats")')
    .option('--once', 'poll the due feeds once and exit')
    .option('--quiet', 'print only the per-feed summary')
    .addOption(dictOption())
    .action(async (o: { db?: string; config?: string; once?: boolean; quiet?: boolean; dict?: string[] }) =>
      watchCommand(io, { db: db(o), config: o.config, once: o.once === true, quiet: o.quiet === true, dicts: dicts(o) }),
    );

  // User dictionaries (issue 6): docs/dictionaries.md.
  const dict = program.command('dict').description('user dictionaries of actors and verb patterns (docs/dictionaries.md)');
  dict
    .command('check')
    .description('validate user dictionary folders; report duplicates, conflicts with and overrides of the built-in dictionaries (exit 1 on errors)')
    .argument('<dirs...>', 'dictionary folders (DIR/actors/*.txt, DIR/verbs/*.txt), later ones over earlier ones')
    .option('--json', 'print one JSON object')
    .option('--strict', 'also exit 1 on warnings (conflicts, removals that found nothing)')
    .action(async (dirs: string[], o: { json?: boolean; strict?: boolean }) =>
      dictCheckCommand(io, { dirs, json: o.json === true, strict: o.strict === true }),
    );

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
