import '../../i18n/workloadMessages';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { repositories } from '../../db';
import { meIn, setMe } from '../../state/me';
import { usePreferences } from '../../state/preferences';
import { MemberOptions } from '../../ui/MemberOptions';
import { useT } from '../../ui/useT';
import { SettingsGroup, SettingsSection } from './SettingsLayout';

/** Settings → My work: which member of the open product is "me" on this device. */
export function MeSection() {
  const productId = usePreferences((s) => s.currentProductId);
  if (productId === null) return null;
  return <MeChoice key={productId} productId={productId} />;
}

function MeChoice({ productId }: { productId: string }) {
  const t = useT();
  const id = useId();
  const members = useLiveQuery(() => repositories.products.listMembers(productId), [productId]) ?? [];
  const [me, setChoice] = useState(() => meIn(productId));
  return (
    <SettingsSection heading={t('me.title')}>
      <SettingsGroup legend={t('me.title')} hint={t('me.hint')}>
        <div className="field">
          <label htmlFor={id}>{t('me.label')}</label>
          <select
            id={id}
            value={me ?? ''}
            onChange={(e) => {
              const memberId = e.target.value || null;
              setMe(productId, memberId);
              setChoice(memberId);
            }}
          >
            <option value="">{t('me.nobody')}</option>
            <MemberOptions members={members} />
          </select>
        </div>
      </SettingsGroup>
    </SettingsSection>
  );
}
