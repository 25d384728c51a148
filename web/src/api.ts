// The dashboard's view of the API (/api/v1): one typed function per route.
// Record types come from the server's own modules (type-only imports).

import type { Document, Event } from '../../src/records.js';
import type { DyadDay, Hotspot } from '../../src/analytics/types.js';
import type { NetworkEdge, NetworkNode, BridgingActor } from '../../src/analytics/network.js';
import type { Tension } from '../../src/analytics/tension.js';
import type { EscalationSeries } from '../../src/server/escalation-series.js';

export type { Document, Event, DyadDay, Hotspot, NetworkEdge, NetworkNode, Tension, EscalationSeries };

export interface Status {
  version: string;
  documents: number;
  events: number;
  latestEventDate: string | null;
  byPlover: Record<string, number>;
}

export interface EventPage {
  events: Event[];
  next: string | null;
}

export interface EventDetail {
  event: Event;
  explanation: string;
  document: { id: string; title: string | null; source: string | null; url: string | null; publishedAt: string | null } | null;
}

export type AnnotationKind = 'source' | 'verb' | 'target' | 'location' | 'actor' | 'place';

export interface Annotation {
  start: number;
  end: number;
  kind: AnnotationKind;
  eventId: string | null;
  sentence: number;
  label: string;
}

export interface DocumentDetail {
  document: Document;
  sentences: Array<{ index: number; start: number; end: number }>;
  events: Event[];
  annotations: Annotation[];
  mentions: 'recomputed' | 'unavailable';
}

export interface Submitted {
  inserted: boolean;
  document: Omit<Document, 'text'>;
  events: Event[];
}

export interface TensionResults {
  asOf: string | null;
  windowDays: number;
  results: Tension[];
}

export interface Hotspots {
  asOf: string | null;
  windowDays: number;
  hotspots: Hotspot[];
}

export interface Network {
  asOf: string | null;
  windowDays: number;
  from: string | null;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  bridging: BridgingActor[];
}

export interface PlaceCount {
  name: string;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  precision: string;
  events: number;
  documents: number;
  firstDate: string | null;
  lastDate: string | null;
}

export interface AlertList {
  rules: Array<{ id: number; name: string; description: string; webhook: string | null; createdAt: string }>;
  alerts: Array<{
    id: number;
    ruleId: number;
    rule: string;
    dedupeKey: string;
    finding: unknown;
    firedAt: string;
    deliveries: Array<{ channel: string; status: 'sent' | 'failed'; attempts: number; error: string | null; at: string }>;
  }>;
}

/** An error answered by the API, with its code. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Query = Record<string, string | number | boolean | null | undefined>;

export function apiPath(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return `/api/v1${path}${qs === '' ? '' : `?${qs}`}`;
}

async function parse<T>(res: Response): Promise<T> {
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiFailure(res.status, error?.code ?? 'http', error?.message ?? `HTTP ${res.status}`);
  }
  return body as T;
}

async function get<T>(path: string, query: Query = {}): Promise<T> {
  return parse<T>(await fetch(apiPath(path, query), { headers: { accept: 'application/json' } }));
}

export const api = {
  status: () => get<Status>('/status'),
  events: (q: Query) => get<EventPage>('/events', q),
  event: (id: string) => get<EventDetail>(`/events/${encodeURIComponent(id)}`),
  document: (id: string) => get<DocumentDetail>(`/documents/${encodeURIComponent(id)}`),
  tension: (q: Query) => get<TensionResults>('/tension', q),
  series: (q: Query) => get<EscalationSeries | null>('/series', q),
  hotspots: (q: Query) => get<Hotspots>('/hotspots', q),
  network: (q: Query) => get<Network>('/network', q),
  places: (q: Query) => get<{ places: PlaceCount[] }>('/places', q),
  alerts: () => get<AlertList>('/alerts'),
  async submit(report: { text: string; title?: string; source?: string; publishedAt?: string }): Promise<Submitted> {
    const res = await fetch(apiPath('/documents'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(report),
    });
    return parse<Submitted>(res);
  },
};
