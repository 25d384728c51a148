// The baseline the learned relation model is measured against: multinomial
// naive Bayes over word unigrams and bigrams, trained on the same folds of
// the same file, with the file's own labels. Two variants: over the whole
// sentence, and (PLV only) over the words between the marked pair. Pure.

import type { EvalFile } from '../eval/eval-format.js';
import type { ItemVerdict } from '../eval/eval-report.js';
import { isPenta } from '../eval/penta-of-event.js';
import { parsePlvRoot } from '../eval/plv-root.js';
import { predictLinear } from '../learn/linear-model.js';
import { trainNaiveBayes } from '../learn/train-naive-bayes.js';
import { tokenize } from '../nlp/tokens.js';
import type { PloverType } from '../records.js';
import { pentaOfPlover } from './plover-penta.js';

export type BaselineKind = 'sentence' | 'between';

/** Counts of lower-case word unigrams and bigrams. */
export function ngramCounts(text: string): Map<string, number> {
  const words = tokenize(text)
    .filter((t) => t.word)
    .map((t) => t.lower);
  const m = new Map<string, number>();
  const add = (k: string): void => {
    m.set(k, (m.get(k) ?? 0) + 1);
  };
  words.forEach((w, i) => {
    add(w);
    const next = words[i + 1];
    if (next !== undefined) add(`${w} ${next}`);
  });
  return m;
}

interface BaselineItem {
  text: string;
  label: string;
}

function baselineItems(file: EvalFile, kind: BaselineKind): BaselineItem[] | null {
  switch (file.format) {
    case 'plv':
      return file.items.map((item) => {
        if (kind === 'sentence') return { text: item.sentence, label: item.goldRoot };
        const s = item.source.spans[0];
        const t = item.target.spans[0];
        if (!s || !t) return { text: item.sentence, label: item.goldRoot };
        const text = s.end <= t.start ? item.sentence.slice(s.end, t.start) : t.end <= s.start ? item.sentence.slice(t.end, s.start) : '';
        return { text, label: item.goldRoot };
      });
    case 'gsr':
      return kind === 'sentence' ? file.items.map((item) => ({ text: item.text, label: item.type })) : null;
    case 'conflibert-class':
      return kind === 'sentence' ? file.items.map((item) => ({ text: item.text, label: String(item.penta) })) : null;
  }
}

function pentaOfLabel(format: EvalFile['format'], label: string): number | null {
  if (format === 'conflibert-class') {
    const n = Number(label);
    return isPenta(n) ? n : null;
  }
  const root = format === 'plv' ? parsePlvRoot(label) : (label as PloverType);
  return root === null ? null : pentaOfPlover(root);
}

/**
 * Out-of-fold naive Bayes verdicts for every item (`folds[i]` is item i's
 * fold), or null when the variant does not apply to the format.
 */
export function baselineVerdicts(file: EvalFile, folds: readonly number[], k: number, kind: BaselineKind, alpha: number): Array<ItemVerdict | null> | null {
  const items = baselineItems(file, kind);
  if (items === null) return null;
  const features = items.map((i) => ngramCounts(i.text));
  const verdicts: Array<ItemVerdict | null> = items.map(() => null);
  for (let fold = 0; fold < k; fold++) {
    const model = trainNaiveBayes(
      items.flatMap((item, i) => (folds[i] !== fold ? [{ features: features[i] ?? new Map<string, number>(), label: item.label }] : [])),
      { alpha },
    );
    items.forEach((_, i) => {
      if (folds[i] !== fold) return;
      const p = predictLinear(model, features[i] ?? new Map<string, number>());
      verdicts[i] = { label: p.label, penta: pentaOfLabel(file.format, p.label), confidence: p.probability, rule: `baseline:naive-bayes-${kind}` };
    });
  }
  return verdicts;
}
