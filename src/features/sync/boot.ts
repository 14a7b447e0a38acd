// Imported by main.tsx once the board has painted and the browser is idle. Where
// no sync is set up and no share link is being opened, this check is all that loads.
import { hasSyncTargets } from '../../sync/config';
import { SHARE_LINK_HASH } from './pendingLink';

const openingLink = () => location.hash.startsWith(SHARE_LINK_HASH);
const mount = () => void import('./mountSync').then((m) => m.mountSync());

if (hasSyncTargets() || openingLink()) mount();
// A link pasted into a tab that is already open changes only the hash, with no reload.
window.addEventListener('hashchange', () => {
  if (openingLink()) mount();
});
