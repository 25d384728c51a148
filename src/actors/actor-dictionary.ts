// The actor dictionary: entries parsed from the editable files in
// data/actors/ (plus country facts from the world-countries package, see
// country-entries.ts) and compiled into an index for longest-match lookup
// over the tokens of a sentence. Pure: callers pass file texts in.

import { tokenize } from '../nlp/tokens.js';
import { SECTORS, type Sector } from '../records.js';

/** What a dictionary entry names. */
export type EntryKind =
  | 'country' // "Iraq", "the United States"
  | 'demonym' // "Iraqi", "Iraqis"
  | 'capital' // "Moscow" (sector GOV when used for the government)
  | 'seat' // "the Kremlin", "the Pentagon"
  | 'igo' // "the United Nations", "Amnesty International"
  | 'group' // "Hamas", "Iraqi News Agency"
  | 'sector' // "troops", "Prime Minister"
  | 'person' // "Recep Tayyip Erdogan", "Erdogan" (people.txt)
  | 'region' // "Europe", "the Middle East", "Michigan"; adjectives "European", "Gulf" (regions.txt)
  | 'block'; // "Latin America": never an actor

/** Options of a sector entry (see data/actors/README.md). */
export interface EntryFlags {
  /** Yields to a more specific sector word before it or after "of": "police chief". */
  weak: boolean;
  /** An actor only with a country or organisation named: "the Iraqi people". */
  owned: boolean;
  /** Alone, an actor only after "the": "the military said", not "military force". */
  det: boolean;
  /** An actor only when a person's name follows: "General Qassem Soleimani". */
  named: boolean;
  /** Names other states, never the report's own: "countries", "world leaders". */
  foreign: boolean;
  /** A region's adjective: an actor only heading sector words ("European countries"), never alone. */
  adjective: boolean;
}

export interface ActorEntry {
  /** Stable id, goes in Actor.entry: "country:IRQ", "igo:UNO", "group:hamas", "sector:army". */
  id: string;
  kind: EntryKind;
  /** Canonical name ("Iraq", "United Nations", "Hamas"; for sectors the first phrase). */
  name: string;
  /** Surface forms, as written in the file. */
  phrases: string[];
  country: string | null;
  igo: string | null;
  sector: Sector | null;
  /** Title kept for offices held by one person ("Prime Minister"). */
  role: string | null;
  flags: EntryFlags;
  /** Organisation an IGO body belongs to (UN agencies → UNO). */
  parent: string | null;
  /** When two entries claim the same phrase, the higher priority wins. */
  priority: number;
  /** Years in office of a person (people.txt); `to` null while in office. */
  terms?: readonly Term[];
  file: string;
  line: number;
}

/** A span of years in office: 2017-2021 is { from: 2017, to: 2021 }. */
export interface Term {
  from: number;
  to: number | null;
}

export interface ActorFileProblem {
  file: string;
  line: number;
  message: string;
}

/** "XKX | replaces | UNK": our code for a code used by world-countries. */
export interface CodeReplacement {
  from: string;
  to: string;
}

export interface ParsedActorFile {
  entries: ActorEntry[];
  codeReplacements: CodeReplacement[];
  /** Given names (first-names files), folded: "julian", "mostafa". */
  firstNames: string[];
  problems: ActorFileProblem[];
}

/** The line formats; chosen from the file's base name (see README). */
export type ActorFileFormat = 'countries' | 'igos' | 'sectors' | 'people' | 'regions' | 'first-names' | 'groups';

/**
 * Priorities: block phrases beat everything, our files beat package facts;
 * people's names yield to our other files but beat package country facts.
 */
export const PRIORITY = { block: 10, file: 5, person: 2, independentCountry: 1, territory: 0 } as const;

const NO_FLAGS: EntryFlags = { weak: false, owned: false, det: false, named: false, foreign: false, adjective: false };
const SECTOR_SET = new Set<string>(SECTORS);
const ISO3 = /^[A-Z]{3}$/;
const IGO_CODE = /^[A-Z][A-Z0-9]{1,9}$/;

/** The format of a file in data/actors/ (or a user folder), from its name. */
export function actorFileFormat(file: string): ActorFileFormat {
  const base = (file.split(/[\\/]/).pop() ?? file).toLowerCase();
  if (base.startsWith('countries')) return 'countries';
  if (base.startsWith('igos')) return 'igos';
  if (base.startsWith('sectors')) return 'sectors';
  if (base.startsWith('people')) return 'people';
  if (base.startsWith('regions')) return 'regions';
  if (base.startsWith('first-names')) return 'first-names';
  return 'groups';
}

/** Lower case with curly apostrophes and diacritics folded: the lookup key of a token. */
export function foldKey(text: string): string {
  let s = text.toLowerCase().replace(/[’‘`]/g, "'");
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(s)) s = s.normalize('NFD').replace(/\p{M}/gu, '');
  return s;
}

/** Matching form of a person's name: folded, no periods, no Arabic article ("al-Sisi" = "Sisi"). */
export function personNameKey(name: string): string {
  return foldKey(name)
    .replace(/[.]/g, '')
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => w.replace(/^(?:al|el|ad|an|ar|as|ash|at|az)-/, ''))
    .join(' ');
}

/** A readable id part: "Prime Minister" → "prime-minister". */
export function slug(text: string): string {
  return foldKey(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function splitList(field: string): string[] {
  return field
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/**
 * Parses one dictionary file. Problems (bad codes, missing fields) are
 * collected with their line numbers; good lines are kept.
 */
export function parseActorFile(text: string, file: string): ParsedActorFile {
  const format = actorFileFormat(file);
  const out: ParsedActorFile = { entries: [], codeReplacements: [], firstNames: [], problems: [] };
  const ids = new Set<string>();
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = n + 1;
    const raw = (lines[n] ?? '').replace(/\s#.*$/, '').trim();
    if (raw === '' || raw.startsWith('#')) continue;
    if (format === 'first-names') {
      // Julian, Britta, Mostafa, ...
      for (const name of splitList(raw)) {
        if (/^\p{Lu}[\p{L}'-]+$/u.test(name)) out.firstNames.push(foldKey(name));
        else out.problems.push({ file, line, message: `"${name}" is not a capitalised given name` });
      }
      continue;
    }
    const fields = raw.split('|').map((f) => f.trim());
    const problem = (message: string): void => {
      out.problems.push({ file, line, message });
    };
    const add = (entry: Omit<ActorEntry, 'file' | 'line'>): void => {
      if (entry.phrases.length === 0) return problem('no phrases');
      let id = entry.id;
      // A second line of names or demonyms for one country adds to the first.
      const same = ids.has(id) && (entry.kind === 'country' || entry.kind === 'demonym') ? out.entries.find((e) => e.id === id) : undefined;
      if (same) {
        same.phrases.push(...entry.phrases.filter((p) => !same.phrases.includes(p)));
        return;
      }
      if (ids.has(id)) {
        if (entry.kind === 'igo') id = `${id}:${slug(entry.name)}`;
        // A second line for one office ("PM" with its own flags): named by its first phrase.
        if (entry.kind === 'sector') id = `${id}:${slug(entry.phrases[0] ?? '')}`;
        if (ids.has(id)) return problem(`duplicate id ${id}`);
      }
      ids.add(id);
      out.entries.push({ ...entry, id, file, line });
    };
    switch (format) {
      case 'countries':
        parseCountryLine(fields, problem, add, out.codeReplacements);
        break;
      case 'igos':
        parseIgoLine(fields, problem, add);
        break;
      case 'sectors':
        parseSectorLine(fields, problem, add);
        break;
      case 'people':
        parsePersonLine(fields, problem, add);
        break;
      case 'regions':
        parseRegionLine(fields, problem, add);
        break;
      case 'groups':
        parseGroupLine(fields, problem, add);
        break;
    }
  }
  return out;
}

type Problem = (message: string) => void;
type Add = (entry: Omit<ActorEntry, 'file' | 'line'>) => void;

// USA | name | U.S., America        RUS | seat GOV | Kremlin        * | block | Latin America
function parseCountryLine(fields: string[], problem: Problem, add: Add, replacements: CodeReplacement[]): void {
  if (fields.length !== 3) return problem('expected CODE | kind | phrases');
  const [code = '', kindField = '', list = ''] = fields;
  const [kind = '', arg] = kindField.split(/\s+/);
  const phrases = splitList(list);
  if (code === '*') {
    if (kind !== 'block') return problem(`code * takes kind block, not "${kindField}"`);
    return add({
      id: `block:${slug(phrases[0] ?? '')}`,
      kind: 'block',
      name: phrases[0] ?? '',
      phrases,
      country: null,
      igo: null,
      sector: null,
      role: null,
      flags: NO_FLAGS,
      parent: null,
      priority: PRIORITY.block,
    });
  }
  if (!ISO3.test(code)) return problem(`"${code}" is not an ISO 3166-1 alpha-3 code`);
  const base = {
    name: code,
    phrases,
    country: code,
    igo: null,
    role: null,
    flags: NO_FLAGS,
    parent: null,
    priority: PRIORITY.file,
  };
  switch (kind) {
    case 'replaces':
      if (!/^[A-Z]{3}$/.test(list)) return problem(`replaces takes one three-letter code, not "${list}"`);
      replacements.push({ from: list, to: code });
      return;
    case 'name':
      return add({ ...base, id: `country:${code}`, kind: 'country', sector: null });
    case 'demonym':
      return add({ ...base, id: `demonym:${code}`, kind: 'demonym', sector: null });
    case 'capital':
      // One entry per capital (its spellings on one line), named by the first.
      return add({
        ...base,
        id: `capital:${code}:${slug(phrases[0] ?? '')}`,
        kind: 'capital',
        name: phrases[0] ?? code,
        sector: 'GOV',
      });
    case 'seat': {
      if (arg === undefined || !SECTOR_SET.has(arg)) return problem(`seat needs a PLOVER sector: "seat GOV", not "${kindField}"`);
      return add({
        ...base,
        id: `seat:${code}:${slug(phrases[0] ?? '')}`,
        kind: 'seat',
        name: phrases[0] ?? code,
        sector: arg as Sector,
      });
    }
    default:
      return problem(`unknown kind "${kindField}" (name, demonym, capital, seat SECTOR, replaces)`);
  }
}

// UNO | IGO | United Nations | UN, U.N. | PARENT
function parseIgoLine(fields: string[], problem: Problem, add: Add): void {
  if (fields.length < 3 || fields.length > 5) return problem('expected CODE | SECTOR | Name | aliases | PARENT');
  const [code = '', sector = '', name = '', list = '', parent = ''] = fields;
  if (!IGO_CODE.test(code)) return problem(`"${code}" is not an organisation code (capitals and digits)`);
  if (!SECTOR_SET.has(sector)) return problem(`"${sector}" is not a PLOVER sector`);
  if (name === '') return problem('missing name');
  if (parent !== '' && !IGO_CODE.test(parent)) return problem(`"${parent}" is not an organisation code`);
  add({
    id: `igo:${code}`,
    kind: 'igo',
    name,
    phrases: unique([name, ...splitList(list)]),
    country: null,
    igo: code,
    sector: sector as Sector,
    role: null,
    flags: NO_FLAGS,
    parent: parent === '' ? null : parent,
    priority: PRIORITY.file,
  });
}

// hamas | PSE | REB | Hamas | Islamic Resistance Movement
function parseGroupLine(fields: string[], problem: Problem, add: Add): void {
  if (fields.length < 4 || fields.length > 5) return problem('expected id | COUNTRY | SECTOR | Name | aliases');
  const [id = '', country = '', sector = '', name = '', list = ''] = fields;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) return problem(`"${id}" is not an id (lower case, digits, hyphens)`);
  if (country !== '-' && !ISO3.test(country)) return problem(`"${country}" is not an ISO 3166-1 alpha-3 code or -`);
  if (!SECTOR_SET.has(sector)) return problem(`"${sector}" is not a PLOVER sector`);
  if (name === '') return problem('missing name');
  add({
    id: `group:${id}`,
    kind: 'group',
    name,
    phrases: unique([name, ...splitList(list)]),
    country: country === '-' ? null : country,
    igo: null,
    sector: sector as Sector,
    role: null,
    flags: NO_FLAGS,
    parent: null,
    priority: PRIORITY.file,
  });
}

// GOV weak | Spokesperson | spokesman, spokeswoman
function parseSectorLine(fields: string[], problem: Problem, add: Add): void {
  if (fields.length !== 3) return problem('expected SECTOR [flags] | Role or - | phrases');
  const [head = '', role = '', list = ''] = fields;
  const [sector = '', ...flagWords] = head.split(/\s+/);
  if (!SECTOR_SET.has(sector)) return problem(`"${sector}" is not a PLOVER sector`);
  const flags: EntryFlags = { ...NO_FLAGS };
  for (const f of flagWords) {
    if (f === 'weak' || f === 'owned' || f === 'det' || f === 'named' || f === 'foreign') flags[f] = true;
    else return problem(`unknown flag "${f}" (weak, owned, det, named, foreign)`);
  }
  const phrases = splitList(list);
  const keepRole = role !== '' && role !== '-';
  add({
    id: `sector:${slug(keepRole ? role : (phrases[0] ?? ''))}`,
    kind: 'sector',
    name: keepRole ? role : (phrases[0] ?? ''),
    phrases,
    country: null,
    igo: null,
    sector: sector as Sector,
    role: keepRole ? role : null,
    flags,
    parent: null,
    priority: PRIORITY.file,
  });
}

// europe | - | Europe | | European, Europeans         (a region: names, then adjectives)
// USA | Alabama, Alaska, Arizona                      (the first-level divisions of a country)
function parseRegionLine(fields: string[], problem: Problem, add: Add): void {
  const base = { igo: null, sector: null, role: null, parent: null, priority: PRIORITY.file } as const;
  if (fields.length === 2) {
    const [code = '', list = ''] = fields;
    if (!ISO3.test(code)) return problem(`"${code}" is not an ISO 3166-1 alpha-3 code`);
    const names = splitList(list);
    if (names.length === 0) return problem('no phrases');
    for (const name of names) {
      add({ ...base, id: `region:${code}:${slug(name)}`, kind: 'region', name, phrases: [name], country: code, flags: NO_FLAGS });
    }
    return;
  }
  if (fields.length < 3 || fields.length > 5) return problem('expected id | COUNTRY | Name | aliases | adjectives, or CODE | names');
  const [id = '', where = '', name = '', list = '', adjectives = ''] = fields;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) return problem(`"${id}" is not an id (lower case, digits, hyphens)`);
  if (where !== '-' && !ISO3.test(where)) return problem(`"${where}" is not an ISO 3166-1 alpha-3 code or -`);
  if (name === '') return problem('missing name');
  const country = where === '-' ? null : where;
  add({ ...base, id: `region:${id}`, kind: 'region', name, phrases: unique([name, ...splitList(list)]), country, flags: NO_FLAGS });
  const adj = splitList(adjectives);
  if (adj.length > 0) {
    add({ ...base, id: `region:${id}:adjective`, kind: 'region', name, phrases: adj, country, flags: { ...NO_FLAGS, adjective: true } });
  }
}

// recep-tayyip-erdogan | TUR | GOV | President | 2003- | Recep Tayyip Erdogan | Erdogan, Erdoğan
// antonio-guterres | igo:UNO | IGO | Secretary-General | 2017- | António Guterres | Guterres
function parsePersonLine(fields: string[], problem: Problem, add: Add): void {
  if (fields.length < 6 || fields.length > 7) return problem('expected id | COUNTRY | SECTOR | Role | years | Name | aliases');
  const [id = '', where = '', sector = '', role = '', years = '', name = '', list = ''] = fields;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) return problem(`"${id}" is not an id (lower case, digits, hyphens)`);
  let country: string | null = null;
  let igo: string | null = null;
  if (where.startsWith('igo:')) {
    igo = where.slice(4);
    if (!IGO_CODE.test(igo)) return problem(`"${where}" is not igo:CODE`);
  } else if (where !== '-') {
    if (!ISO3.test(where)) return problem(`"${where}" is not an ISO 3166-1 alpha-3 code, igo:CODE or -`);
    country = where;
  }
  if (!SECTOR_SET.has(sector)) return problem(`"${sector}" is not a PLOVER sector`);
  if (name === '') return problem('missing name');
  const terms = parseTerms(years);
  if (terms === null) return problem(`"${years}" is not a list of years in office (2009-2017, 2021-) or -`);
  add({
    id: `person:${id}`,
    kind: 'person',
    name,
    phrases: unique([name, ...splitList(list)]),
    country,
    igo,
    sector: sector as Sector,
    role: role === '' || role === '-' ? null : role,
    flags: NO_FLAGS,
    parent: null,
    priority: PRIORITY.person,
    terms,
  });
}

/** "2009-2017, 2021-" → two terms; "-" → none; null when malformed. */
export function parseTerms(field: string): Term[] | null {
  if (field === '-' || field === '') return [];
  const terms: Term[] = [];
  for (const part of splitList(field)) {
    const m = /^(\d{4})(?:-(\d{4})?)?$/.exec(part);
    if (!m) return null;
    const from = Number(m[1]);
    const to = m[2] !== undefined ? Number(m[2]) : part.endsWith('-') ? null : from;
    if (to !== null && to < from) return null;
    terms.push({ from, to });
  }
  return terms;
}

/**
 * A phrase that two people claim ("Clinton" for Bill and Hillary) names
 * neither: it is dropped from both. Full names are never dropped.
 */
export function dropSharedAliases(entries: readonly ActorEntry[]): ActorEntry[] {
  const owners = new Map<string, Set<string>>();
  for (const e of entries) {
    if (e.kind !== 'person') continue;
    for (const p of e.phrases) {
      const key = foldKey(p);
      const set = owners.get(key) ?? new Set<string>();
      set.add(e.id);
      owners.set(key, set);
    }
  }
  return entries.map((e) => {
    if (e.kind !== 'person') return e;
    const phrases = e.phrases.filter((p) => p === e.name || (owners.get(foldKey(p))?.size ?? 0) < 2);
    return phrases.length === e.phrases.length ? e : { ...e, phrases };
  });
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

// ---------------------------------------------------------------------------
// Compilation

/**
 * How a phrase token must be written in the text: acronyms exactly as in the
 * dictionary ("US", "WHO"), proper names with a capital ("Chad", not "chad"),
 * title-case twins of acronyms exactly so ("Nato", not "NAto"), everything
 * else (sector words, "of", "al-Qaeda") in any case.
 */
export type TokenCase = 'exact' | 'proper' | 'title' | 'any';

export interface PhraseToken {
  key: string;
  text: string;
  casing: TokenCase;
}

export interface CompiledPhrase {
  tokens: readonly PhraseToken[];
  entry: ActorEntry;
}

export interface CountryInfo {
  code: string;
  name: string;
  /** The capital ("Moscow"), for "the Russian capital". */
  capital: string | null;
}

export interface ActorDictionary {
  readonly entries: readonly ActorEntry[];
  /** First token key → phrases starting with it, longest first. */
  readonly byFirstToken: ReadonlyMap<string, readonly CompiledPhrase[]>;
  /** ISO3 → canonical country name and capital. */
  readonly countries: ReadonlyMap<string, CountryInfo>;
  /** IGO code → parent organisation code (UNHCR → UNO). */
  readonly igoParents: ReadonlyMap<string, string>;
  /** People of people.txt by `personNameKey` of their names and of "first last" ("donald trump" for "Donald J. Trump"). */
  readonly people: ReadonlyMap<string, ActorEntry>;
  /**
   * People of people.txt by surname (the last word of `personNameKey` of
   * their name and aliases: "bush" → both Presidents Bush), for titled
   * surnames the text gives alone ("President Bush").
   */
  readonly surnames: ReadonlyMap<string, readonly ActorEntry[]>;
  /** Given names (folded) that open a person's name: "Julian Assange" is a person. */
  readonly firstNames: ReadonlySet<string>;
  /** Problems found while loading and compiling (empty for the built-in data). */
  readonly problems: readonly ActorFileProblem[];
}

function tokenCase(text: string, kind: EntryKind): TokenCase {
  const letters = text.replace(/[^\p{L}\p{N}]/gu, '');
  // Acronyms: no lower-case letter, two characters or more ("US", "U.S.", "G7", "M23").
  if (letters.length >= 2 && !/\p{Ll}/u.test(letters) && /\p{Lu}/u.test(letters)) return 'exact';
  if (kind === 'sector') return 'any';
  return /^\p{Lu}/u.test(text) || /^\p{N}/u.test(text) ? 'proper' : 'any';
}

/**
 * Acronyms that are also English words or given names in title case: no
 * "Who" for the WHO, "Ice" for ICE, "Ina" for INA.
 */
const ACRONYM_WORDS = new Set([
  'who', 'ice', 'aid', 'spa', 'ina', 'ola', 'ria', 'sana', 'mena', 'wam', 'gru', 'ira', 'eta', 'pan', 'act',
  'arm', 'art', 'car', 'care', 'cat', 'fat', 'fit', 'man', 'may', 'nap', 'pop', 'sad', 'sea', 'son', 'sun',
  'war', 'win', 'cop', 'cops', 'hope', 'lead', 'cure', 'hit', 'mad', 'map', 'net', 'oil', 'owl', 'pat', 'pet',
  'rap', 'raw', 'red', 'rot', 'sam', 'tip', 'top', 'van', 'vat', 'was', 'wet', 'ana', 'eva', 'ida', 'isa',
  'lia', 'mia', 'nia', 'ava', 'amal', 'dawn', 'star', 'hand', 'will', 'mark', 'kia', 'mend', 'irena', 'alba',
]);

/**
 * "Nato", "Asean", "Farc": British style writes acronyms that are said as
 * words in title case. A one-token acronym of three letters or more gets a
 * title-case twin, unless it is also an English word or a given name.
 */
function titleCaseVariant(tokens: readonly PhraseToken[], kind: EntryKind): PhraseToken | null {
  const only = tokens[0];
  if (tokens.length !== 1 || !only || only.casing !== 'exact' || kind === 'sector') return null;
  if (!/^[A-Z]{3,}$/.test(only.text) || ACRONYM_WORDS.has(only.key)) return null;
  return { key: only.key, text: only.text.charAt(0) + only.key.slice(1), casing: 'title' };
}

interface PhraseIndex {
  bySignature: Map<string, CompiledPhrase>;
  /** Signatures held by title-case twins, which any written phrase replaces. */
  variants: Set<string>;
  problems: ActorFileProblem[];
}

function addPhrase(index: PhraseIndex, tokens: PhraseToken[], entry: ActorEntry, phrase: string, variant: boolean): void {
  const { bySignature, variants, problems } = index;
  const signature = tokens.map((t) => (t.casing === 'exact' || t.casing === 'title' ? t.text : `${t.key}/${t.casing}`)).join(' ');
  const old = bySignature.get(signature);
  if (old && !(variants.has(signature) && !variant)) {
    if (old.entry.id === entry.id || old.entry.priority > entry.priority) return;
    if (old.entry.priority === entry.priority) {
      // A written phrase beats a made-up title-case twin ("Amal" the name over AMAL).
      if (variant) return;
      problems.push({
        file: entry.file,
        line: entry.line,
        message: `"${phrase}" is already ${old.entry.id} (${old.entry.file}:${old.entry.line}); kept that`,
      });
      return;
    }
  }
  bySignature.set(signature, { tokens, entry });
  if (variant) variants.add(signature);
  else variants.delete(signature);
}

/**
 * Compiles entries into a lookup index. When two entries claim the same
 * phrase (same tokens, same casing), the higher priority wins; equal
 * priorities keep the first and report the clash in `problems`.
 */
export function compileActorDictionary(
  entries: readonly ActorEntry[],
  countries: readonly CountryInfo[] = [],
  problems: readonly ActorFileProblem[] = [],
  firstNames: readonly string[] = [],
): ActorDictionary {
  const allProblems = [...problems];
  const bySignature = new Map<string, CompiledPhrase>();
  const index: PhraseIndex = { bySignature, variants: new Set(), problems: allProblems };
  for (const entry of entries) {
    for (const phrase of entry.phrases) {
      let tokens = tokenize(phrase).map((t) => ({ key: foldKey(t.lower), text: t.text, casing: tokenCase(t.text, entry.kind) }));
      if (tokens.length > 1 && tokens[0]?.key === 'the') tokens = tokens.slice(1);
      if (tokens.length === 0) continue;
      const variant = titleCaseVariant(tokens, entry.kind);
      if (variant) addPhrase(index, [variant], entry, phrase, true);
      addPhrase(index, tokens, entry, phrase, false);
    }
  }
  const byFirstToken = new Map<string, CompiledPhrase[]>();
  for (const compiled of bySignature.values()) {
    const first = compiled.tokens[0]?.key ?? '';
    const list = byFirstToken.get(first);
    if (list) list.push(compiled);
    else byFirstToken.set(first, [compiled]);
  }
  for (const list of byFirstToken.values()) {
    list.sort((a, b) => b.tokens.length - a.tokens.length || b.entry.priority - a.entry.priority);
  }
  const igoParents = new Map<string, string>();
  for (const e of entries) if (e.igo !== null && e.parent !== null) igoParents.set(e.igo, e.parent);
  const people = new Map<string, ActorEntry>();
  for (const e of entries) {
    if (e.kind !== 'person') continue;
    for (const p of e.phrases) {
      const key = personNameKey(p);
      if (key.includes(' ') && !people.has(key)) people.set(key, e);
    }
    const words = personNameKey(e.name).split(' ');
    const short = `${words[0] ?? ''} ${words[words.length - 1] ?? ''}`;
    if (words.length > 2 && !people.has(short)) people.set(short, e);
  }
  const surnames = new Map<string, ActorEntry[]>();
  for (const e of entries) {
    if (e.kind !== 'person') continue;
    for (const p of new Set([e.name, ...e.phrases].map((x) => personNameKey(x).split(' ').pop() ?? ''))) {
      if (p === '') continue;
      const list = surnames.get(p);
      if (!list) surnames.set(p, [e]);
      else if (!list.includes(e)) list.push(e);
    }
  }
  return {
    entries,
    byFirstToken,
    countries: new Map(countries.map((c) => [c.code, c])),
    igoParents,
    people,
    surnames,
    firstNames: new Set(firstNames),
    problems: allProblems,
  };
}
