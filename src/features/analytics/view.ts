// The view's entry for React.lazy: a default export keeps the start-up bundle's
// registration of this view to one import (the budget had no bytes to spare).
export { Analytics as default } from './index';
