import { describe, expect, it } from 'vitest';
import { describeAlertRule, parseAlertRule } from '../../src/alerts/alert-rule.js';
import type { AlertRule } from '../../src/alerts/alert-rule.js';

describe('parseAlertRule', () => {
  const valid: [string, AlertRule][] = [
    ['{"kind":"tension","dyad":"IRQ-IRN","above":60}', { kind: 'tension', dyad: 'IRQ-IRN', above: 60 }],
    ['tension IRQ-IRN above 60', { kind: 'tension', dyad: 'IRQ-IRN', above: 60 }],
    ['tension irq above 50 window 7', { kind: 'tension', country: 'IRQ', above: 50, window: 7 }],
    ['{"kind":"escalation","countries":["IRQ","SYR"]}', { kind: 'escalation', countries: ['IRQ', 'SYR'] }],
    ['escalation IRQ,SYR confidence 0.8', { kind: 'escalation', countries: ['IRQ', 'SYR'], minConfidence: 0.8 }],
    ['escalation', { kind: 'escalation' }],
    [
      '{"kind":"events","plover":"ASSAULT","near":{"lat":33.31,"lon":44.36,"km":100}}',
      { kind: 'events', plover: 'ASSAULT', near: { lat: 33.31, lon: 44.36, km: 100 } },
    ],
    ['events ASSAULT near 33.31,44.36 100km', { kind: 'events', plover: 'ASSAULT', near: { lat: 33.31, lon: 44.36, km: 100 } }],
    ['events assault country sdn days 3', { kind: 'events', plover: 'ASSAULT', country: 'SDN', days: 3 }],
    ['events quad 4', { kind: 'events', quad: 4 }],
  ];
  it.each(valid)('%s', (input, expected) => {
    expect(parseAlertRule(input)).toEqual({ ok: true, rule: expected });
  });

  const invalid: [string, RegExp][] = [
    ['{"kind":"tension","dyad":"IRQ-IRN"}', /above/],
    ['{"kind":"tension","dyad":"IRQ-IRN","country":"IRQ","above":5}', /either/],
    ['{"kind":"tension","dyad":"IRQ-IRN","above":150}', /above/],
    ['tension IRQ-IRN above 60 window 14', /window/],
    ['tension IRQ-IRN beyond 60', /unknown word/],
    ['{"kind":"escalation","countries":["iraq"]}', /countries/],
    ['events CONDEMN', /plover/],
    ['events ASSAULT near 33.3 100km', /near/],
    ['{"kind":"events","colour":"red"}', /colour|Unrecognized/i],
    ['{"kind":"weather"}', /kind|discriminator|Invalid/i],
    ['{not json', /invalid JSON/],
    ['watch IRQ', /starts with/],
  ];
  it.each(invalid)('rejects %s', (input, problem) => {
    const r = parseAlertRule(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.join('; ')).toMatch(problem);
  });

  it('round-trips every valid rule through its one-line form', () => {
    for (const [, rule] of valid) expect(parseAlertRule(describeAlertRule(rule))).toEqual({ ok: true, rule });
  });

  it('takes an object as well as text', () => {
    expect(parseAlertRule({ kind: 'escalation', countries: ['SDN'] })).toEqual({ ok: true, rule: { kind: 'escalation', countries: ['SDN'] } });
  });
});
