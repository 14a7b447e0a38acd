import '../../i18n/shellMessages';
import { lazy, Suspense } from 'react';
import { setSettingsOpen, useBoardUi } from '../../state/boardUi';
import { Dialog } from '../../ui/Dialog';
import { useT } from '../../ui/useT';
import { DataSection } from './DataSection';
import './settings.css';

// Loaded with the dialog, not in its chunk: team sync's modules are shared with the header's
// sync state, and each chunk the dialog imports statically is listed in the start-up bundle.
const SyncSection = lazy(() => import('../sync').then((m) => ({ default: m.SyncSection })));
// Likewise the theme choice, shared with the command registry. Its load starts with this module,
// so the section is there within a frame of the dialog opening.
const appearance = import('./AppearanceSection');
const AppearanceSection = lazy(() => appearance.then((m) => ({ default: m.AppearanceSection })));
const MeSection = lazy(() => import('./MeSection').then((m) => ({ default: m.MeSection })));
const MembersSection = lazy(() => import('./MembersSection').then((m) => ({ default: m.MembersSection })));
// Brings the analytics feature's settings writes: loaded with the section, not the dialog.
const AgeMarkersSection = lazy(() => import('./AgeMarkersSection').then((m) => ({ default: m.AgeMarkersSection })));

function close() {
  setSettingsOpen(false);
}

/** App-wide settings, one section per topic: Appearance, Members, My work, Age markers, Data, Team sync. */
export function SettingsDialog() {
  const t = useT();
  const open = useBoardUi((s) => s.settingsOpen);
  return (
    <Dialog
      open={open}
      title={t('settings.title')}
      onClose={close}
      className="settings"
      closeLabel={t('dialog.close')}
      footer={
        <button type="button" className="button" onClick={close}>
          {t('settings.close')}
        </button>
      }
    >
      <Suspense fallback={null}>
        <AppearanceSection />
        <MembersSection />
        <MeSection />
      </Suspense>
      <Suspense fallback={null}>
        <AgeMarkersSection />
      </Suspense>
      <DataSection />
      <Suspense fallback={null}>
        <SyncSection />
      </Suspense>
    </Dialog>
  );
}
