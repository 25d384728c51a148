// Generated events for the analytics CLI tests (seeded, so every run is the
// same): a steady cooperative pair (Kenya–Tanzania), a busy background pair
// (USA–China), and Ethiopia–Eritrea, mostly quiet until a sudden onset of
// armed clashes near Badme on ONSET.
//
// With `compound`, some clashes name two Ethiopian forces at once (army and
// police against Eritrea's army: one event, two sector pairs), and Sudan
// has an internal conflict, government and army against rebels, that flares
// up from SUDAN_ONSET for SUDAN_DAYS days.

import { rng } from '../../bench/bench-stats.js';
import { addDays } from '../../src/analytics/calendar-day.js';
import type { Actor, Event, PloverType, Quad, Sector } from '../../src/records.js';

export const FIRST_DAY = '2024-01-01';
export const LAST_DAY = '2025-06-30';
export const ONSET = '2025-06-10';
export const BADME = { lat: 14.73, lon: 37.8 };
export const SUDAN_ONSET = '2025-02-01';
export const SUDAN_DAYS = 30;


function poisson(rand: () => number, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = rand(); p > limit; p *= rand()) k++;
  return k;
}

function actor(country: string, sector: Sector): Actor {
  return { text: `${country} ${sector}`, name: country, country, igo: null, sector, entry: `test:${country}` };
}

const KIND: Record<Quad, { cameo: string; plover: PloverType; goldstein: number }> = {
  1: { cameo: '040', plover: 'CONSULT', goldstein: 1 },
  2: { cameo: '061', plover: 'COOPERATE', goldstein: 6.4 },
  3: { cameo: '111', plover: 'ACCUSE', goldstein: -2 },
  4: { cameo: '190', plover: 'ASSAULT', goldstein: -10 },
};

export function makeScenarioEvent(o: { id: string; date: string; source: Actor | Actor[]; target: Actor | Actor[]; quad: Quad; near?: boolean }): Event {
  const k = KIND[o.quad];
  const source = Array.isArray(o.source) ? o.source : [o.source];
  const target = Array.isArray(o.target) ? o.target : [o.target];
  const names = (actors: Actor[]): string => actors.map((a) => a.text).join(' and ');
  return {
    id: o.id,
    docId: `doc-${o.id}`,
    sentence: 0,
    date: o.date,
    source,
    target,
    cameo: k.cameo,
    plover: k.plover,
    mode: null,
    context: null,
    quad: o.quad,
    goldstein: k.goldstein,
    speaker: null,
    location:
      o.near === true
        ? { name: 'Badme', country: 'ERI', admin1: 'Gash-Barka', lat: BADME.lat, lon: BADME.lon, geonamesId: null, precision: 'exact' }
        : null,
    evidence: {
      text: `${names(source)} and ${names(target)}: generated event ${o.id}.`,
      spans: { source: [], verb: { start: 0, end: 0 }, target: [], location: null },
      rule: 'test:generated',
    },
    confidence: 0.9,
  };
}

/** All events of the scenario, in date order. */
export function scenarioEvents(seed = 7, variant: { compound?: boolean } = {}): Event[] {
  const rand = rng(seed);
  const events: Event[] = [];
  const ken = actor('KEN', 'GOV');
  const tza = actor('TZA', 'GOV');
  const usa = actor('USA', 'GOV');
  const chn = actor('CHN', 'GOV');
  const eth = actor('ETH', 'MIL');
  const eri = actor('ERI', 'MIL');
  const ethForces = [eth, actor('ETH', 'COP')];
  const sudan = [actor('SDN', 'GOV'), actor('SDN', 'MIL')];
  const rebels = actor('SDN', 'REB');
  let n = 0;
  const add = (date: string, a: Actor | Actor[], b: Actor | Actor[], quad: Quad, count: number, near = false): void => {
    for (let i = 0; i < count; i++) {
      const flip = rand() < 0.5;
      events.push(makeScenarioEvent({ id: `g${String(++n).padStart(5, '0')}`, date, source: flip ? a : b, target: flip ? b : a, quad, near }));
    }
  };
  for (let date = FIRST_DAY; date <= LAST_DAY; date = addDays(date, 1)) {
    add(date, ken, tza, 1, poisson(rand, 2));
    add(date, ken, tza, 2, poisson(rand, 1));
    add(date, ken, tza, 3, poisson(rand, 0.2));
    add(date, usa, chn, 1, poisson(rand, 2));
    add(date, usa, chn, 3, poisson(rand, 2));
    add(date, eth, eri, 1, poisson(rand, 0.4));
    add(date, eth, eri, 3, poisson(rand, 0.3));
    if (date >= ONSET) add(date, eth, eri, 4, 3 + poisson(rand, 3), true);
    if (variant.compound !== true) continue;
    if (date >= ONSET) add(date, ethForces, eri, 4, 1 + poisson(rand, 1), true);
    const flare = date >= SUDAN_ONSET && date < addDays(SUDAN_ONSET, SUDAN_DAYS);
    add(date, sudan, rebels, 3, poisson(rand, flare ? 4 : 0.3));
    add(date, sudan[0] as Actor, rebels, 4, poisson(rand, flare ? 3 : 0.2));
    add(date, sudan[0] as Actor, sudan[1] as Actor, 1, poisson(rand, 1));
  }
  return events;
}
