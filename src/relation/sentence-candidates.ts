// The candidate pairs of a sentence nobody marked a pair in: the coder's
// guess first (choosePair), then the other pairs of its events and mentions
// (candidatePairs), then each of the first actors with each object phrase
// after a verb and each unknown name after a preposition of place as its
// target (objectPhrases, placePhrases), then the phrase before the
// first verb when no actor is named there (subjectPhrase) with each later
// mention and object phrase as its target. Each candidate carries its
// relation analysis, the actors it stands for and its pair-ranker features.
// Pure.

import type { ActorMention } from '../actors/types.js';
import type { DocumentResources } from '../coder/code-document.js';
import { tokenize } from '../nlp/tokens.js';
import type { Event } from '../records.js';
import { analyseRelation, type RelationPair } from './analyse-relation.js';
import { candidatePairs, choosePair, type ChosenPair } from './choose-pair.js';
import { aimedPhrases, objectPhrases, placePhrases, subjectPhrase } from './object-phrases.js';
import { pairActors } from './pair-actors.js';
import { pairFeatures, type SentenceView } from './pair-features.js';
import { firstPassive } from './passive-voice.js';
import type { RelationCandidate } from './relation-items.js';

/** Actors (places left out, first ones named) tried as sources of an object phrase. */
const OBJECT_SOURCES = 3;

const pairKey = (p: RelationPair): string => JSON.stringify([p.source, p.target]);

export interface SentenceCandidates {
  chosen: ChosenPair;
  /** The chosen pair first, then the others; no pair twice. */
  candidates: RelationCandidate[];
}

export function sentenceCandidates(text: string, res: DocumentResources, coded: { events: Event[]; mentions: ActorMention[] }): SentenceCandidates {
  const chosen = choosePair(coded.events, coded.mentions);
  const tokens = tokenize(text);
  const chosenPair: RelationPair = { source: chosen.source, target: chosen.target };
  const chosenAnalysis = analyseRelation(text, chosenPair, res, coded);
  const eventVerbs = coded.events.map((e) => e.evidence.spans.verb);
  const firstVerb = eventVerbs.reduce<number | null>((min, v) => (min === null || v.start < min ? v.start : min), null);

  const pairs = candidatePairs(coded.events, coded.mentions);
  const verbs = [...chosenAnalysis.hits.map((h) => h.verb), ...eventVerbs].sort((a, b) => a.start - b.start);
  const firstVerbSpan = verbs[0];
  // With no verb known, "against" still aims at a target after the first actor named.
  const firstActorEnd = coded.mentions.filter((m) => !m.locative).reduce<number | null>((min, m) => (min === null || m.end < min ? m.end : min), null);
  const aimFrom = firstVerbSpan?.end ?? firstActorEnd;
  const objects = [...objectPhrases(tokens, verbs, coded.mentions), ...(aimFrom === null ? [] : aimedPhrases(tokens, aimFrom, coded.mentions))];
  const places = placePhrases(tokens, coded.mentions);
  const sources = coded.mentions
    .filter((m) => !m.locative)
    .sort((a, b) => a.start - b.start)
    .slice(0, OBJECT_SOURCES);
  for (const m of sources) for (const o of objects) if (o.start >= m.end) pairs.push({ source: [{ start: m.start, end: m.end }], target: [o] });
  for (const m of sources) for (const p of places) if (p.start >= m.end) pairs.push({ source: [{ start: m.start, end: m.end }], target: [p] });
  // A passive with no agent ("X was arrested in Niger"): the place where it was done to X as the side that did it.
  const passive = firstPassive(tokens);
  if (passive !== null) {
    const patient = coded.mentions.filter((m) => !m.locative && m.end <= passive.start).at(-1) ?? null;
    const patientSpan = patient === null ? subjectPhrase(tokens, passive, coded.mentions) : { start: patient.start, end: patient.end };
    const wheres = [...coded.mentions.filter((m) => m.locative && m.start >= passive.end).map((m) => ({ start: m.start, end: m.end })), ...places.filter((p) => p.start >= passive.end)];
    if (patientSpan !== null && !tokens.some((t) => t.lower === 'by' && t.start >= passive.end)) for (const w of wheres.slice(0, 2)) pairs.push({ source: [w], target: [patientSpan] });
  }
  // A subject the dictionaries do not know, before the first verb, as the source of what follows it.
  const subject = firstVerbSpan === undefined ? null : subjectPhrase(tokens, firstVerbSpan, coded.mentions);
  if (subject !== null && firstVerbSpan !== undefined) {
    pairs.push({ source: [subject], target: [] });
    for (const m of coded.mentions) if (m.start >= firstVerbSpan.end) pairs.push({ source: [subject], target: [{ start: m.start, end: m.end }] });
    for (const o of objects) pairs.push({ source: [subject], target: [o] });
  }

  const all = [chosenPair, ...pairs];
  const targetStarts = [...new Set(all.flatMap((p) => (p.target[0] === undefined ? [] : [p.target[0].start])))].sort((a, b) => a - b);
  const view: SentenceView = { tokens, mentions: coded.mentions, firstVerb, targetStarts };
  const seen = new Set<string>();
  const candidates: RelationCandidate[] = [];
  for (const pair of all) {
    const key = pairKey(pair);
    if (seen.has(key) || (pair.source.length === 0 && pair.target.length === 0 && candidates.length > 0)) continue;
    seen.add(key);
    const analysis = candidates.length === 0 ? chosenAnalysis : analyseRelation(text, pair, res, coded);
    candidates.push({ pair, analysis, actors: pairActors(pair, coded), rankFeatures: pairFeatures(view, pair, analysis, candidates.length === 0) });
  }
  return { chosen, candidates };
}
