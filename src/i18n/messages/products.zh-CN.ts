import type { productsEn } from './products.en';

export const productsZhCN: Record<keyof typeof productsEn, string> = {
  'history.productCreate': '创建产品「{name}」',
  'history.productRename': '将产品重命名为「{name}」',
};
