import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { repositories } from '../../db';
import { usePreferences } from '../../state/preferences';
import { showToast } from '../../state/toasts';
import { useEditLock } from '../../state/viewOnly';
import { describeError } from '../../ui/describeError';
import { useT } from '../../ui/useT';
import { saveFlowSetting } from '../analytics';
import { SettingsGroup, SettingsSection } from './SettingsLayout';

/** Settings → Age markers: whether the open product's board marks requirements in progress unusually long. */
export function AgeMarkersSection() {
  const t = useT();
  const productId = usePreferences((s) => s.currentProductId);
  const product = useLiveQuery(
    () => (productId === null ? undefined : repositories.products.getProduct(productId)),
    [productId],
  );
  const lock = useEditLock(productId ?? '');
  // Shown at once, and kept until the live query has it: cleared when the write finished, the box
  // flicked back to the old value for the moment the query took to catch up.
  const [saving, setSaving] = useState<boolean | null>(null);
  const stored = product?.settings.ageMarkers;
  useEffect(() => {
    if (saving !== null && stored === saving) setSaving(null);
  }, [saving, stored]);
  if (!product) return null;
  const save = (ageMarkers: boolean) => {
    setSaving(ageMarkers);
    saveFlowSetting(product, 'ageMarkers', ageMarkers).catch((error: unknown) => {
      setSaving(null);
      showToast({ tone: 'error', message: describeError(error, t) });
    });
  };
  return (
    <SettingsSection heading={t('analytics.ageMarkers.title')}>
      <SettingsGroup legend={t('analytics.ageMarkers.title')} hint={t('analytics.ageMarkers.hint')}>
        <div className="settings-group__controls">
          <label>
            <input
              type="checkbox"
              checked={saving ?? product.settings.ageMarkers}
              onChange={(event) => save(event.target.checked)}
              {...lock}
            />{' '}
            {t('analytics.ageMarkers.label')}
          </label>
        </div>
      </SettingsGroup>
    </SettingsSection>
  );
}
