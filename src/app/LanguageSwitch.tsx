import { useId } from 'react';
import { LOCALE_NAMES, LOCALES, isLocale } from '../i18n/translate';
import { setLocale } from '../state/preferences';
import { useLocale, useT } from '../ui/useT';

export function LanguageSwitch() {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  return (
    <span className="language-switch">
      <label htmlFor={id} className="visually-hidden">
        {t('locale.label')}
      </label>
      <select
        id={id}
        value={locale}
        onChange={(event) => {
          if (isLocale(event.target.value)) void setLocale(event.target.value);
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </span>
  );
}
