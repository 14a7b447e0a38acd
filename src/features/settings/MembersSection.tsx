import '../../i18n/workloadMessages';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { repositories } from '../../db';
import type { MemberRole } from '../../domain/types';
import { usePreferences } from '../../state/preferences';
import { trackSave } from '../../state/saveStatus';
import { RoleOptions } from '../../ui/RoleOptions';
import { useT } from '../../ui/useT';
import { addMemberRecorded } from './memberHistory';
import { describeMemberError } from './memberErrors';
import { MemberRow } from './MemberRow';
import { SettingsGroup, SettingsSection } from './SettingsLayout';
import './members.css';

/** Settings → Members: the open product's people, added, renamed, given a role, removed and restored. */
export function MembersSection() {
  const productId = usePreferences((s) => s.currentProductId);
  if (productId === null) return null;
  return <Members key={productId} productId={productId} />;
}

function Members({ productId }: { productId: string }) {
  const t = useT();
  const members = useLiveQuery(() => repositories.products.listMembersWithRemoved(productId), [productId]);
  const current = members?.filter((m) => !m.deleted) ?? [];
  const removed = members?.filter((m) => m.deleted) ?? [];
  return (
    <SettingsSection heading={t('members.title')}>
      <SettingsGroup legend={t('members.title')} hint={t('members.hint')} testId="members">
        {members && current.length === 0 && <p className="settings-group__hint">{t('members.none')}</p>}
        {current.length > 0 && (
          <ul className="member-list" aria-label={t('members.current')}>
            {current.map((m) => (
              <MemberRow key={m.id} member={m} />
            ))}
          </ul>
        )}
        <AddMember productId={productId} />
        {removed.length > 0 && (
          <ul className="member-list" aria-label={t('members.removed')}>
            {removed.map((m) => (
              <MemberRow key={m.id} member={m} />
            ))}
          </ul>
        )}
      </SettingsGroup>
    </SettingsSection>
  );
}

function AddMember({ productId }: { productId: string }) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState('');
  const [role, setRole] = useState<MemberRole>('engineering');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    trackSave(addMemberRecorded(productId, name, role)).then(
      () => setName(''),
      (e: unknown) => setError(describeMemberError(e, t)),
    );
  };
  return (
    <form className="member-add" onSubmit={submit} aria-label={t('members.add')}>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('members.name')}</label>
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          maxLength={100}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('members.role')}</label>
        <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as MemberRole)}>
          <RoleOptions />
        </select>
      </div>
      <button type="submit" className="button button--primary">
        {t('members.add')}
      </button>
      {error && (
        <p id={`${id}-error`} className="member-row__error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
