export { useActiveRequirements } from './useActiveRequirements';
export { useWatchedBoardRows } from './useWatchedBoardRows';
