import { setSettingsOpen, useBoardUi } from '../../state/boardUi';
import { Dialog } from '../../ui/Dialog';
import { useT } from '../../ui/useT';
import { DataSection } from './DataSection';
import './settings.css';

function close() {
  setSettingsOpen(false);
}

/** App-wide settings, one section per topic (Data for now). */
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
      <DataSection />
    </Dialog>
  );
}
