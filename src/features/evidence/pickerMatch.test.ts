import { describe, expect, it } from 'vitest';
import { matchRequirements } from './pickerMatch';

const rows = [
  { id: '1', title: 'Show available loyalty points at checkout' },
  { id: '2', title: 'Price alerts for saved flights' },
  { id: '3', title: 'Multi-currency checkout' },
  { id: '4', title: '下单页展示可用积分' },
];

describe('matchRequirements', () => {
  it('matches every word in any case, titles starting with the query first', () => {
    expect(matchRequirements(rows, 'CHECKOUT').map((r) => r.id)).toEqual(['1', '3']);
    expect(matchRequirements(rows, 'multi').map((r) => r.id)).toEqual(['3']);
    expect(matchRequirements(rows, 'checkout points').map((r) => r.id)).toEqual(['1']);
  });

  it('finds Chinese titles by any part, and offers nothing for a blank query', () => {
    expect(matchRequirements(rows, '积分').map((r) => r.id)).toEqual(['4']);
    expect(matchRequirements(rows, '   ')).toEqual([]);
  });
});
