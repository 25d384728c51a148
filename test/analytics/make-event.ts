// A small factory of events for the analytics tests.
import type { Actor, Event, Place, Quad, Sector } from '../../src/records.js';

export function actor(key: string): Actor {
  const [base = '', sector] = key.split('/');
  const igo = ['UNO', 'EU', 'NATO', 'AU', 'ARL'].includes(base);
  return {
    text: key,
    name: key,
    country: igo ? null : base,
    igo: igo ? base : null,
    sector: (sector ?? null) as Sector | null,
    entry: `test:${key}`,
  };
}

const GOLDSTEIN: Record<Quad, number> = { 1: 3, 2: 6, 3: -4, 4: -9 };

let counter = 0;

export function makeEvent(o: {
  id?: string;
  docId?: string | null;
  date: string | null;
  source: string[];
  target: string[];
  quad: Quad;
  goldstein?: number;
  location?: Place | null;
}): Event {
  counter++;
  return {
    id: o.id ?? `ev${counter}`,
    docId: o.docId === undefined ? `doc${counter}` : o.docId,
    sentence: 0,
    date: o.date,
    source: o.source.map(actor),
    target: o.target.map(actor),
    cameo: '010',
    plover: o.quad >= 3 ? 'ACCUSE' : 'CONSULT',
    mode: null,
    context: null,
    quad: o.quad,
    goldstein: o.goldstein ?? GOLDSTEIN[o.quad],
    speaker: null,
    location: o.location ?? null,
    evidence: { text: '', spans: { source: [], verb: { start: 0, end: 0 }, target: [], location: null }, rule: 'test' },
    confidence: 1,
  };
}

export function place(o: Partial<Place> & { name: string }): Place {
  return { country: null, admin1: null, lat: null, lon: null, geonamesId: null, precision: 'exact', ...o };
}
