import type { Member } from '../domain/types';
import type { Translate } from '../i18n/translate';

/** A member's name as shown anywhere: a removed member reads "Ana (removed)". */
export function memberName(member: Pick<Member, 'name' | 'deleted'>, t: Translate): string {
  return member.deleted ? t('member.removedName', { name: member.name }) : member.name;
}
