import { useId } from 'react';
import { setTheme, THEMES, useTheme } from '../../state/theme';
import { useT } from '../../ui/useT';
import { SettingsGroup, SettingsSection } from './SettingsLayout';

/** Settings → Appearance: light, dark, or the system's scheme, kept on this device. */
export function AppearanceSection() {
  const t = useT();
  const name = useId();
  const theme = useTheme((s) => s.theme);
  return (
    <SettingsSection heading={t('settings.appearance.heading')}>
      <SettingsGroup legend={t('settings.theme.legend')} hint={t('settings.theme.hint')}>
        <div className="settings-group__controls">
          {THEMES.map((choice) => (
            <label key={choice} className="settings-choice">
              <input
                type="radio"
                name={name}
                value={choice}
                checked={theme === choice}
                onChange={() => setTheme(choice)}
              />
              {t(`settings.theme.${choice}`)}
            </label>
          ))}
        </div>
      </SettingsGroup>
    </SettingsSection>
  );
}
