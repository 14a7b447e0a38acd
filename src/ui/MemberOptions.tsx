import type { Member } from '../domain/types';

/** A select's options for the product's members, by name (the value is the member's id). */
export function MemberOptions({ members }: { members: readonly Member[] }) {
  return members.map((m) => (
    <option key={m.id} value={m.id}>
      {m.name}
    </option>
  ));
}
