import { useId, useState } from 'react';
import { sharePresenceAgain } from '../../sync/presence';
import { loadPresenceName, storePresenceName } from '../../sync/presenceName';
import { useT } from '../../ui/useT';

/** "Your name", shown to the others in a synced product; kept on this device only. */
export function PresenceNameField() {
  const t = useT();
  const id = useId();
  const [name, setName] = useState(loadPresenceName);
  return (
    <div className="sync-settings__field">
      <label htmlFor={id}>{t('sync.settings.name')}</label>
      <input
        id={id}
        type="text"
        autoComplete="name"
        maxLength={80}
        aria-describedby={`${id}-hint`}
        value={name}
        onChange={(event) => setName(event.target.value)}
        onBlur={() => {
          storePresenceName(name);
          sharePresenceAgain();
        }}
      />
      <p id={`${id}-hint`} className="settings-group__hint">
        {t('sync.settings.nameHint')}
      </p>
    </div>
  );
}
