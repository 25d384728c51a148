// `faultline relation` and the relation model's view in `faultline explain`,
// in-process on a temporary database.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findSpan } from '../../src/cli/relation.js';
import type { Event } from '../../src/records.js';
import type { RelationAnswer } from '../../src/relation/explain-relation.js';
import type { PairBlock } from '../../src/relation/guess-pair.js';
import { runCli } from './run-cli.js';

const SHELLING = 'Russian troops shelled Ukrainian villages near Kharkiv on Monday.';

describe('findSpan', () => {
  it.each([
    [['Russian troops', null], { start: 0, end: 14 }],
    [['23:41', null], { start: 23, end: 41 }],
    [['ukrainian villages', null], { start: 23, end: 41 }],
    // the first occurrence that is not the source
    [['Russian', { start: 0, end: 14 }], null],
  ] as const)('%j → %j', ([spec, avoid], expected) => {
    if (expected === null) expect(() => findSpan(SHELLING, spec, '--target', avoid)).toThrow(/not in the sentence \(apart from the source\)/);
    else expect(findSpan(SHELLING, spec, '--source', avoid)).toEqual(expected);
  });

  it('takes a later occurrence when the first is the source', () => {
    const s = 'Police arrested police officers.';
    expect(findSpan(s, 'police', '--target', { start: 0, end: 6 })).toEqual({ start: 16, end: 22 });
  });
});

describe('faultline relation', () => {
  it('prints the type, CAMEO code, score, rule and top features of the pair', async () => {
    const r = await runCli(['relation', SHELLING, '--source', 'Russian troops', '--target', 'Ukrainian villages']);
    expect(r.code).toBe(0);
    const first = r.stdout.split('\n')[0] ?? '';
    expect(first).toMatch(/^(ASSAULT|COERCE) \(CAMEO \d{2,4}\)\s+score [01]\.\d{3}\s+penta 4/);
    expect(r.stdout).toContain('[Russian troops]');
    expect(r.stdout).toContain('<Ukrainian villages>');
    expect(r.stdout).toMatch(/rule: verbs\//);
    expect(r.stdout).toMatch(/top features/);
    expect(r.stdout).toMatch(/^\s+\+\d+\.\d{3}\s+\S+/m);
  });

  it('prints JSON as the API answers, with offsets or text for the spans', async () => {
    const byText = await runCli(['relation', SHELLING, '--source', 'Russian troops', '--target', 'Ukrainian villages', '--json']);
    const byOffsets = await runCli(['relation', SHELLING, '--source', '0:14', '--target', '23:41', '--json']);
    expect(byText.code).toBe(0);
    const a = JSON.parse(byText.stdout) as RelationAnswer & { source: unknown; target: unknown };
    const b = JSON.parse(byOffsets.stdout) as RelationAnswer;
    expect(a).toEqual(b);
    expect(a.source).toEqual({ start: 0, end: 14 });
    expect(a.target).toEqual({ start: 23, end: 41 });
    expect(a.penta).toBe(4);
    expect(a.scores[0]?.type).toBe(a.plover_type);
    expect(a.evidence.top_features.length).toBeGreaterThan(0);
  });

  it.each([
    [['--source', 'Chinese troops', '--target', 'Ukrainian villages'], /--source "Chinese troops" is not in the sentence/],
    [['--source', '0:14', '--target', '41:23'], /--target 41:23: start must be less than end/],
    [['--source', '0:140', '--target', '23:41'], /--source 0:140: the sentence has \d+ characters/],
    [['--source', '0:14', '--target', '5:20'], /overlap/],
  ] as const)('fails clearly on %j', async (args, message) => {
    const r = await runCli(['relation', SHELLING, ...args]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('reads the pair with user dictionaries (--dict), failing on a bad folder', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'faultline-no-dict-'));
    const r = await runCli(['relation', SHELLING, '--source', 'Russian troops', '--target', 'Ukrainian villages', '--dict', empty]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(empty);
    expect(r.stdout).toBe('');
  });

  it('requires --source and --target together', async () => {
    const r = await runCli(['relation', SHELLING, '--source', 'Russian troops']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/--target/);
  });

  it('lets the pair ranker pick the pair when neither is given', async () => {
    const r = await runCli(['relation', SHELLING]);
    expect(r.code).toBe(0);
    const [first = '', second = ''] = r.stdout.split('\n');
    expect(first).toMatch(/^pair chosen by the pair ranker \(score (0\.\d{3}|1\.000)\) among \d+ candidates$/);
    expect(second).toMatch(/^ASSAULT \(CAMEO 19\d*\)/);
    expect(r.stdout).toMatch(/\[Russian troops\] shelled <Ukrainian( villages)?>/);
  });

  it('says which pair it chose in JSON, with its score', async () => {
    const r = await runCli(['relation', SHELLING, '--json']);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout) as RelationAnswer & { source: { start: number; end: number }; target: { start: number; end: number }; pair: PairBlock };
    expect(SHELLING.slice(a.source.start, a.source.end)).toBe('Russian troops');
    // the resolver's mention: the demonym heading "Ukrainian villages"
    expect(SHELLING.slice(a.target.start, a.target.end)).toMatch(/^Ukrainian/);
    expect(a.pair.chosen_by).toBe('pair ranker');
    expect(a.pair.score).toBeGreaterThan(0);
    expect(a.pair.candidates).toBeGreaterThan(1);
    // the block names the chosen spans with their texts, and the candidates considered, the chosen one first
    expect(a.pair.source).toEqual([{ ...a.source, text: 'Russian troops' }]);
    expect(a.pair.target).toEqual([{ ...a.target, text: SHELLING.slice(a.target.start, a.target.end) }]);
    expect(a.pair.considered[0]).toEqual({ source: a.pair.source, target: a.pair.target, score: a.pair.score });
    expect(a.pair.considered.length).toBeLessThanOrEqual(a.pair.candidates);
    expect(a.plover_type).toBe('ASSAULT');
  });

  it('fails clearly on a sentence that names no pair', async () => {
    const r = await runCli(['relation', 'It rained all day.']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/names no pair of actors/);
  });
});

describe('faultline explain: the relation model on the event', () => {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-relation-'));
  const db = join(dir, 'test.db');
  const wrongDb = join(dir, 'wrong.db');
  let assault: Event;

  beforeAll(async () => {
    writeFileSync(join(dir, 'report.txt'), `${SHELLING} Japan sent emergency food aid to Kenya.\n`);
    expect((await runCli(['ingest', join(dir, 'report.txt'), '--db', db, '--date', '2026-01-05', '--quiet'])).code).toBe(0);
    const events = JSON.parse((await runCli(['events', '--db', db, '--format', 'json'])).stdout) as Event[];
    const found = events.find((e) => e.plover === 'ASSAULT');
    if (!found) throw new Error(`no ASSAULT event among ${events.map((e) => e.plover).join(', ')}`);
    assault = found;
    // The same event with a wrong rule-coded type, imported into another database.
    const wrong: Event = { ...assault, id: 'wrong-type', docId: null, plover: 'AID', cameo: '073', quad: 2, goldstein: 7.4 };
    writeFileSync(join(dir, 'wrong.jsonl'), JSON.stringify(wrong) + '\n');
    expect((await runCli(['import', join(dir, 'wrong.jsonl'), '--db', wrongDb, '--no-alerts', '--quiet'])).code).toBe(0);
  });

  it('shows the model type, score and top 5 features besides the rule, agreeing', async () => {
    const r = await runCli(['explain', assault.id, '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`rule: ${assault.evidence.rule}`);
    const line = r.stdout.split('\n').find((l) => l.trim().startsWith('model:')) ?? '';
    expect(line).toMatch(/model: ASSAULT \(CAMEO \d+\)\s+score [01]\.\d{3}\s+agrees with the rule/);
    const features = r.stdout.split('\n').find((l) => l.trim().startsWith('top features:')) ?? '';
    const listed = features.replace(/^\s*top features:\s*/, '').split(', ');
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.length).toBeLessThanOrEqual(5);
    for (const f of listed) expect(f).toMatch(/^\S+ \+\d+\.\d{3}$/);
  });

  it('flags a disagreement with the rule-coded type', async () => {
    const r = await runCli(['explain', 'wrong-type', '--db', wrongDb]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/model: ASSAULT .*DISAGREES: the rule coded AID/);
  });

  it('prints the stored event, the explanation and the model view with --json', async () => {
    const r = await runCli(['explain', assault.id, '--db', db, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { event: unknown; explanation: string; model: { plover_type: string; agrees: boolean; top_features: unknown[] } | null };
    expect(out.event).toEqual(assault);
    expect(out.explanation).toContain(`rule: ${assault.evidence.rule}`);
    expect(out.model?.plover_type).toBe('ASSAULT');
    expect(out.model?.agrees).toBe(true);
    expect(out.model?.top_features.length).toBeGreaterThan(0);
    const wrong = JSON.parse((await runCli(['explain', 'wrong-type', '--db', wrongDb, '--json'])).stdout) as { model: { agrees: boolean; rule_type: string } };
    expect(wrong.model).toMatchObject({ agrees: false, rule_type: 'AID' });
  });
});
