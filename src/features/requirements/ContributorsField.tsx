import '../../i18n/workloadMessages';
import { useId, useState } from 'react';
import type { Contributor, Member, MemberRole } from '../../domain/types';
import { MemberOptions } from '../../ui/MemberOptions';
import { memberNameOf } from '../../ui/memberName';
import { RoleOptions } from '../../ui/RoleOptions';
import { useT } from '../../ui/useT';
import './workspace.css';

interface Props {
  contributors: Contributor[];
  /** Removed members too: they are named "(removed)" where they still hold a role, and not offered. */
  members: Member[];
  onChange: (contributors: Contributor[]) => void;
}

/** People on the requirement besides its owner, each in a role; a person may hold more than one role. */
export function ContributorsField({ contributors, members, onChange }: Props) {
  const t = useT();
  const id = useId();
  const [memberId, setMemberId] = useState('');
  const [role, setRole] = useState<MemberRole | ''>('');
  const nameOf = (mid: string) => memberNameOf(members, mid, t) ?? '?';
  const chosen = members.find((m) => m.id === memberId && !m.deleted);
  // The role defaults to the member's own until one is picked.
  const roleToAdd = role || chosen?.role || '';
  const duplicate = contributors.some((c) => c.memberId === memberId && c.role === roleToAdd);

  const add = () => {
    if (!chosen || roleToAdd === '' || duplicate) return;
    onChange([...contributors, { memberId: chosen.id, role: roleToAdd }]);
    setMemberId('');
    setRole('');
  };

  return (
    <section className="detail__group" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="field__label">
        {t('contributors.title')}
      </h3>
      {contributors.length === 0 ? (
        <p className="field__hint">{t('contributors.none')}</p>
      ) : (
        <ul className="detail__link-list">
          {contributors.map((c, index) => {
            const roleName = t(`workload.role.${c.role}`);
            return (
              <li key={`${c.memberId}-${c.role}`} className="detail__link">
                <span>{t('contributors.entry', { name: nameOf(c.memberId), role: roleName })}</span>
                <button
                  type="button"
                  className="button button--icon"
                  aria-label={t('contributors.remove', { name: nameOf(c.memberId), role: roleName })}
                  onClick={() => onChange(contributors.filter((_, i) => i !== index))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="detail__link-add">
        <div className="field">
          <label htmlFor={`${id}-member`}>{t('contributors.member')}</label>
          <select id={`${id}-member`} value={memberId} onChange={(e) => setMemberId(e.target.value)}>
            <option value="">—</option>
            <MemberOptions members={members} />
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>{t('contributors.role')}</label>
          <select id={`${id}-role`} value={roleToAdd} onChange={(e) => setRole(e.target.value as MemberRole)}>
            <option value="">—</option>
            <RoleOptions />
          </select>
        </div>
        <button type="button" className="button" disabled={!chosen || roleToAdd === '' || duplicate} onClick={add}>
          {t('contributors.add')}
        </button>
      </div>
    </section>
  );
}
