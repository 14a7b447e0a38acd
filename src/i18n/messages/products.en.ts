// English names of product changes ("Undo: rename product …"); registered by i18n/productMessages.
export const productsEn = {
  'history.productCreate': 'create product “{name}”',
  'history.productRename': 'rename product to “{name}”',
};
