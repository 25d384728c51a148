// The actor resolver: finds the actors a sentence names, left to right,
// longest match first, without overlaps, and resolves them to countries,
// organisations, sectors, offices and persons. Pure: the dictionary, the
// document memory and the document context come in as arguments.
//
// A mention is one of
//   [the] [adjectives] MODIFIER ['s] [adjectives] SECTOR-WORDS [of OWNER] [NAME] [(ACRONYM)]
//       "Iraqi Prime Minister Mohammed Shia al-Sudani", "Iran's foreign ministry",
//       "the Ministry of Defense of Ukraine", "Kremlin spokesman Dmitry Peskov"
//   [the] MODIFIER                  "Iraq", "the United States", "Moscow", "Hamas", "the Iraqis"
//   [the] SECTOR-WORDS [NAME]       "the army", "National Security Advisor Qassem Al-Araji"
//   a remembered person             "Al-Araji", "Sudani", "Mr. Lavrov"
//   he / she                        the latest person of the document
// where MODIFIER is a country, demonym, capital, seat, organisation or group
// from the dictionary and SECTOR-WORDS are phrases from sectors.txt.

import { tokenize } from '../nlp/tokens.js';
import type { Actor, Sector } from '../records.js';
import { foldKey, personNameKey, type ActorDictionary, type ActorEntry, type CompiledPhrase } from './actor-dictionary.js';
import type { DocumentActors } from './document-actors.js';
import type { ActorMention, DocumentContext, MentionKind } from './types.js';

export { DocumentActors } from './document-actors.js';

// --- word classes --------------------------------------------------------------

/** Prepositions after which a country or capital names a place. "against", "on" are not here: targets. */
const LOCATIVE = new Set([
  'in', 'at', 'near', 'from', 'to', 'into', 'across', 'inside', 'outside', 'around', 'throughout', 'toward',
  'towards', 'via',
]);
/** Adjectives allowed inside an actor phrase: "senior Iraqi officials". */
const ADJECTIVES = new Set([
  'senior', 'top', 'local', 'regional', 'provincial', 'federal', 'visiting', 'new', 'outgoing', 'incoming',
  'high-ranking', 'veteran', 'several', 'many', 'some', 'ethnic', 'junior', 'hardline', 'hard-line', 'exiled',
]);
/** Words kept in front of a role: "Deputy Foreign Minister". */
const ROLE_PREFIXES = new Set(['deputy', 'vice', 'assistant', 'acting', 'interim', 'caretaker']);
const HONORIFICS = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'prof.', 'professor', 'sheikh', 'shaikh', 'sayyid',
  'sayed', 'haj', 'hajji', 'ayatollah', 'hojatoleslam', 'sir', 'dame', 'lord',
]);
/** Lower-case particles inside names: "Mohammed bin Salman", "Ursula von der Leyen". */
const NAME_PARTICLES = new Set([
  'bin', 'ibn', 'bint', 'al', 'el', 'de', 'da', 'del', 'della', 'der', 'van', 'von', 'la', 'le', 'di', 'du',
  'dos', 'das', 'ben', 'ter', 'y',
]);
/** Capitalised words that are never part of a name. */
const STOP_CAPITALS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'and', 'but', 'or', 'for', 'from', 'to', 'of', 'by', 'with', 'as', 'he',
  'she', 'it', 'they', 'we', 'i', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'there',
  'here', 'when', 'while', 'after', 'before', 'since', 'meanwhile', 'however', 'also', 'if', 'who', 'which',
  'what', 'said', 'says', 'today', 'yesterday', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.',
  'earlier', 'later', 'instead', 'still', 'overall', 'again', 'moreover', 'furthermore', 'nevertheless', 'thus',
  'therefore', 'now', 'then', 'recently', 'separately', 'elsewhere', 'currently', 'previously', 'finally',
  'first', 'so', 'yet', 'though', 'although', 'because', 'despite', 'during', 'under', 'over', 'about',
  'between', 'against', 'among', 'through', 'without', 'within', 'according', 'speaking', 'asked', 'not', 'no',
  'yes', 'our', 'my', 'your', 'you', 'us', 'them', 'him', 'every', 'each', 'other', 'another', 'such',
  'will', 'would', 'can', 'could', 'should', 'does', 'did', 'do', 'is', 'are', 'was', 'were', 'has', 'have',
  'had', 'might', 'must', 'why', 'how', 'where', 'all', 'both', 'neither', 'either', 'only', 'even', 'like',
  'unlike', 'including', 'following', 'amid', 'until', 'upon', 'into', 'onto', 'toward', 'towards', 'across',
]);
/** Capitalised words allowed right before a country: "Northern Iraq". */
const BEFORE_COUNTRY = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast',
  'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
  'upper', 'lower', 'greater', 'mainland', 'neighbouring', 'neighboring', 'occupied', 'war-torn', 'embattled',
  'both', 'all',
]);
/** Lower-case words that can start a mention without being in the dictionary. */
const STARTERS = new Set(['the', 'he', 'she', 'former', ...ADJECTIVES, ...ROLE_PREFIXES]);
/** "al-Sudani": a name, although it starts in lower case. */
const ARTICLE_NAME = /^(?:al|el|ad|an|ar|as|ash|at|az)-\p{Lu}/u;
const ARTICLE_PREFIX = /^(?:al|el|ad|an|ar|as|ash|at|az)-/i;
/** Words opening a noun phrase that is no person's name: "Many Chagossians", "Five Frontier Corps". */
const QUANTIFIERS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds',
  'thousands', 'millions', 'many', 'some', 'several', 'most', 'few', 'any', 'resident', 'residents',
]);
/** Words that start place names, not persons' names: "New York", "San Francisco". */
const PLACE_STARTS = new Set([
  'new', 'los', 'las', 'san', 'santa', 'sao', 'saint', 'st.', 'port', 'mount', 'lake', 'fort', 'cape', 'north',
  'south', 'east', 'west', 'upper', 'lower', 'greater', 'little', 'great', 'old', 'el', 'la', 'le', 'al',
]);
/** Words of organisation, place and event names, never of a person's name: "Operations Center". */
const ORGANISATION_WORDS = new Set([
  'storm', 'hurricane', 'cyclone', 'typhoon', 'river', 'lake', 'mount', 'sea', 'ocean', 'island', 'islands',
  'valley', 'desert', 'province', 'region', 'city', 'county', 'district', 'street', 'square', 'airport', 'bridge',
  'camp', 'stadium', 'palace', 'day', 'week', 'war', 'act', 'law', 'bill', 'plan', 'accord', 'agreement',
  'treaty', 'declaration', 'festival', 'cup', 'games', 'olympics', 'award', 'prize', 'park', 'road', 'station',
  'port', 'gulf', 'strait', 'peninsula', 'coast', 'border', 'bay', 'church', 'mosque', 'temple', 'cathedral',
  'center', 'centre', 'office', 'agency', 'council', 'committee', 'department', 'institute', 'university',
  'hospital', 'front', 'movement', 'group', 'union', 'association', 'organization', 'organisation', 'foundation',
  'fund', 'bank', 'commission', 'authority', 'airlines', 'airways', 'corporation', 'inc.', 'ltd', 'news', 'times',
  'post', 'service', 'services', 'network', 'alliance', 'coalition', 'federation', 'league', 'affairs', 'program',
  'programme', 'project', 'initiative', 'club', 'college', 'academy', 'school', 'company', 'forum', 'summit',
  'conference', 'ministry', 'bureau', 'board', 'tribunal', 'brigade', 'brigades', 'battalion', 'regiment',
  'operations', 'statistics', 'international', 'global', 'national', 'republic', 'kingdom', 'state', 'states',
]);
const MINISTER_WORDS = new Set(['minister', 'ministers', 'ministry', 'ministries']);
/** Sectors of the state: alone ("the army"), they belong to the report's home country. */
const HOME_SECTORS = new Set<Sector>(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY', 'OPP', 'PTY', 'PRM', 'ELI']);
/** Canonical sector names, for Actor.name: "Iraq military". */
const SECTOR_LABELS: Record<Sector, string> = {
  GOV: 'government', MIL: 'military', COP: 'police', JUD: 'judiciary', LEG: 'legislature',
  PRM: 'paramilitary forces', PTY: 'party', REB: 'rebels', SPY: 'intelligence services', UAF: 'gunmen',
  UNK: 'unidentified actors', AGR: 'farmers', BUS: 'business', CRM: 'criminals', CVL: 'civilians',
  EDU: 'education', ELI: 'former officials', JRN: 'media', LAB: 'labour', MED: 'health workers',
  REF: 'refugees', OPP: 'opposition', PRE: 'breakaway authorities', REL: 'religious leaders',
  SOC: 'civil society', IGO: 'international organisation',
};
const LOWER_TITLE_WORDS = new Set(['of', 'the', 'for', 'and', 'on', 'in']);

// --- tokens and matches ------------------------------------------------------------

interface Tok {
  text: string;
  key: string;
  start: number;
  end: number;
  word: boolean;
  /** Starts with a capital letter or a digit. */
  cap: boolean;
}

interface Match {
  entry: ActorEntry;
  start: number;
  end: number;
  /** Role written out for generic offices: "Water Resources Minister". */
  role?: string;
}

interface Seq {
  /** First token, adjectives included. */
  start: number;
  /** First token of the sector phrases. */
  phraseStart: number;
  end: number;
  parts: Match[];
  prefix: string[];
  former: boolean;
}

interface Name {
  start: number;
  end: number;
  text: string;
  count: number;
}

/** A mention with what the parser knew when it built it (for the compound pass). */
interface Found {
  mention: ActorMention;
  start: number;
  end: number;
  /** The phrase started with its leading entry (no "the", no adjectives). */
  leadFirst: boolean;
  /** The sector came from sector words in the phrase. */
  sectorWords: boolean;
}

interface ActorEntryMatch {
  entry: ActorEntry;
  end: number;
}

interface Scan {
  /** Dictionary matches per token position, filled on demand. */
  matches: Array<readonly ActorEntryMatch[] | undefined>;
  sentence: string;
  toks: Tok[];
  dict: ActorDictionary;
  memory: DocumentActors;
  context: DocumentContext;
  /** Headline-style capitalisation: capitals say nothing about names. */
  titleCase: boolean;
  firstWord: number;
  /** Tokens before this index belong to earlier mentions. */
  consumed: number;
  /** The sentence's latest mention so far. */
  prev: Found | null;
  /** Index of the last capitalised head word of a body's name ("Department"), -1 if none. */
  lastHead: number;
  lowerStarts: ReadonlySet<string>;
  index: ReadonlyMap<string, FirstWordIndex>;
}

const isNoun = (e: ActorEntry): boolean => e.kind !== 'sector';
const isOwner = (e: ActorEntry): boolean =>
  e.kind === 'country' || e.kind === 'capital' || e.kind === 'seat' || e.kind === 'igo' || e.kind === 'group' || (e.kind === 'region' && !e.flags.adjective);
const isSector = (e: ActorEntry): boolean => e.kind === 'sector';
const isOrganisation = (e: ActorEntry): boolean => e.kind === 'igo' || e.kind === 'group';
const isAny = (): boolean => true;
const isPerson = (e: ActorEntry): boolean => e.kind === 'person';

/** All dictionary phrases matching at `pos`, longest first (computed once per position). */
function matchesAt(s: Scan, pos: number): readonly ActorEntryMatch[] {
  const cached = s.matches[pos];
  if (cached) return cached;
  const out: ActorEntryMatch[] = [];
  const first = s.toks[pos];
  const index = first ? s.index.get(first.key) : undefined;
  if (index) {
    // Phrases of two words or more, by their second word (longest first), then one-word phrases.
    const second = s.toks[pos + 1];
    const multi = second ? index.bySecond.get(second.key) : undefined;
    if (multi) for (const c of multi) if (phraseAt(s, c, pos)) out.push({ entry: c.entry, end: pos + c.tokens.length });
    for (const c of index.single) if (phraseAt(s, c, pos)) out.push({ entry: c.entry, end: pos + 1 });
  }
  s.matches[pos] = out;
  return out;
}

function phraseAt(s: Scan, c: CompiledPhrase, pos: number): boolean {
  const n = c.tokens.length;
  if (pos + n > s.toks.length) return false;
  for (let k = 0; k < n; k++) {
    const p = c.tokens[k];
    const t = s.toks[pos + k];
    if (!p || !t || p.key !== t.key) return false;
    if (p.casing === 'exact' || p.casing === 'title') {
      if (t.text !== p.text) return false;
    } else if (p.casing === 'proper' && !t.cap) return false;
  }
  return true;
}

/** The dictionary's phrases by first word, then by second word (built once per dictionary). */
interface FirstWordIndex {
  bySecond: Map<string, CompiledPhrase[]>;
  single: CompiledPhrase[];
}

const PHRASE_INDEX = new WeakMap<ActorDictionary, ReadonlyMap<string, FirstWordIndex>>();

function phraseIndex(dict: ActorDictionary): ReadonlyMap<string, FirstWordIndex> {
  let index = PHRASE_INDEX.get(dict);
  if (!index) {
    const built = new Map<string, FirstWordIndex>();
    for (const [key, list] of dict.byFirstToken) {
      const entry: FirstWordIndex = { bySecond: new Map(), single: [] };
      // byFirstToken lists are longest first; each sub-list keeps that order.
      for (const c of list) {
        const second = c.tokens[1]?.key;
        if (second === undefined) entry.single.push(c);
        else {
          const sub = entry.bySecond.get(second);
          if (sub) sub.push(c);
          else entry.bySecond.set(second, [c]);
        }
      }
      built.set(key, entry);
    }
    PHRASE_INDEX.set(dict, built);
    index = built;
  }
  return index;
}

function matchAt(s: Scan, pos: number, accept: (e: ActorEntry) => boolean): Match | null {
  for (const m of matchesAt(s, pos)) if (accept(m.entry)) return { entry: m.entry, start: pos, end: m.end };
  return null;
}

function surface(s: Scan, from: number, to: number): string {
  const a = s.toks[from];
  const b = s.toks[to - 1];
  return a && b ? s.sentence.slice(a.start, b.end) : '';
}

function titleWords(text: string): string {
  return text
    .split(/\s+/)
    .map((w, i) => (i > 0 && LOWER_TITLE_WORDS.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

function countryName(s: Scan, code: string | null): string | null {
  return code === null ? null : (s.dict.countries.get(code)?.name ?? code);
}

/** Small words a headline leaves in lower case. */
const HEADLINE_LOWER = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'nor', 'by', 'with', 'from', 'as', 'vs', "'s"]);

/** "Iraq Says Key Islamic State Leader Is Dead": every word but the small ones capitalised. */
function isTitleCase(toks: Tok[]): boolean {
  let caps = 0;
  for (const t of toks) {
    if (!t.word || /^\d/.test(t.text)) continue;
    if (t.cap) caps++;
    else if (!HEADLINE_LOWER.has(t.key)) return false;
  }
  return caps >= 4;
}

function makeTok(text: string, start: number, word: boolean, lowered?: string): Tok {
  const lower = lowered ?? text.toLowerCase().replace(/’/g, "'");
  return {
    text,
    // eslint-disable-next-line no-control-regex
    key: /[^\x00-\x7f]|`/.test(lower) ? foldKey(lower) : lower,
    start,
    end: start + text.length,
    word,
    cap: /^[\p{Lu}\p{N}]/u.test(text),
  };
}

/** Second halves of "Saudi-led", "Iran-backed", "ISIS-held": the first half names an actor. */
const MODIFIER_SUFFIXES = new Set([
  'led', 'backed', 'allied', 'sponsored', 'based', 'claimed', 'linked', 'aligned', 'funded', 'brokered', 'held',
  'controlled', 'run', 'owned', 'supported', 'affiliated', 'dominated', 'trained', 'armed', 'financed',
  'installed', 'appointed', 'mediated', 'occupied', 'inspired', 'organised', 'organized', 'imposed',
  'administered', 'friendly', 'loyal', 'leaning', 'majority', 'proposed', 'drafted', 'ruled',
]);

/**
 * "Saudi-led" → "Saudi" + "-led"; "Russia-Ukraine" → "Russia" "-" "Ukraine".
 * Only words the dictionary does not know whole ("Guinea-Bissau", "al-Qaeda").
 */
function splitHyphenated(tok: Tok, dict: ActorDictionary, out: Tok[]): void {
  const parts = tok.text.split('-');
  const last = parts[parts.length - 1]?.toLowerCase() ?? '';
  if (parts.length >= 2 && MODIFIER_SUFFIXES.has(last)) {
    const head = tok.text.slice(0, tok.text.length - last.length - 1);
    const headTok = makeTok(head, tok.start, true);
    if (head !== '' && (headTok.cap || dict.byFirstToken.has(headTok.key))) {
      out.push(headTok, makeTok(tok.text.slice(head.length), tok.start + head.length, true));
      return;
    }
  }
  // Actors joined by hyphens: "Russia-Ukraine", "Israeli-Palestinian", "US-China".
  const standsAlone = (p: string): boolean =>
    /^\p{Lu}/u.test(p) && (dict.byFirstToken.get(foldKey(p)) ?? []).some((c) => c.tokens.length === 1 && c.entry.kind !== 'sector' && c.entry.kind !== 'block');
  if (parts.length >= 2 && parts.length <= 3 && parts.every(standsAlone)) {
    let at = tok.start;
    parts.forEach((p, i) => {
      if (i > 0) {
        out.push(makeTok('-', at, false));
        at++;
      }
      out.push(makeTok(p, at, true));
      at += p.length;
    });
    return;
  }
  out.push(tok);
}

// --- public API ------------------------------------------------------------------------

/**
 * Finds the actor mentions of one sentence: offsets into `sentence`,
 * non-overlapping, left to right. Updates `memory` with the persons and
 * acronyms it meets, so later sentences of the same document can refer to
 * them ("Al-Araji", "INA", "he").
 */
export function findActors(
  sentence: string,
  dict: ActorDictionary,
  memory: DocumentActors,
  context: DocumentContext,
): ActorMention[] {
  const toks: Tok[] = [];
  for (const t of tokenize(sentence)) {
    const tok = makeTok(t.text, t.start, t.word, t.lower);
    if (tok.word && tok.text.includes('-') && !dict.byFirstToken.has(tok.key)) splitHyphenated(tok, dict, toks);
    else toks.push(tok);
  }
  const firstWord = Math.max(0, toks.findIndex((t) => t.word));
  let lastHead = -1;
  for (let k = toks.length - 1; k >= 0 && lastHead < 0; k--) {
    const t = toks[k];
    if (t?.cap && BODY_HEADS.has(t.key)) lastHead = k;
  }
  const s: Scan = { matches: new Array<readonly ActorEntryMatch[] | undefined>(toks.length), sentence, toks, dict, memory, context, titleCase: isTitleCase(toks), firstWord, consumed: 0, prev: null, lastHead, lowerStarts: lowerStarts(dict), index: phraseIndex(dict) };
  const found: Found[] = [];
  for (let i = 0; i < toks.length; ) {
    const r = parseAt(s, i);
    if (!r) {
      i++;
      continue;
    }
    if (r.found) {
      found.push(r.found);
      s.prev = r.found;
    }
    s.consumed = r.next;
    i = Math.max(r.next, i + 1);
  }
  shareCompoundSectors(s, found);
  return found.map((f) => f.mention);
}

// --- the parser --------------------------------------------------------------------------

interface Step {
  next: number;
  found: Found | null;
}

/** Per dictionary: first-token keys of phrases that can start in lower case ("troops", "al-Qaeda"). */
const LOWER_STARTS = new WeakMap<ActorDictionary, ReadonlySet<string>>();

function lowerStarts(dict: ActorDictionary): ReadonlySet<string> {
  let set = LOWER_STARTS.get(dict);
  if (!set) {
    const keys = new Set<string>();
    for (const [key, list] of dict.byFirstToken) if (list.some((c) => c.tokens[0]?.casing === 'any')) keys.add(key);
    LOWER_STARTS.set(dict, keys);
    set = keys;
  }
  return set;
}

function parseAt(s: Scan, i: number): Step | null {
  const t = s.toks[i];
  if (!t || !t.word) return null;
  // Most words start nothing: lower case, in no phrase that may start in lower
  // case ("ban", "grant" start only names), no adjective, no name.
  if (!t.cap && !s.lowerStarts.has(t.key) && !STARTERS.has(t.key) && !ARTICLE_NAME.test(t.text)) return null;
  // "a 5,000-man force": the second half of a compound with a number.
  const dash = s.toks[i - 1];
  if (dash?.text === '-' && dash.end === t.start && /^\d/.test(s.toks[i - 2]?.text ?? '')) return null;
  if (t.key === 'he' || t.key === 'she') return pronoun(s, i);
  if (t.key === 'the' && i + 1 < s.toks.length) return parsePhrase(s, i, i + 1);
  return parsePhrase(s, i, i);
}

function pronoun(s: Scan, i: number): Step | null {
  const person = s.memory.lastPerson;
  const t = s.toks[i];
  if (!person || !t) return null;
  const actor: Actor = { ...person, text: t.text, entry: `pronoun:${person.entry}` };
  return { next: i + 1, found: makeFound(s, actor, 'pronoun', i, i + 1, false, false, false) };
}

/** Adjectives, "former" and role prefixes ("deputy") before a modifier or sector words. */
function eatAdjectives(s: Scan, p: number): { end: number; former: boolean; prefix: string[] } {
  let q = p;
  let former = false;
  const prefix: string[] = [];
  for (let k = 0; k < 3; k++) {
    const t = s.toks[q];
    if (!t || !t.word) break;
    // Most words are no adjective: test that before the dictionary.
    if (t.key !== 'former' && !ROLE_PREFIXES.has(t.key) && !ADJECTIVES.has(t.key)) break;
    if (matchAt(s, q, isAny)) break;
    if (t.key === 'former') former = true;
    else if (ROLE_PREFIXES.has(t.key)) prefix.push(titleWords(t.key));
    else if (!ADJECTIVES.has(t.key)) break;
    q++;
  }
  return { end: q, former, prefix };
}

function parsePhrase(s: Scan, start: number, pos: number): Step | null {
  const hasThe = start < pos;
  const pre = eatAdjectives(s, pos);
  const mod = matchAt(s, pre.end, isNoun);
  if (mod) {
    if (mod.entry.kind === 'block') return { next: mod.end, found: null };
    if (mod.entry.kind === 'person') return knownPerson(s, pre.former ? pos : mod.start, mod, pre.former);
    let q = mod.end;
    const possessive = s.toks[q]?.key === "'s";
    if (possessive) q++;
    if ((mod.entry.kind === 'demonym' || mod.entry.kind === 'country') && s.toks[q]?.key === 'capital') {
      return capitalApposition(s, hasThe && pre.end === pos ? start : mod.start, mod, q);
    }
    // "the Lebanese group Hezbollah" is Hezbollah; so is "Lebanese Hezbollah".
    if (mod.entry.kind === 'demonym' && !possessive) {
      const group = matchAt(s, q, isOrganisation);
      if (group) return bareEntry(s, hasThe && pre.end === pos ? start : mod.start, group);
      const people = peopleOfState(s, hasThe && pre.end === pos ? start : mod.start, hasThe, mod, q);
      if (people) return people;
    }
    const seq = parseSectorSeq(s, q, true) ?? (possessive ? titleAfterAdjective(s, q, mod) : null);
    if (seq) {
      // "the Nigerian Union of Teachers": capitalised sector words opening a body's longer name.
      const after = s.toks[seq.end];
      if (s.toks[seq.phraseStart]?.cap && (after?.key === 'of' || after?.key === 'for') && s.toks[seq.end + 1]?.cap) {
        const body = namedBody(s, hasThe && pre.end === pos ? start : mod.start, q, mod);
        if (body?.found && body.next > seq.end) return body;
      }
      const step = composite(s, start, hasThe, mod, seq, pre.former || seq.former, [...pre.prefix, ...seq.prefix]);
      if (step) return step;
    }
    // "the U.S. Department of Justice", "the Tokyo Stock Exchange"
    const body = namedBody(s, hasThe && pre.end === pos ? start : mod.start, q, mod);
    if (body) return body;
    return bareEntry(s, hasThe && pre.end === pos ? start : mod.start, mod);
  }
  const seq = parseSectorSeq(s, pos, false);
  // "the Senate Foreign Relations Committee": capitalised sector words opening a longer name.
  const after = seq ? s.toks[seq.end] : undefined;
  if (seq && s.toks[pos]?.cap && after?.cap && after.word && !STOP_CAPITALS.has(after.key)) {
    const body = namedBody(s, start, pos, null);
    if (body?.found && body.next > seq.end) return body;
  }
  if (seq) {
    const step = composite(s, start, hasThe, null, seq, seq.former, seq.prefix);
    if (step || !s.toks[pos]?.cap) return step;
  }
  // "The Department of Transportation", "the Moro Islamic Liberation Front"
  const body = namedBody(s, start, pos, null);
  if (body) return body;
  if (hasThe || seq) return null;
  return rememberedActor(s, pos);
}

/**
 * "Bosnian Serb forces", "Iraqi Kurdish fighters", "Bosnian Serbs": a people
 * named after the state it lives in (residence, as for ethnic groups): the
 * first adjective gives the country, the second the people (marked
 * `+ethnic:…`). The second word is a demonym, or an unknown capitalised word
 * when sector words follow ("Kurdish" is in no list: peoples of several
 * countries are not); a demonym alone must be a plural ("Bosnian Serbs").
 */
function peopleOfState(s: Scan, start: number, hasThe: boolean, mod: Match, q: number): Step | null {
  const t = s.toks[q];
  if (!t || !t.word || !t.cap || s.titleCase || STOP_CAPITALS.has(t.key)) return null;
  const second = matchAt(s, q, isAny);
  let end: number;
  let id: string;
  if (second) {
    const adjective = second.entry.kind === 'region' && second.entry.flags.adjective; // "Israeli Arab lawmakers"
    if (!(second.entry.kind === 'demonym' || adjective) || second.entry.country === mod.entry.country) return null;
    end = second.end;
    id = second.entry.id;
  } else {
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.text)) return null;
    end = q + 1;
    id = `ethnic:${t.key}`;
  }
  const seq = parseSectorSeq(s, end, true);
  // "Bosnian Serbs", "Iraqi Kurds": a plural people word with nothing capitalised after it.
  const plural = /[^s]s$/.test(t.key) && !ORGANISATION_WORDS.has(t.key) && !BODY_HEADS.has(t.key);
  const next = s.toks[end];
  const alone = plural && (second === null || second.entry.kind === 'demonym') && !(next?.cap && next.word) && !matchAt(s, end, isAny);
  let step: Step | null = null;
  if (seq) step = composite(s, start, hasThe, mod, seq, seq.former, seq.prefix);
  else if (alone) step = bareEntry(s, start, { entry: mod.entry, start: mod.start, end });
  const actor = step?.found?.mention.actor;
  if (!step || !actor || actor.country !== mod.entry.country) return null;
  actor.entry = actor.entry.replace(mod.entry.id, `${mod.entry.id}+${id.startsWith('ethnic:') ? id : `ethnic:${id}`}`);
  return step;
}

// --- bodies named by their own capitalised name ----------------------------------------------

/**
 * Head words of the names of bodies, with the sector they give ("state"
 * bodies take the report's home country when no country is named).
 */
const BODY_HEADS = new Map<string, { sector: Sector | null; state: boolean }>(Object.entries({
  department: { sector: 'GOV', state: true },
  ministry: { sector: 'GOV', state: true },
  agency: { sector: 'GOV', state: true },
  bureau: { sector: 'GOV', state: true },
  office: { sector: 'GOV', state: true },
  administration: { sector: 'GOV', state: true },
  service: { sector: 'GOV', state: true },
  services: { sector: 'GOV', state: true },
  commission: { sector: 'GOV', state: true },
  commision: { sector: 'GOV', state: true }, // a frequent misspelling in wire copy
  authority: { sector: 'GOV', state: true },
  directorate: { sector: 'GOV', state: true },
  inspectorate: { sector: 'GOV', state: true },
  secretariat: { sector: 'GOV', state: true },
  government: { sector: 'GOV', state: true },
  court: { sector: 'JUD', state: true },
  tribunal: { sector: 'JUD', state: true },
  senate: { sector: 'LEG', state: true },
  assembly: { sector: 'LEG', state: true },
  parliament: { sector: 'LEG', state: true },
  police: { sector: 'COP', state: true },
  force: { sector: 'MIL', state: true },
  command: { sector: 'MIL', state: true },
  council: { sector: 'SOC', state: false },
  party: { sector: 'PTY', state: false },
  congress: { sector: 'PTY', state: false },
  chamber: { sector: 'BUS', state: false },
  front: { sector: 'PTY', state: false },
  movement: { sector: 'PTY', state: false },
  army: { sector: null, state: false },
  brigade: { sector: 'REB', state: false },
  brigades: { sector: 'REB', state: false },
  militia: { sector: 'PRM', state: false },
  union: { sector: 'SOC', state: false },
  association: { sector: 'SOC', state: false },
  federation: { sector: 'SOC', state: false },
  foundation: { sector: 'SOC', state: false },
  committee: { sector: 'SOC', state: false },
  coalition: { sector: 'SOC', state: false },
  alliance: { sector: 'SOC', state: false },
  society: { sector: 'SOC', state: false },
  organisation: { sector: 'SOC', state: false },
  organization: { sector: 'SOC', state: false },
  watch: { sector: 'SOC', state: false },
  institute: { sector: 'EDU', state: false },
  university: { sector: 'EDU', state: false },
  college: { sector: 'EDU', state: false },
  hospital: { sector: 'MED', state: false },
  church: { sector: 'REL', state: false },
  company: { sector: 'BUS', state: false },
  corporation: { sector: 'BUS', state: false },
  inc: { sector: 'BUS', state: false },
  ltd: { sector: 'BUS', state: false },
  holdings: { sector: 'BUS', state: false },
  airlines: { sector: 'BUS', state: false },
  airways: { sector: 'BUS', state: false },
  exchange: { sector: 'BUS', state: false },
  bank: { sector: 'BUS', state: false },
  times: { sector: 'JRN', state: false },
  post: { sector: 'JRN', state: false },
  herald: { sector: 'JRN', state: false },
  tribune: { sector: 'JRN', state: false },
  gazette: { sector: 'JRN', state: false },
  journal: { sector: 'JRN', state: false },
  telegraph: { sector: 'JRN', state: false },
  chronicle: { sector: 'JRN', state: false },
}));

/** Words in a body's name that say more than its head: "Metropolitan Police Bureau" is police. */
const BODY_KEYWORDS: Array<[RegExp, Sector, boolean]> = [
  [/\b(?:police|constabulary|gendarmerie)\b/, 'COP', true],
  [/\b(?:intelligence|secret service|security service)\b/, 'SPY', true],
  [/\b(?:stock exchange|securities exchange|bourse)\b/, 'BUS', false],
  [/\b(?:central bank|reserve bank|national bank|bank of (?!america))/, 'GOV', true],
  [/\b(?:news|press|broadcasting|television|radio)\b/, 'JRN', false],
  [/\b(?:liberation|revolutionary|resistance|jihad|mujahideen|insurgent|rebel|armed forces of|islamic state)\b/, 'REB', false],
  [/\b(?:defen[cs]e|armed forces|military|navy|air force)\b/, 'MIL', true],
  [/\b(?:justice|prosecutors?|prosecution|judicial)\b/, 'JUD', true],
  [/\b(?:workers|trade|labou?r|teachers|employees|miners|nurses)\b (?:union|federation|congress)/, 'LAB', false],
  [/\b(?:security|sovereignty|sovereign|supreme|state|ministers|presidential|revolutionary command|transitional|military|national security) council\b/, 'GOV', true],
  [/\b(?:senate|house|parliamentary|congressional|legislative|foreign relations|foreign affairs|armed services|appropriations|judiciary)\b.*\bcommittee\b/, 'LEG', true],
  [/\bnational (?:economic|security) council\b/, 'GOV', true],
];

const BODY_CONNECTORS = new Set(['of', 'for', 'and', '&', 'on', 'the', 'de', 'du', 'des']);

/**
 * A body named by its own capitalised name, which the dictionary does not
 * list: "the Department of Transportation", "the Metropolitan Police Bureau",
 * "the Michigan Department of Environmental Quality", "the Moro Islamic
 * Liberation Front". The head word gives the sector, a country, demonym,
 * capital or division before or inside the name gives the country.
 */
function namedBody(s: Scan, start: number, p: number, mod: Match | null): Step | null {
  if (s.titleCase || p > s.lastHead) return null;
  const first = s.toks[p];
  if (!first || !first.word || !first.cap || STOP_CAPITALS.has(first.key)) return null;
  // The run of capitalised words and connectors: "Department of Health and Human Services".
  let end = p;
  let k = p;
  while (k < s.toks.length && k - p < 12) {
    const t = s.toks[k];
    if (!t) break;
    if (t.word && t.cap && !STOP_CAPITALS.has(t.key) && t.key !== "'s") {
      k++;
      end = k;
      continue;
    }
    if (BODY_CONNECTORS.has(t.key) && t.key !== 'the' && k > p) {
      // "of", "for", "of the", "and" (but not "and the", "Times and Wall Street
      // Journal", "Security and Secretary Kristi Noem": a second name)
      let j = k + 1;
      if ((t.key === 'of' || t.key === 'for') && s.toks[j]?.key === 'the') j++;
      const next = s.toks[j];
      const joins = t.key !== 'and' && t.key !== '&' ? true : !BODY_HEADS.has(s.toks[k - 1]?.key ?? '') && !matchAt(s, j, isAny);
      if (joins && next && next.word && next.cap && !STOP_CAPITALS.has(next.key)) {
        k = j;
        continue;
      }
    }
    break;
  }
  if (end <= p) return null;
  // The head: the first head word that ends the run or opens its "of …" part.
  let head = -1;
  let stop = end;
  for (let h = p; h < end; h++) {
    const t = s.toks[h];
    // "Members of the Association of …": the head comes before any "of".
    if (t && (t.key === 'of' || t.key === 'for')) break;
    if (!t || !t.cap || !BODY_HEADS.has(t.key)) continue;
    const after = s.toks[h + 1]?.key ?? '';
    const complement = h + 1 < end && (after === 'of' || after === 'for');
    if (h + 1 === end || complement) {
      if (h === p && !complement && mod === null) continue; // "Bureau" alone
      head = h;
      stop = complement ? end : h + 1;
      break;
    }
  }
  if (head < 0) return null;
  const headKey = s.toks[head]?.key ?? '';
  const rule = BODY_HEADS.get(headKey);
  if (!rule) return null;
  const words = s.toks
    .slice(p, stop)
    .map((t) => t.key)
    .join(' ');
  let sector = rule.sector;
  let state = rule.state;
  for (const [re, sec, isState] of BODY_KEYWORDS) {
    if (re.test(words)) {
      sector = sec;
      state = isState;
      break;
    }
  }
  if (headKey === 'front' && sector === 'PTY' && /\b(?:islamic|popular|patriotic|national liberation)\b/.test(words)) sector = 'REB';
  if (headKey === 'army' && sector !== 'REB') return null; // "Salvation Army"; a country's army is a sector word
  if (sector === null) return null;
  // The country: the modifier, else a country named inside the name ("Central Bank of Nigeria").
  let owner: Match | null = mod && (mod.entry.kind !== 'region' || mod.entry.country !== null) ? mod : null;
  if (!owner) {
    for (let j = p; j < stop && !owner; j++) {
      const m = matchAt(s, j, (e) => e.kind === 'country' || e.kind === 'demonym' || e.kind === 'capital' || (e.kind === 'region' && e.country !== null));
      if (m && m.end <= stop) owner = m;
    }
  }
  const ids = [mod?.entry.id, `body:${headKey}`];
  if (owner && owner !== mod) ids.push(owner.entry.id);
  let country = owner?.entry.country ?? null;
  let igo = owner?.entry.igo ?? null;
  if (mod && (mod.entry.kind === 'igo' || mod.entry.kind === 'group')) {
    // "VOA's Mandarin Service", "the U.N. Integrated Bureau for Haiti": the organisation's.
    country = mod.entry.country;
    igo = mod.entry.igo;
    sector = mod.entry.sector ?? sector;
  }
  if (country === null && igo === null && state && HOME_SECTORS.has(sector) && s.context.homeCountry !== null) {
    country = s.context.homeCountry;
    ids.push('home');
  }
  const actor: Actor = {
    text: '',
    name: surface(s, mod ? mod.start : p, stop),
    country,
    igo,
    sector,
    entry: ids.filter((id): id is string => id !== undefined).join('+'),
  };
  let kind: MentionKind = 'sector';
  if (mod) {
    const mk = mod.entry.kind;
    kind = mk === 'country' || mk === 'demonym' || mk === 'igo' || mk === 'group' || mk === 'region' ? mk : 'capital';
  }
  return finish(s, actor, kind, start, stop, mod, start < (mod?.start ?? p), true);
}

/** Sector words, possibly several ("government troops"), with adjectives and a generic "X Minister". */
function parseSectorSeq(s: Scan, p: number, lowerGeneric: boolean): Seq | null {
  const pre = eatAdjectives(s, p);
  let q = pre.end;
  const parts: Match[] = [];
  while (parts.length < 3) {
    const m = matchAt(s, q, isSector) ?? genericMinister(s, q, lowerGeneric);
    if (!m) break;
    // "the charity [Doctors Without Borders]": an organisation's name starts here.
    const organisation = parts.length > 0 ? matchAt(s, q, isOrganisation) : null;
    if (organisation && organisation.end > m.end) break;
    parts.push(m);
    q = m.end;
    // A title that needs a name ends the words: "General [Qassem Soleimani]", not "general public".
    if (m.entry.flags.named) break;
  }
  const last = parts[parts.length - 1];
  if (!last) return null;
  const ext = ministerOf(s, last);
  if (ext) {
    last.end = ext.end;
    last.role = ext.role;
    q = ext.end;
  }
  return { start: p, phraseStart: pre.end, end: q, parts, prefix: pre.prefix, former: pre.former };
}

// "UNICEF's acting director", "Iran's hardline president": one unknown word before a title.
// After a country's possessive, up to two unknown words before any sector
// words: "Ankara's Cankaya district administration", "Kenya's anti-graft
// agency". Words that read as verbs or plurals ("Israel's attacks killed
// civilians") end the phrase.
function titleAfterAdjective(s: Scan, q: number, owner: Match | null = null): Seq | null {
  const t = s.toks[q];
  if (!t || !t.word || t.cap || STOP_CAPITALS.has(t.key)) {
    return owner !== null && isPlaceOwner(owner.entry) ? wordsBeforeSector(s, q) : null;
  }
  const seq = parseSectorSeq(s, q + 1, true);
  if (seq && seq.parts[seq.parts.length - 1]?.entry.role !== null) return { ...seq, start: q, phraseStart: q };
  return owner !== null && isPlaceOwner(owner.entry) ? wordsBeforeSector(s, q) : null;
}

const isPlaceOwner = (e: ActorEntry): boolean => e.kind === 'country' || e.kind === 'capital' || (e.kind === 'region' && e.country !== null);

/** One or two modifier words, then sector words: "Cankaya district administration". */
function wordsBeforeSector(s: Scan, q: number): Seq | null {
  for (let n = 1; n <= 2; n++) {
    const w = s.toks[q + n - 1];
    if (!w || !w.word || STOP_CAPITALS.has(w.key) || /^\d/.test(w.text) || matchAt(s, q + n - 1, isAny)) return null;
    if (!w.key.includes('-') && /(?:ed|[^su]s|ing)$/.test(w.key)) return null;
    if (w.cap && !/^\p{Lu}\p{Ll}+$/u.test(w.text)) return null;
    const seq = parseSectorSeq(s, q + n, false);
    if (seq && seq.start === seq.phraseStart) return { ...seq, start: q, phraseStart: q };
  }
  return null;
}

// "Water Resources Minister", "Interior Ministry" (words not in sectors.txt).
function genericMinister(s: Scan, q: number, allowLower: boolean): Match | null {
  for (let k = 1; k <= 2; k++) {
    const t = s.toks[q + k - 1];
    if (!t || !t.word || STOP_CAPITALS.has(t.key) || t.key === "'s") return null;
    if (!t.cap && !(allowLower && k === 1 && MINISTER_WORDS.has(s.toks[q + 1]?.key ?? ''))) return null;
    if (matchAt(s, q + k - 1, isAny)) return null;
    const head = s.toks[q + k];
    if (head && (MINISTER_WORDS.has(head.key) || (head.key === 'secretary' && t.cap))) {
      const m = matchAt(s, q + k, isSector);
      if (!m) return null;
      const result: Match = { entry: m.entry, start: q, end: m.end };
      if (m.entry.role !== null) result.role = titleWords(surface(s, q, m.end));
      return result;
    }
  }
  return null;
}

// "Minister of Water Resources", "Ministry of Higher Education".
function ministerOf(s: Scan, last: Match): { end: number; role: string } | null {
  const lastTok = s.toks[last.end - 1];
  const of = s.toks[last.end];
  if (!lastTok || !of || !(MINISTER_WORDS.has(lastTok.key) || lastTok.key === 'secretary')) return null;
  if (of.key !== 'of' && of.key !== 'for') return null;
  let q = last.end + 1;
  let end = -1;
  while (q < s.toks.length) {
    const t = s.toks[q];
    if (!t) break;
    if (t.word && t.cap && !STOP_CAPITALS.has(t.key) && !matchAt(s, q, isNoun)) {
      q++;
      end = q;
      continue;
    }
    if ((t.key === 'and' || t.key === 'of') && end === q && s.toks[q + 1]?.cap) {
      q++;
      continue;
    }
    break;
  }
  if (end < 0) return null;
  return { end, role: titleWords(surface(s, last.start, end)) };
}

function seqSector(parts: readonly Match[]): { sector: Sector | null; allWeak: boolean } {
  for (let i = parts.length - 1; i >= 0; i--) {
    const e = parts[i]?.entry;
    if (e && !e.flags.weak) return { sector: e.sector, allWeak: false };
  }
  return { sector: parts[parts.length - 1]?.entry.sector ?? null, allWeak: true };
}

function seqHasRole(seq: Seq): boolean {
  return seq.parts[seq.parts.length - 1]?.entry.role != null || seq.parts[seq.parts.length - 1]?.role !== undefined;
}

function seqRole(s: Scan, seq: Seq, prefix: readonly string[]): string | null {
  const head = seq.parts[seq.parts.length - 1];
  if (!head) return null;
  let role: string | null = head.role ?? null;
  if (role === null && head.entry.role !== null) {
    role = seq.parts.length > 1 && head.entry.flags.weak ? titleWords(surface(s, seq.phraseStart, head.end)) : head.entry.role;
  }
  if (role !== null && prefix.length > 0) role = `${prefix.join(' ')} ${role}`;
  return role;
}

/** Words that count people or states: "70 countries", "several countries", "dozens of civilians". */
const COUNT_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen',
  'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'dozens', 'hundreds', 'thousands', 'millions', 'several',
  'numerous',
]);

/** Where a count before the sector words starts, if there is one: "70 countries", "several countries". */
function quantityStart(s: Scan, seq: Seq): number | null {
  const inside = s.toks[seq.phraseStart - 1];
  if (seq.phraseStart > seq.start && inside && COUNT_WORDS.has(inside.key)) return seq.start;
  let k = seq.start - 1;
  const t = s.toks[k];
  if (!t || k < s.consumed) return null;
  if (t.key === 'of' && /^(?:dozens|hundreds|thousands|millions|scores)$/.test(s.toks[k - 1]?.key ?? '')) k--;
  const q = s.toks[k];
  if (!q || k < s.consumed) return null;
  if (/^\d[\d,.]*$/.test(q.text) || COUNT_WORDS.has(q.key)) return k;
  return null;
}

/** Verbs of residence between a people and its place: "ethnic Albanian guerrillas operating in Macedonia". */
const DWELLING = new Set(['living', 'operating', 'based', 'residing', 'settled', 'remaining']);

/**
 * Where an ethnic group lives, when the text says so right after it: "ethnic
 * Albanians in Kosovo", "the Albanians of southern Serbia", "ethnic Serbs
 * living in Croatia". Convention (as PLOVER's GSR codes them, and as
 * countries.txt codes peoples such as the Hausa): an ethnic group is coded to
 * the country it lives in; a nationality alone ("Albanian rebels", "Iraqis in
 * Jordan") keeps its own country. `of` alone: only "of" introduces the place.
 */
function residencePlace(s: Scan, k: number, ofOnly: boolean): Match | null {
  let q = k;
  if (!ofOnly && DWELLING.has(s.toks[q]?.key ?? '')) q++;
  const prep = s.toks[q]?.key;
  if (prep !== 'of' && (ofOnly || prep !== 'in')) return null;
  q++;
  if (s.toks[q]?.key === 'the') q++;
  if (BEFORE_COUNTRY.has(s.toks[q]?.key ?? '')) q++;
  const m = matchAt(s, q, (e) => e.kind === 'country' || (e.kind === 'region' && e.country !== null && !e.flags.adjective));
  return m && m.entry.country !== null ? m : null;
}

/** "ethnic Albanians": the word before the demonym at `k` marks an ethnic group, not a nationality. */
function isEthnic(s: Scan, k: number): boolean {
  return s.toks[k - 1]?.key === 'ethnic';
}

/**
 * A country, capital or division right after "in" or "from" at `k`: "in
 * Darfur", "from the Ivory Coast", "based in Trinidad", "operating in Iraq";
 * after "from", also a country's adjective heading the next phrase: "doctors
 * from two American aid groups".
 */
function placeAfter(s: Scan, k: number): Match | null {
  const q = DWELLING.has(s.toks[k]?.key ?? '') ? k + 1 : k;
  const prep = s.toks[q]?.key;
  if (prep !== 'in' && prep !== 'from') return null;
  const at = s.toks[q + 1]?.key === 'the' ? q + 2 : q + 1;
  const m = matchAt(s, at, (e) => e.kind === 'country' || e.kind === 'capital' || (e.kind === 'region' && e.country !== null && !e.flags.adjective));
  if (m && m.entry.country !== null) return m;
  if (prep !== 'from') return null;
  let d = q + 1;
  while (d < q + 3 && (COUNT_WORDS.has(s.toks[d]?.key ?? '') || /^(?:the|a|an|\d+|various|several)$/.test(s.toks[d]?.key ?? ''))) d++;
  const adj = matchAt(s, d, (e) => e.kind === 'demonym');
  // The adjective must head sector words: "from American aid groups", not "from Americans".
  return adj && adj.entry.country !== null && matchAt(s, adj.end, isSector) ? adj : null;
}

/** A phrase with sector words, and maybe a modifier, an owner after "of" and a person's name. */
function composite(
  s: Scan,
  start: number,
  hasThe: boolean,
  mod: Match | null,
  seq: Seq,
  former: boolean,
  prefix: string[],
): Step | null {
  // "Iran's Foreign Ministry's spokesman Bahram Qassemi": an office of the named
  // owner's body before "'s", as "the spokesman of the Foreign Ministry" would be.
  let ofSeq: Seq | null = null;
  if (mod !== null && s.toks[seq.end]?.key === "'s") {
    const office = parseSectorSeq(s, seq.end + 1, true);
    if (office && seqHasRole(office)) {
      ofSeq = seq;
      seq = office;
      prefix = [...prefix, ...office.prefix];
      former = former || office.former;
    }
  }
  const head = seq.parts[seq.parts.length - 1];
  if (!head) return null;
  const headWeak = seqSector(seq.parts).allWeak;
  let owner: Match | null = mod;
  let end = seq.end;

  // "the Ministry of Defense of Ukraine", "the people of Iraq",
  // "the Media Office of the National Security Advisor", "a spokesman for Hamas"
  for (let round = 0; round < 2; round++) {
    const t = s.toks[end];
    if (!t || !(t.key === 'of' || (t.key === 'for' && headWeak && ofSeq === null))) break;
    const r = s.toks[end + 1]?.key === 'the' ? end + 2 : end + 1;
    const found = matchAt(s, r, isOwner);
    const n = found && !basedIn(s, found.end) ? found : null;
    if (n && owner === null) {
      owner = n;
      end = n.end;
      continue;
    }
    const inner: Seq | null = !n && headWeak && ofSeq === null ? parseSectorSeq(s, r, false) : null;
    if (!inner) break;
    ofSeq = inner;
    end = inner.end;
  }

  const parts = ofSeq ? [...seq.parts, ...ofSeq.parts] : seq.parts;
  // Sector words in apposition to a group: "the paramilitary Rapid Support Forces".
  if (ofSeq === null && !seqHasRole(seq)) {
    const group = matchAt(s, end, isOrganisation);
    if (group) return bareEntry(s, start, group);
  }
  // Conditions of sector words on their own.
  if (owner === null) {
    // "president of the Committee for Freedom": an office of an organisation we do not know.
    if (ofSeq === null && (s.toks[end]?.key === 'of' || s.toks[end]?.key === 'for')) {
      const r = s.toks[end + 1]?.key === 'the' ? end + 2 : end + 1;
      const t = s.toks[r];
      if (t && t.word && t.cap && !STOP_CAPITALS.has(t.key) && !matchAt(s, r, isAny)) return null;
    }
    const all = parts.map((p) => p.entry.flags);
    // "70 countries", "dozens of civilians": a number makes an owned word an actor.
    const counted = quantityStart(s, seq);
    // "the two countries" points back to countries already named: no new actor.
    const pointsBack = counted !== null && all.some((f) => f.foreign) && /^(?:the|these|those|both|their)$/.test(s.toks[counted - 1]?.key ?? '');
    if (pointsBack) return null;
    // "prisoner Serkan Tumay": an owned title with a full name is that person.
    const named = ofSeq === null && head.entry.role !== null && !s.titleCase && (readName(s, end)?.count ?? 0) >= 2;
    if (counted !== null && all.every((f) => f.owned)) start = counted;
    else if (all.every((f) => f.owned) && !named) return null;
    else if (!hasThe && !(named && all.every((f) => f.owned)) && all.every((f) => f.owned || f.det)) return null;
    if (insideProperName(s, start, seq.phraseStart)) return null;
  }

  // Sector: the last specific word, or what the weak head is "of".
  let { sector, allWeak } = seqSector(seq.parts);
  if (allWeak && ofSeq) ({ sector, allWeak } = seqSector(ofSeq.parts));
  const ownerKind = owner?.entry.kind ?? null;
  if (owner && (ownerKind === 'igo' || ownerKind === 'group')) sector = owner.entry.sector;
  else if (owner && allWeak && owner.entry.sector !== null) sector = owner.entry.sector;
  const role = seqRole(s, seq, prefix);
  if (former) sector = 'ELI';

  // A person's name after a title: "Foreign Minister Sergei Lavrov",
  // "the foreign minister, Sergei Lavrov,".
  let name: Name | null = null;
  if (role !== null && !s.titleCase) {
    const honorific = HONORIFICS.has(s.toks[end]?.key ?? '') ? 1 : 0;
    name = readName(s, end + honorific);
    if (!name && honorific === 0 && s.toks[end]?.text === ',') {
      const n = readName(s, end + 1);
      const after = s.toks[n?.end ?? 0];
      if (n && n.count >= 2 && (!after || after.text === ',' || after.text === '.')) name = n;
    }
  }
  if (!name && seq.parts.length === 1 && head.entry.flags.named && ofSeq === null) return null;
  if (name) end = name.end;

  const entryIds = [mod?.entry.id, ...seq.parts.map((p) => p.entry.id), ...(ofSeq?.parts.map((p) => p.entry.id) ?? [])];
  if (owner && owner !== mod) entryIds.push(owner.entry.id);
  let country = owner?.entry.country ?? null;
  const igo = owner?.entry.igo ?? null;

  // A title without a name that the document has seen before: "the prime minister".
  if (!name && role !== null && (hasThe || owner) && !former) {
    const known = s.memory.findByRole(role, owner ? country : null);
    if (known && (owner === null || known.igo === igo)) {
      s.memory.touch(known);
      const actor: Actor = { ...known, text: surface(s, start, end), entry: `coref:${known.entry}` };
      return finish(s, actor, 'person', start, end, mod, hasThe, true);
    }
  }

  // "President Trump", "Chancellor Angela Merkel": a person the dictionary knows.
  const listed = name ? dictionaryPerson(s, name) : null;
  if (listed) entryIds.push(listed.id);
  // "President Bush", "Prime Minister Rabin": a surname the dictionary's people
  // with that office share a country under, the person unknown.
  const bySurname = owner === null && !listed && name ? surnameOwner(s, name, role) : null;
  if (bySurname) entryIds.push('inferred:surname');
  let home = false;
  const foreign = parts.some((p) => p.entry.flags.foreign);
  if (owner === null && listed && (listed.country !== null || listed.igo !== null)) {
    country = listed.country;
  } else if (bySurname) {
    country = bySurname.country;
  } else if (owner === null && !foreign && possessor(s, start)) {
    // "President Bouteflika's government": the body of that person's country.
    const p = possessor(s, start);
    country = p?.country ?? null;
    entryIds.push(`of:${p?.entry ?? ''}`);
  } else if (owner === null && !foreign && (name || (sector !== null && HOME_SECTORS.has(sector)))) {
    country = s.context.homeCountry;
    home = country !== null;
  }
  if (home) entryIds.push('home');
  // "ethnic Albanian guerrillas operating in Macedonia": an ethnic group where it lives.
  if (owner && ownerKind === 'demonym' && owner === mod && isEthnic(s, owner.start) && !name) {
    const where = residencePlace(s, end, false);
    if (where && where.entry.country !== country) {
      country = where.entry.country;
      entryIds.push(`residence:${where.entry.id}`);
    }
  }
  // "rebels in Darfur", "refugees from Syria", "opposition groups in Zimbabwe":
  // people who are no arm of a state take the country they are placed in.
  if (owner === null && country === null && !listed && !foreign && sector !== null && (!HOME_SECTORS.has(sector) || sector === 'OPP')) {
    const where = placeAfter(s, end);
    if (where) {
      country = where.entry.country;
      entryIds.push(`in:${where.entry.id}`);
    }
  }

  let kind: MentionKind = 'sector';
  if (ownerKind === 'country') kind = 'country';
  else if (ownerKind === 'demonym') kind = 'demonym';
  else if (ownerKind === 'capital' || ownerKind === 'seat') kind = 'capital';
  else if (ownerKind === 'igo') kind = 'igo';
  else if (ownerKind === 'group') kind = 'group';
  else if (ownerKind === 'region') kind = 'region';

  const actor: Actor = {
    text: '',
    name: '',
    country,
    igo: owner === null && listed ? listed.igo : (bySurname?.igo ?? igo),
    sector,
    entry: entryIds.filter((id): id is string => id !== undefined).join('+'),
  };
  if (role !== null) actor.role = role;
  if (name) {
    kind = 'person';
    const known = s.memory.findPerson(name.text);
    let person = listed ? listed.name : name.text;
    if (known?.person !== undefined) {
      if (known.person.length > person.length && !listed) person = known.person;
      if (owner === null && !listed && !(bySurname && known.country === null && known.igo === null)) {
        actor.country = known.country;
        actor.igo = known.igo;
      }
      if (actor.role === undefined && known.role !== undefined) actor.role = known.role;
    }
    actor.person = person;
    actor.name = person;
  } else if (owner && (ownerKind === 'igo' || ownerKind === 'group')) {
    actor.name = owner.entry.name;
  } else if (owner && ownerKind === 'region') {
    // "European countries", "Michigan voters"
    actor.name = surface(s, owner.start, end);
  } else if (owner === null && foreign) {
    actor.name = surface(s, seq.phraseStart, end).toLowerCase();
  } else {
    const where = countryName(s, actor.country);
    const what = role ?? (sector !== null ? SECTOR_LABELS[sector] : '');
    actor.name = where !== null ? `${where} ${what}`.trim() : what;
  }
  if (actor.person !== undefined) s.memory.rememberPerson(actor);
  return finish(s, actor, kind, start, end, mod, hasThe, true);
}

/** The person whose "'s" stands right before `start`, when the sentence placed them in a country. */
function possessor(s: Scan, start: number): Actor | null {
  const p = s.prev;
  if (!p || s.toks[start - 1]?.key !== "'s" || p.end !== start - 1 || p.mention.kind !== 'person') return null;
  return p.mention.actor.country !== null ? p.mention.actor : null;
}

/** Sets the text, takes a bracketed acronym "(INA)" and returns the step. */
function finish(
  s: Scan,
  actor: Actor,
  kind: MentionKind,
  start: number,
  end: number,
  lead: Match | null,
  hasThe: boolean,
  sectorWords: boolean,
): Step {
  let stop = end;
  const acronym = s.toks[end + 1];
  if (s.toks[end]?.text === '(' && s.toks[end + 2]?.text === ')' && acronym && /^[A-Z][A-Z0-9&-]{1,9}$/.test(acronym.text)) {
    stop = end + 3;
  }
  actor.text = surface(s, start, stop);
  if (stop > end && acronym) s.memory.rememberAcronym(acronym.text, actor, kind);
  const leadFirst = lead !== null && lead.start === start && !hasThe;
  return { next: stop, found: makeFound(s, actor, kind, start, stop, false, leadFirst, sectorWords) };
}

function makeFound(
  s: Scan,
  actor: Actor,
  kind: MentionKind,
  start: number,
  end: number,
  locative: boolean,
  leadFirst: boolean,
  sectorWords: boolean,
): Found {
  const a = s.toks[start];
  const b = s.toks[end - 1];
  return {
    mention: { start: a?.start ?? 0, end: b?.end ?? 0, actor, kind, locative },
    start,
    end,
    leadFirst,
    sectorWords,
  };
}

/** "the Russian capital Moscow", "Iraq's capital, Baghdad", "the Iraqi capital": a place. */
function capitalApposition(s: Scan, start: number, mod: Match, capitalTok: number): Step {
  let r = capitalTok + 1;
  if (s.toks[r]?.text === ',') r++;
  const capital = matchAt(s, r, (e) => e.kind === 'capital');
  const end = capital ? capital.end : capitalTok + 1;
  const code = mod.entry.country;
  const name = capital?.entry.name ?? s.dict.countries.get(code ?? '')?.capital ?? 'capital';
  const actor: Actor = {
    text: surface(s, start, end),
    name,
    country: code,
    igo: null,
    sector: capital?.entry.sector ?? null,
    entry: [mod.entry.id, capital?.entry.id ?? 'capital'].join('+'),
  };
  return { next: end, found: makeFound(s, actor, 'capital', start, end, true, false, false) };
}

/** A dictionary entry on its own: "Iraq", "the United States", "Moscow", "Hamas", "the Iraqis". */
function bareEntry(s: Scan, start: number, m: Match): Step {
  const e = m.entry;
  // "Western Iraq", "African": a region's adjective is no actor alone.
  if (e.kind === 'region' && e.flags.adjective) return { next: m.end, found: null };
  const place = e.kind === 'country' || e.kind === 'capital' || e.kind === 'seat' || e.kind === 'region';
  if (place && (continuesProperName(s, m.end) || followsProperName(s, m.start) || isUsState(s, m))) {
    return { next: m.end, found: null };
  }
  const locative = place && (isLocative(s, start) || afterWordCapital(s, start) || basedIn(s, m.end));
  let kind: MentionKind;
  switch (e.kind) {
    case 'country':
      kind = 'country';
      break;
    case 'demonym':
      kind = 'demonym';
      break;
    case 'igo':
      kind = 'igo';
      break;
    case 'group':
      kind = 'group';
      break;
    case 'region':
      kind = 'region';
      break;
    default:
      kind = 'capital';
  }
  let name: string;
  if (e.kind === 'igo' || e.kind === 'group' || e.kind === 'region') name = e.name;
  else if (e.kind === 'capital' && locative) name = e.name;
  else {
    const where = countryName(s, e.country) ?? e.name;
    name = e.sector !== null ? `${where} ${SECTOR_LABELS[e.sector]}` : where;
  }
  // "the Iraqis", "the United States", "the Kremlin", but "the [Iraqi claims]",
  // "the [Doha talks]": a singular demonym or a one-word place is a modifier there.
  if (start < m.start && (e.kind === 'demonym' || e.kind === 'country' || e.kind === 'capital' || e.kind === 'region') && !takesArticle(s, m)) {
    start = m.start;
  }
  const actor: Actor = { text: '', name, country: e.country, igo: e.igo, sector: e.sector, entry: e.id };
  // "ethnic Albanians in Kosovo", "the Albanians of southern Serbia": where the people live.
  if (e.kind === 'demonym' && (isEthnic(s, m.start) || start < m.start)) {
    const home = residencePlace(s, m.end, !isEthnic(s, m.start));
    if (home && home.entry.country !== e.country) {
      actor.country = home.entry.country;
      actor.name = `${name} of ${countryName(s, home.entry.country) ?? home.entry.name}`;
      actor.entry = `${e.id}+residence:${home.entry.id}`;
    }
  }
  const step = finish(s, actor, kind, start, m.end, m, start < m.start, false);
  if (step.found) step.found.mention.locative = locative;
  return step;
}

/** "the United States", "the Philippines", "the U.S.": names written with "the". */
function takesArticle(s: Scan, m: Match): boolean {
  if (m.end - m.start > 1) return true;
  const t = s.toks[m.start]?.text ?? '';
  return /s$/.test(t) || !/\p{Ll}/u.test(t);
}

/**
 * A person of people.txt named without a title: "Erdogan", "Recep Tayyip
 * Erdogan", "Putin's forces", "the Trump administration". A bare surname
 * after another unknown capitalised word is someone else ("Michelle Obama").
 */
function knownPerson(s: Scan, start: number, m: Match, former: boolean): Step {
  const bare = m.end - m.start === 1;
  if (bare && (followsProperName(s, m.start) || continuesProperName(s, m.end) || ARTICLE_NAME.test(s.toks[m.end]?.text ?? ''))) {
    return { next: m.end, found: null };
  }
  const text = surface(s, m.start, m.end);
  // The document's own people first: "Ivanka Trump … Trump" is hers to claim.
  const remembered = s.memory.findPerson(text);
  if (remembered) {
    return personBody(s, m.start, m.end, remembered) ?? rememberedPerson(s, m.start, m.end, remembered);
  }
  const actor = personActor(s, m.entry, text, former);
  const body = personBody(s, m.start, m.end, actor);
  if (body) return body;
  // "Catherine Russell, UNICEF's executive director,": the report's own description wins.
  const described = nameApposition(s, { start: m.start, end: m.end, text, count: m.end - m.start });
  let next = m.end;
  if (described) {
    const d = described.actor;
    if (d.role !== undefined) actor.role = d.role;
    if (d.sector !== null) actor.sector = d.sector;
    if (d.country !== null || d.igo !== null) {
      actor.country = d.country;
      actor.igo = d.igo;
    }
    actor.entry = `${m.entry.id}+${d.entry}`;
    next = described.end;
  }
  s.memory.rememberPerson(actor);
  return { next, found: makeFound(s, { ...actor, text: surface(s, start, m.end) }, 'person', start, m.end, false, false, false) };
}

/** The actor of a person of people.txt, out of office (ELI) when the report's date says so. */
function personActor(s: Scan, e: ActorEntry, text: string, former: boolean): Actor {
  const actor: Actor = { text, name: e.name, country: e.country, igo: e.igo, sector: e.sector, person: e.name, entry: e.id };
  if (e.role !== null) actor.role = e.role;
  const state = former ? 'after' : officeAt(e, s.context.date);
  if (state === 'after') actor.sector = 'ELI';
  else if (state === 'before') {
    actor.sector = null;
    delete actor.role;
  }
  return actor;
}

/** Whether a person was in office in the year of `date`: "in", "before" their first term, "after" their last. */
function officeAt(e: ActorEntry, date: string | undefined): 'in' | 'before' | 'after' {
  const year = date === undefined ? NaN : Number(date.slice(0, 4));
  const terms = e.terms ?? [];
  if (Number.isNaN(year) || terms.length === 0) return 'in';
  if (terms.some((t) => year >= t.from && (t.to === null || year <= t.to))) return 'in';
  return terms.every((t) => year < t.from) ? 'before' : 'after';
}

/** The person of people.txt a title's name stands for: "Donald Trump", "Donald J. Trump", "Trump". */
function dictionaryPerson(s: Scan, name: Name): ActorEntry | null {
  const m = matchAt(s, name.start, isPerson);
  if (m && m.end === name.end) return m.entry;
  if (name.count === 1) return null;
  // "Donald J. Trump" by its first and last words, then the whole name.
  const short = s.dict.people.get(`${nameWordKey(s.toks[name.start])} ${nameWordKey(s.toks[name.end - 1])}`);
  if (short) return short;
  const whole = name.count > 2 ? (s.dict.people.get(personNameKey(name.text)) ?? null) : null;
  if (whole) return whole;
  // "Francois Mitterand": the given name and a listed spelling of the surname.
  const given = nameWordKey(s.toks[name.start]);
  const same = (s.dict.surnames.get(nameWordKey(s.toks[name.end - 1])) ?? []).filter((e) => personNameKey(e.name).split(' ')[0] === given);
  return same.length === 1 ? (same[0] ?? null) : null;
}

/**
 * Where a person named by surname alone belongs, when every person of
 * people.txt with that surname (and with the office the text gives, when one
 * of them held it) belongs to one country or organisation: "President Bush"
 * is American whichever Bush it is. Null when they differ or none is listed.
 */
function surnameOwner(s: Scan, name: Name, role: string | null): { country: string | null; igo: string | null } | null {
  if (name.count !== 1) return null;
  const all = s.dict.surnames.get(nameWordKey(s.toks[name.start]));
  if (!all || all.length === 0) return null;
  let people = all;
  if (role !== null) {
    const words = new Set(role.toLowerCase().split(/[\s-]+/));
    const fits = (e: ActorEntry): boolean => {
      if (e.role === null) return false;
      const own = e.role.toLowerCase().split(/[\s-]+/);
      return own.every((w) => words.has(w)) || [...words].every((w) => own.includes(w));
    };
    people = all.filter(fits);
    if (people.length === 0) return null;
  }
  const first = people[0];
  if (!first || (first.country === null && first.igo === null)) return null;
  if (!people.every((e) => e.country === first.country && e.igo === first.igo)) return null;
  return { country: first.country, igo: first.igo };
}

/** A name word as people are indexed: "al-Sisi" → "sisi". */
function nameWordKey(t: Tok | undefined): string {
  if (!t) return '';
  return t.key.includes('-') ? t.key.replace(/^(?:al|el|ad|an|ar|as|ash|at|az)-/, '') : t.key;
}

/** A person or acronym the document named before: "Al-Araji", "Mr. Lavrov", "INA". */
function rememberedActor(s: Scan, pos: number): Step | null {
  const t = s.toks[pos];
  if (!t) return null;
  const stored = s.memory.findAcronym(t.text);
  if (stored) {
    const actor: Actor = { ...stored.actor, text: t.text, entry: `coref:${stored.actor.entry}` };
    return { next: pos + 1, found: makeFound(s, actor, stored.kind, pos, pos + 1, false, false, false) };
  }
  const honorific = HONORIFICS.has(t.key) ? 1 : 0;
  const name = readName(s, pos + honorific);
  if (!name) return null;
  // The whole run must be known: "Mark Simon" is not "Mark Clifford".
  const known = s.memory.findPerson(name.text);
  if (known) return personBody(s, pos, name.end, known) ?? rememberedPerson(s, pos, name.end, known);
  // "Mr. Putin", "Donald J. Trump": a listed person behind an honorific or a middle initial.
  const listed = honorific === 1 || name.count > 1 ? dictionaryPerson(s, name) : null;
  if (listed) {
    const actor = personActor(s, listed, surface(s, pos, name.end), false);
    s.memory.rememberPerson(actor);
    return { next: name.end, found: makeFound(s, actor, 'person', pos, name.end, false, false, false) };
  }
  const described = nameApposition(s, name);
  if (described) {
    const { actor, end } = described;
    actor.text = surface(s, pos, name.end);
    s.memory.rememberPerson(actor);
    return { next: end, found: makeFound(s, actor, 'person', pos, name.end, false, false, false) };
  }
  // "Mr. Qassem Al-Araji" with no title, a full name as a subject ("Abdullahi
  // Osman Haji was among …") or opening with a given name ("… extradite Julian
  // Assange"): a person, office and country unknown.
  const subject = !s.titleCase && honorific === 0 && looksLikeSubjectName(s, name);
  const given = !s.titleCase && honorific === 0 && !subject && opensWithGivenName(s, name);
  if (!s.titleCase && (honorific === 1 || subject || given)) {
    // "Mr. Bush": a surname all listed people of that name share a country under.
    const bySurname = honorific === 1 ? surnameOwner(s, name, null) : null;
    const actor: Actor = {
      text: surface(s, pos, name.end),
      name: name.text,
      country: bySurname?.country ?? null,
      igo: bySurname?.igo ?? null,
      sector: null,
      person: name.text,
      entry: honorific === 1 ? `person:honorific${bySurname ? '+inferred:surname' : ''}` : given ? 'person:given-name' : 'person:name',
    };
    s.memory.rememberPerson(actor);
    return { next: name.end, found: makeFound(s, actor, 'person', pos, name.end, false, false, false) };
  }
  return null;
}

function rememberedPerson(s: Scan, pos: number, end: number, known: Actor): Step {
  s.memory.touch(known);
  const actor: Actor = { ...known, text: surface(s, pos, end), entry: `coref:${known.entry}` };
  return { next: end, found: makeFound(s, actor, 'person', pos, end, false, false, false) };
}

/** "the Trump administration", "Putin's forces": a body named after a known leader. */
function personBody(s: Scan, pos: number, end: number, known: Actor): Step | null {
  if (known.country === null) return null;
  const q = s.toks[end]?.key === "'s" ? end + 1 : end;
  const seq = parseSectorSeq(s, q, false);
  if (!seq || seq.start !== seq.phraseStart || seqHasRole(seq)) return null;
  const { sector } = seqSector(seq.parts);
  if (sector === null) return null;
  const start = s.toks[pos - 1]?.key === 'the' && pos - 1 >= s.consumed ? pos - 1 : pos;
  const actor: Actor = {
    text: surface(s, start, seq.end),
    name: `${countryName(s, known.country) ?? known.country} ${SECTOR_LABELS[sector]}`,
    country: known.country,
    igo: known.igo,
    sector,
    entry: [`coref:${known.entry}`, ...seq.parts.map((p) => p.entry.id)].join('+'),
  };
  return { next: seq.end, found: makeFound(s, actor, 'sector', start, seq.end, false, false, true) };
}

/**
 * "Catherine Russell, UNICEF's executive director", "Lai, a businessman": a
 * person described after a comma. The description is read (not returned as
 * a mention of its own); the person gets its office, sector and country.
 */
function nameApposition(s: Scan, name: Name): { actor: Actor; end: number } | null {
  if (s.titleCase || s.toks[name.end]?.text !== ',') return null;
  const first = s.toks[name.start];
  if (!first || (name.count === 1 && name.start === s.firstWord && /ly$/.test(first.key))) return null;
  let r = name.end + 1;
  const det = s.toks[r]?.key;
  const hasDet = det === 'a' || det === 'an' || det === 'the';
  if (hasDet) r++;
  // "a 77-year-old British national"
  while (s.toks[r] && (/^\d+$/.test(s.toks[r]?.text ?? '') || s.toks[r]?.text === '-' || s.toks[r]?.key === 'year-old')) r++;
  const pre = eatAdjectives(s, r);
  const mod = matchAt(s, pre.end, (e) => e.kind === 'country' || e.kind === 'demonym' || isOrganisation(e));
  let q = mod ? mod.end : pre.end;
  if (mod && s.toks[q]?.key === "'s") q++;
  const seq = parseSectorSeq(s, q, true) ?? titleAfterAdjective(s, q);
  if (!seq) return null;
  const role = seqRole(s, seq, [...pre.prefix, ...seq.prefix]);
  if (role === null) return null;
  let end = seq.end;
  let owner = mod;
  const of = s.toks[end]?.key;
  let unknownOwner = false;
  if (owner === null && (of === 'of' || of === 'for')) {
    const at = s.toks[end + 1]?.key === 'the' ? end + 2 : end + 1;
    const found = matchAt(s, at, isOwner);
    const n = found && !basedIn(s, found.end) ? found : null;
    if (n) {
      owner = n;
      end = n.end;
    } else if (found || (s.toks[at]?.cap && !matchAt(s, at, isAny))) {
      // "director of the Berlin-based Carnegie …": an organisation we do not know.
      // "president of the Committee for Freedom in Hong Kong": an office of an organisation we do not know.
      unknownOwner = true;
    }
  }
  let sector = unknownOwner ? null : seqSector(seq.parts).sector;
  if (owner && isOrganisation(owner.entry)) sector = owner.entry.sector;
  if (pre.former || seq.former) sector = 'ELI';
  const home = owner === null && sector !== null && HOME_SECTORS.has(sector) ? s.context.homeCountry : null;
  const ids = [owner?.entry.id, ...seq.parts.map((p) => p.entry.id), home !== null ? 'home' : undefined];
  const actor: Actor = {
    text: name.text,
    name: name.text,
    country: owner?.entry.country ?? home,
    igo: owner?.entry.igo ?? null,
    sector,
    role,
    person: name.text,
    entry: ['apposition', ...ids].filter((id): id is string => id !== undefined).join('+'),
  };
  return { actor, end };
}

/** Two to four name words opening with a given name: "Julian Assange", "Britta Nielsen". */
function opensWithGivenName(s: Scan, name: Name): boolean {
  if (name.count < 2 || name.count > 4) return false;
  const first = s.toks[name.start];
  if (!first || !s.dict.firstNames.has(first.key)) return false;
  // "San Francisco Bay": the name goes on before the given name.
  const before = s.toks[name.start - 1];
  if (before?.cap && before.word && name.start - 1 >= s.consumed && !STOP_CAPITALS.has(before.key) && !HONORIFICS.has(before.key)) return false;
  // "David Gee David Gee": a byline.
  const keys = s.toks.slice(name.start, name.end).filter((t) => t.word).map((t) => t.key);
  if (new Set(keys).size < keys.length) return false;
  // "Dan River Bridge", "Jean-Claude Van Damme Street": the next word names a place or a body.
  const after = s.toks[name.end];
  return !(after?.cap && after.word && ORGANISATION_WORDS.has(after.key));
}

/** A name of two words or more opening a sentence and followed by a verb: "Abdullahi Osman Haji was …". */
function looksLikeSubjectName(s: Scan, name: Name): boolean {
  if (name.count < 2 || name.start !== s.firstWord) return false;
  const first = s.toks[name.start]?.key ?? '';
  if (PLACE_STARTS.has(first) || QUANTIFIERS.has(first) || first.endsWith('ing')) return false;
  const words = s.toks.slice(name.start, name.end).filter((t) => t.word);
  const keys = words.map((t) => t.key);
  if (new Set(keys).size < keys.length) return false; // "David Gee David Gee": a byline
  // "Resource-rich", "Twenty-year-old", "United Nations-appointed"; "Western", "European", "Koreans"
  if (words.some((t) => /-\p{Ll}/u.test(t.text.replace(ARTICLE_PREFIX, '')))) return false;
  if (/(?:an|ans|ern|ese)$/.test(keys[keys.length - 1] ?? '')) return false;
  const next = s.toks[name.end];
  return next !== undefined && next.word && !next.cap && next.key !== "'s";
}

// --- names and false actors ----------------------------------------------------------------

function isNameWord(t: Tok): boolean {
  if (!t.word || t.key === "'s") return false;
  if (ARTICLE_NAME.test(t.text)) return true;
  return /^\p{Lu}/u.test(t.text) && !STOP_CAPITALS.has(t.key);
}

/** A run of name words from `q`: "Mohammed Shia al-Sudani", "J. D. Vance", "Mohammed bin Salman". */
function readName(s: Scan, q: number): Name | null {
  let k = q;
  let count = 0;
  let lastName = q;
  while (k < s.toks.length && count < 6) {
    const t = s.toks[k];
    if (!t) break;
    // An initial: "J." (the tokenizer splits the period off).
    if (/^\p{Lu}$/u.test(t.text) && s.toks[k + 1]?.text === '.' && s.toks[k + 1]?.start === t.end) {
      k += 2;
      count++;
      continue;
    }
    if (count > 0 && NAME_PARTICLES.has(t.key)) {
      let j = k + 1;
      while (s.toks[j] && NAME_PARTICLES.has(s.toks[j]?.key ?? '')) j++;
      const next = s.toks[j];
      if (next && isNameWord(next)) {
        k = j;
        continue;
      }
      break;
    }
    const nameWord = isNameWord(t);
    const here = nameWord ? matchesAt(s, k) : null;
    // A name the dictionary knows, read whole: "Theresa May" (not "Theresa" + the month).
    const known = here && here.length > 0 && here.every((m) => m.entry.kind === 'person') ? here[0] : undefined;
    if (known) {
      count += known.end - k;
      k = known.end;
      lastName = k;
      continue;
    }
    if (here && here.length === 0) {
      if (ORGANISATION_WORDS.has(t.key)) return null;
      k++;
      count++;
      lastName = k;
      continue;
    }
    break;
  }
  if (count === 0 || lastName <= q) return null;
  // "General Statistics Office", "Queen Elizabeth Central Hospital": a name cut
  // short by a capitalised dictionary word is part of an organisation's name.
  const after = s.toks[lastName];
  if (after && after.word && after.cap && !STOP_CAPITALS.has(after.key)) {
    const m = matchAt(s, lastName, isAny);
    if (m && (m.entry.kind === 'sector' || isOrganisation(m.entry))) return null;
  }
  return { start: q, end: lastName, text: surface(s, q, lastName), count };
}

/** "Jordan Peterson", "Paris Saint-Germain": a place name followed by an unknown capitalised word. */
function continuesProperName(s: Scan, k: number): boolean {
  if (s.titleCase) return false;
  const t = s.toks[k];
  // A number is no name: "gave the Ivory Coast 5.1 million dollars".
  if (!t || !t.word || !t.cap || /^\d/.test(t.text) || STOP_CAPITALS.has(t.key) || t.key === "'s") return false;
  return !matchAt(s, k, isAny);
}

/** "Michael Jordan", "Lake Chad": a place name after an unknown capitalised word. */
function followsProperName(s: Scan, k: number): boolean {
  if (s.titleCase) return false;
  const j = k - 1;
  const t = s.toks[j];
  // A sentence's first word counts too: "Michael Jordan visited", but not "In Jordan"
  // nor "in 2003 Iraq".
  if (!t || !t.word || !t.cap || /^\d/.test(t.text) || j < s.consumed) return false;
  if (STOP_CAPITALS.has(t.key) || BEFORE_COUNTRY.has(t.key) || HONORIFICS.has(t.key)) return false;
  // "NATO-member Norway", "Oil-rich Kuwait": a hyphenated modifier is no name.
  if (/-\p{Ll}/u.test(t.text)) return false;
  return !matchAt(s, j, isAny);
}

/** "Atlanta, Georgia": the US state, not the country. */
function isUsState(s: Scan, m: Match): boolean {
  if (m.entry.country !== 'GEO' || m.entry.kind !== 'country') return false;
  const comma = s.toks[m.start - 1];
  const city = s.toks[m.start - 2];
  return comma?.text === ',' && city !== undefined && city.word && city.cap && !matchAt(s, m.start - 2, isAny);
}

/**
 * Capitalised sector words inside a longer proper name are no actor:
 * "the International Meeting of Senior Officials", "Microsoft President".
 */
function insideProperName(s: Scan, start: number, phraseStart: number): boolean {
  if (s.titleCase || !s.toks[phraseStart]?.cap) return false;
  for (let j = start - 1; j >= 0; j--) {
    const t = s.toks[j];
    if (!t || !t.word || j < s.consumed) return false;
    if (t.key === 'of' || t.key === 'for' || t.key === 'the' || t.key === 'and' || ADJECTIVES.has(t.key)) continue;
    if (!t.cap || /^\d/.test(t.text) || j <= s.firstWord || STOP_CAPITALS.has(t.key) || HONORIFICS.has(t.key)) return false;
    return !matchAt(s, j, isAny);
  }
  return false;
}

/** "Berlin-based": the place where something is, not its owner. */
function basedIn(s: Scan, k: number): boolean {
  return s.toks[k]?.key === '-based';
}

/** "the capital, Khartoum", "the capital Baghdad". */
function afterWordCapital(s: Scan, start: number): boolean {
  const prev = s.toks[start - 1];
  if (prev?.key === 'capital') return true;
  return prev?.text === ',' && s.toks[start - 2]?.key === 'capital';
}

function isLocative(s: Scan, start: number): boolean {
  const t = s.toks[start - 1];
  if (!t) return false;
  if (LOCATIVE.has(t.key)) return true;
  return t.key === 'of' && s.toks[start - 2]?.key === 'outside';
}

/**
 * "U.S. and Iraqi officials", "Hungarian and Romanian officials": a bare
 * country or demonym joined by "and" or a comma to a modifier + sector
 * phrase shares its sector.
 */
function shareCompoundSectors(s: Scan, found: Found[]): void {
  for (let i = found.length - 2; i >= 0; i--) {
    const a = found[i];
    const b = found[i + 1];
    if (!a || !b) continue;
    const am = a.mention;
    const bm = b.mention;
    if ((am.kind !== 'country' && am.kind !== 'demonym') || am.actor.sector !== null || am.locative) continue;
    if ((bm.kind !== 'country' && bm.kind !== 'demonym') || !b.sectorWords || !b.leadFirst || bm.actor.sector === null) continue;
    const between = s.toks.slice(a.end, b.start).map((t) => t.key);
    if (!(between.length === 1 && (between[0] === 'and' || between[0] === ',')) && !(between.join(' ') === ', and')) continue;
    am.actor.sector = bm.actor.sector;
    am.actor.name = `${countryName(s, am.actor.country) ?? am.actor.name} ${SECTOR_LABELS[bm.actor.sector]}`;
    am.actor.entry = `${am.actor.entry}+shared`;
  }
}
