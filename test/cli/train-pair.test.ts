// `faultline train --task pair` and the relation training beside it,
// in-process on a tiny PLV file of our own. data/model/ is redirected to a
// guard folder, so no run of this test can overwrite a shipped model.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { dataPath } from '../../src/data-dir.js';
import { MODEL_FILES } from '../../src/learn/load-model.js';
import { parseModelFile } from '../../src/learn/model-file.js';
import { PAIR_FEATURES, PAIR_LABELS } from '../../src/relation/pair-ranker.js';
import { runCli } from './run-cli.js';

const guard = vi.hoisted(() => ({ dir: '' }));

vi.mock('../../src/data-dir.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/data-dir.js')>();
  const { join: joinPath } = await import('node:path');
  return { ...real, dataPath: (rel: string): string => (rel.startsWith('model/') ? joinPath(guard.dir, rel) : real.dataPath(rel)) };
});

const HEADER = 'uid\tsentence_id\tsentence\tmarked_sentence\tsource\ttarget\tgold_penta\tgold_root';

/** [marked sentence, penta, root] rows of our own. */
const ROWS: ReadonlyArray<readonly [string, number, string]> = [
  ['<s>Chile</s> criticised <t>Peru</t> over the fishing dispute.', 3, 'ACCUSE'],
  ['<s>Kenya</s> accused <t>Uganda</t> of arming rebels and praised Tanzania.', 3, 'ACCUSE'],
  ['<s>Kenya</s> accused Uganda of arming rebels and praised <t>Tanzania</t>.', 1, 'SUPPORT'],
  ['<s>Norway</s> condemned <t>the bombing</t> of the market.', 3, 'ACCUSE'],
  ['<s>The Egyptian president</s> met <t>Jordan\'s king</t> in Cairo on Sunday.', 1, 'CONSULT'],
  ['<s>Local fishermen</s> blamed <t>Peru</t> for the shortage.', 3, 'ACCUSE'],
];

function plvText(): string {
  const lines = ROWS.map(([marked, penta, root], i) => {
    const plain = marked.replace(/<\/?[st]>/g, '');
    const side = (tag: string): string => new RegExp(`<${tag}>(.*?)</${tag}>`).exec(marked)?.[1] ?? 'a recipient';
    return [String(i + 1), String(i + 1), plain, marked, side('s'), side('t'), String(penta), root].join('\t');
  });
  return [HEADER, ...lines].join('\n') + '\n';
}

describe('faultline train --task pair', () => {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-train-pair-'));
  const input = join(dir, 'input');
  const out = join(dir, 'out');
  const gold = join(input, 'tiny-plv.tsv');

  beforeAll(() => {
    guard.dir = join(dir, 'guard');
    mkdirSync(join(guard.dir, 'model'), { recursive: true });
    mkdirSync(input);
    mkdirSync(out);
    writeFileSync(gold, plvText());
  });

  it('redirects data/model/ to the guard folder', () => {
    expect(dataPath(MODEL_FILES.pair)).toBe(join(guard.dir, 'model', 'pair.json'));
    expect(dataPath('geo/regions.tsv')).not.toContain(guard.dir);
  });

  it('writes the pair ranker alone to --out', async () => {
    const r = await runCli(['train', gold, '--task', 'pair', '--out', join(out, 'pair.json')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // five distinct sentences; the fishermen, whom no candidate names, are left out
    expect(r.stdout).toMatch(/pair ranker, \d+ features, trained on 4 sentences \(1 left out/);
    expect(readdirSync(out)).toEqual(['pair.json']);
    const parsed = parseModelFile(readFileSync(join(out, 'pair.json'), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.problems.join('; '));
    expect(parsed.file.task).toBe('pair');
    expect(parsed.file.features).toBe(PAIR_FEATURES);
    expect(parsed.file.model.labels).toEqual([...PAIR_LABELS]);
    expect(parsed.file.model.weights.size).toBeGreaterThan(0);
    expect(parsed.file.training.files).toEqual([{ name: 'tiny-plv.tsv', format: 'plv', items: ROWS.length }]);
  });

  it('trains the relation model to --out and no pair ranker beside it', async () => {
    const r = await runCli(['train', gold, '--out', join(out, 'rel.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('pair ranker');
    expect(readdirSync(out).sort()).toEqual(['pair.json', 'rel.json']);
    const parsed = parseModelFile(readFileSync(join(out, 'rel.json'), 'utf8'));
    expect(parsed.ok && parsed.file.task).toBe('relation');
  });

  it('fails on a file none of whose sentences has its pair among the candidates', async () => {
    const lonely = join(input, 'lonely-plv.tsv');
    writeFileSync(lonely, [HEADER, ['1', '1', 'Local fishermen blamed Peru for the shortage.', '<s>Local fishermen</s> blamed <t>Peru</t> for the shortage.', 'Local fishermen', 'Peru', '3', 'ACCUSE'].join('\t')].join('\n'));
    const r = await runCli(['train', lonely, '--task', 'pair', '--out', join(out, 'lonely.json')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/pair ranker needs/);
    expect(readdirSync(out)).not.toContain('lonely.json');
  });

  it('never wrote under data/model/', () => {
    expect(readdirSync(join(guard.dir, 'model'))).toEqual([]);
  });
});
