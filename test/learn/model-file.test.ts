import { describe, expect, it } from 'vitest';
import { parseModelFile, serializeModelFile, type ModelFile } from '../../src/learn/model-file.js';

const file: ModelFile = {
  task: 'relation',
  features: 'relation-v1',
  model: {
    kind: 'logistic',
    labels: ['ACCUSE', 'AGREE'],
    bias: [0.123456, -0.5],
    weights: new Map([
      ['between:condemn', [1.23456789, -1]],
      ['tiny', [0.00001, -0.00002]],
    ]),
  },
  training: { files: [{ name: 'plv-train.tsv', format: 'plv', items: 2 }], options: { l2: 0.002 }, sentences: ['abc'] },
};

describe('model file', () => {
  it('round-trips, rounding weights and dropping those that round to zero', () => {
    const parsed = parseModelFile(serializeModelFile(file));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.file.model.labels).toEqual(['ACCUSE', 'AGREE']);
    expect(parsed.file.model.bias).toEqual([0.1235, -0.5]);
    expect(parsed.file.model.weights.get('between:condemn')).toEqual([1.2346, -1]);
    expect(parsed.file.model.weights.has('tiny')).toBe(false);
    expect(parsed.file.training.files[0]?.name).toBe('plv-train.tsv');
  });

  it.each([
    ['{', 'not JSON'],
    ['{"format":"other"}', 'format'],
    [serializeModelFile(file).replace('"bias": [\n  0.1235,\n  -0.5\n ]', '"bias": [0.1]'), 'bias has 1 values for 2 labels'],
    [serializeModelFile(file).replace('[1.2346,-1]', '[1.2346]'), 'weights.between:condemn has 1 values'],
  ])('reports problems as data: %#', (text, problem) => {
    const parsed = parseModelFile(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.join('; ')).toContain(problem);
  });
});
