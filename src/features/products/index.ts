export { ProductSwitcher } from './ProductSwitcher';
export { openProductForm } from './productFormState';
