import { useLiveQuery } from 'dexie-react-hooks';
import { repositories } from '../../db';
import { usePreferences } from '../../state/preferences';
import { showToast } from '../../state/toasts';
import { useEditLock } from '../../state/viewOnly';
import { describeError } from '../../ui/describeError';
import { useT } from '../../ui/useT';
import { saveFlowSettings } from '../analytics';
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
  if (!product) return null;
  return (
    <SettingsSection heading={t('analytics.ageMarkers.title')}>
      <SettingsGroup legend={t('analytics.ageMarkers.title')} hint={t('analytics.ageMarkers.hint')}>
        <div className="settings-group__controls">
          <label>
            <input
              type="checkbox"
              checked={product.settings.ageMarkers}
              onChange={(event) =>
                void saveFlowSettings(product, { ageMarkers: event.target.checked }).catch((error: unknown) =>
                  showToast({ tone: 'error', message: describeError(error, t) }),
                )
              }
              {...lock}
            />{' '}
            {t('analytics.ageMarkers.label')}
          </label>
        </div>
      </SettingsGroup>
    </SettingsSection>
  );
}
