// Finds place names in a document and tells places from actors and from
// parts of other names. Pure: the gazetteer comes in as an argument.
//
//   "clashes in Gao"                 Gao: place, after "in"
//   "talks held in Moscow"           Moscow: place
//   "Moscow rejected the proposal"   Moscow: metonym (the government), not a place
//   "Paris Saint-Germain won"        no toponym: part of a longer name
//   "Jordan Peterson said"           no toponym: part of a person's name
//   "a farm in Pandi, Bulacan"       Pandi and Bulacan; Bulacan contains Pandi
//
// Steps, in order: (1) longest gazetteer match on capitalised words;
// (2) rejection of names inside longer names, organisations and excluded
// spans; (3) the context that supports a weak name (a preposition, "the town
// of", a place after a comma, a type word); (4) role: place or metonym.

import { splitSentences } from '../nlp/sentences.js';
import { tokenize, type Token } from '../nlp/tokens.js';
import type { Sentence, Span } from '../records.js';
import type { Gazetteer, NameMatch, PlaceEntry } from './gazetteer.js';
import { placeKey } from './place-key.js';
import {
  BACKWARD_SKIP,
  DIVISION_TYPE_WORDS,
  LOCATIVE_PREPOSITIONS,
  METONYMY_GAP_WORDS,
  METONYMY_VERBS,
  NAME_CONNECTORS,
  ORGANISATION_HEADS,
  ORIGIN_PREPOSITIONS,
  PLACE_NOUNS,
  PLACE_PREFIX_WORDS,
  PLACE_TYPE_WORDS,
  DISEASE_WORDS,
  SPEECH_VERBS,
  TITLE_WORDS,
} from './toponym-words.js';

export interface ToponymResources {
  gazetteer: Gazetteer;
  /** Lookup keys of capitalised words that alone name no place. */
  notPlaces: ReadonlySet<string>;
}

export type ToponymRole = 'place' | 'metonym';

/**
 * How the sentence frames the name: `locative` after in/at/near…, `origin`
 * after from, `apposition` after "the town of" or before ", Province",
 * `other` otherwise.
 */
export type ToponymFrame = 'locative' | 'origin' | 'apposition' | 'other';

export interface Toponym extends Span {
  /** The name as written (document offsets in start/end). */
  text: string;
  /** Lookup key of the gazetteer name matched (without a type word or direction word). */
  key: string;
  sentence: number;
  role: ToponymRole;
  frame: ToponymFrame;
  /** The word(s) that frame it: "in", "town of", ", Bulacan", "Province". */
  cue: string | null;
  candidates: NameMatch[];
  /** Type word written with the name ("province" in "Nyanza Province"), or null. */
  typeWord: string | null;
  /** Direction or part word before the name ("south" in "South Darfur"), or null. */
  partWord: string | null;
  /** Index (in the returned list) of the place after a comma that may contain this one: "Pandi, Bulacan". */
  container: number | null;
}

export interface ToponymOptions {
  /** Spans (document offsets) known to name something else: people, organisations, media. */
  exclude?: readonly Span[];
  /**
   * `all` (default) looks every name up in the full gazetteer. `cued` looks
   * cities and divisions up only for names after a place preposition or
   * noun (in, at, near, "the town of") and in the dateline: the full layer
   * then loads only when a sentence places something, which keeps a short
   * `faultline code` call cheap.
   */
  cityLookup?: 'all' | 'cued';
  /** The document's sentences when the caller has already split it: `splitSentences(text)`, not split again. */
  sentences?: readonly Sentence[];
}

/** A demonym or country adjective found in the text ("Iraqi", "Kenyans"). */
export interface DemonymMention extends Span {
  country: string;
  sentence: number;
}

export interface ToponymResult {
  toponyms: Toponym[];
  demonyms: DemonymMention[];
}

const MAX_NAME_TOKENS = 6;
/** A city at least this large is named often enough that no context is needed to accept it. */
const STRONG_CITY_POPULATION = 100_000;

interface Raw {
  first: number; // token index
  last: number;
  key: string;
  candidates: NameMatch[];
  typeWord: string | null;
  partWord: string | null;
}

function isCapitalised(t: Token | undefined): boolean {
  return t !== undefined && t.word && /^\p{Lu}/u.test(t.text);
}

function isConnector(t: Token | undefined): boolean {
  if (!t || !t.word) return false;
  return NAME_CONNECTORS.has(t.lower) || /^[dl]['’]\p{Lu}/u.test(t.text);
}

/** Only white space (one run) between two tokens. */
function adjacent(text: string, a: Token, b: Token): boolean {
  return /^[ \u00a0]{1,2}$/.test(text.slice(a.end, b.start));
}

function strength(m: NameMatch): 'strong' | 'weak' {
  const e = m.entry;
  if (e.kind === 'country' || e.kind === 'continent' || e.kind === 'region') return 'strong';
  if (m.alt) {
    if (e.kind === 'city' && (e.population >= 1_000_000 || e.feature === 'PPLC')) return 'strong';
    if (e.feature === 'ADM1' && e.population >= 1_000_000) return 'strong';
    return 'weak';
  }
  if (e.feature === 'ADM1') return 'strong';
  if (e.kind === 'city' && (e.population >= STRONG_CITY_POPULATION || e.feature === 'PPLC')) return 'strong';
  return 'weak';
}

function isStrong(candidates: readonly NameMatch[]): boolean {
  return candidates.some((m) => strength(m) === 'strong');
}

function isCountryLike(e: PlaceEntry): boolean {
  return e.kind === 'country' || e.feature === 'PPLC';
}

/** The part of the gazetteer the finder reads. */
type Lookups = Pick<Gazetteer, 'lookupCore' | 'lookupAll' | 'demonym'>;

/**
 * The gazetteer's lookups remembered for one document: a name comes back
 * many times in a story ("Gaza" … "Gaza"). The lists returned are shared:
 * read them, never change them.
 */
function memoGazetteer(gaz: Gazetteer): Lookups {
  const core = new Map<string, NameMatch[]>();
  const all = new Map<string, NameMatch[]>();
  return {
    lookupCore(key) {
      let found = core.get(key);
      if (!found) core.set(key, (found = gaz.lookupCore(key)));
      return found;
    },
    lookupAll(key) {
      let found = all.get(key);
      if (!found) all.set(key, (found = gaz.lookupAll(key)));
      return found;
    },
    demonym: (key) => gaz.demonym(key),
  };
}

/** Finds the toponyms and demonyms of a document. */
export function findToponyms(text: string, res: ToponymResources, opts: ToponymOptions = {}): ToponymResult {
  const sentences = opts.sentences ?? splitSentences(text);
  const exclude = opts.exclude ?? [];
  const cityLookup = opts.cityLookup ?? 'all';
  const gaz = memoGazetteer(res.gazetteer);
  const demonyms: DemonymMention[] = [];
  /** The words written in lower case somewhere in the document: read only when a weak name needs it. */
  let lowerWords: Set<string> | null = null;
  /** Keys accepted with good support somewhere in the document. */
  const supported = new Set<string>();
  /** Keys seen as part of a person's or organisation's name. */
  const nameParts = new Set<string>();

  interface Pending {
    t: Toponym;
    weak: boolean;
    countryLike: boolean;
    sentenceTokens: Token[];
    first: number;
    last: number;
  }
  const pending: Pending[] = [];

  for (const sentence of sentences) {
    // Document offsets (the tokens are our own: shifted in place).
    const tokens = tokenize(sentence.text);
    for (const t of tokens) {
      t.start += sentence.start;
      t.end += sentence.start;
    }
    let lastAccepted: { last: number; cued: boolean; frame: ToponymFrame; strong: boolean } | null = null;
    /** Tokens before this index belong to a name already read. */
    let consumedUpTo = 0;

    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i];
      if (!tok || !isCapitalised(tok)) continue;

      // Demonyms are context, not toponyms: "Iraqi troops".
      const tokKey = placeKey(tok.text);
      const dem = gaz.lookupCore(tokKey).some((m) => m.entry.kind === 'country' && !m.alt) ? null : gaz.demonym(tokKey);
      // "British Columbia": a demonym that opens a place name.
      const pairIsPlace = (): boolean => {
        if (!isCapitalised(tokens[i + 1])) return false;
        const pairKey = placeKey(`${tok.text} ${tokens[i + 1]?.text ?? ''}`);
        return (cityLookup === 'all' ? gaz.lookupAll(pairKey) : gaz.lookupCore(pairKey)).length > 0;
      };
      if (dem && !pairIsPlace()) {
        demonyms.push({ start: tok.start, end: tok.end, country: dem, sentence: sentence.index });
        continue;
      }

      const cue = readCue(tokens, i, lastAccepted);
      const lookupFull = cityLookup === 'all' || cue.cued;
      const raw = matchAt(text, tokens, i, gaz, lookupFull, consumedUpTo, cityLookup);
      if (!raw) continue;

      // (2) rejections
      const span = { start: tokens[raw.first]?.start ?? 0, end: tokens[raw.last]?.end ?? 0 };
      const reject = rejectReason(text, tokens, raw, gaz, exclude, span);
      consumedUpTo = raw.last + 1;
      if (reject) {
        if (reject === 'name-part' && raw.first === raw.last) nameParts.add(raw.key);
        i = raw.last;
        continue;
      }
      const single = raw.first === raw.last && !raw.typeWord && !raw.partWord;
      if (res.notPlaces.has(raw.key) && (single || !isStrong(raw.candidates))) continue;

      const countryLike = raw.candidates.some((m) => isCountryLike(m.entry));
      let frame: ToponymFrame = cue.frame;
      let cueText = cue.text;
      if (raw.typeWord) {
        cueText ??= raw.typeWord;
        if (frame === 'other') frame = 'apposition';
      }
      const role: ToponymRole = frame === 'other' && countryLike && isMetonymic(tokens, raw.last) ? 'metonym' : 'place';

      const t: Toponym = {
        start: span.start,
        end: span.end,
        text: text.slice(span.start, span.end),
        key: raw.key,
        sentence: sentence.index,
        role,
        frame,
        cue: cueText,
        candidates: raw.candidates,
        typeWord: raw.typeWord,
        partWord: raw.partWord,
        container: null,
      };
      const strong = isStrong(raw.candidates) || (!single && raw.candidates.some((m) => !m.alt && m.entry.population >= 1000));
      // "Whitley said", "Hammond Health Officer": a small place's name used for a person or in a title.
      const after = tokens[raw.last + 1];
      if (!strong && after && (SPEECH_VERBS.has(after.lower) || isCapitalised(after))) {
        i = raw.last;
        continue;
      }
      pending.push({ t, weak: !strong, countryLike, sentenceTokens: tokens, first: raw.first, last: raw.last });
      if (strong || cue.cued || raw.typeWord) supported.add(raw.key);
      lastAccepted = { last: raw.last, cued: cue.cued, frame, strong };
      i = raw.last;
    }
  }

  // "Pandi, Bulacan": link a name to the place after its comma.
  for (let p = 0; p < pending.length - 1; p++) {
    const a = pending[p];
    const b = pending[p + 1];
    if (!a || !b || a.t.sentence !== b.t.sentence) continue;
    const between = text.slice(a.t.end, b.t.start);
    if (!/^\s*,\s*$/.test(between)) continue;
    // "Washington, Pennsylvania and Ohio": a list of places, not a place and its division.
    const c = pending[p + 2];
    if (c && c.t.sentence === b.t.sentence && /^\s*(?:,|and|or|, and|, or)\s*$/.test(text.slice(b.t.end, c.t.start))) continue;
    if (a.t.candidates.some((x) => b.t.candidates.some((y) => contains(y.entry, x.entry)))) {
      a.t.container = p + 1;
      if (a.t.frame === 'other') a.t.frame = 'apposition';
      a.t.cue ??= `, ${b.t.text}`;
      supported.add(a.t.key);
    }
  }

  // (3) a weak name needs support: a cue, a container, a type word, or support elsewhere in the document.
  const keep: Pending[] = [];
  for (const p of pending) {
    const t = p.t;
    if (p.weak) {
      const cued = t.frame !== 'other' || t.container !== null || supported.has(t.key);
      if (!cued) continue;
      // A common word written with a capital ("Mobile", "Reading") once it is seen in lower case.
      const single = p.first === p.last;
      if (single && t.frame !== 'apposition') {
        lowerWords ??= new Set(Array.from(text.matchAll(/(?<![\p{L}])\p{Ll}[\p{Ll}'-]+/gu), (m) => m[0]));
        if (lowerWords.has(t.text.toLowerCase())) continue;
      }
      if (nameParts.has(t.key) && t.frame !== 'locative') continue;
    }
    keep.push(p);
  }
  // Renumber containers after filtering.
  const newIndex = new Map<Toponym, number>();
  keep.forEach((p, i) => newIndex.set(p.t, i));
  const toponyms = keep.map((p) => p.t);
  for (const t of toponyms) {
    if (t.container === null) continue;
    const target = pending[t.container]?.t;
    t.container = target ? (newIndex.get(target) ?? null) : null;
  }
  return { toponyms, demonyms };
}

/** True when `outer` is a division or country that contains `inner`. */
export function contains(outer: PlaceEntry, inner: PlaceEntry): boolean {
  if (outer === inner) return false;
  if (outer.kind === 'country') return inner.country === outer.country && inner.kind !== 'country';
  if (outer.kind === 'division') {
    if (outer.feature === 'ADM1') return inner.admin1Code === outer.admin1Code && inner.id !== outer.id;
    if (outer.feature === 'ADM2') return inner.admin2Code === outer.admin2Code && inner.id !== outer.id;
  }
  if (outer.kind === 'region' && outer.country) return inner.country === outer.country && inner.kind !== 'country';
  return false;
}

/** The longest gazetteer name starting at token i, with a type word or direction word around it. */
function matchAt(
  text: string,
  tokens: Token[],
  i: number,
  gaz: Lookups,
  full: boolean,
  consumedUpTo: number,
  cityLookup: 'all' | 'cued',
): Raw | null {
  // In `cued` mode a name the core layer knows ("Iran") never loads the full layer.
  const lookup = (key: string): NameMatch[] => {
    if (cityLookup === 'all') return gaz.lookupAll(key);
    const core = gaz.lookupCore(key);
    return core.length > 0 || !full ? core : gaz.lookupAll(key);
  };
  let best: Raw | null = null;
  let j = i;
  const ends: number[] = [];
  // Extend over capitalised words and connectors joined by single spaces.
  while (j < tokens.length && j - i < MAX_NAME_TOKENS) {
    const t = tokens[j];
    if (!t) break;
    if (j > i) {
      const prev = tokens[j - 1];
      // "People's Republic of China", "Martha's Vineyard": a possessive inside a name, followed by a capitalised word.
      const innerPossessive = /^['’]s$/.test(t.text) && prev?.end === t.start && isCapitalised(tokens[j + 1]) && adjacent(text, t, tokens[j + 1] as Token);
      if (innerPossessive) {
        j++;
        continue;
      }
      if (!prev || !adjacent(text, prev, t)) break;
      if (!isCapitalised(t) && !isConnector(t)) break;
    }
    if (isCapitalised(t) || /^[dl]['’]\p{Lu}/u.test(t.text)) ends.push(j);
    j++;
  }
  for (let e = ends.length - 1; e >= 0; e--) {
    const last = ends[e] ?? i;
    const start = tokens[i]?.start ?? 0;
    const end = tokens[last]?.end ?? 0;
    const key = placeKey(text.slice(start, end));
    if (key === '') continue;
    let candidates = lookup(key);
    // "Al-Minya" → "Minya"
    if (candidates.length === 0 && /^(?:al|el|as|ad|ar|an|at|az|ash) /.test(key)) candidates = lookup(key.replace(/^\w+ /, ''));
    // "EU", "WHO": a word in capitals names a country or division by its abbreviation, never a town.
    if (last === i && /^\p{Lu}[\p{Lu}.]+$/u.test(tokens[i]?.text ?? '')) {
      candidates = candidates.filter((m) => m.entry.kind !== 'city' && m.entry.feature !== 'ADM2' && (m.entry.kind !== 'division' || placeKey(m.entry.name) !== key));
    }
    if (candidates.length > 0) {
      // A list of our own: the memo's lists are shared by every lookup of the key.
      best = { first: i, last, key, candidates: [...candidates], typeWord: null, partWord: null };
      break;
    }
  }
  if (!best) return null;

  // "Nyanza Province", "Swat Valley": a type word after the name.
  const next = tokens[best.last + 1];
  const lastTok = tokens[best.last];
  if (next && lastTok && PLACE_TYPE_WORDS.has(next.lower) && adjacent(text, lastTok, next) && (isCapitalised(next) || DIVISION_TYPE_WORDS.has(next.lower))) {
    best.typeWord = next.lower;
    // "Nyanza Province" is one name; in "Bulacan province" the name is "Bulacan".
    if (isCapitalised(next)) best.last += 1;
    if (DIVISION_TYPE_WORDS.has(next.lower) && (isCapitalised(next) || !['region', 'area', 'division', 'territory'].includes(next.lower))) {
      const divisions = best.candidates.filter((m) => m.entry.kind === 'division' || m.entry.kind === 'region');
      if (divisions.length > 0) best.candidates = divisions;
    }
  }
  // "South Darfur", "Lake Victoria": a part word before the name.
  const prev = tokens[best.first - 1];
  const firstTok = tokens[best.first];
  if (prev && firstTok && best.first - 1 >= consumedUpTo && isCapitalised(prev) && PLACE_PREFIX_WORDS.has(prev.lower.replace(/[.-]/g, '')) && adjacent(text, prev, firstTok)) {
    best.partWord = prev.lower;
    best.first -= 1;
  }
  return best;
}

type RejectReason = 'excluded' | 'name-part' | 'organisation';

/** Words that name a part of a place before its name: "western Sydney", "Greater Accra", "Upper Nile" when not a name of its own. */
const PART_OF_PLACE = /^(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central|greater|upper|lower|inner|outer|downtown|metropolitan|rural|coastal)$/;

function rejectReason(
  text: string,
  tokens: Token[],
  raw: Raw,
  gaz: Lookups,
  exclude: readonly Span[],
  span: Span,
): RejectReason | null {
  if (exclude.some((x) => x.start < span.end && span.start < x.end)) return 'excluded';

  // A capitalised word right after the name makes it part of a longer name
  // ("Paris Saint-Germain", "Kenya Red Cross", "Washington Post"), unless it
  // is a title that an adjectival place may precede ("Texas Governor").
  const next = tokens[raw.last + 1];
  const last = tokens[raw.last];
  // An abbreviation with its full stop ("U.S.", "U.K.") ends the name: what
  // follows opens a sentence or is what the country owns ("U.S. Army").
  const abbreviation = last !== undefined && raw.first === raw.last && /^(?:\p{Lu}\.){2,}$/u.test(last.text);
  if (next && last && isCapitalised(next) && adjacent(text, last, next) && !abbreviation) {
    if (!TITLE_WORDS.has(next.lower.replace(/\.$/, ''))) return 'name-part';
  }
  // "West Nile virus", "Rift Valley fever", "Hong Kong flu": a disease named after a place.
  if (next && DISEASE_WORDS.has(next.lower)) return 'name-part';
  // "United States Department of Agriculture": a type word opening an organisation's name.
  if (raw.typeWord && next?.lower === 'of' && isCapitalised(tokens[raw.last + 2])) return 'organisation';
  // A capitalised word right before it: "Jordan" in "Michael Jordan", "President Obama".
  const prev = tokens[raw.first - 1];
  const first = tokens[raw.first];
  if (prev && first && isCapitalised(prev) && adjacent(text, prev, first)) {
    const sentenceStart = raw.first - 1 === 0 || /^[“"‘'(]$/.test(tokens[raw.first - 2]?.text ?? '');
    const prevKey = placeKey(prev.text);
    const title = TITLE_WORDS.has(prev.lower.replace(/\.$/, ''));
    // "Western Sydney", "North-Western Sydney", "Greater Manchester" read as a part of the place.
    if (!title && PART_OF_PLACE.test(prev.lower)) return null;
    const prevIsPlaceish = gaz.demonym(prevKey) !== null || gaz.lookupCore(prevKey).length > 0;
    if (title || (!sentenceStart && !prevIsPlaceish)) return 'name-part';
  }
  // "University of Georgia", "Bank of England"
  const of = tokens[raw.first - 1];
  const head = tokens[raw.first - 2];
  if (of?.lower === 'of' && head && isCapitalised(head) && ORGANISATION_HEADS.has(head.lower)) return 'organisation';
  return null;
}

interface Cue {
  cued: boolean;
  frame: ToponymFrame;
  text: string | null;
}

/** Reads back from token i to the preposition or place noun that frames it. */
function readCue(
  tokens: Token[],
  i: number,
  lastAccepted: { last: number; cued: boolean; frame: ToponymFrame; strong: boolean } | null,
): Cue {
  // "in Kano, Kaduna and Jos", "Suba, Migori, Kisumu and Bondo": a list of places continues.
  const sep = tokens[i - 1];
  if (lastAccepted && (lastAccepted.cued || lastAccepted.strong) && sep && (sep.text === ',' || sep.lower === 'and' || sep.lower === 'or') && lastAccepted.last === i - 2) {
    let end = i;
    while (isCapitalised(tokens[end + 1]) || isConnector(tokens[end + 1])) end++;
    const after = tokens[end + 1];
    if (sep.text !== ',' || !after || [',', 'and', 'or', '.', ';', ')'].includes(after.lower)) {
      return { cued: true, frame: lastAccepted.frame, text: 'list' };
    }
  }
  let sawPlaceNoun: string | null = null;
  for (let k = i - 1, steps = 0; k >= 0 && steps < 6; k--, steps++) {
    const t = tokens[k];
    if (!t) break;
    const w = t.lower;
    if (LOCATIVE_PREPOSITIONS.has(w)) {
      if (w === 'to' && tokens[k - 1]?.lower === 'according') break;
      // "on" and "over" place only when a place noun or the name follows at once.
      if ((w === 'on' || w === 'over' || w === 'to') && k !== i - 1 && !sawPlaceNoun) break;
      return { cued: true, frame: 'locative', text: sawPlaceNoun ? `${w} … ${sawPlaceNoun}` : w };
    }
    if (ORIGIN_PREPOSITIONS.has(w)) return { cued: true, frame: 'origin', text: w };
    if (PLACE_NOUNS.has(w)) {
      sawPlaceNoun ??= w;
      continue;
    }
    if (BACKWARD_SKIP.has(w) || (t.word && /^\p{Lu}/u.test(t.text) && k !== 0)) continue;
    break;
  }
  if (sawPlaceNoun) return { cued: true, frame: 'apposition', text: sawPlaceNoun };
  return { cued: false, frame: 'other', text: null };
}

/** "Moscow rejected …", "Moscow has also said …": the name is the subject of a verb of saying or deciding. */
function isMetonymic(tokens: Token[], last: number): boolean {
  let k = last + 1;
  if (tokens[k]?.lower === "'s") return false;
  for (let steps = 0; steps < 4 && k < tokens.length; steps++, k++) {
    const w = tokens[k]?.lower ?? '';
    if (METONYMY_VERBS.has(w)) return true;
    if (!METONYMY_GAP_WORDS.has(w)) return false;
  }
  return false;
}
