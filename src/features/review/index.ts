// The review loop (issue 17): the Review queue view, loaded on demand.
export { ReviewQueue } from './ReviewQueue';
export { ReviewSection } from './ReviewSection';
export { InitiativeVerdicts } from './InitiativeVerdicts';
