// Tag colours for the cards: one live query of the product's tags, shared through context
// so a recolour repaints the cards without threading a map through every column.
import { useLiveQuery } from 'dexie-react-hooks';
import { createContext } from 'react';
import { repositories } from '../../db';

export const TagColors = createContext<ReadonlyMap<string, string>>(new Map());

export function useTagColors(productId: string): ReadonlyMap<string, string> {
  return useLiveQuery(async () => new Map((await repositories.products.listTags(productId)).map((tag) => [tag.name, tag.color])), [productId]) ?? EMPTY;
}

const EMPTY: ReadonlyMap<string, string> = new Map();
