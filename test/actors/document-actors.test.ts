import { describe, expect, it } from 'vitest';
import { DocumentActors, personKey } from '../../src/actors/document-actors.js';
import type { Actor } from '../../src/records.js';

function person(name: string, role: string, country: string): Actor {
  return { text: name, name, country, igo: null, sector: 'GOV', role, person: name, entry: 'test' };
}

describe('personKey', () => {
  const cases: Array<[string, string]> = [
    ['Qassem Al-Araji', 'qassem araji'],
    ['al-Araji', 'araji'],
    ['Mohammed Shia al-Sudani', 'mohammed shia sudani'],
    ['Abdallah al-Rufay’i', 'abdallah rufayi'],
    ['José Núñez', 'jose nunez'],
  ];
  for (const [name, key] of cases) it(name, () => expect(personKey(name)).toBe(key));
});

describe('DocumentActors', () => {
  it('finds a person by full name, surname, last two names and first name', () => {
    const memory = new DocumentActors();
    const sudani = person('Mohammed Shia al-Sudani', 'Prime Minister', 'IRQ');
    memory.rememberPerson(sudani);
    const lookups: Array<[string, Actor | null]> = [
      ['Mohammed Shia al-Sudani', sudani],
      ['Sudani', sudani],
      ['al-Sudani', sudani],
      ['AL-SUDANI', sudani],
      ['Shia al-Sudani', sudani],
      ['Mohammed', sudani],
      ['Shia', null],
      ['Lavrov', null],
    ];
    for (const [name, found] of lookups) expect(memory.findPerson(name), name).toBe(found);
  });

  it('does not let a first name take over a surname already known', () => {
    const memory = new DocumentActors();
    const a = person('Sergei Lavrov', 'Foreign Minister', 'RUS');
    const b = person('Lavrov Petrov', 'Ambassador', 'RUS');
    memory.rememberPerson(a);
    memory.rememberPerson(b);
    expect(memory.findPerson('Lavrov')).toBe(a);
    expect(memory.findPerson('Petrov')).toBe(b);
  });

  it('keeps the latest person for pronouns and finds people by role', () => {
    const memory = new DocumentActors();
    expect(memory.lastPerson).toBeNull();
    const a = person('Qassem Al-Araji', 'National Security Advisor', 'IRQ');
    const b = person('Sergei Lavrov', 'Foreign Minister', 'RUS');
    memory.rememberPerson(a);
    memory.rememberPerson(b);
    expect(memory.lastPerson).toBe(b);
    memory.touch(a);
    expect(memory.lastPerson).toBe(a);
    expect(memory.findByRole('national security advisor', null)).toBe(a);
    expect(memory.findByRole('Foreign Minister', 'RUS')).toBe(b);
    expect(memory.findByRole('Foreign Minister', 'IRQ')).toBeNull();
  });

  it('remembers acronyms with how they were named', () => {
    const memory = new DocumentActors();
    const agency: Actor = { text: 'the Iraqi News Agency (INA)', name: 'Iraqi News Agency', country: 'IRQ', igo: null, sector: 'JRN', entry: 'group:ina' };
    memory.rememberAcronym('INA', agency, 'group');
    expect(memory.findAcronym('INA')).toEqual({ actor: agency, kind: 'group' });
    expect(memory.findAcronym('KDF')).toBeNull();
  });
});
