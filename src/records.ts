// The records that flow through Faultline, and nothing else.
//
//   source ─► Document ─► Sentence ─► Mention ─► Event ─► Store
//
// The JSON of an Event is the contract between the coder, the store, the API,
// the exports and the tests: field names here are documented in the README and
// must stay stable. Every record is plain data (JSON-serialisable).

/** PLOVER event types (PLOVER manual, chapter 3). */
export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

/**
 * PLOVER sector codes (PLOVER manual, table 5.2). Note that PLOVER, unlike
 * CAMEO, uses JRN for journalists and media and MED for health.
 */
export const SECTORS = [
  'GOV', 'MIL', 'COP', 'JUD', 'LEG', 'PRM', 'PTY', 'REB', 'SPY', 'UAF', 'UNK',
  'AGR', 'BUS', 'CRM', 'CVL', 'EDU', 'ELI', 'JRN', 'LAB', 'MED', 'REF', 'OPP',
  'PRE', 'REL', 'SOC', 'IGO',
] as const;
export type Sector = (typeof SECTORS)[number];

/**
 * CAMEO quad classes: 1 verbal cooperation, 2 material cooperation,
 * 3 verbal conflict, 4 material conflict (CAMEO roots 01–05, 06–08, 09–13, 14–20).
 */
export type Quad = 1 | 2 | 3 | 4;

/** A half-open character range [start, end) into some text named by context. */
export interface Span {
  start: number;
  end: number;
}

export interface Document {
  /** Hash of the normalised text: the same report always has the same id. */
  id: string;
  /** Agency or feed name, e.g. "INA", "VOA". */
  source: string | null;
  url: string | null;
  title: string | null;
  /** ISO date (YYYY-MM-DD) or date-time of publication. */
  publishedAt: string | null;
  /** Place named in the dateline ("Baghdad" for "INA–Baghdad"). */
  dateline: string | null;
  /** BCP 47 language tag; "en" for now. */
  language: string;
  text: string;
}

/** A sentence of a document, with its offsets into Document.text. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface Actor {
  /** The text that named the actor, as written ("Iraqi Prime Minister Mohammed Shia al-Sudani"). */
  text: string;
  /** Resolved canonical name ("Iraq", "United Nations", "Mohammed Shia al-Sudani"). */
  name: string;
  /** ISO 3166-1 alpha-3 country code, or null for IGOs and unknown actors. */
  country: string | null;
  /** International organisation code (UNO, EU, NATO, AU, ARL, …), or null. */
  igo: string | null;
  /** PLOVER sector, or null when only the country is known. */
  sector: Sector | null;
  /** Office held by a person ("National Security Advisor"). */
  role?: string;
  /** Person name when the actor is an individual ("Qassem Al-Araji"). */
  person?: string;
  /** Id of the dictionary entry (or rule) that resolved this actor. */
  entry: string;
}

export type PlacePrecision = 'exact' | 'division' | 'country';

export interface Place {
  name: string;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  geonamesId: number | null;
  precision: PlacePrecision;
}

export interface EvidenceSpans {
  /** Spans of the source actor mentions, relative to evidence.text. */
  source: Span[];
  /** Span of the verb phrase that triggered the event. */
  verb: Span;
  /** Spans of the target actor mentions. */
  target: Span[];
  /** Span of the place where the event happened, when found in the sentence. */
  location: Span | null;
}

export interface Evidence {
  /** The sentence the event was coded from. */
  text: string;
  spans: EvidenceSpans;
  /** Id of the rule or dictionary entry that fired (e.g. "verb:condemn#111"). */
  rule: string;
}

export interface Event {
  id: string;
  /** Document id, or null for text coded without a document (`faultline code`). */
  docId: string | null;
  /** Index of the sentence in its document. */
  sentence: number;
  /** Date of the event (YYYY-MM-DD), resolved against the publication date. */
  date: string | null;
  source: Actor[];
  target: Actor[];
  /** CAMEO event code as a string: "111" is not "11". */
  cameo: string;
  plover: PloverType;
  mode: string | null;
  context: string | null;
  quad: Quad;
  /** Goldstein intensity, −10 … +10. */
  goldstein: number;
  /** The speaker, for events coded from reported speech. */
  speaker: Actor | null;
  location: Place | null;
  evidence: Evidence;
  /** 0 … 1. */
  confidence: number;
}
