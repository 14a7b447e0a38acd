import { useId } from 'react';
import { setTheme, THEMES, useTheme } from '../../state/theme';
import { useT } from '../../ui/useT';

/** Settings → Appearance: light, dark, or the system's scheme, kept on this device. */
export function AppearanceSection() {
  const t = useT();
  const headingId = useId();
  const hintId = useId();
  const name = useId();
  const theme = useTheme((s) => s.theme);
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="settings-section__heading">
        {t('settings.appearance.heading')}
      </h3>
      <fieldset className="settings-group" aria-describedby={hintId}>
        <legend className="settings-group__legend">{t('settings.theme.legend')}</legend>
        <p id={hintId} className="settings-group__hint">
          {t('settings.theme.hint')}
        </p>
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
      </fieldset>
    </section>
  );
}
