// Imported by main.tsx once the board has painted and the browser is idle. Where
// no sync is set up and no share link is being opened, this check is all that loads.
import { hasSyncTargets } from '../../sync/config';
import { SHARE_LINK_HASH } from './pendingLink';

if (hasSyncTargets() || location.hash.startsWith(SHARE_LINK_HASH)) void import('./mountSync').then((m) => m.mountSync());
