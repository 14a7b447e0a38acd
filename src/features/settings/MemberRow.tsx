import { useId, useState, type KeyboardEvent } from 'react';
import type { Member, MemberRole } from '../../domain/types';
import { trackSave } from '../../state/saveStatus';
import { RoleOptions } from '../../ui/RoleOptions';
import { useT } from '../../ui/useT';
import { editMemberRecorded } from './memberHistory';
import { describeMemberError } from './memberErrors';
import { useFieldDraft } from './useFieldDraft';

/** One member in Settings → Members: name (saved on Enter or leaving the field), role, remove or restore. */
export function MemberRow({ member }: { member: Member }) {
  const t = useT();
  const errorId = useId();
  const [error, setError] = useState<string | null>(null);
  const nameDraft = useFieldDraft(member.name, `${member.version}|${member.name}`);
  const removed = member.deleted;

  const write = (patch: Parameters<typeof editMemberRecorded>[1], onFailed?: () => void) => {
    setError(null);
    trackSave(editMemberRecorded(member, patch)).catch((e: unknown) => {
      setError(describeMemberError(e, t));
      onFailed?.();
    });
  };

  const commitName = () => {
    const value = nameDraft.draft.trim();
    if (value === nameDraft.base) return nameDraft.revert();
    // An empty or taken name is refused by the write with its reason; the field keeps what was typed.
    write({ name: value });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commitName();
    } else if (event.key === 'Escape' && nameDraft.draft !== nameDraft.base) {
      // Escape drops the typing; only a second Escape closes Settings (preventDefault keeps the
      // native dialog from taking the key as its cancel).
      event.preventDefault();
      event.stopPropagation();
      nameDraft.revert();
      setError(null);
    }
  };

  return (
    <li className={removed ? 'member-row member-row--removed' : 'member-row'}>
      <input
        type="text"
        className="member-row__name"
        aria-label={t('members.nameOf', { name: member.name })}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        value={nameDraft.draft}
        maxLength={100}
        readOnly={removed}
        onChange={(event) => nameDraft.edit(event.target.value)}
        onBlur={commitName}
        onKeyDown={onKeyDown}
      />
      <select
        aria-label={t('members.roleOf', { name: member.name })}
        value={member.role}
        disabled={removed}
        onChange={(event) => write({ role: event.target.value as MemberRole })}
      >
        <RoleOptions />
      </select>
      <button type="button" className="button" onClick={() => write({ deleted: !removed })}>
        {t(removed ? 'members.restore' : 'members.remove', { name: member.name })}
      </button>
      {error && (
        <p id={errorId} className="member-row__error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
