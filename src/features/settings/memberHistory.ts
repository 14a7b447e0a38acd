// Undo/redo entries for Settings → Members: add, rename, change role, remove, restore.
import '../../i18n/historyMessages';
import '../../i18n/workloadMessages';
import { memberWrites, type MemberPatch } from '../../db/membersAccess';
import type { Member, MemberRole } from '../../domain/types';
import type { Translate } from '../../i18n/translate';
import { recordChange } from '../../state/history';
import { guardedEntry } from '../../state/guardedEntry';

type Shown = Required<MemberPatch>;
const shown = (m: Member): Shown => ({ name: m.name, role: m.role, deleted: m.deleted });

/** Adds a member; undo removes them again (soft, so redo brings the same member back). */
export async function addMemberRecorded(productId: string, name: string, role: MemberRole): Promise<Member> {
  const member = await memberWrites.createMember(productId, name, role);
  recordChange(
    guardedEntry<boolean>({
      describe: (t) => t('history.memberAdd', { name: member.name }),
      id: member.id,
      version: member.version,
      before: true,
      after: false,
      write: async (deleted, ifVersion) =>
        (await memberWrites.editMember(member.id, { deleted }, { ifVersion })).version,
      productId,
    }),
  );
  return member;
}

/** Renames, changes the role of, removes or restores a member: one undo entry. */
export async function editMemberRecorded(member: Member, patch: MemberPatch): Promise<Member> {
  const saved = await memberWrites.editMember(member.id, patch);
  if (saved.version === member.version) return saved;
  recordChange(
    guardedEntry<Shown>({
      describe: describeEdit(member, saved),
      id: member.id,
      version: saved.version,
      before: shown(member),
      after: shown(saved),
      write: async (values, ifVersion) => (await memberWrites.editMember(member.id, values, { ifVersion })).version,
      productId: member.productId,
    }),
  );
  return saved;
}

function describeEdit(before: Member, after: Member): (t: Translate) => string {
  const name = after.name;
  if (before.deleted !== after.deleted)
    return (t) => t(after.deleted ? 'history.memberRemove' : 'history.memberRestore', { name });
  if (before.name !== after.name) return (t) => t('history.memberRename', { from: before.name, name });
  return (t) => t('history.memberRole', { name, role: t(`workload.role.${after.role}`) });
}
