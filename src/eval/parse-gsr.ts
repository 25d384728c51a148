// Reader of the PLOVER gold-standard records (plover-gsr.json): a JSON array of
// records with the sentence, its PLOVER event and the source/target actors
// (CAMEO-style country code and sector). The DOCUMENT record is skipped.
//
// Older PLOVER names are mapped to current ones (DISAPPROVE → ACCUSE,
// FIGHT → ASSAULT, INVESTIGATE → ACCUSE, DEMAND → REQUEST); CONCEDE and RETREAT
// stay as they are.
//
// Actors marked SRC/TAR in the record's markup take part in a symmetric event
// ("Bosnia and Slovenia agreed to a ceasefire"): the record lists them all as
// sources, and the item is flagged `symmetric`.

import { z } from 'zod';
import { PLOVER_TYPES, SECTORS, type PloverType, type Sector } from '../records.js';
import { countryOfCameoCode } from './country-of-cameo-code.js';
import { lineAt, stripBom, type ParseProblem, type Parsed } from './parse-problem.js';

export interface GsrActor {
  /** The actor as written in the record (trimmed). */
  text: string;
  /** The record's code as written ("JAP", "IGO", "USA"). */
  code: string;
  /** ISO 3166-1 alpha-3 country, or null (IGO, NGO, …). */
  country: string | null;
  /** True when the code is IGO. */
  igo: boolean;
  /** PLOVER sector from the first three letters of the record's sector, or null. */
  sector: Sector | null;
  /** The record's sector as written ("GOV", "CVLalb", "***"), or null. */
  sectorCode: string | null;
}

export interface GsrItem {
  /** 1-based line where the record starts. */
  line: number;
  id: string;
  text: string;
  /** The event name in the file ("DISAPPROVE"). */
  event: string;
  /** PLOVER type after mapping older names ("ACCUSE"). */
  type: PloverType;
  source: GsrActor[];
  target: GsrActor[];
  /**
   * True when the record marks its actors SRC/TAR (a symmetric event: "A and B
   * agreed"); all of them are then in `source`, and `target` is normally empty.
   */
  symmetric: boolean;
}

/** Older PLOVER event names and their current types. */
export const GSR_OLD_EVENT_NAMES: Readonly<Record<string, PloverType>> = {
  DISAPPROVE: 'ACCUSE',
  FIGHT: 'ASSAULT',
  INVESTIGATE: 'ACCUSE',
  DEMAND: 'REQUEST',
};

/** Sector spellings of the file that are not PLOVER's (CAMEO CIV; MOS, a Muslim religious actor). */
const SECTOR_ALIASES: Readonly<Record<string, Sector>> = { CIV: 'CVL', MOS: 'REL' };

const RecordSchema = z.object({
  id: z.string().optional(),
  event: z.string(),
  text: z.string().optional(),
  source: z.union([z.array(z.unknown()), z.string(), z.null()]).optional(),
  target: z.union([z.array(z.unknown()), z.string(), z.null()]).optional(),
  textInfo: z.union([z.object({ markup: z.string().optional() }), z.string(), z.null()]).optional(),
});

const ActorSchema = z.object({
  actorText: z.string(),
  code: z.string(),
  sector: z.string().nullish(),
});

/** PLOVER type of a GSR event name, or null. */
export function gsrEventType(event: string): PloverType | null {
  return PLOVER_TYPES.find((t) => t === event) ?? GSR_OLD_EVENT_NAMES[event] ?? null;
}

/** PLOVER sector of a GSR sector code ("CVLalb" → CVL, "***" → null). */
export function gsrSector(code: string | null | undefined): Sector | null {
  if (code === null || code === undefined) return null;
  const head = code.trim().slice(0, 3).toUpperCase();
  return SECTORS.find((s) => s === head) ?? SECTOR_ALIASES[head] ?? null;
}

/** The inline markup of a record ("(SRC: Israel) (EVT: fired) …"); some records give it as a bare string. */
function markupOf(textInfo: { markup?: string | undefined } | string | null | undefined): string {
  if (typeof textInfo === 'string') return textInfo;
  return textInfo?.markup ?? '';
}

/** Offsets where the elements of a top-level JSON array start. */
function elementOffsets(json: string): number[] {
  const offsets: number[] = [];
  let depth = 0;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charAt(i);
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (expectElement && depth === 1 && c !== ']' && !/\s/.test(c)) {
      offsets.push(i);
      expectElement = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth === 1) expectElement = true;
    } else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expectElement = true;
  }
  return offsets;
}

export function parseGsr(text: string, file: string): Parsed<GsrItem> {
  const items: GsrItem[] = [];
  const problems: ParseProblem[] = [];
  const json = stripBom(text);
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    problems.push({ file, line: 1, message: `not JSON: ${e instanceof Error ? e.message : String(e)}` });
    return { items, problems };
  }
  if (!Array.isArray(data)) {
    problems.push({ file, line: 1, message: 'expected a JSON array of records' });
    return { items, problems };
  }
  const offsets = elementOffsets(json);
  const records: unknown[] = data;
  records.forEach((value, i) => {
    const offset = offsets.length === records.length ? offsets[i] : undefined;
    const line = offset === undefined ? 0 : lineAt(json, offset);
    const problem = (message: string): void => {
      problems.push({ file, line, message: `record ${i + 1}: ${message}` });
    };
    const parsed = RecordSchema.safeParse(value);
    if (!parsed.success) {
      problem(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
      return;
    }
    const record = parsed.data;
    if (record.event === 'DOCUMENT') return;
    const type = gsrEventType(record.event);
    if (type === null) {
      problem(`event "${record.event}" is not a PLOVER type`);
      return;
    }
    if (record.text === undefined || record.text.trim() === '') {
      problem('no text');
      return;
    }
    const actors = (side: 'source' | 'target'): GsrActor[] => {
      const v = record[side];
      if (v === undefined || v === null || v === '') return [];
      if (typeof v === 'string') {
        problem(`${side} is the string "${v}", not a list of actors`);
        return [];
      }
      const out: GsrActor[] = [];
      v.forEach((a, j) => {
        const actor = ActorSchema.safeParse(a);
        if (!actor.success) {
          problem(`${side}[${j}] is not an actor {actorText, code, sector?}`);
          return;
        }
        const { country, igo } = countryOfCameoCode(actor.data.code);
        out.push({
          text: actor.data.actorText.trim(),
          code: actor.data.code,
          country,
          igo,
          sector: gsrSector(actor.data.sector),
          sectorCode: actor.data.sector ?? null,
        });
      });
      return out;
    };
    items.push({
      line,
      id: record.id ?? `record ${i + 1}`,
      text: record.text,
      event: record.event,
      type,
      source: actors('source'),
      target: actors('target'),
      symmetric: markupOf(record.textInfo).includes('SRC/TAR'),
    });
  });
  return { items, problems };
}
