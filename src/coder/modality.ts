// Voice, negation and modality of a verb: what stands between the subject and
// the verb ("did not", "could", "has vowed to", "was … by") decides whether
// an act is a fact, an intention, a threat, or not an event at all.

import type { Token } from '../nlp/tokens.js';
import {
  ADVERBS,
  AUXILIARIES,
  DENIAL_VERBS,
  FAILURE_VERBS,
  HYPOTHETICAL_MODALS,
  INTENT_MODALS,
  INTENT_VERBS,
  NEGATIONS,
  PASSIVE_AUXILIARIES,
  SPEECH_VERBS,
  THREAT_VERBS,
  TIME_WORDS,
} from './word-classes.js';

const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’']);

/** Words that refuse an act: "refused to release" is a REJECT (124x), not a release. */
const REFUSAL_VERBS = new Set(['refuse', 'refuses', 'refused', 'refusing', 'decline', 'declines', 'declined', 'declining']);

/** Nouns before "to <act>" that name a purpose, not the act: "in order to", "a bid to", "efforts to". */
const PURPOSE_NOUNS = new Set(['order', 'way', 'ways', 'bid', 'effort', 'efforts', 'aim', 'goal', 'chance', 'opportunity', 'proposal', 'attempt', 'attempts']);

const NOT_ADVERBS = new Set(['rally', 'ally', 'family', 'assembly', 'supply', 'reply', 'fly', 'july', 'italy', 'apply', 'rely', 'multiply', 'bully', 'belly', 'jelly', 'tally', 'sully', 'folly', 'holly']);

/** Adverbs: the listed ones and most words in -ly ("unanimously condemned"). */
export function isAdverb(w: string): boolean {
  return ADVERBS.has(w) || (w.length > 4 && w.endsWith('ly') && !NOT_ADVERBS.has(w));
}

export interface VerbGroup {
  /** Token index just before the verb group: where the subject should end. */
  subjectEnd: number;
  passive: boolean;
  negated: boolean;
  hypothetical: boolean;
  intent: boolean;
  threat: boolean;
  failure: boolean;
  /** "refused to", "declined to": a cooperative act refused is a REJECT. */
  refusal: boolean;
  /** "would": hypothetical on its own, future-in-the-past in reported speech. */
  would: boolean;
  /** The cue words found, for the evidence. */
  cues: string[];
}

/** Reads the auxiliaries, modals, negations and control verbs before the anchor. */
export function readVerbGroup(tokens: readonly Token[], anchor: number, mentionOf: Int32Array): VerbGroup {
  const g: VerbGroup = {
    subjectEnd: anchor - 1,
    passive: false,
    negated: false,
    hypothetical: false,
    intent: false,
    threat: false,
    failure: false,
    refusal: false,
    would: false,
    cues: [],
  };
  const anchorTok = tokens[anchor];
  const participle = anchorTok !== undefined && !anchorTok.lower.endsWith('ing');
  let sawAux = false;
  let t = anchor - 1;
  for (; t >= 0; t--) {
    const tok = tokens[t];
    if (!tok || (mentionOf[t] ?? -1) >= 0) break;
    const w = tok.lower;
    // The next word that is not a time phrase: "agreed on Tuesday to resume".
    let n = t + 1;
    while (n < anchor && (TIME_WORDS.has(tokens[n]?.lower ?? '') || /^\d/.test(tokens[n]?.lower ?? '') || inPrinciple(tokens, n))) n++;
    const next = tokens[n]?.lower ?? '';
    if (NEGATIONS.has(w) || w.endsWith("n't")) {
      g.negated = true;
      g.cues.push(w);
    } else if (w === 'would') {
      g.would = true;
      g.cues.push(w);
    } else if (HYPOTHETICAL_MODALS.has(w)) {
      g.hypothetical = true;
      g.cues.push(w);
    } else if (INTENT_MODALS.has(w)) {
      g.intent = true;
      g.cues.push(w);
    } else if (AUXILIARIES.has(w)) {
      if (!sawAux && participle && PASSIVE_AUXILIARIES.has(w) && t === nearestAux(tokens, anchor)) g.passive = true;
      sawAux = true;
    } else if (w === 'to') {
      // "vowed to", "refused to", "going to", "is set to"
    } else if (DECISION_VERBS.has(w) && next === 'to' && anchor - t <= 3) {
      // "has decided to lift sanctions": a decision taken is the act itself
    } else if (ASPECT_VERBS.has(w) && (next === 'to' || t === anchor - 1)) {
      // "vowed to continue attacking", "prepared to resume shelling": the
      // verb of aspect passes the intention on to the act
    } else if ((w === 'likely' || w === 'unlikely') && next === 'to') {
      // "judges are likely to find him guilty": a forecast, not an act
      g.hypothetical = true;
      g.cues.push(w);
    } else if (isAdverb(w) || w === 'no' || w === 'longer' || TIME_WORDS.has(w) || /^\d/.test(w) || QUOTE_MARKS.has(w) || inPrinciple(tokens, t)) {
      // "no longer" is a negation, handled through "no"; Washington "strongly condemns"
    } else if (next === 'to' || (anchorTok?.lower.endsWith('ing') && t === anchor - 1)) {
      if (THREAT_VERBS.has(w)) {
        g.threat = true;
        g.cues.push(w);
      } else if (REFUSAL_VERBS.has(w)) {
        g.refusal = true;
        g.cues.push(w);
      } else if (FAILURE_VERBS.has(w)) {
        g.failure = true;
        g.cues.push(w);
      } else if (INTENT_VERBS.has(w) && next === 'to') {
        g.intent = true;
        g.cues.push(w);
      } else if (PURPOSE_NOUNS.has(w) && next === 'to') {
        // "in order to reach", "as a way to push for", "efforts to end": an act aimed at, not done
        g.hypothetical = true;
        g.cues.push(w);
      } else if (w === 'able' || w === 'unable') {
        if (w === 'unable') g.failure = true;
        g.cues.push(w);
      } else break;
    } else break;
  }
  g.subjectEnd = t;
  return g;
}

/** Verbs of deciding: the act decided is done by deciding it. */
const DECISION_VERBS: ReadonlySet<string> = new Set(['decided', 'decides']);

/** Verbs of aspect before an act ("continue attacking", "resume talks", "begin to withdraw"). */
const ASPECT_VERBS: ReadonlySet<string> = new Set(['continue', 'continues', 'continued', 'continuing', 'resume', 'resumes', 'resumed', 'resuming', 'keep', 'keeps', 'kept', 'keeping', 'begin', 'begins', 'began', 'beginning', 'start', 'starts', 'started', 'starting']);

/** "principle" of "agreed in principle to provide aid": a hedge, like an adverb. */
function inPrinciple(tokens: readonly Token[], t: number): boolean {
  return tokens[t]?.lower === 'principle' && tokens[t - 1]?.lower === 'in';
}

/** The auxiliary nearest before the anchor, skipping adverbs and negations. */
function nearestAux(tokens: readonly Token[], anchor: number): number {
  for (let t = anchor - 1; t >= 0; t--) {
    const w = tokens[t]?.lower ?? '';
    if (isAdverb(w) || NEGATIONS.has(w)) continue;
    return t;
  }
  return -1;
}

export type Modality =
  | { kind: 'keep'; code: string }
  | { kind: 'transformed'; code: string; reason: string }
  | { kind: 'drop'; reason: string };

const INTENT_OF_ROOT: Record<string, string> = {
  '04': '036', '05': '032', '06': '030', '07': '033', '08': '035',
};
const INTENT_OF_CODE: Record<string, string> = {
  '061': '0311', '062': '0312', '063': '0313', '064': '0314',
  '071': '0331', '072': '0332', '073': '0333', '074': '0334',
  '081': '0351', '083': '0352', '084': '0353', '0841': '0353', '0842': '0353', '085': '0355', '087': '0356',
  '0871': '0356', '0872': '0356', '0873': '0356', '0874': '0356',
};
const THREAT_OF_ROOT: Record<string, string> = {
  '14': '133', '15': '138', '16': '131', '17': '137', '18': '1383', '19': '1384', '20': '1385',
};
const THREAT_OF_CODE: Record<string, string> = {
  '161': '1313', '162': '1311', '163': '1312', '164': '134', '165': '135', '166': '136',
  '172': '132', '1721': '1321', '1722': '1322', '1723': '1323', '1724': '1324',
  '191': '1381', '192': '1382', '204': '1385', '2041': '1385', '2042': '1385',
};

const REJECT_OF_CODE: Record<string, string> = {
  '0841': '1243', '084': '1243', '0842': '1243', '081': '1241', '0811': '1241', '0812': '1242', '0813': '1244', '0814': '1244',
  '085': '1245', '087': '1246', '0871': '1246', '0872': '1246', '0873': '1246', '0874': '1246', '083': '1231',
  '061': '1211', '062': '1212', '063': '1213', '064': '1214',
};
const REJECT_OF_ROOT: Record<string, string> = { '03': '120', '04': '125', '05': '120', '06': '121', '07': '122', '08': '124' };

/** The REJECT code for refusing an act: refusing to meet is 125, to release 1243, … */
function rejectCode(code: string): string {
  return REJECT_OF_CODE[code] ?? REJECT_OF_ROOT[root(code)] ?? '120';
}

function root(code: string): string {
  return code.slice(0, 2);
}

function intentCode(code: string): string | null {
  return INTENT_OF_CODE[code] ?? INTENT_OF_ROOT[root(code)] ?? null;
}

function threatCode(code: string): string {
  return THREAT_OF_CODE[code] ?? THREAT_OF_ROOT[root(code)] ?? '130';
}

/**
 * Decides what a matched act becomes: kept as a fact, turned into an intent
 * (03x) or threat (13x), or dropped when negated or hypothetical.
 */
export function applyModality(g: VerbGroup, code: string, _text: string, anchor: number, tokens: readonly Token[]): Modality {
  const before = tokens.slice(0, anchor).map((t) => t.lower);
  const conditional = before.some((w) => w === 'if' || w === 'unless' || w === 'whether');
  const denied = deniedClause(before);
  const reported = before.some((w) => SPEECH_VERBS.has(w) || THREAT_VERBS.has(w));
  const warned = before.some((w) => THREAT_VERBS.has(w));
  const r = root(code);
  const conflictual = r >= '14';

  // A cooperative act refused ("refused to release", "will not negotiate",
  // "would not withdraw") is a REJECT; a refused or negated attack is nothing.
  const refused = g.refusal || (g.negated && (g.intent || g.would));
  if (refused && r >= '03' && r <= '08' && !g.hypothetical) {
    return { kind: 'transformed', code: rejectCode(code), reason: `refusal (${g.cues.join(' ')})` };
  }
  if (g.refusal) return { kind: 'drop', reason: `act refused (${g.cues.join(' ')})` };
  if (g.negated) return { kind: 'drop', reason: `negated (${g.cues.join(' ')})` };
  if (g.failure) return { kind: 'drop', reason: `act refused or failed (${g.cues.join(' ')})` };
  if (denied) return { kind: 'drop', reason: 'denied' };
  if (hearsay(before)) return { kind: 'drop', reason: 'rumour or speculation' };
  if (wishedFor(before)) return { kind: 'drop', reason: 'wished for (hope, wish)' };
  if (conditional && !g.threat && !(warned && conflictual)) return { kind: 'drop', reason: 'conditional (if/unless/whether)' };
  // "may halt mediation efforts if cooperation founders", "would cut supplies
  // unless the debt is paid": a hostile act made conditional on the other
  // side's conduct is a threat (CAMEO 13, e.g. its examples for 131 and 135).
  if (r >= '13' && r !== '15' && g.cues.some((c) => CONDITIONAL_MODALS.has(c)) && conditionAfter(tokens, anchor)) {
    if (r === '13') return { kind: 'keep', code };
    return { kind: 'transformed', code: threatCode(code), reason: `conditional threat (${g.cues.join(' ')} … if/unless)` };
  }
  if (g.hypothetical) return { kind: 'drop', reason: `hypothetical (${g.cues.join(' ')})` };
  if (g.would && !reported) return { kind: 'drop', reason: 'hypothetical (would)' };

  const future = g.intent || g.would;
  if (g.threat || (future && warned)) {
    if (r === '13') return { kind: 'keep', code };
    return { kind: 'transformed', code: threatCode(code), reason: 'threat' };
  }
  if (future) {
    if (conflictual) return { kind: 'transformed', code: threatCode(code), reason: 'stated intent to use force or pressure' };
    const intent = intentCode(code);
    if (intent) return { kind: 'transformed', code: intent, reason: 'stated intent' };
    return { kind: 'keep', code };
  }
  return { kind: 'keep', code };
}

/** Modals that, with a condition after the act, make a threat: "may", "could", "would". */
const CONDITIONAL_MODALS = new Set(['may', 'might', 'could', 'would']);

/** An "if"/"unless" clause after the verb ("… if cooperation founders"); "as if" is a comparison. */
function conditionAfter(tokens: readonly Token[], anchor: number): boolean {
  for (let t = anchor + 1; t < tokens.length; t++) {
    const w = tokens[t]?.lower ?? '';
    if (w === ';' || w === '.') return false;
    if ((w === 'if' || w === 'unless') && tokens[t - 1]?.lower !== 'as') return true;
  }
  return false;
}

/** "denied that", "dismissed reports that", "rejected claims that" before the verb. */
function deniedClause(before: readonly string[]): boolean {
  for (let i = 0; i < before.length; i++) {
    const w = before[i] ?? '';
    if (!DENIAL_VERBS.has(w)) continue;
    const rest = before.slice(i + 1, i + 5);
    if (rest.includes('that') || /^(reports?|claims?|allegations?|accusations?|accounts?)$/.test(rest[0] ?? '') || /ing$/.test(rest[0] ?? '')) {
      // A denial verb that itself starts the clause of the act.
      return true;
    }
  }
  return false;
}

const HEARSAY = new Set(['rumour', 'rumours', 'rumor', 'rumors', 'speculation', 'speculated', 'fears', 'feared', 'possibility', 'prospect', 'unconfirmed', 'hypothetical', 'scenario']);

/** "Rumours that Belarus was preparing …", "the possibility that …". */
function hearsay(before: readonly string[]): boolean {
  return before.some((w, i) => HEARSAY.has(w) && ['that', 'of', 'about'].includes(before[i + 1] ?? ''));
}

const WISH_VERBS = new Set(['hope', 'hopes', 'hoped', 'hoping', 'wish', 'wishes', 'wished', 'wishing']);

/** "I'm hoping the administration will reach out", "wished that Moscow would talk": a clause hoped for. */
function wishedFor(before: readonly string[]): boolean {
  return before.some((w, i) => WISH_VERBS.has(w) && before[i + 1] !== 'to' && before[i - 1] !== 'of' && before[i - 1] !== 'the');
}
