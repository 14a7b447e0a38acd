import { lazy, Suspense } from 'react';
import { setSettingsOpen, useBoardUi } from '../../state/boardUi';
import { Dialog } from '../../ui/Dialog';
import { useT } from '../../ui/useT';
import { AppearanceSection } from './AppearanceSection';
import { DataSection } from './DataSection';
import './settings.css';

// Loaded with the dialog, not in its chunk: team sync's modules are shared with the header's
// sync state, and each chunk the dialog imports statically is listed in the start-up bundle.
const SyncSection = lazy(() => import('../sync').then((m) => ({ default: m.SyncSection })));

function close() {
  setSettingsOpen(false);
}

/** App-wide settings, one section per topic: Appearance, Data, Team sync. */
export function SettingsDialog() {
  const t = useT();
  const open = useBoardUi((s) => s.settingsOpen);
  return (
    <Dialog
      open={open}
      title={t('settings.title')}
      onClose={close}
      className="settings"
      footer={
        <button type="button" className="button" onClick={close}>
          {t('settings.close')}
        </button>
      }
    >
      <AppearanceSection />
      <DataSection />
      <Suspense fallback={null}>
        <SyncSection />
      </Suspense>
    </Dialog>
  );
}
