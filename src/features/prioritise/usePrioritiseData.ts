import { useLiveQuery } from 'dexie-react-hooks';
import { repositories } from '../../db';
import type { Requirement } from '../../domain/types';

/** The product's active requirements, live; undefined while loading. */
export function usePrioritiseData(productId: string): Requirement[] | undefined {
  return useLiveQuery(() => repositories.requirements.listBoardRequirements(productId), [productId]);
}
