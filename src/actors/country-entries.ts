// Country entries: facts from the world-countries package (names, official
// names, alternative spellings, demonyms, capitals) merged with our own
// countries.txt (news names, demonym variants, capitals used for their
// government, seats of institutions). Pure: the loader passes both in.

import {
  PRIORITY,
  foldKey,
  slug,
  type ActorEntry,
  type ActorFileProblem,
  type CodeReplacement,
  type CountryInfo,
  type EntryFlags,
} from './actor-dictionary.js';

/** The slice of a world-countries record we use. */
export interface CountryFacts {
  cca3: string;
  common: string;
  official: string;
  altSpellings: readonly string[];
  /** English demonyms as given ("Iraqi", "Antiguan, Barbudan"). */
  demonyms: readonly string[];
  capitals: readonly string[];
  independent: boolean;
}

export interface CountryEntries {
  entries: ActorEntry[];
  countries: CountryInfo[];
  problems: ActorFileProblem[];
}

const NO_FLAGS: EntryFlags = { weak: false, owned: false, det: false, named: false, foreign: false, adjective: false };
const PACKAGE_FILE = 'world-countries';

// Alternative spellings worth matching in English news: Latin script, three
// characters or more (two-letter codes like "IN", "IS", "AM" are words), and
// not an inverted catalogue form ("Korea, Republic of").
function usableSpelling(s: string): boolean {
  return s.length >= 3 && !/[,()]/.test(s) && /^[\p{Script=Latin}\p{M}\s'’.-]+$/u.test(s);
}

/** "Iraqi" → "Iraqis"; "Chinese", "Swiss", "British" have no plural in -s. */
export function demonymPlural(demonym: string): string | null {
  if (/(?:ese|sh|ch|ss|s|x|z)$/i.test(demonym)) return null;
  return demonym + 's';
}

function splitDemonyms(raw: readonly string[]): string[] {
  const out: string[] = [];
  for (const d of raw) for (const part of d.split(/,\s*|\s+or\s+/)) if (part.trim() !== '') out.push(part.trim());
  return out;
}

const KIND_RANK: Record<string, number> = { country: 3, capital: 2, seat: 2, demonym: 1 };

/**
 * Builds one entry per country (names), per demonym set, per capital and per
 * seat. A phrase claimed twice goes to the higher priority (our file, then an
 * independent country, then a territory), then to a name over a demonym
 * ("Djibouti"). Clashes between equals are reported.
 */
export function buildCountryEntries(
  facts: readonly CountryFacts[],
  fileEntries: readonly ActorEntry[],
  replacements: readonly CodeReplacement[] = [],
): CountryEntries {
  const problems: ActorFileProblem[] = [];
  const codeOf = new Map(replacements.map((r) => [r.from, r.to]));
  const countries = new Map<string, CountryInfo>();
  const candidates: ActorEntry[] = [];

  for (const f of facts) {
    const code = codeOf.get(f.cca3) ?? f.cca3;
    const priority = f.independent ? PRIORITY.independentCountry : PRIORITY.territory;
    countries.set(code, { code, name: f.common, capital: f.capitals[0] ?? null });
    const base = {
      country: code,
      igo: null,
      sector: null,
      role: null,
      flags: NO_FLAGS,
      parent: null,
      priority,
      file: PACKAGE_FILE,
      line: 0,
    };
    candidates.push({
      ...base,
      id: `country:${code}`,
      kind: 'country',
      name: f.common,
      phrases: [f.common, f.official, ...f.altSpellings.filter(usableSpelling)],
    });
    const demonyms = splitDemonyms(f.demonyms);
    const plurals = demonyms.map(demonymPlural).filter((d): d is string => d !== null);
    candidates.push({ ...base, id: `demonym:${code}`, kind: 'demonym', name: f.common, phrases: [...demonyms, ...plurals] });
    // Capitals of territories ("Hamilton", "Douglas", "Jamestown") are mostly
    // person names in news; only independent countries' capitals are kept.
    if (f.independent) {
      for (const capital of f.capitals) {
        candidates.push({ ...base, id: `capital:${code}:${slug(capital)}`, kind: 'capital', name: capital, phrases: [capital] });
      }
    }
  }

  const names = new Set<string>();
  for (const c of candidates) if (c.kind === 'country') for (const p of c.phrases) names.add(foldKey(p));
  for (const e of fileEntries) if (e.kind === 'country') for (const p of e.phrases) names.add(foldKey(p));

  for (const e of fileEntries) {
    if (e.kind === 'block') {
      candidates.push(e);
      continue;
    }
    const code = e.country ?? '';
    const info = countries.get(code);
    if (!info) {
      problems.push({ file: e.file, line: e.line, message: `unknown country code ${code}` });
      continue;
    }
    const name = e.kind === 'country' || e.kind === 'demonym' ? info.name : e.name;
    // A made-up plural never takes a country's name: "Philippine" → not "Philippines".
    const plurals = e.kind === 'demonym' ? e.phrases.map(demonymPlural).filter((d): d is string => d !== null && !names.has(foldKey(d))) : [];
    candidates.push({ ...e, name, phrases: [...new Set([...e.phrases, ...plurals])] });
  }

  // Each phrase goes to one entry: the highest priority, then a name over a
  // capital over a demonym, then the first. Clashes among the winners are
  // reported (block phrases and territories excepted).
  const rank = (e: ActorEntry): number => e.priority * 10 + (KIND_RANK[e.kind] ?? 0);
  const claims = new Map<string, number[]>();
  candidates.forEach((entry, index) => {
    for (const phrase of entry.phrases) {
      const key = foldKey(phrase);
      const list = claims.get(key);
      if (list) list.push(index);
      else claims.set(key, [index]);
    }
  });
  const owner = new Map<string, { entry: ActorEntry; index: number }>();
  for (const [key, indexes] of claims) {
    let best = indexes[0] ?? 0;
    for (const i of indexes) if (rank(candidates[i] as ActorEntry) > rank(candidates[best] as ActorEntry)) best = i;
    const winner = candidates[best] as ActorEntry;
    owner.set(key, { entry: winner, index: best });
    if (winner.kind === 'block' || winner.priority < PRIORITY.independentCountry) continue;
    for (const i of indexes) {
      const other = candidates[i] as ActorEntry;
      if (other.id !== winner.id && rank(other) === rank(winner)) {
        problems.push({
          file: other.file,
          line: other.line,
          message: `"${key}" claimed by ${winner.id} and ${other.id}; kept ${winner.id}`,
        });
      }
    }
  }

  // Merge entries sharing an id (package facts and our file lines), keeping
  // only the phrases each one won.
  const merged = new Map<string, ActorEntry>();
  candidates.forEach((entry, index) => {
    const won = entry.phrases.filter((p) => owner.get(foldKey(p))?.index === index);
    if (won.length === 0) return;
    const old = merged.get(entry.id);
    if (old && old.kind === entry.kind && old.sector === entry.sector) {
      old.phrases = [...new Set([...old.phrases, ...won])];
      old.priority = Math.max(old.priority, entry.priority);
      if (old.file === PACKAGE_FILE) {
        old.file = entry.file;
        old.line = entry.line;
      }
    } else if (!old) {
      merged.set(entry.id, { ...entry, phrases: [...new Set(won)] });
    } else {
      merged.set(`${entry.id}#${index}`, { ...entry, phrases: [...new Set(won)] });
    }
  });
  return { entries: [...merged.values()], countries: [...countries.values()], problems };
}
