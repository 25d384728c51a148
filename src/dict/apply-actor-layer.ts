// Lays a user dictionary's actor files over the dictionary below it (the
// built-in one, or that and earlier user folders). Pure: the caller reads
// the files. Rules (docs/dictionaries.md):
//
// - `-phrase` takes a phrase from every earlier entry; `-kind:id` removes an
//   earlier entry whole (`-group:hezbollah`); in first-names files `-Name`
//   removes a given name.
// - An entry with the id of an earlier one replaces it (`group:hezbollah`);
//   country name and demonym lines add to the country instead.
// - A phrase of a new entry is taken from every earlier entry: the user's
//   entry wins. When the earlier entry named another actor (another country,
//   organisation or sector) that is a conflict (a warning: write a `-` line
//   first to say it is meant); otherwise an override (information).
// - Two lines of one folder claiming one phrase or id are duplicates (errors).

import {
  actorFileFormat,
  dropSharedAliases,
  foldKey,
  parseActorFile,
  type ActorEntry,
  type ActorFileProblem,
  type CountryInfo,
} from '../actors/actor-dictionary.js';
import { demonymPlural } from '../actors/country-entries.js';
import { finding, type DictFinding, type TextFile } from './dict-finding.js';
import { splitRemovals } from './split-removals.js';

/** A dictionary before compilation: what the loader builds and a user layer changes. */
export interface ActorDictionaryParts {
  entries: readonly ActorEntry[];
  countries: readonly CountryInfo[];
  /** Folded given names ("julian"). */
  firstNames: readonly string[];
  problems: readonly ActorFileProblem[];
}

/** File names a user folder may hold (the name starts with the kind: `groups-militias.txt`). */
export const USER_ACTOR_KINDS = ['countries', 'igos', 'groups', 'media', 'sectors', 'people', 'regions', 'first-names'] as const;

const ENTRY_KINDS = new Set(['country', 'demonym', 'capital', 'seat', 'igo', 'group', 'sector', 'person', 'region', 'block']);

/** The key two phrases share when they are "the same phrase": case, accents and a leading "the" aside. */
export function phraseKey(phrase: string): string {
  return foldKey(phrase)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Whether a removal target is an entry id ("group:hamas", "country:IRQ") rather than a phrase. */
export function isEntryId(target: string): boolean {
  const m = /^([a-z]+):\S+$/.exec(target);
  return m !== null && ENTRY_KINDS.has(m[1] ?? '');
}

function where(e: ActorEntry): string {
  return e.line > 0 ? `${e.file}:${e.line}` : e.file;
}

/** What an entry codes a phrase as: "IRQ REB", "igo:UNO IGO", "never an actor". */
export function describeCoding(e: ActorEntry): string {
  if (e.kind === 'block') return 'never an actor';
  const who = e.igo !== null ? `igo:${e.igo}` : (e.country ?? 'no country');
  return e.sector === null ? who : `${who} ${e.sector}`;
}

function sameCoding(a: ActorEntry, b: ActorEntry): boolean {
  return describeCoding(a) === describeCoding(b);
}

/** Country name and demonym lines add phrases to the country; every other id names one entry. */
function adds(e: ActorEntry): boolean {
  return e.kind === 'country' || e.kind === 'demonym';
}

const REPLACES_LINE = /^\s*[A-Z]{3}\s*\|\s*replaces\s*\|/;

/**
 * Applies one user folder's actor files (`dir/actors/*.txt`) over `below`.
 * Returns the new parts and what was found; `below` is not changed.
 */
export function applyActorLayer(
  below: ActorDictionaryParts,
  files: readonly TextFile[],
): { parts: ActorDictionaryParts; findings: DictFinding[]; entries: number; firstNames: number } {
  const findings: DictFinding[] = [];
  const countries = new Map(below.countries.map((c) => [c.code, c]));
  const countryNames = new Set<string>();
  for (const e of below.entries) if (e.kind === 'country') for (const p of e.phrases) countryNames.add(phraseKey(p));

  const added: ActorEntry[] = [];
  const addedFirstNames: string[] = [];
  const removals: Array<{ file: string; line: number; target: string; firstName: boolean }> = [];

  for (const { file, text } of files) {
    const base = (file.split(/[\\/]/).pop() ?? file).toLowerCase();
    if (!USER_ACTOR_KINDS.some((k) => base.startsWith(k))) {
      findings.push(
        finding('error', 'problem', file, 0, `the file name must start with its kind (${USER_ACTOR_KINDS.join(', ')}): e.g. groups-${base}`),
      );
      continue;
    }
    const format = actorFileFormat(file);
    const split = splitRemovals(text);
    for (const r of split.removals) {
      if (r.target === '') findings.push(finding('error', 'problem', file, r.line, 'a removal line needs a phrase or an entry id after "-"'));
      else removals.push({ file, line: r.line, target: r.target, firstName: format === 'first-names' });
    }
    let body = split.text;
    if (format === 'countries') {
      // Code replacements belong to the built-in data: the country codes of every user file depend on them.
      body = body
        .split('\n')
        .map((line, i) => {
          if (!REPLACES_LINE.test(line)) return line;
          findings.push(finding('error', 'problem', file, i + 1, '"replaces" lines are for the built-in countries.txt only'));
          return '';
        })
        .join('\n');
    }
    const parsed = parseActorFile(body, file);
    for (const p of parsed.problems) findings.push(finding('error', 'problem', p.file, p.line, p.message));
    addedFirstNames.push(...parsed.firstNames);
    for (const e of parsed.entries) {
      const code = e.country;
      const info = code === null ? undefined : countries.get(code);
      if (code !== null && !info) {
        findings.push(finding('error', 'problem', e.file, e.line, `unknown country code ${code}`));
        continue;
      }
      if ((e.kind === 'country' || e.kind === 'demonym') && info) {
        // "IRQ | demonym | Mesopotamian" also gives "Mesopotamians", unless that is a country's name.
        const plurals =
          e.kind === 'demonym' ? e.phrases.map(demonymPlural).filter((d): d is string => d !== null && !countryNames.has(phraseKey(d))) : [];
        added.push({ ...e, name: info.name, phrases: [...new Set([...e.phrases, ...plurals])] });
      } else added.push(e);
    }
  }

  // 1. Removals, against what lies below.
  let entries: ActorEntry[] = [...below.entries];
  let firstNames = [...below.firstNames];
  for (const r of removals) {
    if (r.firstName) {
      const key = foldKey(r.target);
      const before = firstNames.length;
      firstNames = firstNames.filter((n) => n !== key);
      findings.push(
        before === firstNames.length
          ? finding('warning', 'removal', r.file, r.line, `no given name "${r.target}" to remove`)
          : finding('info', 'removal', r.file, r.line, `removed the given name "${r.target}"`),
      );
      continue;
    }
    if (isEntryId(r.target)) {
      const gone = entries.filter((e) => e.id === r.target);
      entries = entries.filter((e) => e.id !== r.target);
      findings.push(
        gone.length === 0
          ? finding('warning', 'removal', r.file, r.line, `no entry ${r.target} to remove`)
          : finding('info', 'removal', r.file, r.line, `removed ${r.target} (${gone.map(where).join(', ')})`),
      );
      continue;
    }
    const key = phraseKey(r.target);
    const from: string[] = [];
    entries = entries.map((e) => {
      const phrases = e.phrases.filter((p) => phraseKey(p) !== key);
      if (phrases.length === e.phrases.length) return e;
      from.push(`${e.id} (${where(e)})`);
      return { ...e, phrases };
    });
    findings.push(
      from.length === 0
        ? finding('warning', 'removal', r.file, r.line, `no entry has the phrase "${r.target}" to remove`)
        : finding('info', 'removal', r.file, r.line, `removed "${r.target}" from ${from.join(', ')}`),
    );
  }

  // 2. Duplicates inside this folder: one owner per id (name and demonym lines aside) and per phrase.
  const ownIds = new Map<string, ActorEntry>();
  const kept: ActorEntry[] = [];
  for (const e of added) {
    const first = ownIds.get(e.id);
    if (first && !(adds(e) && adds(first))) {
      findings.push(finding('error', 'duplicate', e.file, e.line, `id ${e.id} is also defined at ${where(first)}`));
      continue;
    }
    if (!first) ownIds.set(e.id, e);
    kept.push(e);
  }
  const layer = dropSharedAliases(kept);
  const owner = new Map<string, ActorEntry>();
  const claimed: ActorEntry[] = [];
  for (const e of layer) {
    const phrases: string[] = [];
    for (const p of e.phrases) {
      const key = phraseKey(p);
      const first = owner.get(key);
      if (first && first.id !== e.id) {
        findings.push(finding('error', 'duplicate', e.file, e.line, `"${p}" is also ${first.id} at ${where(first)}; kept that`));
        continue;
      }
      if (!first) owner.set(key, e);
      phrases.push(p);
    }
    if (phrases.length > 0) claimed.push(phrases.length === e.phrases.length ? e : { ...e, phrases });
  }

  // 3. Same id: the user's entry replaces the earlier one.
  const replaced = new Set<string>();
  for (const e of claimed) {
    if (adds(e) || replaced.has(e.id)) continue;
    const old = entries.filter((b) => b.id === e.id);
    if (old.length === 0) continue;
    replaced.add(e.id);
    entries = entries.filter((b) => b.id !== e.id);
    const changed = old.some((b) => !sameCoding(b, e));
    findings.push(
      finding('info', 'override', e.file, e.line, `replaces ${e.id} (${old.map(where).join(', ')})${changed ? `: ${describeCoding(old[0] as ActorEntry)} → ${describeCoding(e)}` : ''}`),
    );
  }

  // 4. Same phrase: taken from every earlier entry. One finding per (user entry, earlier entry).
  const taken = new Map<string, { e: ActorEntry; b: ActorEntry; phrases: string[] }>();
  entries = entries.map((b) => {
    const phrases = b.phrases.filter((p) => {
      const e = owner.get(phraseKey(p));
      if (!e) return true;
      const pairKey = `${e.file}:${e.line}:${e.id}\u0000${b.file}:${b.line}:${b.id}`;
      const pair = taken.get(pairKey);
      if (pair) pair.phrases.push(p);
      else taken.set(pairKey, { e, b, phrases: [p] });
      return false;
    });
    return phrases.length === b.phrases.length ? b : { ...b, phrases };
  });
  for (const { e, b, phrases } of taken.values()) {
    const quoted = phrases.map((p) => `"${p}"`).join(', ');
    if (b.id === e.id) {
      // A country name or demonym the country already has: nothing changes.
      findings.push(finding('info', 'override', e.file, e.line, `${quoted} already ${phrases.length === 1 ? 'is a phrase' : 'are phrases'} of ${b.id} (${where(b)})`));
    } else if (sameCoding(b, e)) {
      findings.push(finding('info', 'override', e.file, e.line, `${quoted} taken from ${b.id} (${where(b)}), coded the same (${describeCoding(e)})`));
    } else {
      findings.push(
        finding(
          'warning',
          'conflict',
          e.file,
          e.line,
          `${quoted} ${phrases.length === 1 ? 'is' : 'are'} ${b.id} (${where(b)}), coded ${describeCoding(b)}; yours codes ${phrases.length === 1 ? 'it' : 'them'} ${describeCoding(e)}` +
            ` (yours is used; write "-${phrases[0] ?? ''}" first to say it is meant)`,
        ),
      );
    }
  }

  const names = new Set(firstNames);
  for (const n of addedFirstNames) names.add(n);
  const problems = [...below.problems, ...findings.filter((f) => f.severity === 'error').map((f) => ({ file: f.file, line: f.line, message: f.message }))];
  return {
    parts: { entries: [...entries.filter((e) => e.phrases.length > 0), ...claimed], countries: below.countries, firstNames: [...names], problems },
    findings,
    entries: claimed.length,
    firstNames: addedFirstNames.length,
  };
}
