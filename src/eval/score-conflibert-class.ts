// Scores a coder on the ConfliBERT class file: a sentence's predicted penta
// class is that of its most confident event. The file has no "no event" class,
// so a sentence without any event predicts 0 (statement), the class closest to
// "nothing happened"; extra.no_event_share says how often that was the case.
// There is no PLOVER root and no actor here: root_accuracy and extraction are null.
//
// With verdicts (the penta model on the whole sentence), the verdict decides
// the sentences the coder found no event in, or every sentence when
// `verdictsDecide` is 'all'.

import { bestEvent } from './best-event.js';
import type { EvalError, EvalReport, ItemVerdict, SentenceCoder } from './eval-report.js';
import { ratio } from './extraction-score.js';
import { memoizeCoder } from './memoize-coder.js';
import type { ConflibertClassItem } from './parse-conflibert-class.js';
import { PENTA_CLASSES, pentaOfEvent, type Penta } from './penta-of-event.js';
import { rankErrors } from './rank-errors.js';
import { tallyClasses, type LabelPair } from './tally-classes.js';

/** Penta class predicted for a sentence without events. */
export const NO_EVENT_PENTA: Penta = 0;

export function scoreConflibertClass(
  items: readonly ConflibertClassItem[],
  coder: SentenceCoder,
  verdicts?: ReadonlyArray<ItemVerdict | null>,
  verdictsDecide: 'no-event' | 'all' = 'no-event',
): EvalReport {
  const code = memoizeCoder(coder);
  const pairs: LabelPair[] = [];
  const errors: EvalError[] = [];
  let right = 0;
  let noEvent = 0;
  items.forEach((item, index) => {
    const { events, failure } = code(item.text);
    const best = bestEvent(events);
    if (best === null) noEvent++;
    const verdict = verdicts?.[index] ?? null;
    const useVerdict = verdict !== null && verdict.penta !== null && (best === null || verdictsDecide === 'all');
    const penta = useVerdict ? (verdict.penta ?? NO_EVENT_PENTA) : best === null ? NO_EVENT_PENTA : pentaOfEvent(best);
    pairs.push({ gold: String(item.penta), predicted: String(penta) });
    if (penta === item.penta) {
      right++;
      return;
    }
    const error: EvalError = {
      index,
      line: item.line,
      text: item.text,
      gold: String(item.penta),
      predicted: String(penta),
      confidence: best?.confidence ?? null,
    };
    if (best !== null) error.rule = best.evidence.rule;
    if (useVerdict) {
      error.rule = verdict.rule;
      error.confidence = verdict.confidence;
      if (verdict.explanation !== undefined) error.explanation = verdict.explanation;
    }
    if (failure !== null) error.note = `coder failed: ${failure}`;
    else if (best === null) error.note = useVerdict ? 'no event: penta model on the sentence' : 'no event';
    errors.push(error);
  });
  return {
    format: 'conflibert-class',
    n: items.length,
    root_accuracy: null,
    penta_accuracy: ratio(right, items.length),
    extraction: null,
    ...tallyClasses(pairs, PENTA_CLASSES.map(String)),
    errors: rankErrors(errors),
    extra: { no_event_share: ratio(noEvent, items.length), coder_failures: code.failures() },
  };
}
