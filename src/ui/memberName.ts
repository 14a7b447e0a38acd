import type { Member } from '../domain/types';
import type { Translate } from '../i18n/translate';

/** A member's name as shown anywhere: a removed member reads "Ana (removed)". */
export function memberName(member: Pick<Member, 'name' | 'deleted'>, t: Translate): string {
  return member.deleted ? t('member.removedName', { name: member.name }) : member.name;
}

/** The shown name of the member `id` names among `members`, or null when none of them is. */
export function memberNameOf(
  members: readonly Pick<Member, 'id' | 'name' | 'deleted'>[],
  id: string | null,
  t: Translate,
): string | null {
  const member = id === null ? undefined : members.find((m) => m.id === id);
  return member ? memberName(member, t) : null;
}
