// Scores a coder on the ConfliBERT class file: a sentence's predicted penta
// class is that of its most confident event. The file has no "no event" class,
// so a sentence without any event predicts 0 (statement), the class closest to
// "nothing happened"; extra.no_event_share says how often that was the case.
// There is no PLOVER root and no actor here: root_accuracy and extraction are null.

import { bestEvent } from './best-event.js';
import type { EvalError, EvalReport, SentenceCoder } from './eval-report.js';
import { ratio } from './extraction-score.js';
import { memoizeCoder } from './memoize-coder.js';
import type { ConflibertClassItem } from './parse-conflibert-class.js';
import { PENTA_CLASSES, pentaOfEvent, type Penta } from './penta-of-event.js';
import { rankErrors } from './rank-errors.js';
import { tallyClasses, type LabelPair } from './tally-classes.js';

/** Penta class predicted for a sentence without events. */
export const NO_EVENT_PENTA: Penta = 0;

export function scoreConflibertClass(items: readonly ConflibertClassItem[], coder: SentenceCoder): EvalReport {
  const code = memoizeCoder(coder);
  const pairs: LabelPair[] = [];
  const errors: EvalError[] = [];
  let right = 0;
  let noEvent = 0;
  items.forEach((item, index) => {
    const { events, failure } = code(item.text);
    const best = bestEvent(events);
    if (best === null) noEvent++;
    const penta = best === null ? NO_EVENT_PENTA : pentaOfEvent(best);
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
    if (failure !== null) error.note = `coder failed: ${failure}`;
    else if (best === null) error.note = 'no event';
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
