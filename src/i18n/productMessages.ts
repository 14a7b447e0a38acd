// Imported for its effect by the product form's history (creating and renaming products), which loads on demand.
import { productsEn } from './messages/products.en';
import { productsZhCN } from './messages/products.zh-CN';
import { addMessages } from './translate';

addMessages({ en: productsEn, 'zh-CN': productsZhCN });
