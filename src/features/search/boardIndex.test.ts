import { describe, expect, it } from 'vitest';
import { makeRequirement } from '../../domain/roadmap/testing';
import type { Member, Requirement } from '../../domain/types';
import { boardSearchIndex, warmBoardIndex } from './boardIndex';

const members = new Map<string, Member>();
const byId = (rows: Requirement[]) => new Map(rows.map((r) => [r.id, r]));

describe('boardSearchIndex', () => {
  it('keeps the pages warmed during a load when a search comes before the load ends, then follows the whole board', () => {
    const firstScreen = [makeRequirement({ id: 'a', title: 'Checkout redesign' })];
    const page = [
      makeRequirement({ id: 'b', title: 'Check-in kiosk' }),
      makeRequirement({ id: 'c', title: 'Loyalty wallet' }),
    ];
    warmBoardIndex(page, members);

    // Typed while only the first screen is on the board: it is folded, and the warmed page is kept.
    const during = boardSearchIndex(byId(firstScreen), members, true, false);
    expect(during?.get('a')).toContain('checkout');
    expect(during?.get('b')).toContain('check-in');
    // Not searching while loading: no index, nothing folded or dropped.
    expect(boardSearchIndex(byId(firstScreen), members, false, false)).toBeNull();

    // Loaded: exactly the board's rows, the ones gone dropped.
    const all = [...firstScreen, page[0] as Requirement];
    const after = boardSearchIndex(byId(all), members, true, true);
    expect([...(after?.keys() ?? [])].sort()).toEqual(['a', 'b']);
  });
});
