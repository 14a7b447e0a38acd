export { useActiveRequirements } from './useActiveRequirements';
