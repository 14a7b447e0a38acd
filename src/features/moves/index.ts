export { moveEntry } from './moveEntry';
