import type { Member } from '../domain/types';
import { memberName } from './memberName';
import { useT } from './useT';

/**
 * A select's options for the product's members, by name (the value is the member's id). Removed
 * members are not offered, except `current`, the one already chosen, named "(removed)", so the
 * select still shows who it holds.
 */
export function MemberOptions({ members, current }: { members: readonly Member[]; current?: string | null }) {
  const t = useT();
  return members
    .filter((m) => !m.deleted || m.id === current)
    .map((m) => (
      <option key={m.id} value={m.id}>
        {memberName(m, t)}
      </option>
    ));
}
