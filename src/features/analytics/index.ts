// The Analytics view, in two steps: the start-up bundle lists the files of each
// view it can open, and this tiny module is all it lists for this one (the
// start-up budget had no bytes for the charts' chunks); the view loads next.
import { lazy } from 'react';

export default lazy(() => import('./Analytics').then((m) => ({ default: m.Analytics })));
