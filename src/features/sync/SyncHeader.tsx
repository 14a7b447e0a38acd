import { JoinSyncDialog } from './JoinSyncDialog';
import { SyncIndicator } from './SyncIndicator';

/** What team sync shows outside Settings: the header's connection state and the join question. */
export function SyncHeader() {
  return (
    <>
      <SyncIndicator />
      <JoinSyncDialog />
    </>
  );
}
