import type { Product } from '../../domain/types';
export function Analytics({ product }: { product: Product }) {
  return <main>{product.name}</main>;
}
