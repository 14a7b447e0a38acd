// Team sync's header state lives in its own React root inside the header's
// `#sync-status` slot, so the app shell carries none of its code at start-up.
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { resumeSync } from '../../sync/session';
import { takeLinkFromAddress } from './pendingLink';
import { SyncHeader } from './SyncHeader';
import { guardViewOnlyWrites } from './viewOnlyGuard';

let root: Root | null = null;

/** Connects the products set up on this device and shows their state; safe to call again. */
export function mountSync(): void {
  takeLinkFromAddress();
  guardViewOnlyWrites();
  resumeSync();
  const slot = document.getElementById('sync-status');
  if (root || !slot) return;
  root = createRoot(slot);
  root.render(
    <StrictMode>
      <SyncHeader />
    </StrictMode>,
  );
}
