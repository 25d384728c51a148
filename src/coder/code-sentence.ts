// Codes one sentence into events: finds verb-pattern matches, attaches source
// and target actors, applies voice, negation and modality, and records the
// evidence of every decision. Pure: everything it needs is passed in.

import type { ActorMention } from '../actors/types.js';
import type { CameoTable } from '../codes/cameo-table.js';
import { tokenize, type Token } from '../nlp/tokens.js';
import type { Actor, Event, Place, Span } from '../records.js';
import { matchPatterns, type PatternMatch } from './match-patterns.js';
import { applyModality, isAdverb, readVerbGroup, type VerbGroup } from './modality.js';
import { stableId } from './stable-id.js';
import type { VerbPatternIndex } from './verb-patterns.js';
import { IRREGULAR_PAST, isBareForm, verbForms } from './inflections.js';
import {
  AUXILIARIES,
  CLAUSE_BREAKS,
  DETERMINERS,
  HYPOTHETICAL_MODALS,
  FIRST_PERSON,
  INTENT_VERBS,
  PASSIVE_AUXILIARIES,
  RELATIVE_PRONOUNS,
  SPEECH_VERBS,
  THREAT_VERBS,
  TIME_WORDS,
  VIOLENCE_NOUNS,
} from './word-classes.js';

export interface CoderResources {
  patterns: VerbPatternIndex;
  cameo: CameoTable;
}

export interface SentenceInput {
  text: string;
  /** Index of the sentence in its document. */
  index: number;
  docId: string | null;
  /** Date of the events unless the sentence names another (YYYY-MM-DD). */
  date: string | null;
  /** Dates named in the sentence, offsets into `text`. */
  dates?: ReadonlyArray<Span & { date: string }>;
  /** Actor mentions in the sentence, offsets into `text`. */
  mentions: readonly ActorMention[];
  /** Who is speaking when the sentence is (or continues) a quotation. */
  speaker: Actor | null;
}

/** Why a match produced no event: shown by `faultline explain --verbose` and tests. */
export interface Dropped {
  rule: string;
  verb: Span;
  reason: string;
}

export interface CodedSentence {
  events: Event[];
  dropped: Dropped[];
}

interface Clause {
  tokens: Token[];
  /** Mention index for each token, or -1. */
  mentionOf: Int32Array;
  mentions: readonly ActorMention[];
}

/** Codes a sentence. */
export function codeSentence(input: SentenceInput, res: CoderResources): CodedSentence {
  const tokens = tokenize(input.text);
  const mentions = [...input.mentions].sort((a, b) => a.start - b.start);
  const mentionOf = new Int32Array(tokens.length).fill(-1);
  mentions.forEach((m, mi) => {
    for (const t of tokens) if (t.start >= m.start && t.end <= m.end) mentionOf[t.index] = mi;
  });
  const clause: Clause = { tokens, mentionOf, mentions };
  // "…, Amnesty International protested on Monday": a clause of saying after
  // the content. Its verb, when it carries an event of its own, is coded by a
  // match of its own in place of any pattern on it (a protest verb there is
  // no demonstration).
  const patternMatches = matchPatterns(tokens, mentionOf, mentions, res.patterns);
  const report = reportingClause(clause, patternMatches);
  const matches =
    report?.code != null ? [...patternMatches.filter((m) => m.anchor !== report.verb), reportingMatch(tokens, report.verb, report.code)].sort((a, b) => a.start - b.start) : patternMatches;
  const events: Event[] = [];
  const dropped: Dropped[] = [];
  const sourceOfAnchor = new Map<number, number[]>();
  /** Acts coded so far; `modifier` marks a reduced relative's participle ("warplanes supported by Russia"). */
  const coded: Array<{ anchor: number; source: number[]; future: boolean; modifier: boolean }> = [];

  const question = /\?["'”’)]*\s*$/.test(input.text);
  for (const match of matches) {
    // "torturing suspects, Amnesty International protested": the reporter is no party to the content.
    const ownTargets = report !== null && match.anchor < report.contentEnd ? match.targets.filter((i) => !report.reporter.includes(i)) : match.targets;
    // (nor part of the words the act is read from)
    const matchEnd = ownTargets.length < match.targets.length && report !== null ? Math.min(match.end, report.contentEnd) : match.end;
    const verbSpan = { start: tokens[match.start]?.start ?? 0, end: tokens[matchEnd - 1]?.end ?? 0 };
    const rule = `${match.pattern.id}#${match.pattern.cameo}`;
    let group = readVerbGroup(tokens, match.anchor, mentionOf);
    // "Israel is opposed to French mediation": a participle used as an adjective, not a passive.
    if (group.passive && STATIVE_PARTICIPLES.has(tokens[match.anchor]?.lower ?? '') && tokens[match.anchor + 1]?.lower === 'to') group = { ...group, passive: false };
    const modifier = !group.passive && reducedPassive(clause, match.anchor, group);
    if (modifier) group = { ...group, passive: true, cues: [...group.cues, 'reduced relative'] };
    const drop = (reason: string): void => {
      dropped.push({ rule, verb: verbSpan, reason });
    };
    const reportAct = report !== null && match.anchor === report.verb;
    if (reportAct && report.code === null) {
      drop('a verb of saying after what it reports: its subject is the speaker');
      continue;
    }
    if (askedToAct(tokens, group, mentionOf)) {
      // "he would ask Russia to veto it", "urged Kabul to reopen the talks":
      // the act is what is asked for; the asking is the event.
      drop('an act asked of someone, not done');
      continue;
    }
    if (verbAnchorWord(tokens, match) && nounAfterName(tokens, match.anchor, group, mentionOf, mentions)) {
      // "the Kabul attack", "a Pakistani train", "VOA host", "US support
      // crucial": a bare verb form right after a singular name is a noun.
      drop('a noun after a name, not a verb');
      continue;
    }

    // Subject: the actor before the verb group. A participle after a comma
    // ("…, killing five people") shares the subject of the clause before it.
    const participial = tokens[match.anchor]?.lower.endsWith('ing') === true && tokens[group.subjectEnd]?.text === ',';
    // (The participle of a reduced relative describes an actor: it is no main act.)
    const mainAct = participial ? [...coded].reverse().find((c) => c.anchor < match.anchor && !c.modifier) : undefined;
    // "will hold a rally outside the embassy, protesting …": the participle is
    // as future as the act it describes.
    if (mainAct?.future === true && !group.intent) group = { ...group, intent: true, cues: [...group.cues, 'future main verb'] };
    let subject = reportAct ? report.reporter : participial ? (mainAct?.source ?? []) : findSubject(clause, group.subjectEnd, coded, group.passive);
    if (subject.length === 0 && REPORTED_PRONOUNS.has(tokens[group.subjectEnd]?.lower ?? '')) {
      subject = reportingSubject(clause, group.subjectEnd);
    }
    // "A French lawyer filed …", "Police in Colombia's second city arrested …",
    // "A car bombing by the Islamic State group killed …": the actor inside a
    // longer subject noun phrase.
    // ("a proposal for the Security Council to lift sanctions": an act wished
    // for, not done; the actor before "to" is no subject to look past.)
    if (subject.length === 0 && !group.passive && !(tokens[match.anchor - 1]?.lower === 'to' && (mentionOf[match.anchor - 2] ?? -1) >= 0)) {
      subject = subjectInPhrase(clause, group.subjectEnd, match.pattern.cameo.slice(0, 2));
    }
    // "…, threatening to move against Erbil", "donated ventilators to assist
    // Ethiopia": a participle or purpose infinitive shares the subject of the
    // finite verb before it.
    if (subject.length === 0 && !group.passive && sharesClauseSubject(tokens, match.anchor, group.subjectEnd, mentionOf)) {
      subject = finiteVerbSubject(clause, group.subjectEnd, match.pattern.cameo.slice(0, 2));
    }
    // "imposed blockades on …", "launched a sniper attack on …", "held talks
    // with …": an act named by the object of a light verb is done by that
    // verb's subject; so is a verb after "and" ("fired … and violated …").
    if (subject.length === 0 && !group.passive) {
      const light = lightVerbBefore(tokens, match.anchor, group.subjectEnd, mentionOf);
      if (light >= 0) subject = finiteVerbSubject(clause, light, match.pattern.cameo.slice(0, 2));
    }
    // "I express our appreciation" inside a quotation: the speaker of the
    // nearest verb of saying before it (or of the quotation) is the source.
    let firstPerson: { actor: Actor; span: Span } | null = null;
    if (subject.length === 0 && group.subjectEnd >= 0) {
      const t = tokens[group.subjectEnd];
      const speakerHere = t && FIRST_PERSON.has(t.lower) ? findSpeaker(clause, match.anchor, input.speaker) : null;
      if (t && speakerHere) firstPerson = { actor: speakerHere, span: { start: t.start, end: t.end } };
    }
    const firstPersonSpeaker = firstPerson !== null;

    // Target: from the pattern, else the first actor after the verb in its clause.
    let target = ownTargets;
    if (reportAct) {
      // The party the content is about: the source of its first act, else the subject of its finite verb.
      const about = coded.find((c) => c.anchor < report.contentEnd && !c.modifier)?.source ?? finiteVerbSubject(clause, report.contentEnd - 1, '11');
      target = about.filter((i) => !subject.includes(i));
      if (target.length === 0) {
        drop('a verb of saying after what it reports, with no party in the report to aim at');
        continue;
      }
    }
    let targetFromPattern = target.length > 0;
    let victim: number[] = [];
    if (target.length === 0) {
      // An actor inside the matched words is the object: "expelled two Russian diplomats".
      const inside = mentionsWithin(clause, match.anchor + 1, match.end).filter(
        // "deployed its troops", "put its armed forces on alert": the source's own forces are the instrument.
        // ("threatened to ban Ugandan opposition candidates": a domestic party is a target.)
        (i) =>
          !POSSESSIVES.has(tokens[mentionStartToken(clause, tokenOfChar(tokens, mentions[i]?.start ?? 0)) - 1]?.lower ?? '') &&
          !subject.some(
            (s) =>
              mentions[s]?.actor.country != null &&
              mentions[s]?.actor.country === mentions[i]?.actor.country &&
              (mentions[i]?.actor.sector == null || OWN_FORCES.has(mentions[i]?.actor.sector ?? '') || mentions[i]?.actor.sector === mentions[s]?.actor.sector),
          ),
      );
      const found = inside.length > 0 ? { mentions: inside, victim: false } : findObject(clause, match.end);
      if (found.victim) victim = found.mentions;
      else target = found.mentions;
    }

    // "Ethiopian and Eritrean troops clashed", "Egypt and Qatar met": a
    // reciprocal act of a compound subject needs no target (PLOVER codes all
    // the parties as sources).
    // "French and Egyptian warships launched war games": exercises by the forces
    // of two countries are joint, COOPERATE 062 (the PLOVER manual: joint
    // operations are COOPERATE, one country's exercises MOBILIZE).
    const jointExercise =
      match.pattern.cameo === '150' &&
      new Set(subject.map((i) => mentions[i]?.actor.country).filter((c) => c != null)).size >= 2 &&
      tokens.slice(match.anchor, match.end).some((t) => EXERCISE_WORDS.has(t.lower));
    const reciprocal = subject.length >= 2 && (jointExercise || RECIPROCAL_ROOTS.has(match.pattern.cameo.slice(0, 2)));
    if (match.targetMissing && target.length === 0 && victim.length === 0 && !group.passive && !reciprocal) {
      // "Germany's attack looked blunt", "welcomed a record 40 million tourists":
      // a pattern written with a target needs one. A verb (not a noun) whose
      // direct object names a party or a place will do: "seized all three
      // pumping stations", "freed a former presidential candidate".
      const object = verbalAnchor(tokens, match) && subject.length > 0 ? findObjectPhrase(clause, match.end, input.text) : null;
      if (object === null || !isPartyPhrase(object.actor, tokens, match.end, mentionOf)) {
        drop('the pattern needs a target and none was found');
        continue;
      }
    }
    let source = subject;
    /** The head noun ("camp") whose owners' mention stands for the passive subject. */
    let ownedBy: string | null = null;
    if (group.passive) {
      // "X was attacked by Y": the subject is the target, the agent the source.
      // The pattern itself may cover "by": `kill+ by _ shelling`.
      let agent = findAgent(clause, match.anchor + 1);
      const cameo = match.pattern.cameo;
      if (agent.length === 0 && (cameo.startsWith('17') || cameo.startsWith('084'))) agent = countryOfPassiveAct(clause, match.end);
      if (agent.length === 0) {
        drop('passive voice with no agent named');
        continue;
      }
      // "A camp for Sudanese refugees was attacked by …": the people a place
      // or thing belongs to stand for it as the target.
      if (subject.length === 0) {
        const owned = passiveOwner(clause, group.subjectEnd);
        if (owned !== null) {
          subject = owned.mentions;
          ownedBy = owned.head;
        }
      }
      target = subject;
      targetFromPattern = true;
      source = agent;
      subject = agent;
    }

    // ("announced a unilateral ceasefire": a declaration that is itself the act.)
    const declaredAct = match.pattern.items.length > 1 && /^(?:0[3-8]|1[4-9]|20)/.test(match.pattern.cameo);
    if (SPEECH_VERBS.has(tokens[match.anchor]?.lower ?? '') && target.length === 0 && !declaredAct) {
      // "…, Tehran insisted": a verb of saying that reports, not a demand.
      drop('verb of saying with no addressee');
      continue;
    }
    if (tokens[match.anchor - 1]?.lower === 'be' && tokens[match.anchor - 2]?.lower === 'to') {
      // "a report to be released next month": not done yet.
      drop('passive infinitive (to be …): not done yet');
      continue;
    }
    if (question) {
      drop('a question is not a report of fact');
      continue;
    }
    const modal = applyModality(group, match.pattern.cameo, input.text, match.anchor, tokens);
    if (modal.kind === 'drop') {
      drop(modal.reason);
      continue;
    }
    if (modal.code.startsWith('01') && modal.code !== '015') {
      // PLOVER drops CAMEO's public statements; a claim of responsibility stays.
      drop(`statement (CAMEO ${modal.code}) is not a PLOVER event`);
      continue;
    }
    let codeId = modal.code;
    if (jointExercise && codeId === '150') codeId = '062';
    // "Trump attacked the newspaper": a person's unarmed "attack" is verbal.
    // ("ordered massive attacks on Gaza" is force: only the verb "attacked" itself is words.)
    if (VERBAL_WHEN_PERSON.has(codeId) && /^(?:attack|hit|strik|struck|slam|blast)/.test(tokens[match.anchor]?.lower ?? '') && source.length > 0 && source.every((i) => mentions[i]?.actor.person !== undefined && mentions[i]?.kind !== 'group')) {
      codeId = '111';
    }
    const code = res.cameo.get(codeId);
    if (!code) {
      drop(`CAMEO code ${modal.code} is not in the table`);
      continue;
    }

    const sourceActors: Actor[] = source.map((i) => actorOf(mentions, i));
    if (sourceActors.length === 0 && firstPerson) sourceActors.push(firstPerson.actor);
    if (sourceActors.length === 0) {
      drop('no source actor before the verb');
      continue;
    }
    // A conditional threat ("would strike … if the group opened a new front")
    // is a threat only in the words of the actor's own side; "analysts said
    // Israel could strike … if" is speculation.
    if (modal.kind === 'transformed' && modal.reason.startsWith('conditional threat')) {
      const sayer = sayerOf(clause, match.anchor, input.speaker);
      // Unnamed officials or commanders ("…, officials said") speak for the actor.
      const unnamedOfficial = sayer !== null && sayer.country === null && sayer.igo === null && sayer.sector !== null && (STATE_SECTORS.has(sayer.sector) || sayer.sector === 'REB');
      if (sayer === null || !(unnamedOfficial || sourceActors.some((s) => sameSide(s, sayer)))) {
        drop("conditional (if/unless) not in the actor's own words: speculation");
        continue;
      }
    }
    if (['18', '19', '20'].includes(code.code.slice(0, 2)) && sourceActors.every((a) => a.sector !== null && UNARMED_SECTORS.has(a.sector))) {
      // "the photographer shot the portrait", "a doctor fought the disease": another sense.
      drop(`a ${sourceActors[0]?.sector ?? ''} actor does not use force: another sense of the verb`);
      continue;
    }
    // "threatened to strike unless Baghdad accepted …", "… if the United
    // States goes ahead with …": the party a threat's condition is laid on is
    // the one threatened.
    if (code.code.startsWith('13') && !targetFromPattern && !group.passive && target.every((i) => mentions[i]?.actor.country == null && mentions[i]?.actor.igo == null)) {
      const conditioned = conditionSubject(clause, match.end).filter(
        (i) => !sourceActors.some((s) => (s.country !== null && s.country === mentions[i]?.actor.country) || (s.igo !== null && s.igo === mentions[i]?.actor.igo)),
      );
      // ("threatened to shell Haifa … if Israel hits Beirut": a place as the direct object stays the target.)
      const direct = conditioned.length > 0 && target.length === 0 ? (placeInsideMatch(clause, match) ?? findObjectPhrase(clause, match.end, input.text)) : null;
      if (conditioned.length > 0 && (direct === null || (direct.actor.country === null && direct.actor.igo === null && !/^\p{Lu}/u.test(direct.actor.text)))) {
        target = conditioned;
        victim = [];
      }
    }
    const targetActors = target
      .map((i) => actorOf(mentions, i))
      .filter((t) => !sourceActors.some((s) => sameParty(s, t)))
      .map((t) => (ownedBy === null ? t : { ...t, entry: `${t.entry}+owner-of:${ownedBy}` }));
    const location = findLocation(clause, match);
    const placeCountry = location?.mention.actor.country ?? null;
    // Domestic repression is the common case for state forces acting on
    // sector-only targets ("Kenyan police fired tear gas at protesters").
    const stateSource = sourceActors.some((a) => a.sector !== null && STATE_SECTORS.has(a.sector));
    inferCountries(targetActors, placeCountry, sourceActors, stateSource);
    // "diplomats urged Russia": in words, a sector-only source is rarely the target's own.
    inferCountries(sourceActors, placeCountry, code.quad === 4 ? targetActors : [], false);
    coded.push({ anchor: match.anchor, source, future: group.intent || group.would, modifier });
    sourceOfAnchor.set(match.anchor, source);

    const speaker =
      report !== null && match.anchor < report.contentEnd && report.reporter.length > 0 && !speechVerbBefore(clause, match.anchor)
        ? actorOf(mentions, report.reporter[0] ?? 0)
        : findSpeaker(clause, match.anchor, input.speaker);
    const spans = {
      source: firstPerson && source.length === 0 ? [firstPerson.span] : source.map((i) => spanOf(mentions, i)),
      verb: verbSpan,
      target: target.map((i) => spanOf(mentions, i)),
      location: null as Span | null,
    };
    if (location) spans.location = { start: location.mention.start, end: location.mention.end };
    // "condemned the terrorist attack", "convicted Siemens", "held meetings in
    // Baghdad": with no actor after the verb, the object phrase (or the place
    // the act went to) is the target, an actor of unknown country unless the
    // phrase names a place.
    let objectTarget = false;
    if (target.length === 0 && victim.length === 0 && !group.passive && !(reciprocal && source.length >= 2)) {
      const object = placeInsideMatch(clause, match) ?? findObjectPhrase(clause, match.end, input.text);
      if (object && !sourceActors.some((s) => sameParty(s, object.actor))) {
        targetActors.push(object.actor);
        spans.target = [object.span];
        objectTarget = true;
      }
    }

    // "opened an embassy in Tehran", "threatened to impose a curfew in the
    // capital Algiers": with no party after the verb, the place the act is
    // done in stands for its counterpart (its own country for a domestic act).
    if (targetActors.length === 0 && victim.length === 0 && !group.passive && !(reciprocal && source.length >= 2)) {
      const place = placeAfterMatch(clause, match.end, sourceActors);
      if (place && !sourceActors.some((s) => s.igo === null && s.country === place.actor.country && s.sector === null)) {
        targetActors.push(place.actor);
        spans.target = [place.span];
        objectTarget = true;
      }
    }

    let confidence = 0.9;
    if (objectTarget) confidence -= 0.2;
    else if (!targetFromPattern && targetActors.length > 0) confidence -= 0.15;
    if (firstPersonSpeaker) confidence -= 0.1;
    if (modal.kind === 'transformed') confidence -= 0.1;
    if (match.targetMissing) confidence -= 0.05;
    const date = dateOf(input, match.anchor, tokens);
    const ruleId =
      modal.kind === 'transformed'
        ? `${rule}>${code.code}(${modal.reason})`
        : code.code !== match.pattern.cameo
          ? `${rule}>${code.code}(a person's attack is verbal)`
          : rule;

    const event: Event = {
      id: stableId(`${input.docId ?? ''}|${input.index}|${verbSpan.start}|${code.code}`),
      docId: input.docId,
      sentence: input.index,
      date,
      source: sourceActors,
      target: targetActors,
      cameo: code.code,
      plover: code.plover,
      mode: code.mode,
      context: code.context,
      quad: code.quad,
      goldstein: code.goldstein,
      speaker: speaker && !sourceActors.some((s) => sameActor(s, speaker)) ? speaker : speaker,
      location: location ? placeOf(location.mention) : null,
      evidence: { text: input.text, spans, rule: ruleId },
      confidence: Math.round(Math.max(0.05, Math.min(1, confidence)) * 100) / 100,
    };
    if (reciprocal && target.length === 0 && source.length >= 2 && source.length <= 4 && !group.passive) {
      // "Egypt and Qatar met", "India and Pakistan agreed to a ceasefire": a
      // joint act is coded once per party, each towards the others (the
      // dyadic reading of a symmetric event).
      source.forEach((si, k) => {
        const others = source.filter((o) => o !== si);
        events.push({
          ...event,
          id: k === 0 ? event.id : stableId(`${input.docId ?? ''}|${input.index}|${verbSpan.start}|${code.code}|${k}`),
          source: [sourceActors[k] ?? actorOf(mentions, si)],
          target: others.map((o) => actorOf(mentions, o)),
          evidence: {
            ...event.evidence,
            spans: { ...spans, source: [spanOf(mentions, si)], target: others.map((o) => spanOf(mentions, o)) },
            rule: `${ruleId}(joint act, one event per party)`,
          },
        });
      });
    } else events.push(event);

    // "condemned the war against Iran": Iran is the victim the source defends.
    // Only a victim with a country or IGO is defended: "civilians" alone names no party.
    victim = victim.filter((i) => mentions[i]?.actor.country !== null || mentions[i]?.actor.igo !== null);
    if (victim.length > 0 && code.plover === 'ACCUSE') {
      const defend = res.cameo.get('052');
      if (defend) {
        events.push({
          ...event,
          id: stableId(`${input.docId ?? ''}|${input.index}|${verbSpan.start}|052`),
          target: victim.map((i) => actorOf(mentions, i)),
          cameo: defend.code,
          plover: defend.plover,
          mode: defend.mode,
          context: defend.context,
          quad: defend.quad,
          goldstein: defend.goldstein,
          evidence: {
            text: input.text,
            spans: { ...spans, target: victim.map((i) => spanOf(mentions, i)) },
            rule: `${rule}>052(victim of the act condemned)`,
          },
          confidence: Math.round((event.confidence - 0.15) * 100) / 100,
        });
      }
    }
  }
  return { events, dropped };
}

/**
 * Sector-only actors ("protesters", "journalists", "gunmen") take the country
 * of the place the sentence names ("in Nairobi"), else of the other party
 * ("Kenyan police fired tear gas at protesters"): domestic events are the
 * common case. The entry records that the country was inferred.
 */
function inferCountries(actors: Actor[], placeCountry: string | null, others: readonly Actor[], stateOthers: boolean): void {
  actors.forEach((a, i) => {
    // Only generic sector words; a named group with no country (Islamic State) keeps none.
    if (a.country !== null || a.igo !== null || a.sector === null || !a.entry.startsWith('sector:')) return;
    // The other party's country: for targets of state forces ("police fired at
    // protesters"), and for state institutions facing a domestic party
    // ("rebels kidnapped two soldiers").
    const usable = stateOthers || STATE_SECTORS.has(a.sector);
    const other = usable ? (others.find((o) => o.country !== null)?.country ?? null) : null;
    const country = placeCountry ?? other;
    if (country === null) return;
    // "the army shelled positions, killing six soldiers": the soldiers killed are not the army's own.
    if (placeCountry === null && others.some((o) => o.country === country && o.sector === a.sector)) return;
    actors[i] = { ...a, country, entry: `${a.entry}+inferred:${placeCountry !== null ? 'place' : 'counterpart'}` };
  });
}

function actorOf(mentions: readonly ActorMention[], i: number): Actor {
  const m = mentions[i];
  if (!m) throw new Error(`mention ${i} out of range`);
  return m.actor;
}

function spanOf(mentions: readonly ActorMention[], i: number): Span {
  const m = mentions[i];
  return { start: m?.start ?? 0, end: m?.end ?? 0 };
}

/** Same country (or IGO) and sector: "Ankara recalled its ambassador" has no second party. */
function sameParty(a: Actor, b: Actor): boolean {
  return a.country === b.country && a.igo === b.igo && a.sector === b.sector && (a.country !== null || a.igo !== null || a.name === b.name);
}

export function sameActor(a: Actor, b: Actor): boolean {
  return a.country === b.country && a.igo === b.igo && a.sector === b.sector && a.name === b.name;
}

/** The same side: one country, one IGO, or the same actor ("Israel's defence minister" speaks for Israel). */
function sameSide(a: Actor, b: Actor): boolean {
  return (a.country !== null && a.country === b.country) || (a.igo !== null && a.igo === b.igo) || sameActor(a, b);
}

/**
 * Who says the clause holding `anchor`: the subject of a verb of speech,
 * threat or intent before it ("X said/vowed that …"), the reporter after it
 * ("…, X said"; "…, said X"), else the quotation's speaker.
 */
function sayerOf(clause: Clause, anchor: number, quoted: Actor | null): Actor | null {
  const { tokens, mentionOf } = clause;
  // The subject of the verb at token t, if it lies between character `from` and that verb.
  const subjectBefore = (t: number, from: number): Actor | null => {
    const end = tokens[t]?.start ?? 0;
    const i = findSubject(clause, t - 1, []).find((k) => {
      const m = clause.mentions[k];
      return m !== undefined && m.start >= from && m.end <= end;
    });
    return i === undefined ? null : actorOf(clause.mentions, i);
  };
  for (let t = anchor - 1; t > 0; t--) {
    const w = tokens[t]?.lower ?? '';
    if ((mentionOf[t] ?? -1) >= 0) continue;
    if (SPEECH_VERBS.has(w) || ((THREAT_VERBS.has(w) || INTENT_VERBS.has(w)) && tokens[t + 1]?.lower === 'that')) return subjectBefore(t, 0);
  }
  for (let t = anchor + 1; t < tokens.length; t++) {
    const w = tokens[t]?.lower ?? '';
    if (!(SPEECH_VERBS.has(w) || THREAT_VERBS.has(w)) || (mentionOf[t] ?? -1) >= 0) continue;
    const before = subjectBefore(t, tokens[anchor + 1]?.start ?? 0);
    if (before) return before;
    const mi = mentionOf[t + 1] ?? -1;
    return mi >= 0 ? actorOf(clause.mentions, mi) : null;
  }
  return quoted;
}

/** Index of the first token of the mention that contains token t. */
function mentionStartToken(clause: Clause, t: number): number {
  const mi = clause.mentionOf[t] ?? -1;
  let s = t;
  while (s > 0 && clause.mentionOf[s - 1] === mi) s--;
  return s;
}

/** Mentions conjoined to the left of the mention ending at token t: "Egypt and Qatar". */
function withConjuncts(clause: Clause, t: number): number[] {
  const out: number[] = [];
  let end = t;
  let sawAnd = false;
  for (;;) {
    const mi = clause.mentionOf[end] ?? -1;
    if (mi < 0) break;
    const m = clause.mentions[mi];
    if (!m || m.locative) break;
    out.unshift(mi);
    const start = mentionStartToken(clause, end);
    // "Lula and his Argentine counterpart Javier Milei": a possessive after "and".
    const joint = start - 1 - (POSSESSIVES.has(clause.tokens[start - 1]?.lower ?? '') && clause.tokens[start - 2]?.lower === 'and' ? 1 : 0);
    const sep = clause.tokens[joint];
    if (!sep || (sep.lower !== 'and' && sep.lower !== ',')) break;
    // A comma joins a list only after its "and" ("Egypt, Qatar and the US"):
    // "Threatening to kill the hostages, BLA demanded" has one subject.
    if (sep.lower === ',' && !sawAnd) break;
    if (sep.lower === 'and') sawAnd = true;
    let prev = joint - 1;
    while (prev >= 0 && DETERMINERS.has(clause.tokens[prev]?.lower ?? '') && clause.mentionOf[prev] === -1) prev--;
    if (prev < 0 || (clause.mentionOf[prev] ?? -1) < 0) break;
    end = prev;
  }
  return out;
}

const CONJUNCTIONS = new Set(['and', 'but', 'then']);

/** Participles that after "is/are" and before "to" describe a stance: "is opposed to", "are committed to". */
const STATIVE_PARTICIPLES: ReadonlySet<string> = new Set(['opposed', 'committed', 'dedicated', 'devoted']);

/** Sectors that do not fight: journalists, health workers, educators, refugees, businesses. */
const UNARMED_SECTORS: ReadonlySet<string> = new Set(['JRN', 'MED', 'EDU', 'REF', 'BUS', 'AGR']);

/** Roots of acts that two parties do together: consult, cooperate, fight. */
const RECIPROCAL_ROOTS: ReadonlySet<string> = new Set(['03', '04', '05', '06', '19']);

/** Words of a military exercise (CAMEO 150 patterns that a second country's forces make joint). */
const EXERCISE_WORDS: ReadonlySet<string> = new Set(['exercise', 'exercises', 'drill', 'drills', 'games', 'wargames', 'maneuvers', 'manoeuvres']);

/** General attack codes that, done by a named person, are words (CAMEO 111). */
const VERBAL_WHEN_PERSON: ReadonlySet<string> = new Set(['190', '19', '180', '18']);

const STATE_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);

const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our']);

/** Whether the anchor word is matched as a verb (`attack+`), not as a noun (`attack*`). */
function verbAnchorWord(tokens: readonly Token[], match: PatternMatch): boolean {
  const first = match.pattern.items[0];
  const w = tokens[match.anchor]?.lower ?? '';
  if (first?.kind !== 'words') return false;
  return first.source.split('|').some((a) => a.endsWith('+') && verbForms(a.slice(0, -1).toLowerCase()).includes(w));
}

/** Verbs whose object is asked to act: "asked Russia to veto", "pressed Iran to stop". */
const ASKING_VERBS: ReadonlySet<string> = new Set(
  ['ask', 'urge', 'press', 'pressure', 'encourage', 'persuade', 'invite', 'implore', 'beg', 'exhort', 'advise', 'want', 'expect', 'wish', 'need', 'tell']
    .flatMap((v) => verbForms(v)),
);

/** The subject right before "to <act>" is the object of a verb of asking (or of "call on", "appeal to"). */
function askedToAct(tokens: readonly Token[], group: VerbGroup, mentionOf: Int32Array): boolean {
  // "urged Western allies on Monday to supply …": "to" may follow a time phrase.
  const end = group.subjectEnd;
  let to = end + 1;
  while (to < tokens.length && (TIME_WORDS.has(tokens[to]?.lower ?? '') || /^\d/.test(tokens[to]?.lower ?? ''))) to++;
  const mi = mentionOf[end] ?? -1;
  if (mi < 0 || tokens[to]?.lower !== 'to') return false;
  let start = end;
  while (start > 0 && (mentionOf[start - 1] ?? -1) === mi) start--;
  let p = start - 1;
  while (p >= 0 && DETERMINERS.has(tokens[p]?.lower ?? '') && (mentionOf[p] ?? -1) < 0) p--;
  const w = tokens[p]?.lower ?? '';
  const prev = tokens[p - 1]?.lower ?? '';
  return ASKING_VERBS.has(w) || (w === 'on' && /^call/.test(prev)) || (w === 'to' && /^appeal/.test(prev));
}

/** Head words of names that take a plural verb ("Police arrest", "the Taliban attack"). */
const PLURAL_HEADS = new Set(['police', 'people', 'taliban', 'personnel', 'staff', 'militia', 'clergy', 'youth']);
/** Words before a subject after which a bare verb is still a verb ("demanded that Israel withdraw", "let Iran decide"). */
const BARE_VERB_LICENSORS = new Set([
  'that', 'and', 'or', 'nor', ',', '&', 'let', 'lets', 'help', 'helps', 'helped', 'helping', 'make', 'makes', 'made',
  'making', 'see', 'saw', 'watch', 'watched', 'have', 'had', 'did', 'does', 'do', 'will', 'would', 'can', 'could',
  'may', 'might', 'must', 'should', 'shall', 'to', 'lest', 'unless', 'if',
]);
const PLURAL_PRONOUNS = new Set(['i', 'we', 'you', 'they']);

/**
 * A verb-pattern anchor in bare form written right after a singular name,
 * with nothing between: English wants "attacks" or "attacked" there, so the
 * word is a noun the name modifies ("the Oval Office clash", "China trade with
 * Mauritius", "a Pakistani train").
 */
function nounAfterName(
  tokens: readonly Token[],
  anchor: number,
  group: VerbGroup,
  mentionOf: Int32Array,
  mentions: readonly ActorMention[],
): boolean {
  const word = tokens[anchor];
  if (!word || group.subjectEnd !== anchor - 1 || !isBareForm(word.lower)) return false;
  const mi = mentionOf[anchor - 1] ?? -1;
  const m = mentions[mi];
  if (!m) return false;
  // "an Israeli airstrike hit …", "a US strike on …": a nation before an act of force is its agent
  if ((m.kind === 'demonym' || m.kind === 'country') && (VIOLENCE_NOUNS.has(word.lower) || /^air-?strike$/.test(word.lower))) return false;
  const last = tokens[anchor - 1]?.lower ?? '';
  if (PLURAL_PRONOUNS.has(last) || PLURAL_HEADS.has(last)) return false;
  // "Palestinians protest": a plural head ("U.S." and "Gaza's" are no plurals)
  if (/[^su']s$/.test(last)) return false;
  let start = anchor - 1;
  while (start > 0 && (mentionOf[start - 1] ?? -1) === mi) start--;
  const before = tokens[start - 1]?.lower ?? '';
  return !BARE_VERB_LICENSORS.has(before);
}

const QUOTES = new Set(['"', '“', '”', '‘', '’']);

/** Pronouns that, after "X said", stand for X: "Indonesia said it was ready to send …". */
const REPORTED_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we']);

const PREPOSITIONS = new Set([
  'of', 'in', 'at', 'from', 'to', 'with', 'against', 'on', 'for', 'by', 'about', 'over', 'near',
  'between', 'among', 'into', 'toward', 'towards', 'across', 'inside', 'outside', 'after', 'before',
  'during', 'under', 'than', 'like', 'including', 'via', 'around', 'behind', 'through', 'throughout',
  'along', 'beyond', 'within', 'past', 'upon', 'off', 'amid', 'despite', 'per', 'since', 'until',
]);

/**
 * The subject of a verb whose verb group starts after token `end`: the actor
 * mention ending there, possibly across a time phrase, a parenthesis or a
 * comma-delimited aside ("Iraq, Iran's neighbour, condemned").
 */
function findSubject(
  clause: Clause,
  end: number,
  coded: ReadonlyArray<{ anchor: number; source: number[] }>,
  passive = false,
): number[] {
  const { tokens } = clause;
  let t = end;
  let steps = 0;
  while (t >= 0 && steps++ < 40) {
    const tok = tokens[t];
    if (!tok) break;
    const mi = clause.mentionOf[t] ?? -1;
    if (mi >= 0) {
      const m = clause.mentions[mi];
      const start = mentionStartToken(clause, t);
      const before = tokens[start - 1]?.lower ?? '';
      if (m && !m.locative && !PREPOSITIONS.has(before)) return withConjuncts(clause, t);
      // A mention inside a prepositional phrase: keep looking left for the head.
      if (PREPOSITIONS.has(before) && before !== 'of') {
        // "Rebels backed by Rwanda were attacked": the actor a reduced relative modifies.
        const head = reducedRelativeHead(clause, start - 2);
        if (head >= 0) return withConjuncts(clause, head);
        t = start - 2;
        // skip the rest of a time or place phrase before the preposition
        continue;
      }
      t = start - 2;
      continue;
    }
    const w = tok.lower;
    // "Egyptian fishermen were released": in the passive, a demonym heading a
    // noun phrase whose head is not in the dictionary stands for the phrase
    // (in the active voice "the British comedian killed it" must not code).
    if (passive && tok.word && /^\p{Ll}/u.test(tok.text) && !RELATIVE_PRONOUNS.has(w) && !CONJUNCTIONS.has(w) && !isAdverb(w) && !TIME_WORDS.has(w)) {
      for (let back = 1; back <= 2; back++) {
        const mi = clause.mentionOf[t - back] ?? -1;
        if (mi >= 0) {
          const m = clause.mentions[mi];
          const start = mentionStartToken(clause, t - back);
          if (m?.kind === 'demonym' && !m.locative && !PREPOSITIONS.has(tokens[start - 1]?.lower ?? '')) return withConjuncts(clause, t - back);
          break;
        }
        const between = tokens[t - back];
        if (!between || !between.word || !/^\p{Ll}/u.test(between.text)) break;
      }
    }
    if (isAdverb(w) || TIME_WORDS.has(w) || /^\d/.test(w) || w === "'s" || QUOTES.has(w)) {
      t--;
      continue;
    }
    if (w === ')') {
      let p = t - 1;
      while (p >= 0 && tokens[p]?.text !== '(') p--;
      t = p - 1;
      continue;
    }
    if (w === ',') {
      // Skip one comma-delimited aside if a comma before it closes it.
      let p = t - 1;
      let n = 0;
      while (p >= 0 && tokens[p]?.text !== ',' && n < 14) {
        p--;
        n++;
      }
      if (p >= 0 && tokens[p]?.text === ',') {
        // "Kenzo Oshima, the UN relief coordinator, demanded": a name the
        // dictionary lacks, then an apposition naming who the person is.
        const name = tokens[p - 1];
        if (name && /^\p{Lu}/u.test(name.text) && (clause.mentionOf[p - 1] ?? -1) < 0 && !TIME_WORDS.has(name.lower)) {
          const appositive = appositionMention(clause, p + 1, t);
          if (appositive >= 0) return [appositive];
        }
        t = p - 1;
        continue;
      }
      // "Iraq, which ... , condemned": the aside opened right after the subject.
      const first = tokens[p + 1];
      if (p < 0 && first && RELATIVE_PRONOUNS.has(first.lower)) break;
      t = t - 1;
      continue;
    }
    if (RELATIVE_PRONOUNS.has(w)) {
      // "the minister who condemned": the subject is the noun before "who".
      const prev = t - 1;
      if ((clause.mentionOf[prev] ?? -1) >= 0) return withConjuncts(clause, prev);
      if (tokens[prev]?.text === ',' && (clause.mentionOf[prev - 1] ?? -1) >= 0) return withConjuncts(clause, prev - 1);
      return [];
    }
    if (CONJUNCTIONS.has(w)) {
      // "Iraq condemned X and called for Y": shares the earlier verb's subject.
      const earlier = [...coded].reverse().find((c) => c.anchor < t);
      return earlier ? earlier.source : [];
    }
    break;
  }
  return [];
}


/** Heads before "of" whose complement is the actor: "a group of British lawmakers", "members of the NPA". */
const PARTITIVE_HEADS = new Set(`
  group groups members member supporters hundreds thousands dozens scores number some many most one two three
  several delegation delegations team teams leaders leader head heads chief officials official representatives
  representative envoy envoys units unit contingent contingents commander commanders spokesman spokeswoman
  spokesperson president premier minister ministers fighters troops soldiers forces militants activists
  lawyers lawyer wing branch arm faction factions coalition alliance parts part families residents section
  sections majority minority rest remnants`.trim().split(/\s+/));

/** Heads after a country or group modifier that name the weapon or force it used: "Syrian regime air strikes". */
const FORCE_HEADS = new Set(`
  strike strikes airstrike airstrikes fire artillery shelling jets warplanes aircraft planes missiles missile
  rockets rocket drones drone helicopters helicopter gunships tanks ships warships vessels navy boats
  bombers fighters forces troops soldiers units commandos militants gunmen hackers raids raid bombardment
  agents guards officers personnel police policemen patrols bulldozers snipers marines paratroopers
  security operatives squads squad militias militiamen insurgents`.trim().split(/\s+/));

/** Heads after a country modifier that name no political actor: "the Russian tennis player", "a French novel". */
const NON_POLITICAL_HEADS = new Set(`
  player players striker strikers midfielder defender goalkeeper keeper team side squad club coach manager
  athlete athletes runner runners swimmer cyclist boxer champion champions star stars singer singers band
  actor actress comedian novelist author writer poet artist musician director film films novel book album
  song show series model chef designer tourist tourists climber climbers scientist scientists researcher
  researchers company firm carmaker airline brand bank startup economy market markets stocks shares currency
  weather heatwave storm`.trim().split(/\s+/));

/** Conjunctions that open a clause of their own and never stand inside a subject phrase: "… until Turkey ends". */
const SUBORDINATORS = new Set(['until', 'till', 'unless', 'whether', 'lest', 'once']);

/** Prepositions inside a subject noun phrase: "an expert on …", "police in …", "a bombing by …". */
const PHRASE_PREPOSITIONS = new Set(['of', 'in', 'on', 'for', 'from', 'by', 'at', 'with', 'to', 'against', 'near', 'over']);

/** Participles that modify the noun before them: "groups linked to", "forces based in", "militias allied with". */
const RELATIVE_PARTICIPLES = new Set(['based', 'linked', 'affiliated', 'aligned', 'allied', 'tied', 'connected', 'related', 'opposed', 'stationed', 'held', 'led', 'backed', 'supported', 'armed', 'trained', 'funded', 'sponsored']);

/** Words after a past participle that make it a modifier, not the verb: "fired by", "loyal to", "based in". */
const PARTICIPLE_LINKS = new Set(['by', 'with', 'to', 'in', 'from', 'on', 'for', 'at', 'under', 'against']);

/** True when token t reads as a finite verb ("took", "pushed the", "says"), which ends a subject phrase to its left. */
function looksFinite(tokens: readonly Token[], t: number, mentionOf: Int32Array): boolean {
  const tok = tokens[t];
  if (!tok || !tok.word || (mentionOf[t] ?? -1) >= 0 || /^\p{Lu}/u.test(tok.text)) return false;
  const w = tok.lower;
  if (AUXILIARIES.has(w) || SPEECH_VERBS.has(w) || w === 'will' || w === 'would' || HYPOTHETICAL_MODALS.has(w)) return true;
  const next = tokens[t + 1]?.lower ?? '';
  const prev = tokens[t - 1]?.lower ?? '';
  const attributive = DETERMINERS.has(prev) || isAdverb(prev) || prev === "'s";
  // "Venezuela refused on Friday": right after its subject a past form is the
  // verb, also past a bare day ("Israel Friday reimposed blockades").
  const subjectAt = DATE_WORDS.test(prev) ? t - 2 : t - 1;
  const afterSubject = (mentionOf[subjectAt] ?? -1) >= 0;
  const reduced = next === 'by' || (RELATIVE_PARTICIPLES.has(w) && PARTICIPLE_LINKS.has(next));
  if (IRREGULAR_PAST.has(w)) return afterSubject || (!reduced && !attributive);
  if (w.length > 4 && w.endsWith('ed')) {
    if (afterSubject) return true;
    if (reduced || attributive) return false;
    // "pushed the Peshmerga", "killed 17 soldiers", "seized Kirkuk": an object follows.
    const n = tokens[t + 1];
    return n !== undefined && (DETERMINERS.has(next) || PREPOSITIONS.has(next) || /^\d/.test(next) || (mentionOf[t + 1] ?? -1) >= 0 || !n.word || /^\p{Lu}/u.test(n.text));
  }
  return false;
}

/**
 * The actor of a subject noun phrase whose head is not itself an actor: walks
 * left from `end` over the phrase (nouns, adjectives, "'s", prepositional
 * phrases, one comma-delimited aside) and returns the nearest actor that is
 * not the object of a preposition, or the agent after "by", or the actor
 * after a partitive "of" ("a group of British lawmakers").
 * A country modifier of an unknown noun ("the British comedian") counts for
 * acts of force only when the noun is a force or weapon ("Syrian regime air
 * strikes"): `root` is the CAMEO root of the act.
 */
function subjectInPhrase(clause: Clause, end: number, root: string): number[] {
  const { tokens, mentionOf, mentions } = clause;
  // "three detained citizens", "the wounded soldiers": an adjective, not a verb with a subject.
  const before = tokens[end]?.lower ?? '';
  // "law against deporting people": the object of a preposition has no subject of its own.
  if (DETERMINERS.has(before) || /^\d/.test(before) || PREPOSITIONS.has(before)) return [];
  const force = root >= '17';
  let t = end;
  let steps = 0;
  let head: string | null = null;
  let postModified = false;
  let asides = 0;
  let sawAnd = false;
  while (t >= 0 && steps++ < 18) {
    const tok = tokens[t];
    if (!tok) break;
    const mi = mentionOf[t] ?? -1;
    if (mi >= 0) {
      const m = mentions[mi];
      const start = mentionStartToken(clause, t);
      const before = tokens[start - 1]?.lower ?? '';
      const of = before === 'of' && PARTITIVE_HEADS.has(tokens[start - 2]?.lower ?? '');
      // "Rebels backed by Rwanda attacked": the agent of a reduced relative
      // that modifies an actor is not the subject; the actor it modifies is.
      // ("A bomb planted by ISIS killed": a thing's agent still stands for it.)
      const reducedAgent = before === 'by' && reducedRelativeHead(clause, start - 2) >= 0;
      const usable = m !== undefined && !m.locative && (!PREPOSITIONS.has(before) || (before === 'by' && !reducedAgent) || of);
      // A modifier of an unknown noun: "A French lawyer", "Palestinian factions".
      const modifier = head !== null && !postModified && t < end && !of && before !== 'by';
      if (usable && (!modifier || ((!force || FORCE_HEADS.has(head ?? '')) && !NON_POLITICAL_HEADS.has(head ?? '')))) return withConjuncts(clause, t);
      t = start - 1;
      continue;
    }
    const w = tok.lower;
    if (w === ',') {
      // One comma-delimited aside: "Jotyar Adil, the KRG's spokesperson, in a statement condemned".
      let p = t - 1;
      while (p >= 0 && tokens[p]?.text !== ',' && t - p < 14 && !looksFinite(tokens, p, mentionOf)) p--;
      if (asides++ > 0 || p < 0 || tokens[p]?.text !== ',') break;
      t = p - 1;
      continue;
    }
    if (!tok.word) {
      if (w === '(' || w === ')' || w === '-' || w === "'" || QUOTES.has(w)) {
        t--;
        continue;
      }
      break;
    }
    if (w === "'s") {
      t--;
      continue;
    }
    if (CLAUSE_BREAKS.has(w) || RELATIVE_PRONOUNS.has(w) || REPORTED_PRONOUNS.has(w) || FIRST_PERSON.has(w) || SUBORDINATORS.has(w)) break;
    // "Israeli helicopters and tanks shelled": "and" inside the phrase; "and the army shelled" opens a clause.
    if (CONJUNCTIONS.has(w) && (w !== 'and' || DETERMINERS.has(tokens[t + 1]?.lower ?? ''))) break;
    // "Protesters angered by the verdict attacked", "a group based in
    // Trinidad threatened": a past participle with its by/in/with phrase
    // after an actor is a reduced relative clause, not the verb; the actor
    // before it heads the subject of the verb coded.
    if (!sawAnd && reducedRelativeHead(clause, t) >= 0 && !verbBetween(clause, t + 1, end)) {
      head = null;
      postModified = false;
      t--;
      continue;
    }
    if (w === 'and') sawAnd = true;
    if (looksFinite(tokens, t, mentionOf)) break;
    // "spokesperson linking attack on …": a participle ends the phrase.
    if (w.length > 5 && w.endsWith('ing') && !DETERMINERS.has(tokens[t - 1]?.lower ?? '')) break;
    if (head === null && !PHRASE_PREPOSITIONS.has(w) && !DETERMINERS.has(w) && !TIME_WORDS.has(w) && !/^\d/.test(w)) head = w;
    // "Police forces loyal to X", "an expert on X": an actor before a
    // prepositional phrase heads the subject.
    if (PHRASE_PREPOSITIONS.has(w) && w !== 'of') postModified = true;
    t--;
  }
  return [];
}

/**
 * Token t as the past participle of a reduced relative clause after an actor
 * ("rebels backed by Rwanda", "hackers angered by the cartoons", "a group
 * based in Trinidad"): a participle followed by by/in/with/…, right after a
 * non-locative mention that is not itself the object of a preposition.
 * Returns the token of that mention, or -1.
 */
function reducedRelativeHead(clause: Clause, t: number): number {
  const { tokens, mentionOf, mentions } = clause;
  const w = tokens[t]?.lower ?? '';
  const next = tokens[t + 1]?.lower ?? '';
  if ((mentionOf[t] ?? -1) >= 0 || !(PARTICIPLE_LINKS.has(next) || (next === 'of' && OF_PARTICIPLES.has(w)))) return -1;
  if (!((w.length > 4 && w.endsWith('ed')) || IRREGULAR_PAST.has(w))) return -1;
  const mi = mentionOf[t - 1] ?? -1;
  const m = mentions[mi];
  if (!m || m.locative) return -1;
  // "a roadside bomb planted by the Taliban", "drones operated by the CIA",
  // "gunmen sent by …": an unowned instrument or an unnamed attacker is the
  // agent's ("Syrian warplanes supported by Russia" stay Syria's).
  const unowned = m.actor.country === null && m.actor.igo === null;
  if (m.actor.sector === 'UAF' || (unowned && INSTRUMENTS.has(tokens[t - 1]?.lower ?? ''))) return -1;
  const before = tokens[mentionStartToken(clause, t - 1) - 1]?.lower ?? '';
  return PREPOSITIONS.has(before) && before !== 'of' ? -1 : t - 1;
}

/** Participles whose reduced relative goes on with "of": "officers accused of torture". */
const OF_PARTICIPLES = new Set(['accused', 'suspected', 'convicted', 'acquitted', 'cleared']);

/**
 * "soldiers trained by the United States", "officers accused of torture": a
 * verb-pattern anchor that is the participle of a reduced relative after an
 * actor (no auxiliary; "by" and an agent, or "of" after a verb of accusing)
 * is passive: the actor it follows is acted on.
 */
function reducedPassive(clause: Clause, anchor: number, group: VerbGroup): boolean {
  const { tokens, mentionOf, mentions } = clause;
  if (group.subjectEnd !== anchor - 1) return false;
  const w = tokens[anchor]?.lower ?? '';
  const next = tokens[anchor + 1]?.lower ?? '';
  if (!((w.length > 4 && w.endsWith('ed')) || IRREGULAR_PAST.has(w))) return false;
  if (next === 'by') {
    // an actor as the agent ("spoke by telephone", "retaliated by firing rockets": the means)
    if (findAgent(clause, anchor + 1).length === 0) return false;
  } else if (!(next === 'of' && OF_PARTICIPLES.has(w))) return false;
  const m = mentions[mentionOf[anchor - 1] ?? -1];
  if (!m || m.locative) return false;
  const before = tokens[mentionStartToken(clause, anchor - 1) - 1]?.lower ?? '';
  return !PREPOSITIONS.has(before) || before === 'of';
}

/** Weapons the actor dictionary names as forces: their user, not they, does the act. */
const INSTRUMENTS = new Set(`
  warplanes jets warships gunboats artillery drones drone tanks aircraft helicopters gunships bombers
  planes missiles missile rockets rocket bomb bombs device devices ieds`.trim().split(/\s+/));

/**
 * Whether a word between tokens `from` and `to` (inclusive) reads as a verb
 * (-ed, an irregular past or an auxiliary, outside actor names): "workers
 * affiliated with the union stopped work on … a strike" holds a clause, not
 * just the participle's phrase.
 */
function verbBetween(clause: Clause, from: number, to: number): boolean {
  for (let t = from; t <= to; t++) {
    const tok = clause.tokens[t];
    if (!tok || !tok.word || (clause.mentionOf[t] ?? -1) >= 0 || /^\p{Lu}/u.test(tok.text)) continue;
    const w = tok.lower;
    if (AUXILIARIES.has(w)) return true;
    // ("an open-ended strike", "the court ruling": attributive or nouns)
    const attributive = DETERMINERS.has(clause.tokens[t - 1]?.lower ?? '') || isAdverb(clause.tokens[t - 1]?.lower ?? '');
    if (!attributive && ((w.length > 4 && w.endsWith('ed')) || IRREGULAR_PAST.has(w))) return true;
  }
  return false;
}

/** Verbs whose object names the act itself: "imposed blockades", "launched airstrikes", "held talks". */
const LIGHT_VERBS = new Set(`
  impose imposes imposed imposing launch launches launched launching prolong prolongs prolonged prolonging
  extend extends extended extending renew renews renewed renewing carry carries carried carrying conduct
  conducts conducted conducting stage stages staged staging hold holds held holding open opens opened opening
  begin begins began begun beginning start starts started starting mount mounts mounted mounting continue
  continues continued continuing intensify intensifies intensified intensifying step stepped stepping issue
  issues issued issuing file files filed filing resume resumes resumed resuming escalate escalated escalating
  unleash unleashed unleashing wage waged waging tighten tightened tightening order orders ordered ordering
  announce announces announced announcing make makes made making`.trim().split(/\s+/));

/**
 * The light verb whose object holds the anchor ("imposed [new] blockades",
 * "carried out a raid"), or the finite verb before "and" ("… and violated"),
 * as a token index; -1 if none.
 */
function lightVerbBefore(tokens: readonly Token[], anchor: number, subjectEnd: number, mentionOf: Int32Array): number {
  let t = subjectEnd;
  if (CONJUNCTIONS.has(tokens[t]?.lower ?? '') && tokens[t]?.lower !== 'then') return t - 1;
  // skip the object's determiners, numbers and adjectives: "imposed a new curfew", "launched wide-scale airstrikes"
  let skipped = 0;
  while (t > 0 && skipped < 6 && (mentionOf[t] ?? -1) < 0) {
    const w = tokens[t]?.lower ?? '';
    // "reimposed", "relaunched": the same light verb again
    if (LIGHT_VERBS.has(w) || (w.startsWith('re') && LIGHT_VERBS.has(w.slice(2)))) return t;
    if (w === 'out' && LIGHT_VERBS.has(tokens[t - 1]?.lower ?? '')) return t - 1;
    // "opened direct, high-level peace talks"
    const listComma = w === ',' && tokens[t - 1]?.word === true && /^\p{Ll}/u.test(tokens[t - 1]?.text ?? '');
    if ((!tokens[t]?.word && !listComma) || CLAUSE_BREAKS.has(w) || PREPOSITIONS.has(w) || /^\p{Lu}/u.test(tokens[t]?.text ?? '')) return -1;
    t--;
    skipped++;
  }
  void anchor;
  return -1;
}

/** Verbs whose object, not their subject, does the act of a following infinitive: "urged Iran to withdraw". */
const OBJECT_CONTROL = new Set(`
  urge urges urged urging ask asks asked asking call calls called calling order orders ordered ordering
  force forces forced forcing allow allows allowed allowing invite invites invited inviting encourage
  encourages encouraged encouraging press presses pressed pressing push pushes pushed pushing tell tells
  told telling persuade persuaded pressure pressured pressuring want wants wanted help helps helped helping
  authorize authorized authorise authorised permit permits permitted require requires required appeal
  appealed demand demanded request requested instruct instructed direct directed enable enables enabled
  expect expects expected`.trim().split(/\s+/));

/**
 * Whether the act at `anchor` is a participle or purpose infinitive without a
 * subject of its own: "…, killing 17 soldiers", "put out a report accusing
 * the army", "sent 200 troops to help Syria" (but not "urged Iran to withdraw").
 */
function sharesClauseSubject(tokens: readonly Token[], anchor: number, subjectEnd: number, mentionOf: Int32Array): boolean {
  const a = tokens[anchor];
  if (!a) return false;
  const prev = tokens[subjectEnd];
  if (a.lower.endsWith('ing')) {
    if (!prev || DETERMINERS.has(prev.lower) || prev.lower === "'s" || PHRASE_PREPOSITIONS.has(prev.lower)) return false;
    return true;
  }
  if (tokens[anchor - 1]?.lower !== 'to') return false;
  // "a proposal for the Security Council to lift …": the actor before "to" is the infinitive's own.
  if ((mentionOf[anchor - 2] ?? -1) >= 0) return false;
  // the nearest verb before "to" must not hand the act to its object
  for (let t = anchor - 2; t >= 0 && t >= anchor - 10; t--) {
    const w = tokens[t]?.lower ?? '';
    if (OBJECT_CONTROL.has(w)) return false;
    if (looksFinite(tokens, t, mentionOf)) return true;
  }
  return true;
}

/** Words that open a clause of their own: a participle after them does not reach back past them. */
const CLAUSE_STOPS = new Set([';', ':', '—', '–', 'which', 'who', 'whose', 'because', 'although', 'though', 'but', 'whereas', 'if', 'unless']);

/** The subject of the nearest finite verb before token `from` in the sentence. */
function finiteVerbSubject(clause: Clause, from: number, root: string): number[] {
  const { tokens, mentionOf } = clause;
  for (let t = from; t > 0; t--) {
    const w = tokens[t]?.lower ?? '';
    if (CLAUSE_STOPS.has(w)) return [];
    if (!looksFinite(tokens, t, mentionOf)) continue;
    const verbGroup = readVerbGroup(tokens, t, mentionOf);
    // "journalists have been blocked … and detained": the subject of a passive is no agent.
    const next = tokens[t + 1]?.lower ?? '';
    const participle = next.endsWith('ed') || IRREGULAR_PAST.has(next);
    if (verbGroup.passive || AUXILIARIES.has(next) || ((PASSIVE_AUXILIARIES.has(w) || w === 'been') && participle)) return [];
    const end = verbGroup.subjectEnd;
    const direct = findSubject(clause, end, []);
    return direct.length > 0 ? direct : subjectInPhrase(clause, end, root);
  }
  return [];
}



/** The anchor is a verb form ("attacked", "seized"), not a noun ("the attack", "attacks"). */
function verbalAnchor(tokens: readonly Token[], match: PatternMatch): boolean {
  const first = match.pattern.items[0];
  const w = tokens[match.anchor]?.lower ?? '';
  const prev = tokens[match.anchor - 1]?.lower ?? '';
  if (first?.kind !== 'words' || !first.source.includes('+')) return false;
  if (DETERMINERS.has(prev) || prev === "'s" || /^\d/.test(prev)) return false;
  return w.endsWith('ed') || IRREGULAR_PAST.has(w) || AUXILIARIES.has(prev) || /^\p{Lu}/u.test(tokens[match.anchor - 1]?.text ?? '');
}

/** Heads of object phrases that name parties or places, not things counted ("tourists", "votes"). */
const PARTY_HEADS = /(?:^|\s)(?:base|bases|camp|camps|station|stations|post|posts|positions?|area|areas|town|towns|village|villages|city|cities|district|region|province|headquarters|compound|building|convoy|convoys|vessel|ship|ships|tanker|plane|aircraft|candidate|leader|leaders|members?|men|women|man|woman|people|persons?|activists?|journalists?|opponents?|critics?|dissidents?|suspects?|militants?|fighters?|soldiers?|officers?|officials?|prisoners?|detainees?|hostages?|organi[sz]ations?|group|groups|party|parties|movement|referendum|election|results|proposal|plan|deal|resolution|offer|demand|request|decision|law|bill|ban|order|ruling|verdict|government|regime|family|families|father|mother|brother|son|daughter|wife|husband)$/;

/** Whether an object phrase can stand for a target: a place, a capitalised name, or a party noun. */
function isPartyPhrase(actor: Actor, tokens: readonly Token[], from: number, mentionOf: Int32Array): boolean {
  if (actor.country !== null || actor.igo !== null) return true;
  const first = tokens[from];
  if (first && /^\p{Lu}/u.test(first.text) && (mentionOf[from] ?? -1) < 0) return true;
  return PARTY_HEADS.test(actor.name.toLowerCase().replace(/\s+(?:of|in|on)\s.*$/, ''));
}


/** "arrived in Amman on a visit": a place the pattern's own words lead to is the target. */
function placeInsideMatch(clause: Clause, match: PatternMatch): { actor: Actor; span: Span } | null {
  const { tokens, mentionOf, mentions } = clause;
  for (let t = match.anchor + 1; t < match.end; t++) {
    const mi = mentionOf[t] ?? -1;
    if (mi < 0 || !PLACE_TARGET_PREPOSITIONS.has(tokens[mentionStartToken(clause, t) - 1]?.lower ?? '')) continue;
    const m = mentions[mi];
    if (!m || !m.locative || (m.actor.country === null && m.actor.igo === null)) continue;
    return { actor: { ...m.actor, sector: null, entry: `place-target:${m.actor.entry}` }, span: { start: m.start, end: m.end } };
  }
  return null;
}

/**
 * The first place with a country named after a preposition of place later in
 * the clause ("set up a research centre in Tokyo", "a curfew in the capital
 * Algiers"); null at a clause break, a comma or another party. The actor keeps
 * the place's country, no sector, and says in its entry that it was inferred.
 */
function placeAfterMatch(clause: Clause, from: number, sources: readonly Actor[]): { actor: Actor; span: Span } | null {
  const { tokens, mentionOf, mentions } = clause;
  for (let t = from; t < tokens.length && t < from + 14; t++) {
    const w = tokens[t]?.lower ?? '';
    const mi = mentionOf[t] ?? -1;
    if (mi >= 0) {
      const m = mentions[mi];
      // "refused to deploy peacekeepers in Iraq": the source's own forces are the instrument.
      if (m && !m.locative && ownForces(m.actor, sources)) {
        while ((mentionOf[t + 1] ?? -1) === mi) t++;
        continue;
      }
      if (!m || !m.locative) return null;
      const start = mentionStartToken(clause, t);
      let p = start - 1;
      while (p > start - 4 && p >= from && !PLACE_TARGET_PREPOSITIONS.has(tokens[p]?.lower ?? '') && tokens[p]?.word === true && (mentionOf[p] ?? -1) < 0) p--;
      if (m.actor.country === null || !PLACE_TARGET_PREPOSITIONS.has(tokens[p]?.lower ?? '')) return null;
      return {
        actor: { ...m.actor, sector: null, entry: `place-target:${m.actor.entry}+inferred:place` },
        span: { start: m.start, end: m.end },
      };
    }
    if (w === ',' || CLAUSE_BREAKS.has(w) || CLAUSE_STOPS.has(w) || w === 'and' || w === 'or') return null;
  }
  return null;
}

/** The actors that open the first "if"/"unless" clause after token `from`: "unless Baghdad accepted". */
function conditionSubject(clause: Clause, from: number): number[] {
  const { tokens, mentionOf, mentions } = clause;
  for (let t = from; t < tokens.length && t < from + 25; t++) {
    const w = tokens[t]?.lower ?? '';
    if (w === ';' || w === '.' || w === '—') return [];
    if ((w !== 'if' && w !== 'unless') || (mentionOf[t] ?? -1) >= 0) continue;
    let p = t + 1;
    while (DETERMINERS.has(tokens[p]?.lower ?? '') && (mentionOf[p] ?? -1) < 0) p++;
    const mi = mentionOf[p] ?? -1;
    const m = mentions[mi];
    return m && (m.actor.country !== null || m.actor.igo !== null) ? collectRight(clause, p) : [];
  }
  return [];
}

/**
 * The actor an apposition between tokens [from, to) names: a non-locative
 * mention within its first three words ("the United Nations Emergency Relief
 * Coordinator", "Algeria's leading human rights activist"); -1 if none.
 */
function appositionMention(clause: Clause, from: number, to: number): number {
  for (let t = from; t < to && t < from + 3; t++) {
    const mi = clause.mentionOf[t] ?? -1;
    if (mi >= 0) return clause.mentions[mi]?.locative === false ? mi : -1;
    if (!DETERMINERS.has(clause.tokens[t]?.lower ?? '') && !/^\p{Ll}/u.test(clause.tokens[t]?.text ?? '')) return -1;
  }
  return -1;
}

/** Prepositions after an act that lead to the place it went to: "held talks in Baghdad", "fled to Sudan". */
const PLACE_TARGET_PREPOSITIONS = new Set(['in', 'to', 'into', 'inside', 'at', 'from']);

/** Words that may continue an object phrase: "the business dealings of …", "a migrant camp in Calais". */
const OBJECT_LINKS = new Set(['of', 'in', 'on', "'s"]);

/**
 * The object of an act when no actor stands there: the noun phrase right
 * after the match ("the terrorist attack", "Siemens", "a migrant camp in
 * Calais"), else a place after "in"/"to" ("held meetings in Baghdad"). A
 * place inside the phrase gives the object its country.
 */
/** Days, months and relative days: a phrase starting with one is a date. */
const DATE_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|january|february|march|april|june|july|august|september|october|november|december)$/;

function findObjectPhrase(clause: Clause, from: number, text: string): { actor: Actor; span: Span } | null {
  const { tokens, mentionOf, mentions } = clause;
  const first = tokens[from];
  if (!first) return null;
  const place = (mi: number): { actor: Actor; span: Span } | null => {
    const m = mentions[mi];
    if (!m || (m.actor.country === null && m.actor.igo === null)) return null;
    return { actor: { ...m.actor, sector: null, entry: `place-target:${m.actor.entry}` }, span: { start: m.start, end: m.end } };
  };
  // "withdraw its troops from Iraq", "sent its navy to the Gulf": the source's
  // own forces are the instrument; the place after them is the target.
  if (POSSESSIVES.has(first.lower)) {
    let p = from + 1;
    while (p < from + 4 && (mentionOf[p] ?? -1) < 0 && tokens[p]?.word === true && !PLACE_TARGET_PREPOSITIONS.has(tokens[p]?.lower ?? '')) p++;
    while ((mentionOf[p] ?? -1) >= 0 && (mentionOf[p] ?? -1) === (mentionOf[p - 1] ?? -2)) p++;
    if ((mentionOf[p] ?? -1) >= 0) p++;
    while ((mentionOf[p] ?? -1) >= 0 && (mentionOf[p] ?? -1) === (mentionOf[p - 1] ?? -2)) p++;
    return PLACE_TARGET_PREPOSITIONS.has(tokens[p]?.lower ?? '') ? findObjectPhrase(clause, p, text) : null;
  }
  if (PLACE_TARGET_PREPOSITIONS.has(first.lower)) {
    let p = from + 1;
    while (DETERMINERS.has(tokens[p]?.lower ?? '') && (mentionOf[p] ?? -1) < 0) p++;
    const mi = mentionOf[p] ?? -1;
    return mi >= 0 && mentions[mi]?.locative === true ? place(mi) : null;
  }
  const lastOfMatch = tokens[from - 1]?.lower ?? '';
  // "rioted on Sunday", "met on Tuesday": a date is when, never whom.
  if (DATE_WORDS.test(first.lower)) return null;
  // "called on X to define …", "complained of about …": no noun phrase follows.
  if (PREPOSITIONS.has(first.lower) || REPORTED_PRONOUNS.has(first.lower) || first.lower.endsWith('ing')) return null;
  if (lastOfMatch === 'to' && /^\p{Ll}/u.test(first.text) && !DETERMINERS.has(first.lower)) return null;
  const opensPhrase =
    PREPOSITIONS.has(lastOfMatch) ||
    (DETERMINERS.has(first.lower) && first.lower !== 'that') ||
    /^\d/.test(first.text) ||
    (/^\p{Lu}/u.test(first.text) && !TIME_WORDS.has(first.lower));
  if (!opensPhrase || CLAUSE_BREAKS.has(first.lower)) return null;
  let end = from;
  let country: { actor: Actor; span: Span } | null = null;
  for (let t = from; t < tokens.length && t < from + 12; t++) {
    const tok = tokens[t];
    if (!tok) break;
    const w = tok.lower;
    const mi = mentionOf[t] ?? -1;
    if (mi >= 0) {
      // a party named inside the phrase would have been the target already; a place gives the country
      if (mentions[mi]?.locative !== true) break;
      country ??= place(mi);
      while ((mentionOf[t + 1] ?? -1) === mi) t++;
      end = t + 1;
      continue;
    }
    if (!tok.word && !['-', '$', '%', '€', '£'].includes(w)) break;
    if (t > from && (CLAUSE_BREAKS.has(w) || (TIME_WORDS.has(w) && !OBJECT_LINKS.has(w)) || looksFinite(tokens, t, mentionOf))) break;
    if (t > from && PREPOSITIONS.has(w) && !OBJECT_LINKS.has(w)) break;
    if (t > from && (w === 'and' || w === 'or')) break;
    end = t + 1;
  }
  while (end > from && OBJECT_LINKS.has(tokens[end - 1]?.lower ?? '')) end--;
  const a = tokens[from];
  const b = tokens[end - 1];
  if (!a || !b || end <= from) return null;
  // a bare determiner or number is no object
  if (end - from === 1 && (DETERMINERS.has(a.lower) || /^\d/.test(a.text))) return null;
  const span = { start: a.start, end: b.end };
  const phrase = text.slice(span.start, span.end);
  const actor: Actor = {
    text: phrase,
    name: phrase,
    country: country?.actor.country ?? null,
    igo: country?.actor.igo ?? null,
    sector: null,
    entry: country ? `object-phrase+${country.actor.entry}` : 'object-phrase',
  };
  return { actor, span };
}

/** Index of the token starting at or containing a character offset. */
function tokenOfChar(tokens: readonly Token[], offset: number): number {
  const t = tokens.findIndex((tok) => tok.end > offset);
  return t < 0 ? tokens.length - 1 : t;
}

/** Non-locative mentions whose tokens lie in [from, to). */
function mentionsWithin(clause: Clause, from: number, to: number): number[] {
  const out: number[] = [];
  for (let t = from; t < to; t++) {
    const mi = clause.mentionOf[t] ?? -1;
    if (mi >= 0 && !out.includes(mi) && clause.mentions[mi]?.locative === false) out.push(mi);
  }
  return out;
}

/** The subject of the nearest verb of saying before token t ("Israel said it would …" → Israel). */
function reportingSubject(clause: Clause, t: number): number[] {
  for (let s = t - 1; s >= 0 && s >= t - 6; s--) {
    const w = clause.tokens[s]?.lower ?? '';
    // "Russia said on Friday (that) it had expelled …"
    if (w === 'that' || TIME_WORDS.has(w) || /^\d/.test(w)) continue;
    if (SPEECH_VERBS.has(w) || w === 'warned' || w === 'announced') {
      // "The ELN has said it will …": the subject ends before the auxiliaries.
      const end = readVerbGroup(clause.tokens, s, clause.mentionOf).subjectEnd;
      const subject = findSubject(clause, end, []);
      return subject.length > 0 ? subject : subjectInPhrase(clause, end, '');
    }
    break;
  }
  return [];
}

/**
 * Places and things whose owners or occupants an attack on them is aimed at:
 * "the homes of Kurdish villagers", "a camp for Sudanese refugees", "the
 * offices of an opposition party".
 */
const OWNED_HEADS = new Set([
  'camp', 'camps', 'home', 'homes', 'house', 'houses', 'convoy', 'convoys', 'office', 'offices',
  'embassy', 'embassies', 'consulate', 'headquarters', 'village', 'villages', 'property', 'properties',
  'shop', 'shops', 'vehicle', 'vehicles', 'car', 'cars', 'bus', 'buses', 'school', 'schools',
  'mosque', 'mosques', 'church', 'churches', 'base', 'bases', 'position', 'positions', 'compound',
  'residence', 'farms', 'settlement', 'settlements', 'ship', 'boat', 'plane', 'aircraft',
]);

/**
 * The owners of a passive subject ("a camp for Sudanese refugees was
 * attacked"): the mention after "of"/"for" right after an owned head, when
 * it ends the subject phrase. Null otherwise.
 */
function passiveOwner(clause: Clause, end: number): { mentions: number[]; head: string } | null {
  const { tokens } = clause;
  let t = end;
  while (t >= 0 && (isAdverb(tokens[t]?.lower ?? '') || TIME_WORDS.has(tokens[t]?.lower ?? ''))) t--;
  const mi = clause.mentionOf[t] ?? -1;
  if (mi < 0 || clause.mentions[mi]?.locative === true) return null;
  const start = mentionStartToken(clause, t);
  let p = start - 1;
  if (DETERMINERS.has(tokens[p]?.lower ?? '')) p--;
  const prep = tokens[p]?.lower ?? '';
  const head = tokens[p - 1]?.lower ?? '';
  if ((prep !== 'of' && prep !== 'for' && prep !== 'housing' && prep !== 'carrying') || !OWNED_HEADS.has(head)) return null;
  return { mentions: withConjuncts(clause, t), head };
}

/** The agent of a passive verb: "by <actor>" right after the match. */
function findAgent(clause: Clause, from: number): number[] {
  const { tokens } = clause;
  for (let t = from; t < Math.min(tokens.length, from + 8); t++) {
    const tok = tokens[t];
    if (!tok) break;
    if (CLAUSE_BREAKS.has(tok.lower)) break;
    if (tok.lower !== 'by') continue;
    let p = t + 1;
    while (DETERMINERS.has(tokens[p]?.lower ?? '') && (clause.mentionOf[p] ?? -1) < 0) p++;
    // "by current Haitian government officials", "by Bush administration officials"
    for (let k = 0; k < 2 && (clause.mentionOf[p] ?? -1) < 0; k++) {
      const w = tokens[p];
      if (!w || !w.word || PREPOSITIONS.has(w.lower) || CLAUSE_BREAKS.has(w.lower) || ((clause.mentionOf[p + 1] ?? -1) < 0 && k === 1)) break;
      p++;
    }
    const mi = clause.mentionOf[p] ?? -1;
    if (mi < 0 || clause.mentions[mi]?.locative === true) return [];
    return collectRight(clause, p);
  }
  return [];
}

/**
 * "was arrested in Rwanda", "were released from detention in Libya": with no
 * agent, the country an arrest or release happened in stands for its
 * authorities (the domestic reading PLOVER takes).
 */
function countryOfPassiveAct(clause: Clause, from: number): number[] {
  const { tokens, mentionOf, mentions } = clause;
  for (let t = from; t < Math.min(tokens.length, from + 8); t++) {
    const w = tokens[t]?.lower ?? '';
    if (CLAUSE_BREAKS.has(w) || w === ',') break;
    if (w !== 'in') continue;
    const mi = mentionOf[t + 1] ?? (mentionOf[t + 2] ?? -1);
    const m = mentions[mi];
    return m && m.locative && m.kind === 'country' && m.actor.country !== null ? [mi] : [];
  }
  return [];
}

/** The mention starting at token p and those conjoined after it: "Iran and Iraq". */
function collectRight(clause: Clause, p: number): number[] {
  const out: number[] = [];
  const seps: string[] = [];
  let t = p;
  for (;;) {
    const mi = clause.mentionOf[t] ?? -1;
    if (mi < 0) break;
    out.push(mi);
    while ((clause.mentionOf[t] ?? -1) === mi) t++;
    const sep = clause.tokens[t]?.lower;
    if (sep !== 'and' && sep !== ',') break;
    let q = t + 1;
    while (DETERMINERS.has(clause.tokens[q]?.lower ?? '') && (clause.mentionOf[q] ?? -1) < 0) q++;
    if ((clause.mentionOf[q] ?? -1) < 0) break;
    seps.push(sep);
    t = q;
    if (sep === 'and') break;
  }
  // "Reuters, North Korea has …": commas make a list only when an "and" closes it.
  if (seps.length > 0 && seps[seps.length - 1] !== 'and') return out.slice(0, 1);
  return out;
}

/**
 * The object of a verb with no target slot: the first non-locative actor after
 * the match in the same clause. When it follows a noun of violence ("the war
 * against Iran") it is reported as the victim instead.
 */
function findObject(clause: Clause, from: number): { mentions: number[]; victim: boolean } {
  const { tokens } = clause;
  let sawViolence = false;
  for (let t = from; t < Math.min(tokens.length, from + 12); t++) {
    const tok = tokens[t];
    if (!tok) break;
    const mi = clause.mentionOf[t] ?? -1;
    if (mi >= 0) {
      const m = clause.mentions[mi];
      const of = tokens[t - 1];
      const head = tokens[t - 2];
      const inName = of?.lower === 'of' && head !== undefined && /^\p{Lu}/u.test(head.text) && (clause.mentionOf[t - 2] ?? -1) < 0;
      // "shelled the regional capital Juba": a place as the direct object is
      // the party attacked; "clashes in Juba" names only where.
      const placeAsObject = m?.locative === true && !inName && !afterLocativePreposition(tokens, t, from);
      if ((m?.locative && !placeAsObject) || inName) {
        // "in Nairobi", "the Gulf of Oman": a place, not a party.
        while ((clause.mentionOf[t + 1] ?? -1) === mi) t++;
        continue;
      }
      // "withdraw its troops from …": the source's own forces are no target.
      const owner = tokens[mentionStartToken(clause, t) - 1]?.lower ?? '';
      if (POSSESSIVES.has(owner) && m?.actor.sector != null && OWN_FORCES.has(m.actor.sector)) {
        while ((clause.mentionOf[t + 1] ?? -1) === mi) t++;
        continue;
      }
      // "X's attack on Y": the possessor is the aggressor.
      let end = t;
      while ((clause.mentionOf[end + 1] ?? -1) === mi) end++;
      const poss = tokens[end + 1];
      if (poss?.lower === "'s" && VIOLENCE_NOUNS.has(tokens[end + 2]?.lower ?? '')) return { mentions: [mi], victim: false };
      // "filed a lawsuit in the District Court against X", "a complaint with the
      // council against X": the party after "against" is the target, the one
      // after "in"/"with"/"before" only the venue.
      if (VENUE_PREPOSITIONS.has(tokens[mentionStartToken(clause, t) - 1]?.lower ?? '')) {
        const against = mentionAfterAgainst(clause, end + 1);
        if (against >= 0) return { mentions: collectRight(clause, against), victim: false };
      }
      // "condemned attacks by Somali militants": the agent after "by" is the
      // one condemned, not the victim defended.
      const agent = tokens[mentionStartToken(clause, t) - 1]?.lower === 'by';
      return { mentions: collectRight(clause, t), victim: sawViolence && !agent };
    }
    if (CLAUSE_BREAKS.has(tok.lower) || tok.text === ',' || tok.text === '“' || tok.text === '”') break;
    if (VIOLENCE_NOUNS.has(tok.lower)) sawViolence = true;
  }
  return { mentions: [], victim: false };
}

/** Forces of no other party than the source's: "peacekeepers", "its troops", "Pakistani troops" after Pakistan. */
function ownForces(a: Actor, sources: readonly Actor[]): boolean {
  if (a.sector === null || !OWN_FORCES.has(a.sector)) return false;
  if (a.country === null && a.igo === null) return true;
  return sources.some((s) => (s.country !== null && s.country === a.country) || (s.igo !== null && s.igo === a.igo));
}

/** Sectors of a source's own forces: "its troops", "their police". */
const OWN_FORCES: ReadonlySet<string> = new Set(['MIL', 'COP', 'SPY', 'PRM']);

/** Prepositions naming where or before whom an act is done, not at whom. */
const VENUE_PREPOSITIONS = new Set(['in', 'with', 'before', 'at', 'to']);

/** The first token of an actor named after "against" from token `from` on, in the same clause; -1 if none. */
function mentionAfterAgainst(clause: Clause, from: number): number {
  const { tokens, mentionOf } = clause;
  for (let t = from; t < Math.min(tokens.length, from + 14); t++) {
    const w = tokens[t]?.lower ?? '';
    if (w === ';' || w === '.' || CLAUSE_STOPS.has(w)) return -1;
    if (w !== 'against') continue;
    let p = t + 1;
    while (DETERMINERS.has(tokens[p]?.lower ?? '') && (mentionOf[p] ?? -1) < 0) p++;
    return (mentionOf[p] ?? -1) >= 0 && clause.mentions[mentionOf[p] ?? -1]?.locative !== true ? p : -1;
  }
  return -1;
}

const LOCATIVE_PREPOSITIONS = new Set([
  'in', 'at', 'near', 'from', 'to', 'into', 'inside', 'outside', 'across', 'around', 'throughout',
  'toward', 'towards', 'via', 'through', 'along', 'over', 'on', 'off', 'within', 'beyond', 'of', 'by', 'for', 'with',
]);

/** True when a preposition stands between the verb (ending at `from`) and the mention at token t. */
function afterLocativePreposition(tokens: readonly Token[], t: number, from: number): boolean {
  for (let p = t - 1; p >= from && p >= t - 5; p--) {
    const w = tokens[p]?.lower ?? '';
    if (LOCATIVE_PREPOSITIONS.has(w)) return true;
    if (!tokens[p]?.word) return true;
  }
  return t - from > 5;
}

/** Whether a verb of saying stands before token `anchor`: "X said (that) … <anchor>". */
function speechVerbBefore(clause: Clause, anchor: number): boolean {
  for (let t = anchor - 1; t >= 0; t--) if (SPEECH_VERBS.has(clause.tokens[t]?.lower ?? '') && (clause.mentionOf[t] ?? -1) < 0) return true;
  return false;
}

/**
 * A clause of saying after the content it reports: "Kenyan police are
 * torturing suspects, Amnesty International protested on Monday", "“…,” the
 * opposition complained". Its verb works like "said": its subject is the
 * speaker of the content and no party to it.
 */
interface ReportingClause {
  /** Token of the reporting verb. */
  verb: number;
  /** Token (comma or closing quote) where the content ends. */
  contentEnd: number;
  /** Mentions of the reporter: empty for "a rights group protested". */
  reporter: number[];
  /** The CAMEO code the verb carries itself (REPORTING_CODES), or null for words only. */
  code: string | null;
}

/**
 * Reporting verbs that carry an event of their own, aimed at the party the
 * content is about. Protesting or complaining about what a party did is
 * criticising it (CAMEO 111, PLOVER ACCUSE); charging or alleging that it did
 * it is an accusation (CAMEO 112, ACCUSE). Every other verb of saying in that
 * place (said, warned, insisted, argued, added, …) only names the speaker:
 * the content is the event, and a protest verb there is never a demonstration.
 */
const REPORTING_CODES: ReadonlyMap<string, string> = new Map([
  ...['protest', 'complain'].flatMap((v) => verbForms(v).filter((f) => !f.endsWith('ing')).map((f): [string, string] => [f, '111'])),
  ...['charge', 'allege', 'accuse'].flatMap((v) => verbForms(v).filter((f) => !f.endsWith('ing')).map((f): [string, string] => [f, '112'])),
]);

/** Verbs of saying beyond SPEECH_VERBS that report the clause before them: "…, the UN warned". */
const REPORTING_WORDS: ReadonlySet<string> = new Set(
  ['warn', 'caution', 'counter', 'retort', 'contend', 'lament', 'admit', 'acknowledge', 'concede', 'report', 'predict', 'complain', 'protest', 'charge', 'allege', 'accuse']
    .flatMap((v) => verbForms(v))
    .filter((f) => !f.endsWith('ing')),
);

/** Words that may follow a closing verb of saying: "…, X said in a statement on Monday". */
const REPORT_TAIL_WORDS = new Set(`
  here there in on at a an the its his her their to statement statements report letter interview communique
  communiqué speech briefing conference news press release television radio broadcast message website online
  reporters journalists late early separate joint new latest annual written`.trim().split(/\s+/));

/** Punctuation that may follow a closing verb of saying. */
const REPORT_TAIL_MARKS = new Set(['.', '!', '"', '“', '”', '’', "'", ')', '(']);

/** The clause of saying that closes the sentence after its content, or null. */
function reportingClause(clause: Clause, matches: readonly PatternMatch[]): ReportingClause | null {
  const { tokens, mentionOf, mentions } = clause;
  for (let v = tokens.length - 1; v > 2; v--) {
    const w = tokens[v]?.lower ?? '';
    if ((!SPEECH_VERBS.has(w) && !REPORTING_WORDS.has(w)) || (mentionOf[v] ?? -1) >= 0 || !reportTail(clause, v)) continue;
    const group = readVerbGroup(tokens, v, mentionOf);
    // the subject phrase back to the comma or closing quote: a few words, no verb
    let p = group.subjectEnd;
    while (p >= 0 && p > group.subjectEnd - 8) {
      const tok = tokens[p];
      if (!tok || tok.text === ',' || QUOTES.has(tok.text)) break;
      const lw = tok.lower;
      if ((!tok.word && lw !== "'s" && lw !== '-' && lw !== '.') || CLAUSE_BREAKS.has(lw) || CONJUNCTIONS.has(lw) || lw === 'or' || looksFinite(tokens, p, mentionOf)) break;
      p--;
    }
    // ("Police torture suspects, HRW charged in a report": "report" is no verb here)
    const mark = tokens[p];
    if (!mark || (mark.text !== ',' && !QUOTES.has(mark.text)) || p === group.subjectEnd) continue;
    const contentEnd = mark.text !== ',' && tokens[p - 1]?.text === ',' ? p - 1 : p;
    if (!reportedContent(clause, contentEnd, matches)) return null;
    const inPhrase = (i: number): boolean => {
      const m = mentions[i];
      return m !== undefined && m.start >= (tokens[p]?.end ?? 0) && m.end <= (tokens[v]?.start ?? 0);
    };
    const direct = findSubject(clause, group.subjectEnd, []).filter(inPhrase);
    const reporter = direct.length > 0 ? direct : subjectInPhrase(clause, group.subjectEnd, '11').filter(inPhrase);
    const code = REPORTING_CODES.get(w) ?? null;
    // "Fuel prices rose again, workers protested": with no party in the content, the verb may be the act itself.
    if (code !== null && !mentions.some((m) => !m.locative && m.end <= (tokens[contentEnd]?.start ?? 0))) return null;
    return { verb: v, contentEnd, reporter, code };
  }
  return null;
}

/** Whether only a time, a place or "in a statement" follows the verb of saying at token v. */
function reportTail(clause: Clause, v: number): boolean {
  const { tokens, mentionOf, mentions } = clause;
  for (let t = v + 1; t < tokens.length; t++) {
    const tok = tokens[t];
    if (!tok) break;
    const w = tok.lower;
    const mi = mentionOf[t] ?? -1;
    if (mi >= 0) {
      // "in Nairobi"; "told Reuters"
      if (mentions[mi]?.locative !== true && !(tokens[v]?.lower === 'told' && t === v + 1)) return false;
      continue;
    }
    // "…, Amnesty said, citing witnesses": what follows the comma describes the saying
    if (w === ',') return /ing$/.test(tokens[t + 1]?.lower ?? '') || tokens[t + 1]?.lower === 'according';
    if (!tok.word) {
      if (REPORT_TAIL_MARKS.has(w)) continue;
      return false;
    }
    if (!REPORT_TAIL_WORDS.has(w) && !TIME_WORDS.has(w) && !DATE_WORDS.test(w) && !isAdverb(w) && !/^\d/.test(w)) return false;
  }
  return true;
}

/**
 * Whether tokens [0, end) read as a reported clause: not opened by a
 * preposition or a subordinating conjunction ("In Cairo, students protested",
 * "After the verdict, lawyers protested" are the act itself), with a verb (a
 * finite form, or a verb pattern's anchor: "Police torture suspects, …").
 */
function reportedContent(clause: Clause, end: number, matches: readonly PatternMatch[]): boolean {
  const { tokens, mentionOf } = clause;
  let f = 0;
  while (f < end && QUOTES.has(tokens[f]?.text ?? '')) f++;
  const first = tokens[f]?.lower ?? '';
  if (end - f < 2 || PREPOSITIONS.has(first) || CLAUSE_BREAKS.has(first) || SUBORDINATORS.has(first) || first.endsWith('ing')) return false;
  const verbAt = (m: PatternMatch): boolean => {
    const first = m.pattern.items[0];
    const prev = tokens[m.anchor - 1]?.lower ?? '';
    const participle = (tokens[m.anchor]?.lower ?? '').endsWith('ing') && !AUXILIARIES.has(prev);
    return first?.kind === 'words' && first.source.includes('+') && !DETERMINERS.has(prev) && prev !== "'s" && !PREPOSITIONS.has(prev) && !participle;
  };
  if (matches.some((m) => m.anchor > f && m.anchor < end && verbAt(m))) return true;
  for (let t = f; t < end; t++) {
    const w = tokens[t]?.lower ?? '';
    if (looksFinite(tokens, t, mentionOf) || INTENT_WORDS.has(w) || (w.length > 3 && w.endsWith('ing') && AUXILIARIES.has(tokens[t - 1]?.lower ?? ''))) return true;
  }
  return false;
}

/** Modals that make a clause finite: "Israel will attack …, the army warned". */
const INTENT_WORDS = new Set(['will', 'would', 'shall', "'ll", 'can', 'could', 'may', 'might', 'must', 'should']);

/** A match of its own for a reporting verb that carries an event (REPORTING_CODES). */
function reportingMatch(tokens: readonly Token[], verb: number, code: string): PatternMatch {
  const word = tokens[verb]?.lower ?? '';
  return {
    pattern: { id: `coder:reporting-verb(${word})`, cameo: code, text: word, items: [{ kind: 'words', forms: new Set([word]), source: word }], specificity: 1, order: -1 },
    start: verb,
    end: verb + 1,
    anchor: verb,
    targets: [],
    targetMissing: false,
  };
}

/** The speaker of the clause holding token `anchor`. */
function findSpeaker(clause: Clause, anchor: number, quoted: Actor | null): Actor | null {
  const { tokens } = clause;
  // "X said (that) ... <anchor>": a speech verb before the anchor.
  for (let t = anchor - 1; t >= 0; t--) {
    const w = tokens[t]?.lower ?? '';
    if (SPEECH_VERBS.has(w) && (clause.mentionOf[t] ?? -1) < 0) {
      const subj = findSubject(clause, t - 1, []);
      if (subj.length > 0) return actorOf(clause.mentions, subj[0] ?? 0);
    }
  }
  // "... <anchor> ..., X said." / "..., said X." / "according to X"
  for (let t = anchor + 1; t < tokens.length; t++) {
    const w = tokens[t]?.lower ?? '';
    if (SPEECH_VERBS.has(w) && (clause.mentionOf[t] ?? -1) < 0) {
      const subj = findSubject(clause, t - 1, []);
      if (subj.length > 0) return actorOf(clause.mentions, subj[0] ?? 0);
      const mi = clause.mentionOf[t + 1] ?? (clause.mentionOf[t + 2] ?? -1);
      if (mi >= 0) return actorOf(clause.mentions, mi);
    }
    if (w === 'according' && tokens[t + 1]?.lower === 'to') {
      let p = t + 2;
      while (DETERMINERS.has(tokens[p]?.lower ?? '')) p++;
      const mi = clause.mentionOf[p] ?? -1;
      if (mi >= 0) return actorOf(clause.mentions, mi);
    }
  }
  return quoted;
}

/** A place named in the sentence: a locative mention ("in Moscow"). */
function findLocation(clause: Clause, match: PatternMatch): { mention: ActorMention } | null {
  let best: ActorMention | null = null;
  let bestDistance = Infinity;
  const anchorStart = clause.tokens[match.anchor]?.start ?? 0;
  for (const m of clause.mentions) {
    if (!m.locative) continue;
    const d = Math.abs(m.start - anchorStart) + (m.start < anchorStart ? 50 : 0);
    if (d < bestDistance) {
      best = m;
      bestDistance = d;
    }
  }
  return best ? { mention: best } : null;
}

function placeOf(m: ActorMention): Place {
  // A locative mention is named by the place itself ("Moscow" for "the Russian capital Moscow").
  const name = m.actor.name;
  return {
    name,
    country: m.actor.country,
    admin1: null,
    lat: null,
    lon: null,
    geonamesId: null,
    precision: m.kind === 'country' ? 'country' : 'exact',
  };
}

function dateOf(input: SentenceInput, anchor: number, tokens: Token[]): string | null {
  if (!input.dates || input.dates.length === 0) return input.date;
  const at = tokens[anchor]?.start ?? 0;
  // The date phrase nearest the verb.
  let best = input.dates[0];
  for (const d of input.dates) if (best && Math.abs(d.start - at) < Math.abs(best.start - at)) best = d;
  return best?.date ?? input.date;
}

export type { VerbGroup };
