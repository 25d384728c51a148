// The gazetteer: every place Faultline can name, indexed by lookup key (see
// placeKey). Two layers:
//
//   core   continents, world regions, countries, demonyms    small, built at once
//   full   first- and second-level divisions, cities ≥ 1000   large, built on first need
//
// The loader (load-gazetteer.ts) reads the data and passes a builder for the
// full layer; this module only indexes. Pure.

import { placeKey } from './place-key.js';

export type PlaceKind = 'continent' | 'region' | 'country' | 'division' | 'city';

export interface PlaceEntry {
  /** Stable id: "country:IRQ", "adm1:IQ.07", "adm2:PH.03.14", "gn:98182", "region:sahel". */
  id: string;
  /** Display name ("Baghdad", "Central Luzon", "Iraq"). */
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-3 country, or null for places spanning countries. */
  country: string | null;
  /** First-level division code "CC.A1" (GeoNames), for containment; null when unknown. */
  admin1Code: string | null;
  /** Second-level division code "CC.A1.A2", for containment; null when unknown. */
  admin2Code: string | null;
  lat: number;
  lon: number;
  /** Inhabitants (divisions: sum of their cities; regions: 0). */
  population: number;
  /** GeoNames feature code (PPLC, PPLA, PPL, PPLX, ADM1, ADM2, PCLI, CONT, RGN). */
  feature: string;
  geonamesId: number | null;
}

/** One way a key names an entry. `alt` is true for alternate names (other spellings, shortened division names). */
export interface NameMatch {
  entry: PlaceEntry;
  alt: boolean;
}

/** The entries under one key: most keys name one place, so a lone entry is stored without a list. */
type Slot = PlaceEntry | PlaceEntry[];

/** Above this many names, an entry's keys seen so far are kept in a set instead of a list. */
const FEW_NAMES = 8;

/** Names → entries. */
export class PlaceIndex {
  private readonly names = new Map<string, Slot>();
  private readonly altNames = new Map<string, Slot>();
  private readonly byId = new Map<string, PlaceEntry>();
  entries = 0;

  /** Adds an entry under its primary names and alternate names (keys are computed here). */
  add(entry: PlaceEntry, names: readonly string[], altNames: readonly string[] = []): void {
    if (!this.byId.has(entry.id)) this.entries++;
    this.byId.set(entry.id, entry);
    // A key goes to the first list that gives it: primary names before alternate names.
    const seen: { has(k: string): boolean; add(k: string): unknown } = names.length + altNames.length > FEW_NAMES ? new Set<string>() : new SmallSet();
    for (const n of names) {
      const k = placeKey(n);
      if (k === '' || seen.has(k)) continue;
      seen.add(k);
      push(this.names, k, entry);
    }
    for (const n of altNames) {
      const k = placeKey(n);
      if (k === '' || seen.has(k)) continue;
      seen.add(k);
      push(this.altNames, k, entry);
    }
  }

  /** Adds a name to an entry already indexed. */
  alias(id: string, name: string, alt = false): boolean {
    const entry = this.byId.get(id);
    if (!entry) return false;
    const k = placeKey(name);
    const map = alt ? this.altNames : this.names;
    const slot = map.get(k);
    if (slot === entry || (Array.isArray(slot) && slot.includes(entry))) return true;
    push(map, k, entry);
    return true;
  }

  get(id: string): PlaceEntry | undefined {
    return this.byId.get(id);
  }

  lookup(key: string): NameMatch[] {
    const out: NameMatch[] = [];
    const primary = this.names.get(key);
    if (primary !== undefined) {
      if (Array.isArray(primary)) for (const entry of primary) out.push({ entry, alt: false });
      else out.push({ entry: primary, alt: false });
    }
    const other = this.altNames.get(key);
    if (other !== undefined) {
      for (const entry of Array.isArray(other) ? other : [other]) if (!out.some((m) => m.entry === entry)) out.push({ entry, alt: true });
    }
    return out;
  }

  has(key: string): boolean {
    return this.names.has(key) || this.altNames.has(key);
  }

  /** Every entry (for building derived tables). */
  all(): IterableIterator<PlaceEntry> {
    return this.byId.values();
  }
}

/** The few keys of one entry: a list is cheaper than a set. */
class SmallSet {
  private readonly keys: string[] = [];
  has(k: string): boolean {
    return this.keys.includes(k);
  }
  add(k: string): void {
    this.keys.push(k);
  }
}

function push(map: Map<string, Slot>, key: string, entry: PlaceEntry): void {
  const slot = map.get(key);
  if (slot === undefined) map.set(key, entry);
  else if (Array.isArray(slot)) {
    if (slot[slot.length - 1] !== entry) slot.push(entry);
  } else if (slot !== entry) map.set(key, [slot, entry]);
}

/** A country as the core layer knows it. */
export interface CountryInfo {
  iso3: string;
  iso2: string;
  name: string;
  lat: number;
  lon: number;
  /** ISO3 codes of the countries it borders. */
  borders: readonly string[];
  capital: string | null;
}

/** What the geocoder asks of the gazetteer. */
export interface Gazetteer {
  /** Continents, regions and countries named by this key (never loads the full layer). */
  lookupCore(key: string): NameMatch[];
  /** All places named by this key: the first call loads the full layer. */
  lookupAll(key: string): NameMatch[];
  /** True once the full layer is loaded. */
  fullLoaded(): boolean;
  /** ISO3 of the country a demonym names ("iraqi" → "IRQ"), by lookup key. */
  demonym(key: string): string | null;
  country(iso3: string): CountryInfo | undefined;
  countryEntry(iso3: string): PlaceEntry | undefined;
  iso3OfIso2(iso2: string): string | null;
  /** A first-level division by code "CC.A1" (loads the full layer). */
  division(admin1Code: string): PlaceEntry | undefined;
}

/** The parts of the core layer, built by the loader from packages and data/geo. */
export interface CoreLayer {
  index: PlaceIndex;
  countries: ReadonlyMap<string, CountryInfo>;
  demonyms: ReadonlyMap<string, string>;
}

/** A gazetteer whose full layer is built by `loadFull` on first need. */
export class LayeredGazetteer implements Gazetteer {
  private full: PlaceIndex | null = null;
  private readonly iso2: Map<string, string>;

  constructor(
    private readonly core: CoreLayer,
    private readonly loadFull: () => PlaceIndex,
  ) {
    this.iso2 = new Map([...core.countries.values()].map((c) => [c.iso2, c.iso3]));
  }

  lookupCore(key: string): NameMatch[] {
    return this.core.index.lookup(key);
  }

  lookupAll(key: string): NameMatch[] {
    const out = this.core.index.lookup(key);
    for (const m of this.fullIndex().lookup(key)) if (!out.some((o) => o.entry.id === m.entry.id)) out.push(m);
    return out;
  }

  fullLoaded(): boolean {
    return this.full !== null;
  }

  demonym(key: string): string | null {
    return this.core.demonyms.get(key) ?? null;
  }

  country(iso3: string): CountryInfo | undefined {
    return this.core.countries.get(iso3);
  }

  countryEntry(iso3: string): PlaceEntry | undefined {
    return this.core.index.get(`country:${iso3}`);
  }

  iso3OfIso2(iso2: string): string | null {
    return this.iso2.get(iso2) ?? null;
  }

  division(admin1Code: string): PlaceEntry | undefined {
    return this.fullIndex().get(`adm1:${admin1Code}`);
  }

  private fullIndex(): PlaceIndex {
    if (!this.full) this.full = this.loadFull();
    return this.full;
  }
}
