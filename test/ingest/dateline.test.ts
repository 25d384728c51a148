import { describe, expect, it } from 'vitest';
import { parseDateline, type Dateline } from '../../src/nlp/dateline.js';

type Expected = Omit<Dateline, 'end'> & { body: string };

// [text, expected dateline with the body that follows it]
const RECOGNISED: Array<[string, Expected]> = [
  ['INA–Baghdad\nThe adviser spoke on Thursday.', { place: 'Baghdad', region: null, source: 'INA', date: null, body: 'The adviser spoke on Thursday.' }],
  ['INA-Baghdad\nThe adviser spoke.', { place: 'Baghdad', region: null, source: 'INA', date: null, body: 'The adviser spoke.' }],
  ['INA — Baghdad\n\nThe adviser spoke.', { place: 'Baghdad', region: null, source: 'INA', date: null, body: 'The adviser spoke.' }],
  ['Basra–NWA\nPort workers went on strike.', { place: 'Basra', region: null, source: 'NWA', date: null, body: 'Port workers went on strike.' }],
  ['BAGHDAD, Nov 27 (Reuters) - Iraq said on Friday it would host talks.', { place: 'Baghdad', region: null, source: 'Reuters', date: { month: 11, day: 27 }, body: 'Iraq said on Friday it would host talks.' }],
  ['CAIRO, Nov. 3 (Reuters) - Egypt called for calm.', { place: 'Cairo', region: null, source: 'Reuters', date: { month: 11, day: 3 }, body: 'Egypt called for calm.' }],
  ['WASHINGTON (AP) — The Senate voted late on Tuesday.', { place: 'Washington', region: null, source: 'AP', date: null, body: 'The Senate voted late on Tuesday.' }],
  ['Moscow, 26 November (TASS) Russia and Iraq discussed security cooperation.', { place: 'Moscow', region: null, source: 'TASS', date: { month: 11, day: 26 }, body: 'Russia and Iraq discussed security cooperation.' }],
  ['KYIV, Ukraine — Drones struck a power station overnight.', { place: 'Kyiv', region: 'Ukraine', source: null, date: null, body: 'Drones struck a power station overnight.' }],
  ['UNITED NATIONS (AP) — The Security Council met behind closed doors.', { place: 'United Nations', region: null, source: 'AP', date: null, body: 'The Security Council met behind closed doors.' }],
  ['SAN FRANCISCO - A federal judge blocked the order.', { place: 'San Francisco', region: null, source: null, date: null, body: 'A federal judge blocked the order.' }],
  ['GENEVA — Talks on the ceasefire resumed.', { place: 'Geneva', region: null, source: null, date: null, body: 'Talks on the ceasefire resumed.' }],
  ['WASHINGTON, D.C. (AP) — Lawmakers returned.', { place: 'Washington', region: 'D.C.', source: 'AP', date: null, body: 'Lawmakers returned.' }],
  ['ISLAMABAD/PENTAGON — A cargo plane landed.', { place: 'Islamabad/Pentagon', region: null, source: null, date: null, body: 'A cargo plane landed.' }],
  ['  ADDIS ABABA, Ethiopia — Envoys arrived.', { place: 'Addis Ababa', region: 'Ethiopia', source: null, date: null, body: 'Envoys arrived.' }],
  ['NAIROBI (AP) -- Kenyan police arrested six men.', { place: 'Nairobi', region: null, source: 'AP', date: null, body: 'Kenyan police arrested six men.' }],
  ['LAGOS -- Traders closed their stalls.', { place: 'Lagos', region: null, source: null, date: null, body: 'Traders closed their stalls.' }],
  ['DHAKA: The cabinet approved the budget.', { place: 'Dhaka', region: null, source: null, date: null, body: 'The cabinet approved the budget.' }],
  ['QUETTA (Xinhua) : Gunmen fired on a bus.', { place: 'Quetta', region: null, source: 'Xinhua', date: null, body: 'Gunmen fired on a bus.' }],
  ['The Hague (AFP) — Judges read the verdict.', { place: 'The Hague', region: null, source: 'AFP', date: null, body: 'Judges read the verdict.' }],
];

// Ordinary openings that must not be read as datelines.
const NOT_DATELINES: string[] = [
  'Iraq condemned the attack on Thursday.',
  'The president said - in a televised address - that talks would continue.',
  'Iraq (INA) said the forum was important.',
  'The United Nations (UN) Security Council met on Friday.',
  'NATO allies met on Monday in Brussels.',
  'BREAKING — Parliament dissolved.',
  'I — like many others — was surprised.',
  'U.S. President Donald Trump on Thursday threatened new tariffs.',
  'In Baghdad, Nov 27, officials met.',
  'Al-Araji stressed that cooperation matters.',
  'GENEVA',
  'Note: the figures are provisional.',
  'UPDATE: Polls closed at six.',
  'Kenya -- not Uganda -- hosted the talks.',
  'The minister said -- without evidence -- that the vote was rigged.',
  '',
];

describe('parseDateline', () => {
  it.each(RECOGNISED)('%j', (text, expected) => {
    const found = parseDateline(text);
    expect(found).not.toBeNull();
    const { end, ...rest } = found ?? { end: -1 };
    const { body, ...fields } = expected;
    expect(rest).toEqual(fields);
    expect(text.slice(end)).toBe(body);
  });

  it.each(NOT_DATELINES)('not a dateline: %j', (text) => {
    expect(parseDateline(text)).toBeNull();
  });
});
