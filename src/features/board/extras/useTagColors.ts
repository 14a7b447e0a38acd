// The product's tag colours: one live query for the whole board.
import { useLiveQuery } from 'dexie-react-hooks';
import { repositories } from '../../../db';

const EMPTY: ReadonlyMap<string, string> = new Map();

export function useTagColors(productId: string): ReadonlyMap<string, string> {
  return (
    useLiveQuery(
      async () => new Map((await repositories.products.listTags(productId)).map((tag) => [tag.name, tag.color])),
      [productId],
    ) ?? EMPTY
  );
}
