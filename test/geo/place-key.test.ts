import { describe, expect, it } from 'vitest';
import { placeKey } from '../../src/geo/place-key.js';
import { distanceKm } from '../../src/geo/distance-km.js';

describe('placeKey', () => {
  const cases: Array<[string, string]> = [
    ['Moscow', 'moscow'],
    ['São Paulo', 'sao paulo'],
    ['U.S.', 'us'],
    ['Ivano-Frankivsk', 'ivano frankivsk'],
    ["N'Djamena", 'ndjamena'],
    ['St. Louis', 'st louis'],
    ['  New   York ', 'new york'],
    ['Côte d’Ivoire', 'cote divoire'],
    ['Łódź', 'lodz'],
    ['İzmir', 'izmir'],
  ];
  it.each(cases)('%s → %s', (input, expected) => expect(placeKey(input)).toBe(expected));
});

describe('distanceKm', () => {
  const cases: Array<[[number, number, number, number], number]> = [
    [[0, 0, 0, 0], 0],
    [[0, 0, 0, 1], 111.2],
    [[51.5074, -0.1278, 48.8566, 2.3522], 343.6], // London–Paris
    [[0, 179.5, 0, -179.5], 111.2], // across the antimeridian
  ];
  it.each(cases)('%j → %d km', (args, km) => expect(distanceKm(...args)).toBeCloseTo(km, 0));
});
