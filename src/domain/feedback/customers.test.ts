import { describe, expect, it } from 'vitest';
import { countByRequirement, distinctCustomers } from './customers';

const item = (customer: string, segment = '') => ({ customer, segment });

describe('distinctCustomers', () => {
  it('counts each customer once, whatever the case or surrounding spaces', () => {
    expect(distinctCustomers([item('Acme'), item(' acme '), item('ACME'), item('Globex')])).toBe(2);
  });

  it('falls back to the segment when no customer is named, and ignores items naming neither', () => {
    expect(
      distinctCustomers([
        item('', 'Business travellers'),
        item('', 'business travellers'),
        item('', ''),
        item('  ', ' '),
      ]),
    ).toBe(1);
  });

  it('a customer and a segment of the same name are different people', () => {
    expect(distinctCustomers([item('Students'), item('', 'Students')])).toBe(2);
  });

  it('is zero for no feedback', () => {
    expect(distinctCustomers([])).toBe(0);
  });
});

describe('countByRequirement', () => {
  it('counts live feedback per linked requirement, once per item', () => {
    const counts = countByRequirement([
      { requirementIds: ['a', 'b'], deleted: false },
      { requirementIds: ['a', 'a'], deleted: false },
      { requirementIds: ['a'], deleted: true },
    ]);
    expect(Object.fromEntries(counts)).toEqual({ a: 2, b: 1 });
  });
});
