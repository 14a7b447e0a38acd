// The evidence capability: the feedback inbox and the competitor matrix (both load on demand).
// No ErrorBoundary wrapper here: importing it from this lazy chunk made the bundler split
// React's JSX runtime out of the start-up entry into a chunk of its own (+0.4 kB gzip).
import '../../i18n/evidenceMessages';
export { CompetitorMatrix } from './CompetitorMatrix';
export { FeedbackInbox } from './FeedbackInbox';
export { RequirementPicker } from './RequirementPicker';
export { feedbackLinkEntry } from './feedbackHistory';
