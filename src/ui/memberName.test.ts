import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/translate';
import { memberNameOf } from './memberName';

const en = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate('en', key, params);

describe('memberNameOf', () => {
  const members = [
    { id: 'ana', name: 'Ana', deleted: false },
    { id: 'bo', name: 'Bo', deleted: true },
  ];

  it('names a current member as is and a removed one "(removed)"', () => {
    expect(memberNameOf(members, 'ana', en)).toBe('Ana');
    expect(memberNameOf(members, 'bo', en)).toBe('Bo (removed)');
  });

  it('has no name for nobody or for someone not among the members', () => {
    expect(memberNameOf(members, null, en)).toBeNull();
    expect(memberNameOf(members, 'cy', en)).toBeNull();
  });
});
