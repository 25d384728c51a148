// Chooses which place each toponym names, using the document as context:
// the dateline, the countries it names (by name or demonym), the "City,
// Province" pattern, the places near the others, and priors for population
// and feature type. Every choice carries a score and the reasons behind it.
// Pure.

import type { Place, PlacePrecision } from '../records.js';
import { contains, type DemonymMention, type Toponym, type ToponymResult } from './find-toponyms.js';
import type { Gazetteer, NameMatch, PlaceEntry } from './gazetteer.js';
import { distanceKm } from './distance-km.js';
import { placeKey } from './place-key.js';

export interface ResolvedToponym {
  toponym: Toponym;
  entry: PlaceEntry;
  place: Place;
  /** Confidence 0 … 1 from the margin over the next candidate. */
  score: number;
  /** Why this candidate: the strongest factors, e.g. "capital; country named in the document (LBY)". */
  reason: string;
}

export interface ResolveContext {
  /** The dateline place as written ("Baghdad"), or null. */
  dateline: string | null;
  /** Countries known from outside the text (the agency's home country). */
  countries?: readonly string[];
}

export interface ResolvedDocument {
  toponyms: ResolvedToponym[];
  /** The dateline resolved, or null when there is none or it names no known place. */
  dateline: { entry: PlaceEntry; place: Place; reason: string } | null;
  /** Weight of each country in the document (names, demonyms, dateline). */
  countries: ReadonlyMap<string, number>;
}

interface Factor {
  points: number;
  why: string;
}

interface DocContext {
  countries: Map<string, number>;
  admin1: Map<string, number>;
  points: Array<{ lat: number; lon: number; name: string; from: number }>;
  dateline: PlaceEntry | null;
}

const PASSES = 3;

/** Resolves every toponym of a document. */
export function resolveToponyms(found: ToponymResult, gaz: Gazetteer, ctx: ResolveContext): ResolvedDocument {
  const { toponyms, demonyms } = found;
  const dateline = resolveDateline(ctx.dateline, gaz, demonyms);

  // Pass 1 knows only demonyms, the dateline and given countries; later
  // passes add what earlier passes resolved (each toponym minus itself).
  let winners: Array<{ entry: PlaceEntry; factors: Factor[]; margin: number; total: number } | null> = toponyms.map(() => null);
  // The places that name each toponym as their container ("Pandi" for "Bulacan" in "Pandi, Bulacan").
  const inners: number[][] = toponyms.map(() => []);
  toponyms.forEach((t, k) => {
    if (t.container !== null) inners[t.container]?.push(k);
  });
  for (let pass = 0; pass < PASSES; pass++) {
    // A toponym's context leaves out every toponym of its name, so all of
    // them share one context: built once per name and pass.
    const contexts = new Map<string, DocContext>();
    const next = toponyms.map((t, i) => {
      let doc = contexts.get(t.key);
      if (!doc) {
        doc = documentContext(i, winners, toponyms, demonyms, dateline?.entry ?? null, ctx.countries ?? []);
        contexts.set(t.key, doc);
      }
      return choose(t, i, doc, toponyms, inners[i] ?? [], winners, gaz);
    });
    // A pass reads only the entries chosen by the one before: once they
    // stay the same, further passes would repeat it.
    const settled = next.every((w, i) => w?.entry === winners[i]?.entry);
    winners = next;
    if (settled) break;
  }

  const countries = documentContext(-1, winners, toponyms, demonyms, dateline?.entry ?? null, ctx.countries ?? []).countries;
  const resolved: ResolvedToponym[] = [];
  toponyms.forEach((t, i) => {
    const w = winners[i];
    if (!w) return;
    resolved.push({
      toponym: t,
      entry: w.entry,
      place: placeOf(w.entry, gaz, t),
      score: Math.round((1 / (1 + Math.exp(-w.margin))) * 100) / 100,
      reason: describe(w.factors),
    });
  });
  return { toponyms: resolved, dateline, countries };
}

/** The dateline place: the most likely of its candidates, helped by the demonyms of the text. */
function resolveDateline(
  name: string | null,
  gaz: Gazetteer,
  demonyms: readonly DemonymMention[],
): { entry: PlaceEntry; place: Place; reason: string } | null {
  if (!name) return null;
  // "KYIV, Ukraine" style datelines come in as the first part only.
  const key = placeKey(name.split(/[,/]/)[0] ?? name);
  const candidates = gaz.lookupAll(key);
  if (candidates.length === 0) return null;
  const countries = new Map<string, number>();
  for (const d of demonyms) countries.set(d.country, (countries.get(d.country) ?? 0) + 1);
  let best: { m: NameMatch; s: number; f: Factor[] } | null = null;
  for (const m of candidates) {
    const f = prior(m);
    // A dateline names the city the report was filed from.
    if (m.entry.kind === 'city') f.push({ points: 3, why: 'a city' });
    if (m.entry.country && countries.has(m.entry.country)) f.push({ points: 2, why: `country named in the text (${m.entry.country})` });
    const s = f.reduce((a, x) => a + x.points, 0);
    if (!best || s > best.s) best = { m, s, f };
  }
  if (!best) return null;
  return { entry: best.m.entry, place: placeOf(best.m.entry, gaz, null), reason: `dateline; ${describe(best.f)}` };
}

function documentContext(
  self: number,
  winners: ReadonlyArray<{ entry: PlaceEntry; margin: number } | null>,
  toponyms: readonly Toponym[],
  demonyms: readonly DemonymMention[],
  dateline: PlaceEntry | null,
  given: readonly string[],
): DocContext {
  const countries = new Map<string, number>();
  const admin1 = new Map<string, number>();
  const points: DocContext['points'] = [];
  const add = (c: string | null, w: number): void => {
    if (c) countries.set(c, (countries.get(c) ?? 0) + w);
  };
  for (const d of demonyms) add(d.country, 1);
  for (const c of given) add(c, 1);
  if (dateline) {
    add(dateline.country, 2);
    if (dateline.admin1Code) admin1.set(dateline.admin1Code, 2);
    if (dateline.kind === 'city' || dateline.kind === 'division') points.push({ lat: dateline.lat, lon: dateline.lon, name: dateline.name, from: -1 });
  }
  winners.forEach((w, i) => {
    if (!w || i === self) return;
    // The same name again says nothing new about itself.
    if (self >= 0 && toponyms[i]?.key === toponyms[self]?.key) return;
    add(w.entry.country, 1);
    if (w.entry.admin1Code) admin1.set(w.entry.admin1Code, (admin1.get(w.entry.admin1Code) ?? 0) + 1);
    if (w.entry.kind === 'city' || (w.entry.kind === 'division' && w.entry.feature === 'ADM2')) {
      points.push({ lat: w.entry.lat, lon: w.entry.lon, name: w.entry.name, from: i });
    }
  });
  return { countries, admin1, points, dateline };
}

/** True when a country named in the document (other than `c` itself when `other`) borders `c`. */
function bordering(doc: DocContext, gaz: Gazetteer, c: string, other: boolean): boolean {
  for (const o of doc.countries.keys()) if ((!other || o !== c) && gaz.country(o)?.borders.includes(c)) return true;
  return false;
}

/** Points for what a place is, before any context. */
function prior(m: NameMatch): Factor[] {
  const e = m.entry;
  const f: Factor[] = [];
  const pop = Math.log10(e.population + 1);
  switch (e.kind) {
    case 'country':
      f.push({ points: 11, why: 'country' });
      break;
    case 'continent':
      f.push({ points: 9, why: 'continent' });
      break;
    case 'region':
      f.push({ points: 8.5, why: e.feature === 'WATER' ? 'sea or lake' : 'region' });
      break;
    case 'division':
      if (e.feature === 'ADM1') f.push({ points: 5 + 0.6 * pop, why: 'first-level division' });
      else f.push({ points: 3 + 0.45 * pop, why: 'second-level division' });
      break;
    case 'city':
      f.push({ points: pop, why: `population ${formatPopulation(e.population)}` });
      if (e.feature === 'PPLC') f.push({ points: 2.5, why: 'national capital' });
      else if (e.feature === 'PPLA') f.push({ points: 1, why: 'seat of a first-level division' });
      else if (e.feature === 'PPLA2') f.push({ points: 0.3, why: 'seat of a second-level division' });
      else if (e.feature === 'PPLX') f.push({ points: -1.5, why: 'part of a city' });
      break;
  }
  if (m.alt) f.push({ points: -1.5, why: 'other spelling' });
  return f;
}

function formatPopulation(n: number): string {
  if (n >= 1e6) return `${Math.round(n / 1e5) / 10}M`;
  if (n >= 1e3) return `${Math.round(n / 1e3)}k`;
  return String(n);
}

function choose(
  t: Toponym,
  self: number,
  doc: DocContext,
  toponyms: readonly Toponym[],
  inners: readonly number[],
  winners: ReadonlyArray<{ entry: PlaceEntry } | null>,
  gaz: Gazetteer,
): { entry: PlaceEntry; factors: Factor[]; margin: number; total: number } | null {
  const scored: Array<{ entry: PlaceEntry; factors: Factor[]; total: number }> = [];
  // "Mexico", "Luxembourg": a country of this name outweighs its own city or state of the same name.
  const namedCountries = new Set(t.candidates.filter((m) => m.entry.kind === 'country').map((m) => m.entry.country));
  for (const m of t.candidates) {
    const e = m.entry;
    const f = prior(m);
    if (t.typeWord && e.kind === 'division' && /province|county|state|region|district|governorate|prefecture|oblast|territory|municipality|department|division|parish|borough/.test(t.typeWord)) {
      f.push({ points: 2, why: `named with "${t.typeWord}"` });
    }
    if (t.role === 'metonym' && (e.kind === 'country' || e.feature === 'PPLC')) f.push({ points: 2, why: 'stands for a government' });
    // "Gao", "Baghdad": a division named after its seat is meant less often than the seat.
    if (e.kind === 'division' && !t.typeWord && t.candidates.some((o) => o.entry.kind === 'city' && (o.entry.feature === 'PPLA' || o.entry.feature === 'PPLC') && contains(e, o.entry))) {
      f.push({ points: -3, why: 'division named after its seat' });
    }

    // Country context.
    const c = e.country;
    if (c && e.kind !== 'country' && !namedCountries.has(c)) {
      const w = doc.countries.get(c) ?? 0;
      if (w > 0) f.push({ points: 2.5 + Math.min(1.5, 0.5 * (w - 1)), why: `country named in the document (${c})` });
      else {
        if (bordering(doc, gaz, c, false)) f.push({ points: 0.8, why: `borders a country named in the document (${c})` });
      }
    } else if (c && e.kind === 'country') {
      if (bordering(doc, gaz, c, true)) f.push({ points: 0.8, why: 'borders a country named in the document' });
    }
    if (e.admin1Code && e.feature !== 'ADM1' && (doc.admin1.get(e.admin1Code) ?? 0) > 0) {
      f.push({ points: 2, why: `division named in the document (${e.admin1Code})` });
    }

    // "Pandi, Bulacan": the place after the comma contains this one.
    if (t.container !== null) {
      const outer = toponyms[t.container];
      const chosen = winners[t.container]?.entry;
      if (outer && (chosen ? contains(chosen, e) : outer.candidates.some((o) => contains(o.entry, e)))) {
        f.push({ points: 6, why: `in ${outer.text}` });
      }
    }
    // …and the container is the one that holds the place before the comma.
    for (const k of inners) {
      const inner = toponyms[k];
      if (!inner) continue;
      const chosen = winners[k]?.entry;
      if (chosen ? contains(e, chosen) : inner.candidates.some((x) => contains(e, x.entry))) f.push({ points: 4, why: `holds ${inner.text}` });
    }

    // Places near the document's other places.
    if (e.kind === 'city' || e.kind === 'division') {
      let nearest: { km: number; name: string } | null = null;
      for (const p of doc.points) {
        if (p.from === self) continue;
        const km = distanceKm(e.lat, e.lon, p.lat, p.lon);
        if (km < 1) continue; // itself under another name
        if (!nearest || km < nearest.km) nearest = { km, name: p.name };
      }
      if (nearest && nearest.km < 100) f.push({ points: 2, why: `${Math.round(nearest.km)} km from ${nearest.name}` });
      else if (nearest && nearest.km < 300) f.push({ points: 1, why: `${Math.round(nearest.km)} km from ${nearest.name}` });
    }
    if (doc.dateline && e.id === doc.dateline.id) f.push({ points: 1.5, why: 'the dateline place' });

    scored.push({ entry: e, factors: f, total: f.reduce((a, x) => a + x.points, 0) });
  }
  scored.sort((a, b) => b.total - a.total);
  const best = scored[0];
  if (!best) return null;
  const second = scored[1];
  return { ...best, margin: second ? best.total - second.total : 3 };
}

function describe(factors: readonly Factor[]): string {
  const parts = [...factors].filter((f) => f.points !== 0).sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
  return parts.map((f) => f.why).join('; ');
}

/** The Place record of a gazetteer entry. */
export function placeOf(e: PlaceEntry, gaz: Gazetteer, t: Toponym | null): Place {
  let precision: PlacePrecision;
  if (e.kind === 'city') precision = 'exact';
  else if (e.kind === 'division') precision = 'division';
  else if (e.kind === 'region') precision = e.country ? 'division' : 'country';
  else precision = 'country';
  // "South Darfur" from "Darfur": the part is somewhere in the whole.
  if (t?.partWord && precision === 'exact') precision = 'division';
  let admin1: string | null = null;
  if (e.kind === 'division' && e.feature === 'ADM1') admin1 = e.name;
  else if (e.admin1Code && (e.kind === 'city' || e.kind === 'division')) admin1 = gaz.division(e.admin1Code)?.name ?? null;
  return {
    name: t?.partWord ? t.text : e.name,
    country: e.country,
    admin1,
    lat: e.lat,
    lon: e.lon,
    geonamesId: e.geonamesId,
    precision,
  };
}
